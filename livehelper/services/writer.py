"""One thread that commits writes in order, so callers (the UI above all) never wait on the disk."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine

T = TypeVar("T")
_STOP = object()


class OrderedWriter:
    def __init__(self, engine: Engine, name: str = "livehelper-writer") -> None:
        self._engine = engine
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def submit(self, write: Callable[[Connection], T]) -> Future[T]:
        """Queue `write`; its transaction commits (durably) before the future resolves."""
        future: Future[T] = Future()
        self._queue.put((write, future))
        return future

    def flush(self, timeout: float | None = None) -> None:
        """Wait until everything queued so far is committed."""
        self.submit(lambda _connection: None).result(timeout)

    def close(self) -> None:
        if self._thread.is_alive():
            self._queue.put(_STOP)
            self._thread.join()

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is _STOP:
                return
            write, future = item
            if not future.set_running_or_notify_cancel():
                continue
            try:
                with self._engine.begin() as connection:
                    result = write(connection)
            except BaseException as error:  # handed to whoever waits on the future
                future.set_exception(error)
            else:
                future.set_result(result)
