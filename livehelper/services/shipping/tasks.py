"""The shipping queue: packing tasks, their transitions (versioned, audited), assignment and batch shipping.

Every change is checked against the task's version (a stale change raises ConflictError), appended to
task_history and announced on the EventBus as entity "task". Buyer data is shown masked and never logged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from livehelper.domain.couriers import courier_by_code
from livehelper.domain.csv_text import write_csv
from livehelper.domain.messages import Message
from livehelper.domain.shipping_files import ShipmentRow, ShippingTemplate, template_for, write_files
from livehelper.domain.tasks import TaskChange, TaskState
from livehelper.services.catalog import stock
from livehelper.services.events import ChangeEvent, ChangeKind, Entity, EventBus
from livehelper.services.shipping import task_changes, task_documents
from livehelper.services.shipping.reconcile import ReconcileLine, reconcile_session
from livehelper.services.shipping.task_documents import PackingSlip, PickLine
from livehelper.storage import order_writes, parcels
from livehelper.storage import tasks as repo
from livehelper.storage.engine import Database
from livehelper.storage.shipments import shipped_not_exported
from livehelper.storage.tasks import (
    PackingTask,
    TaskFilter,
    TaskItem,
    matching_ids,
    task_rows,
    task_views,
    tasks_by_ids,
)

__all__ = ["MAX_HELPER_LENGTH", "SYSTEM", "PackingTask", "PlatformShipments", "ShipmentFile", "TaskFilter", "TaskItem",
           "TaskService", "TransitionResult"]

ENTITY = Entity.TASK
SHIPMENTS_HEADER = ("订单编号", "物流公司", "运单号")
MAX_HELPER_LENGTH = task_changes.MAX_HELPER_LENGTH
SYSTEM = order_writes.SYSTEM  # the `who` of history entries an import wrote


@dataclass(frozen=True)
class TransitionResult:
    task: PackingTask
    warnings: tuple[Message, ...] = ()


@dataclass(frozen=True)
class ShipmentFile:
    data: bytes
    task_ids: tuple[int, ...]


@dataclass(frozen=True)
class PlatformShipments:
    """One platform's bulk-shipping upload: its template, the file(s) (拼多多 takes 5,000 rows a file), the tasks."""

    template: ShippingTemplate
    files: tuple[bytes, ...]
    task_ids: tuple[int, ...]
    lines: int



class TaskService:
    def __init__(self, database: Database, events: EventBus) -> None:
        self._db = database
        self._events = events

    def _publish(self, kind: ChangeKind, *ids: int) -> None:
        self._events.publish(ChangeEvent(ENTITY, kind, ids))

    # reading
    def ids(self, query: TaskFilter | None = None) -> list[int]:
        """Every matching task id, oldest first (for the queue's lazy table model)."""
        with self._db.engine.connect() as connection:
            return matching_ids(connection, query or TaskFilter())

    def by_ids(self, ids: Sequence[int]) -> list[PackingTask]:
        """Those tasks in the given order; ids that no longer exist are skipped."""
        with self._db.sessions() as session:
            return tasks_by_ids(session, ids)

    def list(self, query: TaskFilter | None = None, offset: int = 0, limit: int = 200) -> list[PackingTask]:
        with self._db.sessions() as session:
            return repo.page(session, query or TaskFilter(), offset, limit)

    def count(self, query: TaskFilter | None = None) -> int:
        with self._db.sessions() as session:
            return repo.count(session, query or TaskFilter())

    def counts(self) -> dict[TaskState, int]:
        """Tasks per state, every state present (0 when none)."""
        with self._db.sessions() as session:
            found = repo.counts_by_state(session)
        return {state: found.get(state.value, 0) for state in TaskState}

    def helpers(self) -> list[str]:
        """Everyone tasks are assigned to, sorted."""
        with self._db.sessions() as session:
            return repo.assignees(session)

    def get(self, task_id: int) -> PackingTask:
        with self._db.sessions() as session:
            return self._view(session, task_id)

    def task_for_order(self, order_id: int) -> PackingTask | None:
        with self._db.sessions() as session:
            task_id = repo.task_id_for_order(session, order_id)
            return None if task_id is None else self._view(session, task_id)

    def history(self, task_id: int) -> list[TaskChange]:
        with self._db.sessions() as session:
            return repo.history(session, task_id)

    @staticmethod
    def _view(session: Session, task_id: int) -> PackingTask:
        rows = task_rows(session, [task_id])
        if not rows:
            raise parcels.gone(task_id)
        return task_views(session, rows)[0]

    # documents
    def pick_list(self, task_ids: Sequence[int]) -> list[PickLine]:
        return task_documents.pick_list(self._db, task_ids)

    def packing_slips(self, task_ids: Sequence[int]) -> list[PackingSlip]:
        return task_documents.packing_slips(self._db, task_ids)

    def reconcile(self, session_id: int) -> list[ReconcileLine]:
        return reconcile_session(self._db, session_id)

    # parcels
    def merge_candidates(self, task_id: int) -> list[int]:
        """Other 待打包 tasks of the same buyer name, phone and address, that could go in this task's parcel."""
        with self._db.sessions() as session:
            return parcels.merge_candidates(session, task_id)

    def merge(self, task_ids: Sequence[int], who: str) -> PackingTask:
        """One parcel for the orders of these 待打包 tasks of one buyer and address: the lowest id keeps it, the
        others become 已取消 (合并到 #N). ValidationError when that is not allowed."""
        who = task_changes.checked_who(who)
        with self._db.sessions.begin() as session:
            survivor, touched = parcels.merge(session, task_ids, who)
        self._publish(ChangeKind.UPDATED, *touched)
        return self.get(survivor)

    # changing
    def transition(self, task_id: int, to: TaskState | str, version: int, who: str, courier: str | None = None,
                   tracking_no: str | None = None, reason: str | None = None, claim: bool = False) -> TransitionResult:
        """Move a task to `to`; ValidationError for a move not allowed, ConflictError when `version` is stale or
        the tracking number is on another task. Tracking-number format doubts come back as warnings. `claim`: a
        helper starting to pack an unassigned task becomes its 负责人 (the phone page)."""
        with self._db.sessions.begin() as session:
            _, warnings = task_changes.move(session, task_id, to, version, who, courier, tracking_no, reason, claim)
            products = stock.parcel_products(session, task_id)
        self._publish(ChangeKind.UPDATED, task_id)
        if products:  # reserved always changes with the task's state; on hand when it shipped or came back
            self._events.publish(ChangeEvent(stock.PRODUCT_ENTITY, ChangeKind.UPDATED, products))
        return TransitionResult(self.get(task_id), tuple(warnings))

    def assign(self, task_id: int, helper: str, version: int, who: str) -> PackingTask:
        """Give the task to `helper` ("" to release it); kept in the history like a change of state."""
        with self._db.sessions.begin() as session:
            task_changes.assign(session, task_id, helper, version, who)
        self._publish(ChangeKind.UPDATED, task_id)
        return self.get(task_id)

    # batch shipping
    def pending_shipments(self) -> ShipmentFile:
        """订单编号,物流公司,运单号 for shipped tasks not yet exported (UTF-8 with BOM, formula-safe): one line per
        platform order, so the orders merged into a parcel each get its courier and tracking number."""
        with self._db.sessions() as session:
            rows = shipped_not_exported(session)
            merged = parcels.merged_order_numbers(session, [row[0] for row in rows])
        lines = []
        for task_id, _, order_no, code, number in rows:
            courier = courier_by_code(code)
            for each in (order_no, *merged.get(task_id, ())):
                lines.append((each, courier.name if courier else code, number or ""))
        return ShipmentFile(write_csv(SHIPMENTS_HEADER, lines), tuple(row[0] for row in rows))

    def shipment_files(self, platform: str | None = None) -> list[PlatformShipments]:
        """Each platform's own upload file for the shipped tasks not yet exported, one entry per platform (only
        `platform`'s when given; its empty template when it has none). Merged parcels give a line per order."""
        with self._db.sessions() as session:
            rows = shipped_not_exported(session)
            merged = parcels.merged_order_numbers(session, [row[0] for row in rows])
        by_template: dict[str, tuple[ShippingTemplate, list[ShipmentRow], list[int]]] = {}
        for task_id, order_platform, order_no, code, number in rows:
            template = template_for(order_platform)
            if platform is not None and template is not template_for(platform):
                continue
            _, lines, task_ids = by_template.setdefault(template.key, (template, [], []))
            lines.extend((each, code, number) for each in (order_no, *merged.get(task_id, ())))
            task_ids.append(task_id)
        if platform is not None and not by_template:
            by_template["chosen"] = (template_for(platform), [], [])
        return [PlatformShipments(template, tuple(write_files(template, lines)), tuple(task_ids), len(lines))
                for template, lines, task_ids in by_template.values()]

    def mark_exported(self, task_ids: Sequence[int]) -> None:
        """Record that these tasks went into a batch-shipping file (after the file was written)."""
        if not task_ids:
            return
        now = datetime.now(UTC)
        with self._db.sessions.begin() as session:
            repo.mark_exported(session, task_ids, now)
        self._publish(ChangeKind.UPDATED, *task_ids)

    def shipments_csv(self, mark_exported: bool = True) -> bytes:
        shipments = self.pending_shipments()
        if mark_exported:
            self.mark_exported(shipments.task_ids)
        return shipments.data
