"""The two sides of a live session's reconciliation: units tallied on stream and order lines in its time window."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from livehelper.storage.models import OrderItemRecord, OrderRecord, TallyEventRecord
from livehelper.storage.tasks import orders_in_window

OrderedLine = tuple[str, str, str, int, int]  # platform, order status, after-sale status, product id, qty


def tallied_units(session: Session, session_id: int) -> Counter[int]:
    """product id -> units tallied in the session, voided tallies left out."""
    return Counter(dict(session.execute(select(TallyEventRecord.product_id, func.sum(TallyEventRecord.qty))
                                        .where(TallyEventRecord.session_id == session_id,
                                               TallyEventRecord.void.is_(False))
                                        .group_by(TallyEventRecord.product_id)).all()))  # type: ignore[arg-type]


def ordered_lines(session: Session, window: tuple) -> list[OrderedLine]:  # type: ignore[type-arg]
    """The lines matched to a catalog product of orders paid (or created) within the window, with their order's
    platform and statuses (the caller leaves closed orders out)."""
    return [tuple(row) for row in session.execute(select(  # type: ignore[misc]
        OrderRecord.platform, OrderRecord.status, OrderRecord.after_sale, OrderItemRecord.product_id,
        OrderItemRecord.qty).join(OrderRecord, OrderRecord.id == OrderItemRecord.order_id).where(
        OrderItemRecord.product_id.is_not(None), OrderRecord.id.in_(orders_in_window(window))))]
