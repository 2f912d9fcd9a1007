"""Buyer data lifecycle: a buyer's name, phone and address are masked in place some days after the order ended.

An order has ended when its packing task was shipped (已发货) or cancelled (已取消: the order was closed or
refunded; a task merged into another parcel ends with that parcel), or, for an order that never got a task,
when the platform said it was closed or done. The clock starts at that change: the task's history, else the
row's change time. The order, its items, the task and its history stay; only the three buyer fields become
what a helper would see (王*, 138****5678, ****). The *_hidden flags then say "not ours to show" as they do
for the fields a platform export hides, and all three set marks an order as purged (no schema change needed).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from livehelper.domain.errors import ValidationError
from livehelper.domain.masking import STARS, mask_name, mask_phone
from livehelper.domain.messages import Message
from livehelper.domain.orders import is_closed
from livehelper.domain.tasks import TaskState
from livehelper.services.events import ChangeEvent, ChangeKind, EventBus
from livehelper.services.shipping.orders import ENTITY as ORDER_ENTITY
from livehelper.storage import privacy as repo
from livehelper.storage.cues import set_setting, setting
from livehelper.storage.engine import Database

PURGE_DAYS_KEY = "privacy.purge_days"
DEFAULT_PURGE_DAYS = 90
MAX_PURGE_DAYS = 3650
DAILY_SECONDS = 24 * 3600.0
BATCH = 500
# An order imported after it was already shipped or completed on the platform never gets a packing task.
DONE_WORDS = ("已发货", "卖家已发货", "交易成功", "已完成", "已签收", "shipped", "completed")
ENDED_STATES = (TaskState.SHIPPED.value, TaskState.CANCELLED.value)

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _TaskEnd:
    state: str
    updated_at: datetime
    merged_into_id: int | None


def _utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class PrivacyService:
    def __init__(self, database: Database, events: EventBus) -> None:
        self._db = database
        self._events = events

    # the setting (shared by every PC on the database)
    def purge_days(self) -> int:
        with self._db.sessions() as session:
            stored = setting(session, PURGE_DAYS_KEY)
        try:
            return int(stored) if stored is not None else DEFAULT_PURGE_DAYS
        except ValueError:
            return DEFAULT_PURGE_DAYS

    def set_purge_days(self, days: int) -> None:
        self._check_days(days)
        with self._db.sessions.begin() as session:
            set_setting(session, PURGE_DAYS_KEY, str(days))

    # purging
    def due(self, now: datetime, days: int | None = None) -> list[int]:
        """Ids of the orders whose buyer data is due for purging at `now`."""
        days = self.purge_days() if days is None else self._check_days(days)
        cutoff = now.astimezone(UTC) - timedelta(days=days)
        with self._db.sessions() as session:
            return [order_id for order_id, ended in self._ended_orders(session)
                    if ended is not None and _utc(ended) <= cutoff]

    def purge(self, now: datetime, days: int | None = None, dry_run: bool = False) -> int:
        """Mask the buyer data of every order due at `now`; the number of orders purged (or due, with dry_run)."""
        due = self.due(now, days)
        if dry_run or not due:
            return len(due)
        for start in range(0, len(due), BATCH):
            with self._db.sessions.begin() as session:
                self._mask(session, due[start:start + BATCH], now)
        self._events.publish(ChangeEvent(ORDER_ENTITY, ChangeKind.RELOADED))
        return len(due)

    # helpers
    @staticmethod
    def _check_days(days: int) -> int:
        if not 1 <= days <= MAX_PURGE_DAYS:
            raise ValidationError("purge_days", Message("keep buyer data 1 to {maximum} days", maximum=MAX_PURGE_DAYS))
        return days

    def _ended_orders(self, session: Session) -> Iterable[tuple[int, datetime | None]]:
        """(order id, when it ended or None) for every order whose buyer data is not purged yet."""
        rows = repo.unpurged_orders(session)
        tasks = {row[4]: _TaskEnd(row[5], row[6], row[7]) for row in rows if row[4] is not None}
        parcels = {task.merged_into_id for task in tasks.values() if task.merged_into_id is not None} - tasks.keys()
        tasks.update(self._tasks(session, parcels))
        ended_at = self._history_ends(session, tasks)
        for order_id, status, after_sale, order_updated, task_id, *_ in rows:
            if task_id is None:
                done = is_closed("generic", status, after_sale) or any(word in status.lower() for word in DONE_WORDS)
                yield order_id, order_updated if done else None
                continue
            yield order_id, self._task_ended(task_id, tasks, ended_at)

    @staticmethod
    def _task_ended(task_id: int, tasks: dict[int, _TaskEnd], ended_at: dict[tuple[int, str], datetime]
                    ) -> datetime | None:
        task = tasks[task_id]
        if task.merged_into_id is not None and task.merged_into_id in tasks:  # it ships with that parcel
            task_id, task = task.merged_into_id, tasks[task.merged_into_id]
        if task.state not in ENDED_STATES:
            return None
        return ended_at.get((task_id, task.state), task.updated_at)

    @staticmethod
    def _tasks(session: Session, task_ids: set[int]) -> dict[int, _TaskEnd]:
        return {task_id: _TaskEnd(state, updated_at, merged_into_id)
                for task_id, state, updated_at, merged_into_id in repo.task_ends(session, task_ids)}

    @staticmethod
    def _history_ends(session: Session, tasks: dict[int, _TaskEnd]) -> dict[tuple[int, str], datetime]:
        """When each ended task last reached its end state, from the audit history."""
        ended = sorted(task_id for task_id, task in tasks.items() if task.state in ENDED_STATES)
        return repo.last_reached(session, ended, ENDED_STATES)

    @staticmethod
    def _mask(session: Session, order_ids: Sequence[int], now: datetime) -> None:
        for order_id, name, phone, address in repo.buyer_data(session, order_ids):
            repo.store_masked(session, order_id, mask_name(name), mask_phone(phone),
                              STARS if address.strip() else "", now.astimezone(UTC))


class PrivacySchedule:
    """Purges in the background: once soon after start, then once a day, for as long as the app runs."""

    def __init__(self, service: PrivacyService, interval: float = DAILY_SECONDS) -> None:
        self._service = service
        self._interval = interval
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.last_count: int | None = None

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="livehelper-privacy", daemon=True)
        self._thread.start()

    def stop(self, timeout: float | None = 30.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.last_count = self._service.purge(datetime.now(UTC))
            except Exception:  # a busy or unreachable database: try again at the next turn
                _log.warning("could not purge old buyer data", exc_info=True)
            self._stop.wait(self._interval)
