"""Helper mode hears the other PC's changes at once: it follows GET /api/v1/events (the phones' server-sent
events) on a thread of its own and refreshes the RemoteQueue at each change of tasks or orders.

The queue then announces the tasks that changed to its subscribers, as after any refresh. A lost connection is
retried every few seconds (the stream starts with a refresh, so nothing missed meanwhile is lost); a revoked
pairing or an unreachable PC goes to `on_error`, once per change of situation, and the window's own periodic
refresh stays as the fallback.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable

import requests

from livehelper.domain.errors import LiveHelperError
from livehelper.services.helpers.remote_queue import RemoteQueue

QUEUE_EVENTS = frozenset({"task", "order"})
CONNECTED_LINE = ": connected"  # the stream's first line, sent once the server listens for it
RETRY_SECONDS = 3.0
READ_TIMEOUT_SECONDS = 45.0  # the server sends a heartbeat every 15 s: three missed means the link is gone


class RemoteWatch:
    def __init__(self, queue: RemoteQueue, on_error: Callable[[LiveHelperError], None] | None = None,
                 retry_seconds: float = RETRY_SECONDS) -> None:
        self._queue = queue
        self._on_error = on_error
        self._retry = retry_seconds
        self._stop = threading.Event()
        self._response: requests.Response | None = None
        self._thread = threading.Thread(target=self._run, name="livehelper-remote-watch", daemon=True)
        self.connected = threading.Event()  # set while the stream is open and the queue caught up with it

    def start(self) -> None:
        self._thread.start()

    def stop(self, wait: float = 2.0) -> None:
        """Stop following; the open stream is closed so the thread ends without waiting for the next event."""
        self._stop.set()
        response = self._response
        if response is not None:
            with contextlib.suppress(Exception):  # closing under a reading thread may raise either side
                response.close()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(wait)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        last_error = ""
        while not self._stop.is_set():
            try:
                self._follow()
                last_error = ""
            except LiveHelperError as error:
                text = error.render("en")
                if text != last_error and not self._stop.is_set() and self._on_error is not None:
                    self._on_error(error)
                last_error = text
            except (requests.RequestException, OSError, AttributeError, ValueError):
                pass  # the stream broke off (or was closed by stop): connect again
            finally:
                self.connected.clear()
            self._stop.wait(self._retry)

    def _follow(self) -> None:
        response = self._queue.open_events(READ_TIMEOUT_SECONDS)
        self._response = response
        try:
            for line in response.iter_lines(decode_unicode=True):
                if self._stop.is_set():
                    return
                if not self.connected.is_set():
                    # The response's headers come before the server listens for this stream; its first line
                    # comes after (server/events.py). Only from here is no change missed: catch up, then follow.
                    if line == CONNECTED_LINE:
                        self._queue.refresh()
                        self.connected.set()
                elif line and line.startswith("event:") and line.partition(":")[2].strip() in QUEUE_EVENTS:
                    self._queue.refresh()
        finally:
            self._response = None
            response.close()
