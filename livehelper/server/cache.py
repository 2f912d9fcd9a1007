"""Answers shared by every phone (the queue by status), kept until the data under them changes.

Fifty phones polling the same queue would otherwise each pay for the same SQL and masking. An entry is dropped
on any change event of the entities it is built from (this process's own edits at once; other processes' edits
as soon as the DataWatcher sees them) and after `seconds` in any case, so nothing is served staler than that.
Phones asking while an answer is being built wait for that one instead of all building their own.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Hashable

from livehelper.services.events import ChangeEvent

QUEUE_ENTITIES = frozenset({"task", "order", "product"})
WAIT_FOR_BUILD = 5.0  # seconds a phone waits for another's build before building its own


class _Build:
    def __init__(self, generation: int) -> None:
        self.generation = generation
        self.done = threading.Event()
        self.body: bytes | None = None


class AnswerCache:
    MAX_ENTRIES = 200

    def __init__(self, entities: frozenset[str] = QUEUE_ENTITIES, seconds: float = 2.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._entities = entities
        self._seconds = seconds
        self._clock = clock
        self._lock = threading.Lock()
        self._generation = 0
        self._entries: dict[Hashable, tuple[bytes, float]] = {}
        self._building: dict[Hashable, _Build] = {}

    def answer(self, key: Hashable, build: Callable[[], bytes]) -> bytes:
        """The cached answer for `key`, or a fresh one (kept unless the data changed while it was built)."""
        with self._lock:
            found = self._entries.get(key)
            if found is not None and self._clock() - found[1] <= self._seconds:
                return found[0]
            running = self._building.get(key)
            if running is None or running.generation != self._generation:
                running, mine = _Build(self._generation), True
                self._building[key] = running
                started = self._clock()
            else:
                mine = False
        if not mine:
            if running.done.wait(WAIT_FOR_BUILD) and running.body is not None and \
                    running.generation == self._generation:
                return running.body
            return build()
        try:
            running.body = build()
        finally:
            running.done.set()
            with self._lock:
                if self._building.get(key) is running:
                    del self._building[key]
                if running.body is not None and running.generation == self._generation:
                    if len(self._entries) >= self.MAX_ENTRIES:
                        self._entries.clear()
                    self._entries[key] = (running.body, started)
        return running.body

    def on_change(self, event: ChangeEvent) -> None:
        if event.entity in self._entities:
            with self._lock:
                self._generation += 1
                self._entries.clear()
