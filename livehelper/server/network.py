"""Which address phones on the shop's Wi-Fi can reach this PC at."""

from __future__ import annotations

import errno
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


RESERVED_ERRNOS = (errno.EACCES, 10013)  # WSAEACCES: a port in a range Windows reserved (Hyper-V, WSL, Docker)


def bind_failure(error: OSError) -> str:
    """Why a bind failed: "in_use", "reserved" (Windows' excluded port ranges, or a port below 1024 elsewhere),
    "no_address" or "other"."""
    if error.errno in (errno.EADDRINUSE, getattr(errno, "WSAEADDRINUSE", 10048)):
        return "in_use"
    if error.errno in RESERVED_ERRNOS or getattr(error, "winerror", None) == 10013:
        return "reserved"
    if error.errno in (errno.EADDRNOTAVAIL, getattr(errno, "WSAEADDRNOTAVAIL", 10049)):
        return "no_address"
    return "other"


def why_not_listening(host: str, port: int) -> str:
    """Why the address cannot be listened on: "in_use", "reserved", "no_address" or "other"."""
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((host, port))
        except OSError as error:
            return bind_failure(error)
    return "other"
