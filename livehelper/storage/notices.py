"""What the group-robot notices read: the new pending tasks' buyers and lines, and a day's task figures."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from livehelper.domain.tasks import TaskState
from livehelper.storage.models import OrderItemRecord, OrderRecord, PackingTaskRecord, ProductRecord, TaskHistoryRecord

BuyerRow = tuple[int, str, bool, str]  # order id, buyer name, name hidden by the platform, city
LineRow = tuple[int, str, str, int, str | None, str | None]  # order id, title, 规格, qty, product name and spec


def pending_buyers(session: Session, task_ids: Sequence[int]) -> list[BuyerRow]:
    """The orders of those tasks still 待打包, by task id."""
    return [tuple(row) for row in session.execute(  # type: ignore[misc]
        select(OrderRecord.id, OrderRecord.buyer_name, OrderRecord.name_hidden, OrderRecord.city)
        .join(PackingTaskRecord, PackingTaskRecord.order_id == OrderRecord.id)
        .where(PackingTaskRecord.id.in_(task_ids), PackingTaskRecord.state == TaskState.PENDING.value)
        .order_by(PackingTaskRecord.id))]


def lines_with_products(session: Session, order_ids: Sequence[int]) -> list[LineRow]:
    """The orders' lines in file order, with the catalog name and spec of a matched product."""
    return [tuple(row) for row in session.execute(  # type: ignore[misc]
        select(OrderItemRecord.order_id, OrderItemRecord.title, OrderItemRecord.sku_text,
               OrderItemRecord.qty, ProductRecord.name, ProductRecord.spec)
        .outerjoin(ProductRecord, ProductRecord.id == OrderItemRecord.product_id)
        .where(OrderItemRecord.order_id.in_(order_ids))
        .order_by(OrderItemRecord.order_id, OrderItemRecord.position))]


def created_between(session: Session, start: datetime, end: datetime) -> int:
    return int(session.scalar(select(func.count()).select_from(PackingTaskRecord).where(
        PackingTaskRecord.created_at >= start, PackingTaskRecord.created_at < end)) or 0)


def shipped_between(session: Session, start: datetime, end: datetime) -> int:
    """Tasks moved to 已发货 in the period (each once)."""
    return int(session.scalar(select(func.count(func.distinct(TaskHistoryRecord.task_id))).where(
        TaskHistoryRecord.to_state == TaskState.SHIPPED.value, TaskHistoryRecord.at >= start,
        TaskHistoryRecord.at < end)) or 0)
