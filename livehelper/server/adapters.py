"""This PC's network adapters with their names, best first for the helper page's address.

The default route is a poor guide on a streamer's PC: a VPN or a game/stream accelerator (雷神, UU, Clash's
198.18.x.x) takes it over, and Hyper-V, WSL, VirtualBox and VMware add adapters of their own. Phones on the
shop's Wi-Fi reach only the real LAN adapter, the one with a gateway (the router) and a private address.
So adapters are ranked: a LAN adapter with a gateway and a 192.168/10/172.16 address first, then other LAN
adapters, virtual and VPN adapters last; each shown with its name ("WLAN", "以太网", "vEthernet (WSL)").

Windows: GetAdaptersAddresses with GAA_FLAG_INCLUDE_GATEWAYS (learn.microsoft.com/windows/win32/api/iphlpapi/
nf-iphlpapi-getadaptersaddresses); FriendlyName, Description, IfType and FirstGatewayAddress of
IP_ADAPTER_ADDRESSES_LH. Linux: if_nameindex, SIOCGIFADDR and /proc/net/route.
"""

from __future__ import annotations

import ipaddress
import re
import socket
import sys
from dataclasses import dataclass
from pathlib import Path

IF_TYPE_PPP, IF_TYPE_TUNNEL, IF_TYPE_PROP_VIRTUAL, IF_TYPE_LOOPBACK = 23, 131, 53, 24  # ipifcons.h
_VIRTUAL_OR_VPN = re.compile(
    r"hyper-v|vethernet|\bwsl\b|virtualbox|vmware|vmnet|docker|\bbr-|virbr|\bveth|tap-windows|\btap\d|wintun|"
    r"wireguard|\bwg\d|openvpn|tailscale|zerotier|\bvpn\b|\btun\d?\b|\butun|clash|leigod|雷神|\buu\b|网易uu|迅游|"
    r"加速器|npcap|loopback|bluetooth|蓝牙", re.IGNORECASE)


@dataclass(frozen=True)
class Adapter:
    name: str  # what the user sees in Windows' settings (FriendlyName) or the interface name
    address: str  # IPv4
    has_gateway: bool = False
    description: str = ""
    if_type: int = 0

    @property
    def virtual_or_vpn(self) -> bool:
        if self.if_type in (IF_TYPE_PPP, IF_TYPE_TUNNEL, IF_TYPE_PROP_VIRTUAL):
            return True
        return bool(_VIRTUAL_OR_VPN.search(self.name) or _VIRTUAL_OR_VPN.search(self.description))

    @property
    def private_lan(self) -> bool:
        """192.168/16, 10/8, 172.16/12: what a shop's router hands out (not CGNAT 100.64/10, not 198.18/15)."""
        address = ipaddress.IPv4Address(self.address)
        return any(address in ipaddress.IPv4Network(network)
                   for network in ("192.168.0.0/16", "10.0.0.0/8", "172.16.0.0/12"))


def rank(adapters: list[Adapter]) -> list[Adapter]:
    """Best first: LAN adapters before virtual/VPN ones, with a gateway before without, private before other
    addresses; loopback and link-local (169.254, no DHCP answer) addresses are left out."""
    usable = [a for a in adapters if not a.address.startswith(("127.", "169.254.", "0."))]
    return sorted(usable, key=lambda a: (a.virtual_or_vpn, not a.has_gateway, not a.private_lan))


def adapters() -> list[Adapter]:
    """This PC's IPv4 adapters, ranked; empty when the system cannot say."""
    try:
        found = _windows_adapters() if sys.platform == "win32" else _linux_adapters()
    except (OSError, ValueError, AttributeError):
        found = []
    return rank(found)


def _linux_adapters() -> list[Adapter]:
    if not sys.platform.startswith("linux"):
        return []
    import fcntl
    import struct

    gateways = set()
    try:
        for line in Path("/proc/net/route").read_text("ascii").splitlines()[1:]:
            fields = line.split()
            if len(fields) > 3 and int(fields[3], 16) & 0x2:  # RTF_GATEWAY
                gateways.add(fields[0])
    except OSError:
        pass
    found = []
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        for _index, name in socket.if_nameindex():
            try:
                packed = fcntl.ioctl(probe.fileno(), 0x8915, struct.pack("256s", name.encode()[:15]))  # SIOCGIFADDR
            except OSError:
                continue  # no IPv4 address
            found.append(Adapter(name, socket.inet_ntoa(packed[20:24]), name in gateways))
    return found


def _windows_adapters() -> list[Adapter]:  # pragma: no cover - Windows only
    import ctypes
    from ctypes import wintypes

    class SockAddr(ctypes.Structure):
        _fields_ = [("family", ctypes.c_ushort), ("data", ctypes.c_ubyte * 14)]

    class SocketAddress(ctypes.Structure):
        _fields_ = [("sockaddr", ctypes.POINTER(SockAddr)), ("length", ctypes.c_int)]

    class Unicast(ctypes.Structure):
        pass

    Unicast._fields_ = [("length", wintypes.ULONG), ("flags", wintypes.DWORD), ("next", ctypes.POINTER(Unicast)),
                        ("address", SocketAddress)]

    class Gateway(ctypes.Structure):
        pass

    Gateway._fields_ = [("length", wintypes.ULONG), ("reserved", wintypes.DWORD), ("next", ctypes.POINTER(Gateway)),
                        ("address", SocketAddress)]

    class AdapterAddresses(ctypes.Structure):
        pass

    AdapterAddresses._fields_ = [
        ("length", wintypes.ULONG), ("if_index", wintypes.DWORD), ("next", ctypes.POINTER(AdapterAddresses)),
        ("adapter_name", ctypes.c_char_p), ("first_unicast", ctypes.POINTER(Unicast)),
        ("first_anycast", ctypes.c_void_p), ("first_multicast", ctypes.c_void_p), ("first_dns", ctypes.c_void_p),
        ("dns_suffix", ctypes.c_wchar_p), ("description", ctypes.c_wchar_p), ("friendly_name", ctypes.c_wchar_p),
        ("physical_address", ctypes.c_ubyte * 8), ("physical_address_length", wintypes.ULONG),
        ("flags", wintypes.ULONG), ("mtu", wintypes.ULONG), ("if_type", wintypes.DWORD),
        ("oper_status", ctypes.c_int), ("ipv6_if_index", wintypes.DWORD), ("zone_indices", wintypes.ULONG * 16),
        ("first_prefix", ctypes.c_void_p), ("transmit_link_speed", ctypes.c_uint64),
        ("receive_link_speed", ctypes.c_uint64), ("first_wins_server", ctypes.c_void_p),
        ("first_gateway", ctypes.POINTER(Gateway)),
    ]
    af_inet, error_buffer_overflow, oper_up = 2, 111, 1
    flags = 0x0080 | 0x0002 | 0x0004 | 0x0008  # INCLUDE_GATEWAYS, SKIP_ANYCAST, SKIP_MULTICAST, SKIP_DNS_SERVER
    size = wintypes.ULONG(15_000)  # Microsoft's advice: start with 15 KB
    for _attempt in range(3):
        buffer = ctypes.create_string_buffer(size.value)
        result = ctypes.windll.iphlpapi.GetAdaptersAddresses(  # type: ignore[attr-defined]
            af_inet, flags, None, buffer, ctypes.byref(size))
        if result != error_buffer_overflow:
            break
    if result != 0:
        raise OSError(result, "GetAdaptersAddresses failed")
    found = []
    node = ctypes.cast(buffer, ctypes.POINTER(AdapterAddresses))
    while node:
        entry = node.contents
        if entry.oper_status == oper_up and entry.if_type != IF_TYPE_LOOPBACK:
            unicast = entry.first_unicast
            while unicast:
                sockaddr = unicast.contents.address.sockaddr
                if sockaddr and sockaddr.contents.family == af_inet:
                    address = socket.inet_ntoa(bytes(sockaddr.contents.data[2:6]))
                    found.append(Adapter(entry.friendly_name or "", address, bool(entry.first_gateway),
                                         entry.description or "", int(entry.if_type)))
                unicast = unicast.contents.next
        node = entry.next
    return found
