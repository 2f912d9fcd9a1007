"""Only requests addressed to this PC are answered: the Host header must name localhost, one of this PC's own
addresses or the address the server listens on (the pairing address); anything else gets 421.

Without this a web page could rebind its own domain's DNS to 127.0.0.1 or the shop PC's LAN address (DNS
rebinding) and read the helper page and its answers as same-origin. Addresses change (another Wi-Fi, a VPN
coming up), so an unknown host makes the list be read again, at most every REFRESH_SECONDS.
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import socket
import threading
import time
from collections.abc import Callable

from starlette.types import ASGIApp, Receive, Scope, Send

from livehelper.domain.messages import Message
from livehelper.server.auth import LANG
from livehelper.server.network import WILDCARDS, default_route_address

LOCAL_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})
REFRESH_SECONDS = 10.0


def own_addresses() -> set[str]:
    """Every address of this PC we can learn cheaply: its adapters, the default route's, its host name's."""
    from livehelper.server.adapters import adapters

    found = {adapter.address for adapter in adapters()}
    found.add(default_route_address())
    with contextlib.suppress(OSError):
        found.update(str(info[4][0]) for info in socket.getaddrinfo(socket.gethostname(), None))
    return found


def host_name(header: str) -> str:
    """The host of a Host header without its port, lower case; IPv6 without brackets."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:].partition("]")[0]
    name, _, _port = header.rpartition(":") if header.count(":") == 1 else (header, "", "")
    return name.rstrip(".")


class AllowedHosts:
    """Pure ASGI middleware: 421 Misdirected Request for a Host that is not this PC's."""

    def __init__(self, app: ASGIApp, listen_host: str = "", addresses: Callable[[], set[str]] = own_addresses,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._app = app
        self._fixed = set(LOCAL_NAMES) | ({listen_host.lower()} if listen_host not in WILDCARDS else set())
        self._addresses = addresses
        self._clock = clock
        self._known: set[str] = set()
        self._read_at: float | None = None
        self._lock = threading.Lock()

    def allowed(self, host: str) -> bool:
        if host in self._fixed or host in self._known:
            return True
        try:
            if ipaddress.ip_address(host).is_loopback:
                return True
        except ValueError:
            pass
        with self._lock:
            now = self._clock()
            if self._read_at is None or now - self._read_at >= REFRESH_SECONDS:
                self._read_at = now
                with contextlib.suppress(OSError):
                    self._known = {address.lower() for address in self._addresses()}
            return host in self._known

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            header = next((value for name, value in scope.get("headers", []) if name == b"host"), b"")
            if not self.allowed(host_name(header.decode("latin-1"))):
                body = json.dumps({"detail": Message("this address is not this PC's; open the page from the "
                                                     "pairing link").render(LANG)}, ensure_ascii=False).encode()
                await send({"type": "http.response.start", "status": 421, "headers": [
                    (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
                await send({"type": "http.response.body", "body": body})
                return
        await self._app(scope, receive, send)
