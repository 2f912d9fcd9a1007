"""Changes made by other processes (another PC on the shared database, the command line, `livehelper serve`).

The services tell this process's views about their own edits through the EventBus. Edits written by anyone
else are only in the database, so a DataWatcher reads a cheap fingerprint of each kind of data every couple of
seconds (counts, the newest change time, the sum of row versions: aggregates, no rows) and publishes
ChangeEvent(entity, UPDATED, ids=()) — "something changed, reload" — when one moved.

Our own edits move the fingerprints too, and their views have already been refreshed by the services' events.
The watcher listens to the bus and remembers which rows this process changed since the last look; when the
rows that changed since then (by their change time) are all ours, it stays quiet. So a local edit never
causes a second reload, and a busy packing PC elsewhere causes at most one reload per entity per interval.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from livehelper.services.catalog.products import ENTITY as PRODUCT_ENTITY
from livehelper.services.cues.decks import ENTITY as DECK_ENTITY
from livehelper.services.cues.decks import USER_WORDS_KEY, WORDS_ENTITY
from livehelper.services.events import ChangeEvent, ChangeKind, EventBus
from livehelper.services.live.session import ENTITY as LIVE_ENTITY
from livehelper.services.shipping.orders import ENTITY as ORDER_ENTITY
from livehelper.services.shipping.tasks import ENTITY as TASK_ENTITY
from livehelper.storage import fingerprints
from livehelper.storage.engine import Database
from livehelper.storage.fingerprints import ChangedSince, Fingerprint

DEFAULT_INTERVAL_SECONDS = 2.0
_log = logging.getLogger(__name__)

ALL_ROWS = None  # a local event without ids (an import, a live-session change): it may have touched any row


@dataclass(frozen=True)
class Watched:
    """One kind of data: how to fingerprint it and, for tables with a change time, which rows changed since."""

    entity: str
    fingerprint: Callable[[Session], Fingerprint]
    changed_since: ChangedSince | None = None  # lets the watcher tell our changes from others'

    def changed_ids(self, session: Session, since: Any) -> set[int]:
        assert self.changed_since is not None
        return self.changed_since(session, since)


WATCHED: tuple[Watched, ...] = (
    Watched(PRODUCT_ENTITY, fingerprints.products, fingerprints.products_changed),
    Watched(ORDER_ENTITY, fingerprints.orders, fingerprints.orders_changed),
    Watched(TASK_ENTITY, fingerprints.tasks, fingerprints.tasks_changed),
    Watched(DECK_ENTITY, fingerprints.decks, fingerprints.decks_changed),
    Watched(LIVE_ENTITY, fingerprints.live),
    Watched(WORDS_ENTITY, fingerprints.setting(USER_WORDS_KEY)),
)


class DataWatcher:
    """Publishes a reload event for each kind of data another process changed; `check()` looks once.

    `start()` looks every `interval` seconds on a thread of its own; the first look is the baseline, and `ready`
    is set once it has been taken."""

    def __init__(self, database: Database, events: EventBus, interval: float = DEFAULT_INTERVAL_SECONDS,
                 watched: Sequence[Watched] = WATCHED) -> None:
        self._db = database
        self._events = events
        self._interval = interval
        self._watched = tuple(watched)
        self._lock = threading.Lock()
        self._local: dict[str, set[int] | None] = {}  # entity -> ids this process changed since the last look
        self._publishing = threading.local()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._unsubscribe = events.subscribe(self._on_local_change)
        self._last: dict[str, Fingerprint] | None = None  # read by the first check(), off the UI thread
        self.ready = threading.Event()  # set once the first look has been taken

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self.running:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="livehelper-watch", daemon=True)
        self._thread.start()

    def stop(self, timeout: float | None = 10.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        self._unsubscribe()

    def check(self) -> list[str]:
        """Look once; publish and return the entities that another process changed since the last look (the
        first look only takes note of how things are)."""
        with self._lock:
            local, self._local = self._local, {}
        fresh = self._read()
        if self._last is None:
            self._last = fresh
            self.ready.set()
            return []
        changed: list[str] = []
        with self._db.sessions() as session:
            for watched in self._watched:
                before, now = self._last.get(watched.entity), fresh.get(watched.entity)
                if before == now or now is None:
                    continue
                if not self._all_ours(session, watched, before, local):
                    changed.append(watched.entity)
        self._last = {**self._last, **fresh}
        for entity in changed:
            self._publish(ChangeEvent(entity, ChangeKind.UPDATED))
        return changed

    # helpers
    def _run(self) -> None:
        wait = 0.0  # the first look at once: it is the baseline
        while not self._stop.wait(wait):
            wait = self._interval
            try:
                self.check()
            except Exception:  # a dropped connection or a locked file: look again next time
                _log.warning("could not look for changes from other PCs", exc_info=True)

    def _read(self) -> dict[str, Fingerprint]:
        with self._db.sessions() as session:
            return {watched.entity: watched.fingerprint(session) for watched in self._watched}

    def _all_ours(self, session: Session, watched: Watched, before: Fingerprint | None,
                  local: dict[str, set[int] | None]) -> bool:
        if watched.entity not in local:
            return False
        ours = local[watched.entity]
        if ours is ALL_ROWS or watched.changed_since is None:
            return True
        return watched.changed_ids(session, before[0] if before else None) <= ours

    def _on_local_change(self, event: ChangeEvent) -> None:
        if getattr(self._publishing, "active", False):
            return
        with self._lock:
            if event.kind == ChangeKind.RELOADED or not event.ids:
                self._local[event.entity] = ALL_ROWS
            elif (ours := self._local.get(event.entity, set())) is not ALL_ROWS:
                self._local[event.entity] = ours | set(event.ids)

    def _publish(self, event: ChangeEvent) -> None:
        self._publishing.active = True
        try:
            self._events.publish(event)
        finally:
            self._publishing.active = False
