"""Order queries outside an import: title rules, unmatched titles, listing orders with their lines and tasks.

An import's own reading and writing live in order_plan.py and order_writes.py; the reports of a live session
read orders in reconcile.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, func, select, update
from sqlalchemy.orm import Session

from livehelper.storage.models import OrderItemRecord, OrderRecord, PackingTaskRecord, ProductRecord, TitleRuleRecord

CHUNK = 500


def numbers_starting(session: Session, platform: str, prefix: str) -> list[str]:
    """The platform's order numbers that start with `prefix` (the day's manual order numbers)."""
    return list(session.scalars(select(OrderRecord.order_no).where(
        OrderRecord.platform == platform, OrderRecord.order_no.like(f"{prefix}%"))))


def product_exists(session: Session, product_id: int) -> bool:
    return session.get(ProductRecord, product_id) is not None


def save_title_rule(session: Session, title: str, product_id: int) -> int:
    """Remember that lines titled `title` are `product_id`, and match the stored lines without a product so far:
    how many lines it matched."""
    rule = session.scalars(select(TitleRuleRecord).where(TitleRuleRecord.title == title)).first()
    if rule is None:
        session.add(TitleRuleRecord(title=title[:200], product_id=product_id))
    else:
        rule.product_id = product_id
    matched = session.execute(update(OrderItemRecord).where(
        OrderItemRecord.title == title, OrderItemRecord.product_id.is_(None)).values(product_id=product_id)).rowcount
    return int(matched or 0)


def title_rules(session: Session) -> dict[str, int]:
    return dict(session.execute(select(TitleRuleRecord.title, TitleRuleRecord.product_id)).all())  # type: ignore[arg-type]


def unmatched_titles(session: Session) -> list[tuple[str, int]]:
    """Titles of stored order lines with no product, with how many lines carry each, most first."""
    rows = session.execute(select(OrderItemRecord.title, func.count()).where(
        OrderItemRecord.product_id.is_(None)).group_by(OrderItemRecord.title).order_by(
        func.count().desc(), OrderItemRecord.title)).all()
    return [(title, int(count)) for title, count in rows]


def count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(OrderRecord)) or 0)


def orders_with_task_state(session: Session, task_state: str | None = None,
                           status: str | None = None) -> list[tuple[OrderRecord, str | None]]:
    """(order, its task's state code or None) by id; only those whose task is in `task_state`, or whose
    platform status is `status`, when given."""
    statement: Select[Any] = select(OrderRecord, PackingTaskRecord.state).outerjoin(
        PackingTaskRecord, PackingTaskRecord.order_id == OrderRecord.id).order_by(OrderRecord.id)
    if task_state is not None:
        statement = statement.where(PackingTaskRecord.state == task_state)
    if status is not None:
        statement = statement.where(OrderRecord.status == status)
    return [(record, state) for record, state in session.execute(statement).all()]


def items_of(session: Session, order_ids: Sequence[int]) -> dict[int, list[OrderItemRecord]]:
    """order id -> its lines in file order."""
    items: dict[int, list[OrderItemRecord]] = {}
    for start in range(0, len(order_ids), CHUNK):
        for item in session.scalars(select(OrderItemRecord).where(
                OrderItemRecord.order_id.in_(order_ids[start:start + CHUNK])).order_by(
                OrderItemRecord.order_id, OrderItemRecord.position)):
            items.setdefault(item.order_id, []).append(item)
    return items
