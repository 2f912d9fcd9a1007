"""The shipping queue's queries: the task filter and the SQL behind it, the PackingTask view, counts and history.

The queue's table model reads ids first (`matching_ids`, one lean query over the id column) and then loads a
page of tasks at a time (`tasks_by_ids`), so that 100,000 tasks stay fast. A task's parcel includes the orders
merged into it (their tasks point at it through `merged_into_id`). Buyer data leaves here masked only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import ColumnElement, Connection, Select, exists, false, func, or_, select, union_all, update
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from livehelper.domain.masking import STARS, mask_address, mask_name, show_phone
from livehelper.domain.messages import Message
from livehelper.domain.order_preview import task_gaps
from livehelper.domain.tasks import TaskChange, TaskState, parse_state
from livehelper.storage.models import (
    LiveSessionRecord,
    OrderItemRecord,
    OrderRecord,
    PackingTaskRecord,
    TaskHistoryRecord,
)

CHUNK = 500  # ids per IN (…) list


@dataclass(frozen=True)
class TaskFilter:
    state: TaskState | str | None = None
    assignee: str | None = None
    platform: str | None = None
    text: str | None = None  # order number, item title or helper name, any part
    product_id: int | None = None  # tasks with an item of this catalog product
    session_id: int | None = None  # tasks whose order was paid (or created) during this live session


@dataclass(frozen=True)
class TaskItem:
    title: str
    qty: int
    product_id: int | None
    sku_text: str = ""  # the platform's 规格 text of the line


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
    buyer_note: str  # the notes of every order in the parcel, " / " between them
    buyer_masked: str  # 王* 138****5678; platform-hidden values stay hidden
    city: str
    address_masked: str  # 江苏省 南京市 建邺区 ****
    items: tuple[TaskItem, ...]  # the parcel's: this order's items, then those of the orders merged into it
    merged_order_nos: tuple[str, ...]  # orders merged into this parcel besides its own
    merged_into_id: int | None  # the task whose parcel took this task's order (this one is then 已取消)
    created_at: datetime
    updated_at: datetime
    exported_at: datetime | None
    missing: tuple[Message, ...] = ()  # what the order's export lacked (items, address) and what to do


def utc(moment: datetime | None) -> datetime | None:
    """Timestamps come back from SQLite without a zone; everything stored is UTC."""
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def chunks(values: Sequence[int]) -> list[Sequence[int]]:
    return [values[start:start + CHUNK] for start in range(0, len(values), CHUNK)]


def masked_buyer(order: OrderRecord) -> str:
    name = "" if order.name_hidden and "*" not in order.buyer_name else mask_name(order.buyer_name)
    phone = "" if order.phone_hidden and "*" not in order.buyer_phone else show_phone(order.buyer_phone)
    return " ".join(part for part in (name, phone) if part)


def masked_address(order: OrderRecord) -> str:
    """Regions shown, detail hidden; a detail the platform hid (Douyin ciphertext is stored empty) stays ****."""
    detail = order.address or (STARS if order.address_hidden else "")
    return mask_address(order.province, order.city, order.district, detail)


# filtering
def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _parcel_holds(order_ids: Select,  # type: ignore[type-arg]
                  matches: Callable[[InstrumentedAttribute[int]], ColumnElement[bool]]) -> ColumnElement[bool]:
    """Condition: the task's parcel holds a matching order. Its own order is looked up in the set `order_ids`
    (built once); the orders merged into it are few, and each is checked with `matches(order id)`."""
    merged = aliased(PackingTaskRecord)
    return or_(PackingTaskRecord.order_id.in_(order_ids),
               PackingTaskRecord.id.in_(select(merged.merged_into_id).where(
                   merged.merged_into_id >= 1,  # a range SQLite reads from the index; IS NOT NULL scans the table
                   matches(merged.order_id))))


def _text_condition(text: str, sqlite: bool) -> ColumnElement[bool]:
    pattern = _like(text)
    orders, items = aliased(OrderRecord), aliased(OrderItemRecord)  # never correlated with the outer query's

    def like(column: InstrumentedAttribute[str]) -> ColumnElement[bool]:
        # SQLite's LIKE already ignores ASCII case; its lower() on both sides would double the cost
        return column.like(pattern, escape="\\") if sqlite else column.ilike(pattern, escape="\\")

    def named(order_id: InstrumentedAttribute[int]) -> ColumnElement[bool]:
        return or_(exists().where(orders.id == order_id, like(orders.order_no)),
                   exists().where(items.order_id == order_id, like(items.title)))

    named_ids = union_all(select(orders.id).where(like(orders.order_no)),
                          select(items.order_id).where(like(items.title))).subquery()
    return or_(like(PackingTaskRecord.assignee), _parcel_holds(select(named_ids.c.id), named))


def _product_condition(product_id: int) -> ColumnElement[bool]:
    items = aliased(OrderItemRecord)
    with_product = select(items.order_id).where(items.product_id == product_id)  # an index search: cheap twice
    return _parcel_holds(with_product, lambda order_id: order_id.in_(with_product))


def session_window(connection: Connection | Session, session_id: int) -> tuple[datetime, datetime] | None:
    """start..end (UTC) of a live session; an unfinished session's window runs to now. None: no such session."""
    row = connection.execute(select(LiveSessionRecord.started_at, LiveSessionRecord.ended_at).where(
        LiveSessionRecord.id == session_id)).first()
    if row is None:
        return None
    started = utc(row[0])
    assert started is not None
    return started, utc(row[1]) or datetime.now(UTC)


def orders_in_window(window: tuple[datetime, datetime]) -> Select:  # type: ignore[type-arg]
    """Ids of orders paid within the window, or created within it when the payment time is unknown.

    Two index range scans on orders.paid_at (NULL is a range too) rather than one scan of every order."""
    start, end = (moment.astimezone(UTC) for moment in window)
    paid = select(OrderRecord.id).where(OrderRecord.paid_at >= start, OrderRecord.paid_at <= end)
    unpaid = select(OrderRecord.id).where(OrderRecord.paid_at.is_(None), OrderRecord.created_at >= start,
                                          OrderRecord.created_at <= end)
    return select(union_all(paid, unpaid).subquery().c.id)


def _dialect(connection: Connection | Session) -> str:
    return (connection.get_bind() if isinstance(connection, Session) else connection).dialect.name


def needs_orders(query: TaskFilter) -> bool:
    return bool(query.platform)


def apply_filter(connection: Connection | Session, statement: Select,  # type: ignore[type-arg]
                 query: TaskFilter) -> Select:  # type: ignore[type-arg]
    """Narrow a statement over packing_tasks (joined with orders when `needs_orders(query)`) to `query`."""
    if query.state:
        statement = statement.where(PackingTaskRecord.state == parse_state(query.state).value)
    if query.assignee is not None:
        statement = statement.where(PackingTaskRecord.assignee == query.assignee.strip())
    if query.platform:
        statement = statement.where(OrderRecord.platform == query.platform)
    text = (query.text or "").strip()
    if text:
        statement = statement.where(_text_condition(text, _dialect(connection) == "sqlite"))
    if query.product_id is not None:
        statement = statement.where(_product_condition(query.product_id))
    if query.session_id is not None:
        window = session_window(connection, query.session_id)
        statement = statement.where(false() if window is None else
                                    PackingTaskRecord.order_id.in_(orders_in_window(window)))
    return statement


def matching_ids(connection: Connection, query: TaskFilter) -> list[int]:
    """Every matching task id, oldest first: one query over the id column, no ORM objects."""
    statement = select(PackingTaskRecord.id)
    if needs_orders(query):
        statement = statement.join(OrderRecord, OrderRecord.id == PackingTaskRecord.order_id)
    result = connection.execute(apply_filter(connection, statement, query).order_by(PackingTaskRecord.id))
    try:  # plain integers straight from the DBAPI cursor: SQLAlchemy's row objects would triple the time
        return [task_id for (task_id,) in result.cursor.fetchall()]
    finally:
        result.close()


# loading
def task_rows(session: Session, ids: Sequence[int]) -> list[tuple[PackingTaskRecord, OrderRecord]]:
    found: dict[int, tuple[PackingTaskRecord, OrderRecord]] = {}
    for chunk in chunks(ids):
        for task, order in session.execute(select(PackingTaskRecord, OrderRecord).join(
                OrderRecord, OrderRecord.id == PackingTaskRecord.order_id).where(PackingTaskRecord.id.in_(chunk))):
            found[task.id] = (task, order)
    return [found[task_id] for task_id in ids if task_id in found]


def tasks_by_ids(session: Session, ids: Sequence[int]) -> list[PackingTask]:
    """Those tasks in the given order; ids that do not exist are skipped."""
    return task_views(session, task_rows(session, ids))


def _merged_orders(session: Session, task_ids: list[int]) -> dict[int, list[tuple[int, str, str]]]:
    """task id -> (order id, order number, buyer note) of the orders merged into its parcel, oldest task first."""
    merged: dict[int, list[tuple[int, str, str]]] = {}
    for chunk in chunks(task_ids):
        for into, order_id, order_no, note in session.execute(select(
                PackingTaskRecord.merged_into_id, OrderRecord.id, OrderRecord.order_no, OrderRecord.buyer_note).join(
                OrderRecord, OrderRecord.id == PackingTaskRecord.order_id).where(
                PackingTaskRecord.merged_into_id.in_(chunk)).order_by(PackingTaskRecord.id)):
            merged.setdefault(into, []).append((order_id, order_no, note))
    return merged


def _items(session: Session, order_ids: list[int]) -> dict[int, list[TaskItem]]:
    items: dict[int, list[TaskItem]] = {}
    for chunk in chunks(order_ids):
        for order_id, title, qty, product_id, sku in session.execute(select(
                OrderItemRecord.order_id, OrderItemRecord.title, OrderItemRecord.qty, OrderItemRecord.product_id,
                OrderItemRecord.sku_text).where(OrderItemRecord.order_id.in_(chunk)).order_by(
                OrderItemRecord.order_id, OrderItemRecord.position)):
            items.setdefault(order_id, []).append(TaskItem(title, qty, product_id, sku))
    return items


def _notes(*notes: str) -> str:
    return " / ".join(dict.fromkeys(note.strip() for note in notes if note.strip()))


def task_views(session: Session, rows: Sequence[tuple[PackingTaskRecord, OrderRecord]]) -> list[PackingTask]:
    merged = _merged_orders(session, [task.id for task, _ in rows])
    order_ids = [order.id for _, order in rows] + [entry[0] for entries in merged.values() for entry in entries]
    items = _items(session, order_ids)
    views = []
    for task, order in rows:
        parcel = merged.get(task.id, [])
        parcel_items = [*items.get(order.id, ())]
        for order_id, _, _ in parcel:
            parcel_items.extend(items.get(order_id, ()))
        views.append(PackingTask(
            task.id, order.id, order.platform, order.order_no, TaskState(task.state), task.assignee, task.courier,
            task.tracking_no, task.problem_reason, task.version,
            _notes(order.buyer_note, *(note for _, _, note in parcel)), masked_buyer(order), order.city,
            masked_address(order), tuple(parcel_items), tuple(number for _, number, _ in parcel),
            task.merged_into_id, utc(task.created_at) or task.created_at, utc(task.updated_at) or task.updated_at,
            utc(task.exported_at), task_gaps(order.platform, bool(parcel_items), order.title_summary,
                                             bool(order.address or order.province or order.address_hidden))))
    return views


# paging, counting and the other reads of TaskService
def _filtered(session: Session, statement: Select, query: TaskFilter) -> Select:  # type: ignore[type-arg]
    if needs_orders(query):
        statement = statement.join(OrderRecord, OrderRecord.id == PackingTaskRecord.order_id)
    return apply_filter(session, statement, query)


def page(session: Session, query: TaskFilter, offset: int, limit: int) -> list[PackingTask]:
    """A page of matching tasks, oldest first."""
    statement = _filtered(session, select(PackingTaskRecord.id), query).order_by(PackingTaskRecord.id)
    return tasks_by_ids(session, list(session.scalars(statement.offset(offset).limit(limit))))


def count(session: Session, query: TaskFilter) -> int:
    return int(session.scalar(_filtered(session, select(func.count()).select_from(PackingTaskRecord), query)) or 0)


def counts_by_state(session: Session) -> dict[str, int]:
    """state code -> how many tasks are in it (states with none left out)."""
    return {state: int(number) for state, number in session.execute(
        select(PackingTaskRecord.state, func.count()).group_by(PackingTaskRecord.state)).all()}


def assignees(session: Session) -> list[str]:
    """Everyone tasks are assigned to, sorted."""
    return list(session.scalars(select(PackingTaskRecord.assignee).where(
        PackingTaskRecord.assignee != "").distinct().order_by(PackingTaskRecord.assignee)))


def task_id_for_order(session: Session, order_id: int) -> int | None:
    return session.scalar(select(PackingTaskRecord.id).where(PackingTaskRecord.order_id == order_id))


def history(session: Session, task_id: int) -> list[TaskChange]:
    rows = session.scalars(select(TaskHistoryRecord).where(TaskHistoryRecord.task_id == task_id).order_by(
        TaskHistoryRecord.id)).all()
    return [TaskChange(row.task_id, TaskState(row.from_state) if row.from_state else None,
                       TaskState(row.to_state), row.who, utc(row.at) or row.at, row.version, row.reason)
            for row in rows]


def task_record(session: Session, task_id: int) -> PackingTaskRecord | None:
    return session.get(PackingTaskRecord, task_id)


def tracking_owner(session: Session, number: str, other_than: int) -> str | None:
    """The order number of another task that already carries this tracking number, else None."""
    row = session.execute(select(PackingTaskRecord.id, OrderRecord.order_no).join(
        OrderRecord, OrderRecord.id == PackingTaskRecord.order_id).where(
        PackingTaskRecord.tracking_no == number, PackingTaskRecord.id != other_than)).first()
    return None if row is None else row[1]


def mark_exported(session: Session, task_ids: Sequence[int], at: datetime) -> None:
    for chunk in chunks(task_ids):
        session.execute(update(PackingTaskRecord).where(
            PackingTaskRecord.id.in_(chunk), PackingTaskRecord.exported_at.is_(None)).values(exported_at=at))
