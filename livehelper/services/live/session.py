"""The live session: line-up, the product being explained, one-key tallies and the running totals.

Tallies are appended to an in-memory log at once (so the screen updates within a frame) and committed in
order by a writer thread; each tally's future resolves once it is durable. The LAN API calls the same
methods and waits on that future before it answers 201.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import Future
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection

from livehelper.domain.errors import ConflictError, NotFoundError, StorageError, ValidationError
from livehelper.domain.live import (
    MAX_TALLY_QTY,
    ExplainSwitch,
    Platform,
    ProductTotals,
    SessionTotals,
    Tally,
    explained_time,
    items_per_minute,
    totals,
    with_explained,
)
from livehelper.domain.messages import Message
from livehelper.domain.stock import live_remaining
from livehelper.services.catalog.products import ENTITY as PRODUCT_ENTITY
from livehelper.services.catalog.products import CatalogService
from livehelper.services.cues.prompter import PrompterService
from livehelper.services.events import ChangeEvent, ChangeKind, Entity, EventBus
from livehelper.services.live.session_state import (
    LineupEntry,
    LiveSession,
    LiveSnapshot,
    OversellError,
    PendingTally,
    load_session,
    session_from_row,
)
from livehelper.services.writer import OrderedWriter
from livehelper.storage import live as repo
from livehelper.storage import stock as stock_repo
from livehelper.storage.engine import Database

ENTITY = Entity.LIVE
RETRY_SECONDS = 3.0  # how soon a tally the disk refused is written again
DURABLE_ENTITY = Entity.LIVE_DURABLE
STOCK_ENTITIES = (PRODUCT_ENTITY, Entity.ORDER, Entity.TASK)  # changes that move 可售 or the stream's imported orders


def _now() -> datetime:
    return datetime.now(UTC)


class LiveService:
    def __init__(self, database: Database, events: EventBus, catalog: CatalogService,
                 prompter: PrompterService) -> None:
        self._db = database
        self._events = events
        self._catalog = catalog
        self._prompter = prompter
        self._writer = OrderedWriter(database.engine, "livehelper-tallies")
        self._lock = threading.RLock()
        self._session: LiveSession | None = None
        self._lineup: list[LineupEntry] = []
        self._tallies: list[Tally] = []
        self._switches: list[ExplainSwitch] = []
        self._row_ids: dict[int, int] = {}  # tally key -> database id, filled on the writer thread
        self._position: dict[int, int] = {}  # tally key -> index in self._tallies
        self._sold = Counter[int]()  # running sums of the log, kept in step with it
        self._ordered: dict[int, int] = {}  # units of the session's orders already in 可售 (see LiveSnapshot)
        self._revenue = Counter[int]()
        self._next_key = 1
        self._pending = 0
        # Tallies the disk refused (full, read-only): kept with the last error and written again every
        # RETRY_SECONDS, so a tally the screen showed is stored once the disk takes it again.
        self._unsaved: dict[int, tuple[int, Tally, BaseException]] = {}  # key -> (session id, tally, error)
        self._retry: threading.Timer | None = None
        self._closed = False
        events.subscribe(self._on_change)

    # session lifecycle
    def unfinished_session(self) -> LiveSession | None:
        """A session left open by a crash or a power cut, to offer resuming it."""
        with self._db.sessions() as session:
            row = repo.open_session(session)
        return session_from_row(row) if row else None

    def start(self, title: str, platform: Platform, goal_fen: int, product_ids: Sequence[int],
              started_at: datetime | None = None) -> LiveSnapshot:
        title = title.strip()
        if not title:
            raise ValidationError("title", Message("a title is required"))
        if goal_fen < 0:
            raise ValidationError("goal_fen", Message("the goal cannot be negative"))
        if not product_ids or len(set(product_ids)) != len(product_ids):
            raise ValidationError("lineup", Message("the line-up needs at least one product, each once"))
        if self.unfinished_session() is not None:
            raise ConflictError(Message("a live session is already running; stop it first"))
        products = [self._catalog.get(pid) for pid in product_ids]
        with self._db.sessions.begin() as session:
            session_id = repo.create_session(session, title[:80], platform, goal_fen,
                                             started_at.astimezone(UTC) if started_at else _now(),
                                             [p.id for p in products])
        self.resume(session_id)
        self.explain(products[0].id)
        return self.snapshot()

    def resume(self, session_id: int) -> LiveSnapshot:
        row, lineup, tallies, switches = load_session(self._db, session_id)
        if row[5] is not None:
            raise ConflictError(Message("this live session has ended"))
        with self._lock:
            self._session = session_from_row(row)
            self._lineup = [LineupEntry(pos, self._catalog.get(pid), allowed) for pos, pid, allowed in lineup]
            self._tallies = tallies
            self._switches = switches
            self._row_ids = {}
            self._position = {t.key: i for i, t in enumerate(tallies)}
            derived = totals(tallies)
            self._sold = Counter({pid: t.items for pid, t in derived.per_product.items()})
            self._revenue = Counter({pid: t.revenue_fen for pid, t in derived.per_product.items()})
            self._pending = 0
        self._refresh_ordered()
        self._publish()
        explaining = self.snapshot().explaining
        if explaining is not None:
            self._prompter.show_product(explaining)
        return self.snapshot()

    def stop(self) -> LiveSession:
        """End the session (after every pending tally is durable)."""
        session = self._require()
        self.wait_durable()  # a tally the disk refused stops the stop: the screen showed it
        ended_at = _now()
        self._record_switch(None, ended_at)
        self.wait_durable()
        with self._db.sessions.begin() as db_session:
            repo.end_session(db_session, session.id, ended_at)
        with self._lock:
            self._session = None
            self._lineup, self._tallies, self._switches = [], [], []
            self._position, self._row_ids = {}, {}
            self._sold, self._revenue = Counter(), Counter()
            self._ordered = {}
        self._publish()
        return replace(session, ended_at=ended_at)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            if self._retry is not None:
                self._retry.cancel()
        self._writer.close()

    # reading
    @property
    def pending(self) -> int:
        """Tallies not yet durable (what the ✓ 已保存 mark shows, without building a snapshot)."""
        with self._lock:
            return self._pending

    @property
    def active(self) -> bool:
        return self._session is not None

    def snapshot(self) -> LiveSnapshot:
        with self._lock:
            session = self._require()
            explaining = self._switches[-1].product_id if self._switches else None
            ids = list(dict.fromkeys([*(e.product.id for e in self._lineup), *self._sold]))
            per_product = {pid: ProductTotals(pid, self._sold[pid], self._revenue[pid]) for pid in ids}
            session_totals = SessionTotals(sum(self._sold.values()), sum(self._revenue.values()), per_product)
            session_totals = with_explained(session_totals, explained_time(self._switches, _now()))
            return LiveSnapshot(session, tuple(self._lineup), explaining, session_totals, self._pending,
                                dict(self._ordered))

    def live_stock(self, product_id: int) -> int | None:
        """剩余 of a line-up product while a stream runs ({库存} on cue cards then); None otherwise."""
        with self._lock:  # the figure LiveSnapshot.remaining gives, without building a whole snapshot per card
            entry = next((e for e in self._lineup if e.product.id == product_id), None)
            if self._session is None or entry is None:
                return None
            return live_remaining(entry.product.available, self._sold[product_id], self._ordered.get(product_id, 0))

    def per_minute(self, minutes: int = 30, now: datetime | None = None) -> list[int]:
        with self._lock:
            return items_per_minute(list(self._tallies), now or _now(), minutes)

    def elapsed(self) -> timedelta:
        return _now() - self._require().started_at

    def entry_at(self, position: int) -> LineupEntry:
        with self._lock:
            entry = next((e for e in self._lineup if e.position == position), None)
        if entry is None:
            raise NotFoundError(Message("there is no {position}号链接 in this line-up", position=position))
        return entry

    # live actions
    def explain(self, product_id: int | None, origin: object | None = None) -> None:
        """Switch the product being explained; the teleprompter follows. `origin`: see ChangeEvent."""
        with self._lock:
            self._require()
            if product_id is not None and all(e.product.id != product_id for e in self._lineup):
                raise NotFoundError(Message("product {id} is not in this line-up", id=product_id))
            self._record_switch(product_id, _now())
        self._publish(origin)
        if product_id is not None:
            self._prompter.show_product(product_id)

    def tally(self, product_id: int, qty: int = 1, source: str = "desktop", allow_oversell: bool = False,
              origin: object | None = None) -> PendingTally:
        if not 1 <= qty <= MAX_TALLY_QTY:
            raise ValidationError("qty", Message("a tally is 1 to {maximum} items", maximum=MAX_TALLY_QTY))
        with self._lock:
            session = self._require()
            entry = next((e for e in self._lineup if e.product.id == product_id), None)
            if entry is None:
                raise NotFoundError(Message("product {id} is not in this line-up", id=product_id))
            remaining = live_remaining(entry.product.available, self._sold[product_id],
                                       self._ordered.get(product_id, 0))
            if remaining - qty < 0 and not entry.oversell_allowed:
                if not allow_oversell:
                    raise OversellError(entry.product, remaining)
                self._allow_oversell(entry)
            tally = Tally(self._next_key, product_id, qty, entry.product.price_fen, _now(), source)
            self._next_key += 1
            self._position[tally.key] = len(self._tallies)
            self._tallies.append(tally)
            self._sold[product_id] += qty
            self._revenue[product_id] += tally.revenue_fen
            self._pending += 1
            durable = self._write_tally(session.id, tally)
        self._publish(origin)
        return PendingTally(tally, durable)

    def undo_last(self, origin: object | None = None) -> Tally | None:
        """Mark the newest tally that is not void as void (it stays in the log)."""
        with self._lock:
            self._require()
            index = next((i for i in range(len(self._tallies) - 1, -1, -1) if not self._tallies[i].void), None)
            if index is None:
                return None
            tally = replace(self._tallies[index], void=True)
            self._tallies[index] = tally
            self._sold[tally.product_id] -= tally.qty
            self._revenue[tally.product_id] -= tally.qty * tally.unit_price_fen
            key, tally_id = tally.key, tally.id
            # Runs after the insert on the same writer thread, so the row id is known by then.
            self._writer.submit(lambda c: repo.void_tally(c, tally_id if tally_id is not None else self._row_ids[key]))
        self._publish(origin)
        return tally

    def wait_durable(self, timeout: float | None = None) -> None:
        """Wait until every tally so far is stored (trying the refused ones once more); StorageError when
        some still could not be."""
        self.retry_unsaved()
        self._writer.flush(timeout)
        with self._lock:
            failed = [error for _session, _tally, error in self._unsaved.values()]
        if failed:
            raise StorageError(Message("{count} tallies could not be stored: {reason}", count=len(failed),
                                       reason=str(failed[-1])))

    def retry_unsaved(self) -> int:
        """Write the tallies the disk refused again (as they are now: undone ones as void); how many."""
        with self._lock:
            self._retry = None
            waiting = sorted(self._unsaved.items())
            self._unsaved.clear()  # back in here only if the disk refuses them again
            for key, (session_id, tally, _error) in waiting:
                index = self._position.get(key)
                if self._session is not None and self._session.id == session_id and index is not None \
                        and index < len(self._tallies) and self._tallies[index].key == key:
                    tally = self._tallies[index]
                self._write_tally(session_id, tally)
        return len(waiting)

    def _write_tally(self, session_id: int, tally: Tally) -> Future[int]:
        durable = self._writer.submit(lambda c: self._insert(c, session_id, tally))
        durable.add_done_callback(lambda f, s=session_id, t=tally: self._stored(s, t, f))
        return durable

    # saved line-ups
    def saved_lineups(self) -> list[tuple[int, str]]:
        with self._db.sessions() as session:
            return repo.saved_lineups(session)

    def lineup_products(self, lineup_id: int) -> list[int]:
        with self._db.sessions() as session:
            return repo.lineup_products(session, lineup_id)

    def save_lineup(self, name: str, product_ids: Sequence[int]) -> int:
        name = name.strip()
        if not name:
            raise ValidationError("name", Message("a name is required"))
        with self._db.sessions.begin() as session:
            return repo.save_lineup(session, name[:60], list(product_ids))

    # helpers
    def _require(self) -> LiveSession:
        if self._session is None:
            raise ConflictError(Message("no live session is running"))
        return self._session

    def _record_switch(self, product_id: int | None, at: datetime) -> None:
        session = self._require()
        if self._switches and self._switches[-1].product_id == product_id:
            return
        switch = ExplainSwitch(at, product_id)
        self._switches.append(switch)
        self._writer.submit(lambda c: repo.insert_switch(c, session.id, switch))

    def _insert(self, connection: Connection, session_id: int, tally: Tally) -> int:
        self._row_ids[tally.key] = row_id = repo.insert_tally(connection, session_id, tally)
        return row_id

    def _allow_oversell(self, entry: LineupEntry) -> None:
        session = self._require()
        self._lineup = [replace(e, oversell_allowed=True) if e is entry else e for e in self._lineup]
        self._writer.submit(lambda c: repo.allow_oversell(c, session.id, entry.product.id))

    def _stored(self, session_id: int, tally: Tally, future: Future[int]) -> None:
        key = tally.key
        error = future.exception()
        if error is not None:
            with self._lock:  # the tally stays pending on screen until a retry stores it
                self._unsaved[key] = (session_id, tally, error)
                if self._retry is None and not self._closed:
                    self._retry = threading.Timer(RETRY_SECONDS, self.retry_unsaved)
                    self._retry.daemon = True
                    self._retry.start()
            return
        with self._lock:
            self._unsaved.pop(key, None)
            self._pending = max(0, self._pending - 1)
            index = self._position.get(key)
            if index is not None and index < len(self._tallies) and self._tallies[index].key == key:
                self._tallies[index] = replace(self._tallies[index], id=future.result())
        self._events.publish(ChangeEvent(DURABLE_ENTITY, ChangeKind.UPDATED, (key,)))

    def _publish(self, origin: object | None = None) -> None:
        self._events.publish(ChangeEvent(ENTITY, ChangeKind.UPDATED, origin=origin))

    def _refresh_ordered(self) -> None:
        session = self._session
        if session is None:
            return
        with self._db.sessions() as db_session:
            ordered = stock_repo.ordered_in_window(db_session, session.started_at, _now())
        with self._lock:
            self._ordered = ordered

    def _on_change(self, event: ChangeEvent) -> None:
        """Keep the line-up's products (price, stock, name) current while live, and count the stream's orders as
        they are imported (they take the place of its tallies)."""
        if event.entity not in STOCK_ENTITIES or self._session is None:
            return
        if event.entity != PRODUCT_ENTITY:
            self._refresh_ordered()
        with self._lock:
            refreshed = []
            for entry in self._lineup:
                try:
                    refreshed.append(replace(entry, product=self._catalog.get(entry.product.id)))
                except NotFoundError:
                    refreshed.append(entry)
            self._lineup = refreshed
        self._publish()
