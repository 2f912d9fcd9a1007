"""Stock queries: ledger movements, on hand, and the units reserved by packing tasks not yet shipped.

products.stock is on hand, the running sum of the product's movements; it changes only in `add_movement`,
with a relative UPDATE (stock = stock + qty) in the caller's transaction, so two PCs shipping the same product at
once both count on SQLite (one writer at a time) and on PostgreSQL (the row lock orders them).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import Select, and_, func, or_, select, update
from sqlalchemy.orm import Session, aliased

from livehelper.domain.stock import MovementKind, StockLevel, StockMovement
from livehelper.domain.tasks import TaskState
from livehelper.storage.models import (
    OrderItemRecord,
    OrderRecord,
    PackingTaskRecord,
    ProductRecord,
    StockMovementRecord,
)

# A task holds its items while it is still to ship: 待打包, 打包中, 已打包 and 异常 (a problem is usually solved).
HOLDING_STATES = (TaskState.PENDING.value, TaskState.PACKING.value, TaskState.PACKED.value, TaskState.PROBLEM.value)
_CHUNK = 500


def _reserved_lines() -> Select[tuple[int, int]]:
    """order_items joined to the task that ships them (the order's own, or the parcel it was merged into),
    limited to tasks still holding their items."""
    own = aliased(PackingTaskRecord)
    parcel = aliased(PackingTaskRecord)
    state = func.coalesce(parcel.state, own.state)
    return (select(OrderItemRecord.product_id, func.sum(OrderItemRecord.qty))
            .join(own, own.order_id == OrderItemRecord.order_id)
            .outerjoin(parcel, parcel.id == own.merged_into_id)
            .where(OrderItemRecord.product_id.is_not(None), state.in_(HOLDING_STATES))
            .group_by(OrderItemRecord.product_id))


def reserved(session: Session, product_ids: Sequence[int] | None = None) -> dict[int, int]:
    """product id -> reserved units (products with none are left out)."""
    statement = _reserved_lines()
    if product_ids is None:
        return {pid: int(qty) for pid, qty in session.execute(statement)}
    found: dict[int, int] = {}
    ids = list(product_ids)
    for start in range(0, len(ids), _CHUNK):
        chunk = statement.where(OrderItemRecord.product_id.in_(ids[start:start + _CHUNK]))
        found.update({pid: int(qty) for pid, qty in session.execute(chunk)})
    return found


def ordered_in_window(session: Session, start: datetime, end: datetime) -> dict[int, int]:
    """product id -> units of orders paid (or, without a payment time, created) from `start` to `end` that the
    stock figures already hold: their task (or parcel) still holds them or has shipped them."""
    own = aliased(PackingTaskRecord)
    parcel = aliased(PackingTaskRecord)
    state = func.coalesce(parcel.state, own.state)
    in_window = or_(OrderRecord.paid_at.between(start, end),
                    and_(OrderRecord.paid_at.is_(None), OrderRecord.created_at.between(start, end)))
    rows = session.execute(
        select(OrderItemRecord.product_id, func.sum(OrderItemRecord.qty))
        .join(OrderRecord, OrderRecord.id == OrderItemRecord.order_id)
        .join(own, own.order_id == OrderRecord.id)
        .outerjoin(parcel, parcel.id == own.merged_into_id)
        .where(OrderItemRecord.product_id.is_not(None), in_window,
               state.in_((*HOLDING_STATES, TaskState.SHIPPED.value)))
        .group_by(OrderItemRecord.product_id))
    return {int(pid): int(qty) for pid, qty in rows}


def levels(session: Session) -> list[StockLevel]:
    """Every product's on hand and reserved, by id."""
    held = reserved(session)
    rows = session.execute(select(ProductRecord.id, ProductRecord.merchant_code, ProductRecord.name,
                                  ProductRecord.spec, ProductRecord.stock, ProductRecord.low_stock_threshold)
                           .order_by(ProductRecord.id))
    return [StockLevel(pid, code or "", name, spec, stock, held.get(pid, 0), threshold)
            for pid, code, name, spec, stock, threshold in rows]


def level(session: Session, product_id: int) -> StockLevel | None:
    row = session.execute(select(ProductRecord.id, ProductRecord.merchant_code, ProductRecord.name,
                                 ProductRecord.spec, ProductRecord.stock, ProductRecord.low_stock_threshold)
                          .where(ProductRecord.id == product_id)).first()
    if row is None:
        return None
    pid, code, name, spec, stock, threshold = row
    return StockLevel(pid, code or "", name, spec, stock, reserved(session, [pid]).get(pid, 0), threshold)


def lock_on_hand(session: Session, product_id: int) -> int | None:
    """Take the product's row for this transaction (a no-op UPDATE: the write lock on SQLite, the row lock on
    PostgreSQL) and read its on hand, so that a count set from it is not undone by a shipment meanwhile."""
    done = session.execute(update(ProductRecord).where(ProductRecord.id == product_id).values(
        stock=ProductRecord.stock)).rowcount
    if not done:
        return None
    return session.execute(select(ProductRecord.stock).where(ProductRecord.id == product_id)).scalar_one()


def add_movement(session: Session, product_id: int, qty: int, kind: MovementKind, reason: str, who: str,
                 task_id: int | None = None, at: datetime | None = None) -> int | None:
    """Change on hand by `qty` and append the movement, in the caller's transaction; the new on hand, or None
    when the product no longer exists."""
    now = at or datetime.now(UTC)  # updated_at moves too, so other PCs' change watchers see the new figure
    done = session.execute(update(ProductRecord).where(ProductRecord.id == product_id).values(
        stock=ProductRecord.stock + qty, updated_at=now)).rowcount
    if not done:
        return None
    balance = session.execute(select(ProductRecord.stock).where(ProductRecord.id == product_id)).scalar_one()
    session.add(StockMovementRecord(product_id=product_id, kind=kind.value, qty=qty, balance=balance,
                                    reason=reason[:200], who=who[:40], at=now, task_id=task_id))
    session.flush()
    return int(balance)


def history(session: Session, product_id: int | None = None, limit: int | None = None) -> list[StockMovement]:
    """Movements, newest first: of one product, or of all."""
    statement = select(StockMovementRecord).order_by(StockMovementRecord.id.desc())
    if product_id is not None:
        statement = statement.where(StockMovementRecord.product_id == product_id)
    if limit is not None:
        statement = statement.limit(limit)
    return [StockMovement(row.id, row.product_id, MovementKind(row.kind), row.qty, row.balance, row.reason,
                          row.who, row.at if row.at.tzinfo else row.at.replace(tzinfo=UTC), row.task_id)
            for row in session.scalars(statement)]


def ledger_sums(session: Session) -> dict[int, int]:
    """product id -> the sum of its movements (equal to on hand while the ledger is the only way in)."""
    return {pid: int(total) for pid, total in session.execute(select(
        StockMovementRecord.product_id, func.sum(StockMovementRecord.qty)).group_by(StockMovementRecord.product_id))}


def parcel_items(session: Session, task_id: int) -> list[tuple[int, int, str]]:
    """(product id, qty, order number) of the matched lines of the orders a task ships: its own order and the
    orders merged into its parcel."""
    rows = session.execute(
        select(OrderItemRecord.product_id, OrderItemRecord.qty, OrderRecord.order_no)
        .join(OrderRecord, OrderRecord.id == OrderItemRecord.order_id)
        .join(PackingTaskRecord, PackingTaskRecord.order_id == OrderRecord.id)
        .where(OrderItemRecord.product_id.is_not(None),
               (PackingTaskRecord.id == task_id) | (PackingTaskRecord.merged_into_id == task_id))
        .order_by(PackingTaskRecord.id, OrderItemRecord.position, OrderItemRecord.id))
    return [(int(pid), int(qty), order_no) for pid, qty, order_no in rows]


def product_id_by_code_or_id(session: Session, text: str) -> int | None:
    """A product named on the command line: its merchant code first, then its id."""
    found = session.execute(select(ProductRecord.id).where(ProductRecord.merchant_code == text)).scalar()
    if found is None and text.isdigit() and len(text) < 10:
        found = session.execute(select(ProductRecord.id).where(ProductRecord.id == int(text))).scalar()
    return found
