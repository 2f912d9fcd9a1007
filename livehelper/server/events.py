"""GET /api/v1/events: server-sent events, so that phones learn about changes without polling.

The EventBus calls us on whatever thread published the change; each event is handed to the server's asyncio
loop (call_soon_threadsafe) and from there into every connected client's queue. `close()` ends every stream,
because uvicorn's shutdown waits for open responses to finish.

The server's caches (answers and tokens) hear each change through the broker, before any stream is handed it: a
phone asks for the queue the moment an event arrives, and as separate listeners of the bus the caches could hear
the change after that question (the publishing thread loses the processor between two listeners) and answer it
with the queue from before.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence

from livehelper.services.events import ChangeEvent, EventBus, Listener

# service entity -> SSE event name the page listens for
STREAMED = {"task": "task", "order": "order", "live": "live", "prompter": "live"}
HEARTBEAT_SECONDS = 15.0
QUEUE_SIZE = 500
MAX_IDS = 500  # more than this in one change: send none, meaning "refetch everything"
RECHECK_SECONDS = 1.0  # how often a stream asks whether its helper is still allowed (a revoke elsewhere)
HELPER_ENTITY = "helper"
_END = None
_RECHECK = ("", "")  # a helper changed in this process: every stream checks its own at once


class EventBroker:
    def __init__(self, events: EventBus, heartbeat: float = HEARTBEAT_SECONDS,
                 caches: Sequence[Listener] = ()) -> None:
        """`caches` hear every change before any stream is handed it."""
        self.heartbeat = heartbeat
        self._events = events
        self._caches = tuple(caches)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._clients: set[asyncio.Queue[tuple[str, str] | None]] = set()
        self._unsubscribe: Callable[[], None] | None = None
        self._closed = False

    @property
    def client_count(self) -> int:
        return len(self._clients)

    def attach(self, loop: asyncio.AbstractEventLoop) -> None:
        """Start listening; called on the server's loop when it starts."""
        self._loop = loop
        self._closed = False
        if self._unsubscribe is None:
            self._unsubscribe = self._events.subscribe(self._on_change)

    def close(self) -> None:
        """End every open stream (safe from any thread)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        loop = self._loop
        if loop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
                loop.call_soon_threadsafe(self._end_all)

    def _end_all(self) -> None:
        self._closed = True
        for queue in self._clients:
            _put(queue, _END)

    def _on_change(self, event: ChangeEvent) -> None:
        for cache in self._caches:
            cache(event)
        loop = self._loop
        if event.entity == HELPER_ENTITY and loop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(self._deliver, *_RECHECK)
            return
        name = STREAMED.get(event.entity)
        if name is None or loop is None or loop.is_closed():
            return
        ids = list(event.ids) if len(event.ids) <= MAX_IDS else []
        data = json.dumps({"ids": ids, "kind": event.kind.value})
        with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
            loop.call_soon_threadsafe(self._deliver, name, data)

    def _deliver(self, name: str, data: str) -> None:
        for queue in self._clients:
            _put(queue, (name, data))

    async def stream(self, still_allowed: Callable[[], Awaitable[bool]] | None = None) -> AsyncIterator[str]:
        """The event stream of one client; it ends when `still_allowed` says no (the helper was revoked here or
        in another process: asked at every helper change here and every RECHECK_SECONDS)."""
        queue: asyncio.Queue[tuple[str, str] | None] = asyncio.Queue(QUEUE_SIZE)
        self._clients.add(queue)
        loop = asyncio.get_running_loop()
        try:
            yield "retry: 3000\n: connected\n\n"
            quiet_since = loop.time()
            while not self._closed:
                wait = min(self.heartbeat - (loop.time() - quiet_since), RECHECK_SECONDS) \
                    if still_allowed is not None else self.heartbeat
                try:
                    item = await asyncio.wait_for(queue.get(), timeout=max(0.01, wait))
                except TimeoutError:
                    item = _RECHECK
                if item is _END:
                    return
                if item == _RECHECK:
                    if still_allowed is not None and not await still_allowed():
                        return
                    if loop.time() - quiet_since >= self.heartbeat:
                        quiet_since = loop.time()
                        yield ": heartbeat\n\n"
                    continue
                name, data = item
                quiet_since = loop.time()
                yield f"event: {name}\ndata: {data}\n\n"
        finally:
            self._clients.discard(queue)


def _put(queue: asyncio.Queue[tuple[str, str] | None], item: tuple[str, str] | None) -> None:
    """A client too slow to keep up loses its backlog and is told to refetch everything."""
    try:
        queue.put_nowait(item)
    except asyncio.QueueFull:
        while not queue.empty():
            queue.get_nowait()
        queue.put_nowait(item if item is _END else (item[0], json.dumps({"ids": [], "kind": "reloaded"})))
