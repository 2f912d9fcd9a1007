"""Writing an import plan: orders, their lines, packing tasks and the tasks' history, in bulk.

Everything runs inside the caller's transaction, so a failure leaves nothing behind. New rows go in as one
executemany per table rather than one ORM flush per object: a 50,000-order export is some 200,000 rows, and
the per-object unit of work cost minutes. Buyer data passes through here; nothing in this module logs.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from functools import cache
from operator import itemgetter
from typing import Any

from sqlalchemy import Table, delete, func, insert, select, tuple_, update
from sqlalchemy.dialects.sqlite import DATETIME as SQLITE_DATETIME
from sqlalchemy.orm import Session

from livehelper.domain.orders import Order
from livehelper.domain.tasks import INITIAL_VERSION, TaskState, next_version
from livehelper.storage import parcels
from livehelper.storage.models import (
    OrderItemRecord,
    OrderRecord,
    PackingTaskRecord,
    PendingItemRecord,
    TaskHistoryRecord,
)
from livehelper.storage.order_plan import (
    ORDER_FIELDS,
    OrderPlan,
    Plan,
    ProductMatcher,
    order_fields,
    order_values,
)

SYSTEM = "system"  # the `who` of history entries written by an import
_CHUNK = 500

ORDER_TABLE: Table = OrderRecord.__table__  # type: ignore[assignment]
ITEM_TABLE: Table = OrderItemRecord.__table__  # type: ignore[assignment]
TASK_TABLE: Table = PackingTaskRecord.__table__  # type: ignore[assignment]
HISTORY_TABLE: Table = TaskHistoryRecord.__table__  # type: ignore[assignment]
PENDING_TABLE: Table = PendingItemRecord.__table__  # type: ignore[assignment]

ORDER_COLUMNS = ("platform", "order_no", *ORDER_FIELDS, "created_at", "imported_at", "updated_at")
ITEM_COLUMNS = ("order_id", "position", "title", "qty", "unit_price_fen", "merchant_code", "sku_text",
                "sub_order_no", "status", "product_id")
TASK_COLUMNS = ("order_id", "state", "assignee", "courier", "problem_reason", "version", "created_at", "updated_at")
HISTORY_COLUMNS = ("task_id", "from_state", "to_state", "who", "at", "version", "reason")
PENDING_COLUMNS = ("platform", "order_no", "position", "title", "qty", "unit_price_fen", "merchant_code",
                   "sku_text", "status")

Row = tuple[Any, ...]
_SQLITE_DATETIME = "%04d-%02d-%02d %02d:%02d:%02d.%06d"  # SQLite's DATETIME._storage_format, by position


def _bind_processor(table: Table, name: str, dialect: Any) -> Callable[[Any], Any] | None:
    return table.c[name].type.dialect_impl(dialect).bind_processor(dialect)  # type: ignore[no-any-return]


def _column_processor(table: Table, name: str, dialect: Any,
                      memo: dict[int, Any]) -> Callable[[Sequence[Any]], Sequence[Any]] | None:
    """What SQLAlchemy's bind processor of a column makes of a whole column of values, the fastest way it can.

    SQLite's DATETIME in its default storage format is that format filled positionally (the processor fills it
    from a dict, at twice the cost). A 50,000-order export has some 100,000 times; one datetime object (the import's
    own time, a time an export repeats) is formatted once for all the columns of the insert (`memo`, by identity:
    the rows keep the objects alive meanwhile). Other processors (booleans) convert each distinct value once."""
    processor = _bind_processor(table, name, dialect)
    if processor is None:
        return None
    impl = table.c[name].type.dialect_impl(dialect)
    if isinstance(impl, SQLITE_DATETIME) and impl._storage_format == SQLITE_DATETIME._storage_format:
        def datetimes(values: Sequence[Any]) -> Sequence[Any]:
            texts = []
            for value in values:
                text = memo.get(id(value), memo)
                if text is memo:
                    text = memo[id(value)] = (_SQLITE_DATETIME % (
                        value.year, value.month, value.day, value.hour, value.minute, value.second, value.microsecond)
                        if type(value) is datetime else processor(value))
                texts.append(text)
            return texts

        return datetimes

    def each_once(values: Sequence[Any]) -> Sequence[Any]:
        done: dict[Any, Any] = {None: None}
        return [done[value] if value in done else done.setdefault(value, processor(value)) for value in values]

    return each_once


def insert_rows(session: Session, table: Table, columns: Sequence[str], rows: list[Row]) -> None:
    """INSERT many rows at once. On SQLite straight through the driver's executemany: SQLAlchemy's per-row
    parameter handling costs more than SQLite's own insert. Values go through the column types' bind
    processors either way (`_column_processor`), so what is stored is what SQLAlchemy would store."""
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    if dialect.name != "sqlite":
        session.execute(insert(table), [dict(zip(columns, row, strict=True)) for row in rows])
        return
    memo: dict[int, Any] = {}
    processors = [(index, processor) for index, name in enumerate(columns)
                  if (processor := _column_processor(table, name, dialect, memo)) is not None]
    if processors:  # column by column
        by_column: list[Sequence[Any]] = list(zip(*rows, strict=True))
        for index, processor in processors:
            by_column[index] = processor(by_column[index])
        rows = list(zip(*by_column, strict=True))
    names = ", ".join(columns)
    marks = ", ".join("?" for _ in columns)
    connection.exec_driver_sql(f"INSERT INTO {table.name} ({names}) VALUES ({marks})", rows)


def _consecutive_new_ids(session: Session, table_name: str, before: int, inserted: int) -> range | None:
    """The ids SQLite gave the rows just inserted, in insertion order, when they are exactly before+1 …
    before+inserted: SQLite gives a new row the largest id plus one, so rows inserted one after the other in
    the write transaction (nobody else inserts meanwhile) get consecutive ids. None if that does not hold."""
    count, last = session.connection().exec_driver_sql(
        f"SELECT count(*), coalesce(max(id), 0) FROM {table_name} WHERE id > ?", (before,)).one()
    if count == inserted and last == before + inserted:
        return range(before + 1, before + inserted + 1)
    return None


def insert_returning_ids(session: Session, table: Table, columns: Sequence[str], rows: list[Row],
                         key: Sequence[str]) -> list[int]:
    """Insert `rows` and give back their new ids in the order of `rows`. `key` names a unique column (or
    columns) among `columns` by which the new rows are found when their ids do not follow from the insert."""
    if not rows:
        return []
    key_columns = [table.c[name] for name in key]
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        # In the write transaction nobody else inserts meanwhile; if someone did before it began, their rows
        # have keys other than ours (the same key would have been an IntegrityError), so they are never asked for.
        before = session.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()
        insert_rows(session, table, columns, rows)
        new_ids = _consecutive_new_ids(session, table.name, before, len(rows))
        if new_ids is not None:
            return list(new_ids)
        found = connection.exec_driver_sql(  # plain tuples: the key columns are text and integers
            f"SELECT {', '.join(key)}, id FROM {table.name} WHERE id > ?", (before,)).fetchall()
    else:
        statement = insert(table).returning(*key_columns, table.c.id)
        found = session.execute(statement, [dict(zip(columns, row, strict=True)) for row in rows]).all()
    if len(key) == 1:
        by_key = {value: record_id for value, record_id in found}
    else:
        by_key = {tuple(values): record_id for *values, record_id in found}
    key_of = itemgetter(*(columns.index(name) for name in key))  # one name: the value, else a tuple
    return [by_key[value] for value in map(key_of, rows)]


def delete_where_in(session: Session, table: Table, column: str, values: Sequence[object], *where: Any) -> None:
    for start in range(0, len(values), _CHUNK):
        session.execute(delete(table).where(table.c[column].in_(values[start:start + _CHUNK]), *where))


def _line_rows(order_id: int, step: OrderPlan, matcher: ProductMatcher) -> list[Row]:
    known = step.product_ids
    return [(order_id, index, line.title[:200], line.qty, line.unit_price_fen or 0, line.merchant_code[:64],
             line.sku_text[:200], line.sub_order_no[:64], line.status[:60],
             known[index] if known is not None else matcher.match(line.title, line.merchant_code))
            for index, line in enumerate(step.lines or ())]


def _order_row(order: Order, now: datetime) -> Row:
    return (order.platform.value, order.order_no, *order_values(order), order.created_at or now, now, now)


def close_task(session: Session, task: PackingTaskRecord, order_no: str, order: Order, now: datetime) -> int | None:
    """The order of an existing task was closed or refunded: cancel its open task (or take it out of its parcel).
    The id of the task changed, if any."""
    reason = " / ".join(part for part in (order.status, order.after_sale) if part)[:200]
    if task.merged_into_id is not None:  # its order leaves the parcel it was merged into
        return parcels.leave_parcel(session, task, order_no, reason)
    if TaskState(task.state) in (TaskState.SHIPPED, TaskState.CANCELLED):
        return None
    previous = task.state
    task.state = TaskState.CANCELLED.value
    task.version = next_version(task.version)
    task.updated_at = now
    session.add(TaskHistoryRecord(task_id=task.id, from_state=previous, to_state=task.state, who=SYSTEM,
                                  at=now, version=task.version, reason=reason))
    session.flush()
    parcels.release_parcel(session, task, order_no)  # orders merged into it still ship
    return task.id


@cache
def _sqlite_has_json(dbapi: Any) -> bool:
    """SQLite has json_each built in since 3.38 and as the usual JSON1 extension before; ask once anyway."""
    try:
        probe = dbapi.connect(":memory:")
    except Exception:  # not a driver we can probe: use the plain path
        return False
    try:
        probe.execute("SELECT count(*) FROM json_each('[1]')").fetchone()
        return True
    except dbapi.Error:
        return False
    finally:
        probe.close()


def _create_tasks_in_sqlite(session: Session, order_ids: Sequence[int], now: datetime) -> list[int]:
    """`create_tasks` as two INSERT … SELECT statements: SQLite makes the 50,000 task and history rows of a big
    export itself instead of binding each one (the same values as the executemany path)."""
    connection = session.connection()
    dialect = connection.dialect
    at = _bind_processor(TASK_TABLE, "created_at", dialect)
    stamp = at(now) if at is not None else now
    history_at = _bind_processor(HISTORY_TABLE, "at", dialect)
    history_stamp = history_at(now) if history_at is not None else now
    # Inside the write transaction nobody else inserts tasks meanwhile (see insert_returning_ids).
    before = connection.exec_driver_sql("SELECT coalesce(max(id), 0) FROM packing_tasks").scalar_one()
    connection.exec_driver_sql(
        "INSERT INTO packing_tasks (order_id, state, assignee, courier, problem_reason, version, created_at, "
        "updated_at) SELECT value, ?, '', '', '', ?, ?, ? FROM json_each(?) ORDER BY key",
        (TaskState.PENDING.value, INITIAL_VERSION, stamp, stamp, json.dumps(list(order_ids))))
    connection.exec_driver_sql(
        "INSERT INTO task_history (task_id, from_state, to_state, who, at, version, reason) "
        "SELECT id, NULL, ?, ?, ?, ?, NULL FROM packing_tasks WHERE id > ? ORDER BY id",
        (TaskState.PENDING.value, SYSTEM, history_stamp, INITIAL_VERSION, before))
    new_ids = _consecutive_new_ids(session, "packing_tasks", before, len(order_ids))
    if new_ids is not None:
        return list(new_ids)
    by_order = dict(connection.exec_driver_sql(
        "SELECT order_id, id FROM packing_tasks WHERE id > ?", (before,)).fetchall())
    return [by_order[order_id] for order_id in order_ids]


def create_tasks(session: Session, order_ids: Sequence[int], now: datetime) -> list[int]:
    """A 待打包 packing task, with its first history entry, for each order; the new task ids in that order."""
    if not order_ids:
        return []
    dialect = session.connection().dialect
    if dialect.name == "sqlite" and _sqlite_has_json(dialect.loaded_dbapi):
        return _create_tasks_in_sqlite(session, order_ids, now)
    created = insert_returning_ids(session, TASK_TABLE, TASK_COLUMNS, [
        (order_id, TaskState.PENDING.value, "", "", "", INITIAL_VERSION, now, now) for order_id in order_ids],
        ("order_id",))
    insert_rows(session, HISTORY_TABLE, HISTORY_COLUMNS, [
        (task_id, None, TaskState.PENDING.value, SYSTEM, now, INITIAL_VERSION, None) for task_id in created])
    return created


def _sync_tasks(session: Session, written: list[tuple[OrderPlan, int]], now: datetime) -> list[int]:
    """Give each paid order waiting for shipment its packing task; cancel the open task of a closed order."""
    existing: dict[int, PackingTaskRecord] = {}
    stored_ids = [record_id for step, record_id in written if step.record_id is not None]
    for start in range(0, len(stored_ids), _CHUNK):
        for task in session.scalars(select(PackingTaskRecord).where(
                PackingTaskRecord.order_id.in_(stored_ids[start:start + _CHUNK]))):
            existing[task.order_id] = task
    touched: list[int] = []
    to_create: list[int] = []
    awaiting: dict[tuple[str, str, str], bool] = {}  # what a status means, worked out once per status text
    for step, record_id in written:
        order = step.order
        assert order is not None
        task = existing.get(record_id)
        if task is None:
            status = (order.platform, order.status, order.after_sale)
            if status not in awaiting:
                awaiting[status] = order.awaiting_shipment
            if awaiting[status]:
                to_create.append(record_id)
        elif order.closed:
            task_id = close_task(session, task, step.order_no, order, now)
            if task_id is not None:
                touched.append(task_id)
    return create_tasks(session, to_create, now) + touched


def apply_plan(session: Session, plan: Plan) -> tuple[list[int], list[int]]:
    """Write the plan; (order ids written, task ids created or cancelled)."""
    now = datetime.now(UTC)
    matcher = ProductMatcher(session)
    new = [(step, step.order) for step in plan.orders if step.record_id is None and step.order is not None]
    new_ids = insert_returning_ids(session, ORDER_TABLE, ORDER_COLUMNS, [_order_row(order, now) for _, order in new],
                                   ("platform", "order_no"))
    written = [(step, record_id) for (step, _), record_id in zip(new, new_ids, strict=True)]
    changed = [(step, step.record_id, step.order) for step in plan.orders
               if step.record_id is not None and step.order is not None]
    if changed:
        session.execute(update(OrderRecord), [
            {"id": record_id, "updated_at": now, **order_fields(order, step.keeps_buyer)}
            for step, record_id, order in changed])
    written += [(step, record_id) for step, record_id, _ in changed]
    only_lines = [(step, step.record_id) for step in plan.orders if step.order is None and step.record_id is not None]
    with_lines = [(step, record_id) for step, record_id in [*written, *only_lines] if step.lines is not None]
    delete_where_in(session, ITEM_TABLE, "order_id",
                    [record_id for step, record_id in with_lines if step.record_id is not None])
    insert_rows(session, ITEM_TABLE, ITEM_COLUMNS,
                [row for step, record_id in with_lines for row in _line_rows(record_id, step, matcher)])
    consumed = [(step.order.platform.value, step.order_no) for step, _ in written
                if step.consumes_pending and step.order is not None]
    for start in range(0, len(consumed), _CHUNK):
        session.execute(delete(PENDING_TABLE).where(tuple_(PENDING_TABLE.c.platform, PENDING_TABLE.c.order_no).in_(
            consumed[start:start + _CHUNK])))
    task_ids = _sync_tasks(session, written, now)
    # Item lines held for a later order list: this file's lines replace what was held for the same orders.
    delete_where_in(session, PENDING_TABLE, "order_no", list(plan.waiting),
                    PENDING_TABLE.c.platform == plan.platform.value)
    insert_rows(session, PENDING_TABLE, PENDING_COLUMNS, [
        (plan.platform.value, order_no, index, line.title[:200], line.qty, line.unit_price_fen or 0,
         line.merchant_code[:64], line.sku_text[:200], line.status[:60])
        for order_no, lines in plan.waiting.items() for index, line in enumerate(lines)])
    return [record_id for _, record_id in written + only_lines], task_ids
