"""Which address phones on the shop's Wi-Fi can reach this PC at."""

from __future__ import annotations

import socket

DEFAULT_PORT = 8765
WILDCARDS = ("0.0.0.0", "::", "")


def lan_address() -> str:
    """This PC's address on the local network: the best LAN adapter's (server/adapters.py: a VPN or an
    accelerator may own the default route), else the default route's; 127.0.0.1 when there is none."""
    from livehelper.server.adapters import adapters

    ranked = adapters()
    if ranked and not ranked[0].virtual_or_vpn:
        return ranked[0].address
    return default_route_address()


def default_route_address() -> str:
    """The address of the interface the default route uses; 127.0.0.1 when there is none.
    Connecting a UDP socket sends nothing: it only asks the system which interface it would use."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # TEST-NET-1: never routed anywhere for real
            return str(probe.getsockname()[0])
        except OSError:
            return "127.0.0.1"


def base_url(host: str, port: int) -> str:
    shown = lan_address() if host in WILDCARDS else host
    return f"http://[{shown}]:{port}" if ":" in shown else f"http://{shown}:{port}"
