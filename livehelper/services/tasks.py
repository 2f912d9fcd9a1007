"""The shipping queue: packing tasks, their transitions (versioned, audited), assignment and batch shipping.

Every change is checked against the task's version (a stale change raises ConflictError), appended to
task_history and announced on the EventBus as entity "task". Buyer data is shown masked and never logged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Select, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from livehelper.domain.couriers import courier_by_code, find_courier, normalise_tracking, tracking_warnings
from livehelper.domain.csv_text import write_csv
from livehelper.domain.errors import ConflictError, NotFoundError, ValidationError
from livehelper.domain.masking import mask_name, mask_phone
from livehelper.domain.messages import Message
from livehelper.domain.tasks import (
    TaskChange,
    TaskState,
    check_transition,
    check_version,
    next_version,
    parse_state,
)
from livehelper.services.events import ChangeEvent, ChangeKind, EventBus
from livehelper.storage.engine import Database
from livehelper.storage.models import OrderItemRecord, OrderRecord, PackingTaskRecord, TaskHistoryRecord

ENTITY = "task"
SHIPMENTS_HEADER = ("订单编号", "物流公司", "运单号")
MAX_HELPER_LENGTH = 40


@dataclass(frozen=True)
class TaskFilter:
    state: TaskState | str | None = None
    assignee: str | None = None
    platform: str | None = None
    text: str | None = None  # order number, item title or helper name, any part


@dataclass(frozen=True)
class TaskItem:
    title: str
    qty: int
    product_id: int | None


@dataclass(frozen=True)
class PackingTask:
    id: int
    order_id: int
    platform: str
    order_no: str
    state: TaskState
    assignee: str
    courier: str  # courier code (SF, ZTO …) or ""
    tracking_no: str | None
    problem_reason: str
    version: int
    buyer_note: str
    buyer_masked: str  # 王* 138****5678; platform-hidden values stay hidden
    city: str
    items: tuple[TaskItem, ...]
    created_at: datetime
    updated_at: datetime
    exported_at: datetime | None


@dataclass(frozen=True)
class TransitionResult:
    task: PackingTask
    warnings: tuple[Message, ...] = ()


@dataclass(frozen=True)
class ShipmentFile:
    data: bytes
    task_ids: tuple[int, ...]


def _utc(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _masked_buyer(order: OrderRecord) -> str:
    name = "" if order.name_hidden and "*" not in order.buyer_name else mask_name(order.buyer_name)
    phone = "" if order.phone_hidden and "*" not in order.buyer_phone else mask_phone(order.buyer_phone)
    return " ".join(part for part in (name, phone) if part)


def _gone(task_id: int) -> NotFoundError:
    return NotFoundError(Message("packing task {id} no longer exists", id=task_id))


class TaskService:
    def __init__(self, database: Database, events: EventBus) -> None:
        self._db = database
        self._events = events

    def _publish(self, kind: ChangeKind, *ids: int) -> None:
        self._events.publish(ChangeEvent(ENTITY, kind, ids))

    # reading
    def _filtered(self, statement: Select, query: TaskFilter) -> Select:  # type: ignore[type-arg]
        if query.state:
            statement = statement.where(PackingTaskRecord.state == parse_state(query.state).value)
        if query.assignee is not None:
            statement = statement.where(PackingTaskRecord.assignee == query.assignee.strip())
        if query.platform:
            statement = statement.where(OrderRecord.platform == query.platform)
        text = (query.text or "").strip()
        if text:
            pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            titled = select(OrderItemRecord.order_id).where(OrderItemRecord.title.like(pattern, escape="\\"))
            statement = statement.where(or_(OrderRecord.order_no.like(pattern, escape="\\"),
                                            PackingTaskRecord.assignee.like(pattern, escape="\\"),
                                            OrderRecord.id.in_(titled)))
        return statement

    def list(self, query: TaskFilter | None = None, offset: int = 0, limit: int = 200) -> list[PackingTask]:
        statement = select(PackingTaskRecord, OrderRecord).join(
            OrderRecord, OrderRecord.id == PackingTaskRecord.order_id)
        statement = self._filtered(statement, query or TaskFilter()).order_by(PackingTaskRecord.id)
        with self._db.sessions() as session:
            rows = session.execute(statement.offset(offset).limit(limit)).all()
            return self._views(session, rows)

    def count(self, query: TaskFilter | None = None) -> int:
        statement = select(func.count()).select_from(PackingTaskRecord).join(
            OrderRecord, OrderRecord.id == PackingTaskRecord.order_id)
        with self._db.sessions() as session:
            return int(session.scalar(self._filtered(statement, query or TaskFilter())) or 0)

    def counts(self) -> dict[TaskState, int]:
        """Tasks per state, every state present (0 when none)."""
        with self._db.sessions() as session:
            found = dict(session.execute(select(PackingTaskRecord.state, func.count()).group_by(
                PackingTaskRecord.state)).all())
        return {state: int(found.get(state.value, 0)) for state in TaskState}

    def get(self, task_id: int) -> PackingTask:
        with self._db.sessions() as session:
            return self._view(session, task_id)

    def task_for_order(self, order_id: int) -> PackingTask | None:
        with self._db.sessions() as session:
            task_id = session.scalar(select(PackingTaskRecord.id).where(PackingTaskRecord.order_id == order_id))
            return None if task_id is None else self._view(session, task_id)

    def history(self, task_id: int) -> list[TaskChange]:
        with self._db.sessions() as session:
            rows = session.scalars(select(TaskHistoryRecord).where(TaskHistoryRecord.task_id == task_id).order_by(
                TaskHistoryRecord.id)).all()
        return [TaskChange(row.task_id, TaskState(row.from_state) if row.from_state else None,
                           TaskState(row.to_state), row.who, _utc(row.at) or row.at, row.version, row.reason)
                for row in rows]

    def _view(self, session: Session, task_id: int) -> PackingTask:
        row = session.execute(select(PackingTaskRecord, OrderRecord).join(
            OrderRecord, OrderRecord.id == PackingTaskRecord.order_id).where(
            PackingTaskRecord.id == task_id)).first()
        if row is None:
            raise _gone(task_id)
        return self._views(session, [row])[0]

    @staticmethod
    def _views(session: Session, rows: Sequence[tuple[PackingTaskRecord, OrderRecord]]) -> list[PackingTask]:
        order_ids = [order.id for _, order in rows]
        items: dict[int, list[TaskItem]] = {}
        if order_ids:
            for item in session.scalars(select(OrderItemRecord).where(
                    OrderItemRecord.order_id.in_(order_ids)).order_by(OrderItemRecord.position)):
                items.setdefault(item.order_id, []).append(TaskItem(item.title, item.qty, item.product_id))
        return [PackingTask(
            task.id, order.id, order.platform, order.order_no, TaskState(task.state), task.assignee, task.courier,
            task.tracking_no, task.problem_reason, task.version, order.buyer_note, _masked_buyer(order), order.city,
            tuple(items.get(order.id, ())), _utc(task.created_at) or task.created_at,
            _utc(task.updated_at) or task.updated_at, _utc(task.exported_at)) for task, order in rows]

    # changing
    def _locked(self, session: Session, task_id: int, version: int) -> PackingTaskRecord:
        task = session.get(PackingTaskRecord, task_id)
        if task is None:
            raise _gone(task_id)
        check_version(version, task.version)
        return task

    def _save(self, session: Session, task: PackingTaskRecord, expected: int, values: dict[str, object]) -> None:
        """Compare-and-set on the version, so that two PCs changing the task at once cannot both win."""
        values = {**values, "version": next_version(expected), "updated_at": datetime.now(UTC)}
        done = session.execute(update(PackingTaskRecord).where(
            PackingTaskRecord.id == task.id, PackingTaskRecord.version == expected).values(**values)).rowcount
        if not done:
            current = session.scalar(select(PackingTaskRecord.version).where(PackingTaskRecord.id == task.id))
            if current is None:
                raise _gone(task.id)
            check_version(expected, current)
        session.expire(task)

    def transition(self, task_id: int, to: TaskState | str, version: int, who: str, courier: str | None = None,
                   tracking_no: str | None = None, reason: str | None = None) -> TransitionResult:
        """Move a task to `to`; ValidationError for a move not allowed, ConflictError when `version` is stale or
        the tracking number is on another task. Tracking-number format doubts come back as warnings."""
        target = parse_state(to, "to")
        who = self._who(who)
        warnings: list[Message] = []
        with self._db.sessions.begin() as session:
            task = self._locked(session, task_id, version)
            current = TaskState(task.state)
            check_transition(current, target, reason=reason, courier=courier, tracking_no=tracking_no)
            values: dict[str, object] = {"state": target.value}
            note = (reason or "").strip() or None
            if target == TaskState.SHIPPED:
                found = courier_by_code((courier or "").strip()) or find_courier(courier or "")
                assert found is not None  # check_transition refused unknown couriers
                number = normalise_tracking(tracking_no or "")
                other = session.execute(select(PackingTaskRecord.id, OrderRecord.order_no).join(
                    OrderRecord, OrderRecord.id == PackingTaskRecord.order_id).where(
                    PackingTaskRecord.tracking_no == number, PackingTaskRecord.id != task_id)).first()
                if other is not None:
                    raise ConflictError(Message("tracking number {number} is already used by order {order_no}",
                                                number=number, order_no=other[1]))
                warnings = tracking_warnings(found, number)
                values |= {"courier": found.code, "tracking_no": number}
            if target == TaskState.PROBLEM:
                values["problem_reason"] = note or ""
            elif current == TaskState.PROBLEM:
                values["problem_reason"] = ""
            try:
                self._save(session, task, version, values)
                session.add(TaskHistoryRecord(task_id=task_id, from_state=current.value, to_state=target.value,
                                              who=who, at=datetime.now(UTC), version=next_version(version),
                                              reason=note[:200] if note else None))
                session.flush()
            except IntegrityError as error:
                raise ConflictError(Message("tracking number {number} is already used by another packing task",
                                            number=values.get("tracking_no", ""))) from error
        self._publish(ChangeKind.UPDATED, task_id)
        return TransitionResult(self.get(task_id), tuple(warnings))

    def assign(self, task_id: int, helper: str, version: int, who: str) -> PackingTask:
        """Give the task to `helper` ("" to release it); kept in the history like a change of state."""
        helper = helper.strip()
        if len(helper) > MAX_HELPER_LENGTH:
            raise ValidationError("assignee", Message("at most {limit} characters", limit=MAX_HELPER_LENGTH))
        who = self._who(who)
        with self._db.sessions.begin() as session:
            task = self._locked(session, task_id, version)
            state = task.state
            self._save(session, task, version, {"assignee": helper})
            session.add(TaskHistoryRecord(task_id=task_id, from_state=state, to_state=state, who=who,
                                          at=datetime.now(UTC), version=next_version(version),
                                          reason=f"→ {helper}" if helper else "→ —"))
        self._publish(ChangeKind.UPDATED, task_id)
        return self.get(task_id)

    @staticmethod
    def _who(who: str) -> str:
        who = who.strip()
        if not who:
            raise ValidationError("who", Message("a name is required"))
        return who[:MAX_HELPER_LENGTH]

    # batch shipping
    def pending_shipments(self) -> ShipmentFile:
        """订单编号,物流公司,运单号 for shipped tasks not yet exported (UTF-8 with BOM, formula-safe)."""
        with self._db.sessions() as session:
            rows = session.execute(select(PackingTaskRecord.id, OrderRecord.order_no, PackingTaskRecord.courier,
                                          PackingTaskRecord.tracking_no).join(
                OrderRecord, OrderRecord.id == PackingTaskRecord.order_id).where(
                PackingTaskRecord.state == TaskState.SHIPPED.value, PackingTaskRecord.exported_at.is_(None)).order_by(
                PackingTaskRecord.updated_at, PackingTaskRecord.id)).all()
        lines = []
        for _, order_no, code, number in rows:
            courier = courier_by_code(code)
            lines.append((order_no, courier.name if courier else code, number or ""))
        return ShipmentFile(write_csv(SHIPMENTS_HEADER, lines), tuple(row[0] for row in rows))

    def mark_exported(self, task_ids: Sequence[int]) -> None:
        """Record that these tasks went into a batch-shipping file (after the file was written)."""
        if not task_ids:
            return
        now = datetime.now(UTC)
        with self._db.sessions.begin() as session:
            for start in range(0, len(task_ids), 500):
                session.execute(update(PackingTaskRecord).where(
                    PackingTaskRecord.id.in_(task_ids[start:start + 500]),
                    PackingTaskRecord.exported_at.is_(None)).values(exported_at=now))
        self._publish(ChangeKind.UPDATED, *task_ids)

    def shipments_csv(self, mark_exported: bool = True) -> bytes:
        shipments = self.pending_shipments()
        if mark_exported:
            self.mark_exported(shipments.task_ids)
        return shipments.data
