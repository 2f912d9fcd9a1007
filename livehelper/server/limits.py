"""The brake on request bodies: at most MAX_BODY_BYTES, refused with 413 before anything parses them, and on
/api/ a body is read only once the bearer token in its header is valid.

An attack run showed why: four tokenless 50 MB POSTs were read and parsed in full (the server reached 635 MB)
before the token check said 401. Now a Content-Length over the limit is answered at once; a body sent without
one (chunked) is counted as it arrives and cut off at the limit; and a body to the API from someone without a
valid token is never read at all. Pure ASGI (BaseHTTPMiddleware would buffer the event stream).
"""

from __future__ import annotations

import json

from fastapi import HTTPException
from starlette.types import ASGIApp, Receive, Scope, Send
from starlette.types import Message as ASGIMessage

from livehelper.domain.messages import Message
from livehelper.server.auth import HELPER_STATE, LANG, authenticate, bearer_token

MAX_BODY_BYTES = 64 * 1024  # the largest real body (a transition with a 200-character reason) is under 1 KB


class BodyTooLarge(HTTPException):
    def __init__(self) -> None:
        super().__init__(413, Message("the request is too large (at most {size} KB)",
                                   size=MAX_BODY_BYTES // 1024).render(LANG))


async def _answer(send: Send, status: int, detail: str, headers: dict[str, str] | None = None) -> None:
    body = json.dumps({"detail": detail}, ensure_ascii=False).encode("utf-8")
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
           (b"connection", b"close")]
    raw += [(name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


class BodyGuard:
    def __init__(self, app: ASGIApp, limit: int = MAX_BODY_BYTES) -> None:
        self._app = app
        self._limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self._app(scope, receive, send)
            return
        headers = dict(scope.get("headers", []))
        declared = headers.get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self._limit:
            await _answer(send, 413, BodyTooLarge().detail)
            return
        has_body = (declared is not None and declared not in (b"", b"0")) or b"transfer-encoding" in headers
        if has_body and str(scope.get("path", "")).startswith("/api/"):
            client = scope.get("client")
            try:
                helper = await authenticate(scope["app"].state, client[0] if client else "?",
                                            bearer_token(headers.get(b"authorization", b"").decode("latin-1")))
            except HTTPException as refused:
                await _answer(send, refused.status_code, str(refused.detail), refused.headers)
                return
            scope.setdefault("state", {})[HELPER_STATE] = helper
        started = False

        async def watched(message: ASGIMessage) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self._app(scope, self._counted(receive), watched)
        except BodyTooLarge as refused:  # read by something outside FastAPI's exception handlers
            if started:
                raise
            await _answer(send, 413, str(refused.detail))

    def _counted(self, receive: Receive) -> Receive:
        received = 0

        async def counted() -> ASGIMessage:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self._limit:
                    raise BodyTooLarge  # FastAPI turns it into the 413 answer; the rest is never read
            return message

        return counted
