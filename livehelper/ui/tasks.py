"""Running long work (imports, exports) off the UI thread and getting the result back on it."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(int, object)
    failed = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay, job_id: int) -> None:
        super().__init__()
        self._work = work
        self._relay = relay
        self._job_id = job_id

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # handed to the UI thread, which decides how to show it
            self._relay.failed.emit(self._job_id, error)
        else:
            self._relay.done.emit(self._job_id, result)


class BackgroundRunner(QObject):
    """Starts jobs on the global thread pool; callbacks run on the thread that owns this object."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # One relay for the runner's whole life: deleting a relay per job raced with the worker thread
        # still inside emit() (it needs the GIL to return) and crashed in ~QObject now and then.
        self._relay = _Relay(self)
        self._relay.done.connect(self._finish_done)
        self._relay.failed.connect(self._finish_failed)
        self._waiting: dict[int, tuple[Callable[[Any], None], Callable[[Exception], None]]] = {}
        self._ids = itertools.count(1)

    def start(self, work: Callable[[], Any], on_done: Callable[[Any], None],
              on_error: Callable[[Exception], None]) -> None:
        job_id = next(self._ids)
        self._waiting[job_id] = (on_done, on_error)
        QThreadPool.globalInstance().start(_Job(work, self._relay, job_id))

    def _finish_done(self, job_id: int, value: Any) -> None:
        callbacks = self._waiting.pop(job_id, None)
        if callbacks is not None:
            callbacks[0](value)

    def _finish_failed(self, job_id: int, error: Exception) -> None:
        callbacks = self._waiting.pop(job_id, None)
        if callbacks is not None:
            callbacks[1](error)

    @property
    def busy(self) -> bool:
        return bool(self._waiting)
