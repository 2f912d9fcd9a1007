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
MAX_BATCH = 200  # writes that arrive together share one commit (one fsync)

Write = tuple[Callable[[Connection], Any], Future[Any]]


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
        """Wait until everything queued so far is committed (or has failed)."""
        self.submit(lambda _connection: None).result(timeout)

    def close(self) -> None:
        if self._thread.is_alive():
            self._queue.put(_STOP)
            self._thread.join()

    def _run(self) -> None:
        with self._engine.connect() as connection:
            while True:
                batch, stop = self._next_batch()
                if batch:
                    self._commit(connection, batch)
                if stop:
                    return

    def _next_batch(self) -> tuple[list[Write], bool]:
        item = self._queue.get()
        batch: list[Write] = []
        while item is not _STOP:
            if item[1].set_running_or_notify_cancel():
                batch.append(item)
            if len(batch) >= MAX_BATCH:
                return batch, False
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                return batch, False
        return batch, True

    @staticmethod
    def _commit(connection: Connection, batch: list[Write]) -> None:
        """One transaction for the batch; each write in a savepoint so one failure spoils only itself."""
        if len(batch) == 1:  # the usual case while a person taps: no savepoint needed
            write, future = batch[0]
            try:
                with connection.begin():
                    result = write(connection)
            except Exception as error:  # handed to whoever waits on this write
                future.set_exception(error)
            else:
                future.set_result(result)
            return
        outcomes: list[tuple[bool, Any]] = []
        try:
            with connection.begin():
                for write, _future in batch:
                    try:
                        with connection.begin_nested():
                            outcomes.append((True, write(connection)))
                    except Exception as error:  # handed to whoever waits on this write
                        outcomes.append((False, error))
        except Exception as error:  # the commit itself failed: nothing of the batch is stored
            for _write, future in batch:
                future.set_exception(error)
            return
        for (_write, future), (ok, value) in zip(batch, outcomes, strict=True):
            if ok:
                future.set_result(value)
            else:
                future.set_exception(value)
