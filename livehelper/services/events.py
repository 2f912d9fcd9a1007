"""Change notifications from the services: the one path by which every view learns about edits."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum


class ChangeKind(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    DELETED = "deleted"
    RELOADED = "reloaded"  # many rows changed at once (an import): views refetch


class Entity(StrEnum):
    """What changed. Views compare against these members, so a misspelt entity fails where it is written instead
    of silently never matching; the values are the words the LAN API streams."""

    PRODUCT = "product"
    CUE_DECK = "cue_deck"
    ADLAW_WORDS = "adlaw_words"  # the user's own ad-law word list
    PROMPTER = "prompter"
    LIVE = "live"
    LIVE_DURABLE = "live_durable"  # a tally reached the disk (the ✓ 已保存 mark); the figures did not change
    ORDER = "order"
    TASK = "task"
    HELPER = "helper"
    BACKUP = "backup"  # a backup was taken (CREATED) or failed (UPDATED)
    NOTIFY = "notify"  # a group robot's sending status changed


@dataclass(frozen=True)
class ChangeEvent:
    """`origin` is whoever asked for the change and has shown it already (a view passes itself to the service):
    that view ignores the event instead of refreshing a second time. None: a change from anywhere else."""

    entity: Entity
    kind: ChangeKind
    ids: tuple[int, ...] = ()
    origin: object | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "entity", Entity(self.entity))  # ValueError for an entity that does not exist


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
