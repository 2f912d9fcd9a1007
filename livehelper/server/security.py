"""What every response carries (a strict Content-Security-Policy and friends) and the brake on guessed tokens.

No CORS middleware on purpose: a page from another origin gets no Access-Control-Allow-Origin, so its
browser never hands it our answers.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable
from urllib.parse import unquote_to_bytes

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from livehelper.services.events import ChangeEvent
from livehelper.services.helpers.accounts import ENTITY as HELPER_ENTITY
from livehelper.services.helpers.accounts import Helper, token_hash

CONTENT_SECURITY_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                           "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cache-control", b"no-store"),
)


class SecurityHeaders:
    """Pure ASGI middleware (no BaseHTTPMiddleware: it would buffer the event stream)."""

    def __init__(self, app: ASGIApp) -> None:
        self._app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self._app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [header for header in SECURITY_HEADERS if header[0] not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self._app(scope, receive, send_with_headers)


# EventSource and OBS cannot send headers
QUERY_TOKEN_PATHS = frozenset({"/api/v1/events", "/api/v1/overlay", "/api/v1/overlay/qr.png"})


class TokenOutOfTheQuery:
    """Takes `token=` out of every query string before anything can log the URL (uvicorn's access log reads
    this very scope). On the paths whose clients cannot send headers it becomes the Authorization header."""

    def __init__(self, app: ASGIApp) -> None:
        self._app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        query = scope.get("query_string", b"") if scope["type"] == "http" else b""
        if b"token=" in query:
            kept, token = [], b""
            for part in query.split(b"&"):
                name, _, value = part.partition(b"=")
                if unquote_to_bytes(name) == b"token":
                    token = token or unquote_to_bytes(value.replace(b"+", b" "))
                else:
                    kept.append(part)
            scope["query_string"] = b"&".join(kept)  # in place: the server logs from this dict
            headers = scope.get("headers", [])
            if token and scope.get("path") in QUERY_TOKEN_PATHS and all(n != b"authorization" for n, _ in headers):
                scope["headers"] = [*headers, (b"authorization", b"Bearer " + token)]
        await self._app(scope, receive, send)


class FailureLimiter:
    """After `limit` wrong tokens from one address within `window` seconds, that address is refused (429) until
    the oldest of those failures is `window` seconds old. Never sleeps: the caller answers at once."""

    MAX_ADDRESSES = 10_000  # a flood of spoofed addresses cannot grow this without bound

    def __init__(self, limit: int = 5, window: float = 60.0, clock: Callable[[], float] = time.monotonic) -> None:
        self._limit = limit
        self._window = window
        self._clock = clock
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    @property
    def limit(self) -> int:
        return self._limit

    def retry_after(self, address: str) -> int:
        """Seconds the address must wait before trying again; 0 when it may try now."""
        with self._lock:
            failures = self._recent(address)
            if failures is None or len(failures) < self._limit:
                return 0
            return max(1, math.ceil(failures[-self._limit] + self._window - self._clock()))

    def failed(self, address: str) -> None:
        with self._lock:
            if len(self._failures) >= self.MAX_ADDRESSES and address not in self._failures:
                self._prune()
            failures = self._failures.setdefault(address, deque(maxlen=self._limit * 2))
            failures.append(self._clock())

    def _recent(self, address: str) -> deque[float] | None:
        failures = self._failures.get(address)
        if failures is None:
            return None
        cutoff = self._clock() - self._window
        while failures and failures[0] < cutoff:
            failures.popleft()
        if not failures:
            del self._failures[address]
            return None
        return failures

    def _prune(self) -> None:
        for address in list(self._failures):
            self._recent(address)
        if len(self._failures) >= self.MAX_ADDRESSES:
            self._failures.clear()


class TokenCache:
    """Tokens recently found valid, by hash, each trusted for `seconds`; cleared whenever a helper changes here."""

    MAX_TOKENS = 1000

    def __init__(self, seconds: float = 1.0, clock: Callable[[], float] = time.monotonic) -> None:
        self._seconds = seconds
        self._clock = clock
        self._known: dict[str, tuple[Helper, float]] = {}

    def get(self, token: str) -> Helper | None:
        found = self._known.get(token_hash(token))
        if found is None or self._clock() - found[1] > self._seconds:
            return None
        return found[0]

    def put(self, token: str, helper: Helper) -> None:
        if len(self._known) >= self.MAX_TOKENS:
            self._known.clear()
        self._known[token_hash(token)] = (helper, self._clock())

    def on_change(self, event: ChangeEvent) -> None:
        if event.entity == HELPER_ENTITY:
            self._known = {}
