"""What the buyer-data purge reads and writes: orders not purged yet with their tasks, when tasks ended, masking."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import and_, func, not_, select, update
from sqlalchemy.orm import Session

from livehelper.storage.models import OrderRecord, PackingTaskRecord, TaskHistoryRecord

BATCH = 500
# order id, order status, after-sale status, order updated, task id, task state, task updated, merged into
OrderTaskRow = tuple[int, str, str, datetime, int | None, str | None, datetime | None, int | None]
TaskEndRow = tuple[int, str, datetime, int | None]  # task id, state, updated, merged into


def unpurged_orders(session: Session) -> list[OrderTaskRow]:
    """Every order whose buyer data is not masked yet, with its packing task (None columns when it has none)."""
    not_purged = not_(and_(OrderRecord.name_hidden, OrderRecord.phone_hidden, OrderRecord.address_hidden))
    return [tuple(row) for row in session.execute(  # type: ignore[misc]
        select(OrderRecord.id, OrderRecord.status, OrderRecord.after_sale, OrderRecord.updated_at,
               PackingTaskRecord.id, PackingTaskRecord.state, PackingTaskRecord.updated_at,
               PackingTaskRecord.merged_into_id)
        .outerjoin(PackingTaskRecord, PackingTaskRecord.order_id == OrderRecord.id)
        .where(not_purged)).all()]


def task_ends(session: Session, task_ids: Iterable[int]) -> list[TaskEndRow]:
    ids = sorted(task_ids)
    rows: list[TaskEndRow] = []
    for start in range(0, len(ids), BATCH):
        rows.extend(tuple(row) for row in session.execute(  # type: ignore[misc]
            select(PackingTaskRecord.id, PackingTaskRecord.state, PackingTaskRecord.updated_at,
                   PackingTaskRecord.merged_into_id).where(PackingTaskRecord.id.in_(ids[start:start + BATCH]))))
    return rows


def last_reached(session: Session, task_ids: Sequence[int], states: Sequence[str]) -> dict[tuple[int, str], datetime]:
    """(task id, state) -> when the task last moved into that state, from the audit history."""
    times: dict[tuple[int, str], datetime] = {}
    for start in range(0, len(task_ids), BATCH):
        for task_id, state, at in session.execute(
                select(TaskHistoryRecord.task_id, TaskHistoryRecord.to_state, func.max(TaskHistoryRecord.at))
                .where(TaskHistoryRecord.task_id.in_(task_ids[start:start + BATCH]),
                       TaskHistoryRecord.to_state.in_(states))
                .group_by(TaskHistoryRecord.task_id, TaskHistoryRecord.to_state)):
            times[(task_id, state)] = at
    return times


def buyer_data(session: Session, order_ids: Sequence[int]) -> list[tuple[int, str, str, str]]:
    """(order id, buyer name, phone, address detail) of those orders."""
    return [tuple(row) for row in session.execute(select(  # type: ignore[misc]
        OrderRecord.id, OrderRecord.buyer_name, OrderRecord.buyer_phone, OrderRecord.address).where(
        OrderRecord.id.in_(order_ids))).all()]


def store_masked(session: Session, order_id: int, name: str, phone: str, address: str, at: datetime) -> None:
    """Replace an order's buyer data with its masked form, for good (the hidden flags say it was purged)."""
    session.execute(update(OrderRecord).where(OrderRecord.id == order_id).values(
        buyer_name=name, buyer_phone=phone, address=address, name_hidden=True, phone_hidden=True,
        address_hidden=True, updated_at=at))
