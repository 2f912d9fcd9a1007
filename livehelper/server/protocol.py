"""uvicorn's h11 protocol with a deadline for each request: a client that sends half a request (or nothing) and
then waits is disconnected after REQUEST_SECONDS instead of holding a connection for ever (slowloris).

uvicorn's own keep-alive timeout only runs between a response and the next request's first byte, and every
byte received cancels it; nothing limits how long the request itself may take to arrive.
"""

from __future__ import annotations

import asyncio
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

REQUEST_SECONDS = 10.0  # from a connection's first byte (or its opening) to the request's last byte
KEEP_ALIVE_SECONDS = 5  # uvicorn's own idle timeout between requests
MAX_HEADER_BYTES = 16 * 1024  # h11's limit for an incomplete request line and headers


def guarded_protocol(seconds: float = REQUEST_SECONDS) -> type[H11Protocol]:
    """The protocol class for uvicorn.Config(http=…), with `seconds` as each request's deadline."""

    class RequestDeadline(H11Protocol):
        _deadline: asyncio.TimerHandle | None = None

        def connection_made(self, transport: Any) -> None:
            super().connection_made(transport)
            self._arm()

        def data_received(self, data: bytes) -> None:
            if self._deadline is None and self.conn.their_state is h11.IDLE:
                self._arm()  # the first byte of the next request on a kept-alive connection
            super().data_received(data)
            if self.conn.their_state is not h11.IDLE and self.conn.their_state is not h11.SEND_BODY:
                self._disarm()  # the request is in whole (or the connection is ending)

        def connection_lost(self, exc: Exception | None) -> None:
            self._disarm()
            super().connection_lost(exc)

        def _arm(self) -> None:
            self._disarm()
            self._deadline = self.loop.call_later(seconds, self._too_slow)

        def _disarm(self) -> None:
            if self._deadline is not None:
                self._deadline.cancel()
                self._deadline = None

        def _too_slow(self) -> None:
            self._deadline = None
            if self.conn.their_state in (h11.IDLE, h11.SEND_BODY) and not self.transport.is_closing():
                self.transport.close()

    return RequestDeadline
