"""The Qt end of the services' change events: one signal, always delivered on the UI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:  # not imported at start-up: only helper mode hands a queue here
    from livehelper.services.events import EventBus
    from livehelper.services.shipping.queue import TaskQueue


class EventBridge(QObject):
    """`events`: the services' EventBus, or a queue's own change notification (helper mode's other PC)."""

    changed = Signal(object)

    def __init__(self, events: EventBus | TaskQueue, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Emitting from a worker thread queues the call to this object's thread.
        self._unsubscribe = events.subscribe(self.changed.emit)
        self.destroyed.connect(lambda *_: self._unsubscribe())

    def stop(self) -> None:
        self._unsubscribe()
