"""The Qt end of the services' change events: one signal, always delivered on the UI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from livehelper.services.events import EventBus


class EventBridge(QObject):
    changed = Signal(object)

    def __init__(self, events: EventBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Emitting from a worker thread queues the call to this object's thread.
        self._unsubscribe = events.subscribe(self.changed.emit)
        self.destroyed.connect(lambda *_: self._unsubscribe())

    def stop(self) -> None:
        self._unsubscribe()
