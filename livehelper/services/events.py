"""Change notifications from the services: the one path by which every view learns about edits."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum


class ChangeKind(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    DELETED = "deleted"
    RELOADED = "reloaded"  # many rows changed at once (an import): views refetch


@dataclass(frozen=True)
class ChangeEvent:
    entity: str
    kind: ChangeKind
    ids: tuple[int, ...] = ()


Listener = Callable[[ChangeEvent], None]


class EventBus:
    """Synchronous publish/subscribe; listeners may be called from any thread (the Qt bridge queues)."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def publish(self, event: ChangeEvent) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener(event)
