"""Reconciliation of a live session: units tallied on stream against units ordered in the session's time window.

Tallied: the session's tally log, voided events left out. Ordered: the lines, matched to a catalog product, of
orders paid (or created, when the payment time is unknown) between the session's start and end, and not
closed or refunded. A gap usually means a sale tallied but not paid, or ordered without a tally.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import func, select

from livehelper.domain.errors import NotFoundError
from livehelper.domain.messages import Message
from livehelper.domain.orders import is_closed
from livehelper.services.shipping.task_queries import orders_in_window, session_window
from livehelper.storage.engine import Database
from livehelper.storage.models import (
    OrderItemRecord,
    OrderRecord,
    ProductRecord,
    SessionProductRecord,
    TallyEventRecord,
)


@dataclass(frozen=True)
class ReconcileLine:
    product_id: int
    name: str  # name and spec, 米脂黄小米 2.5kg/袋
    tallied: int
    ordered: int

    @property
    def difference(self) -> int:
        """ordered − tallied: above 0, orders nobody tallied; below 0, tallies without an order."""
        return self.ordered - self.tallied


def reconcile_session(database: Database, session_id: int) -> list[ReconcileLine]:
    """Per product of the line-up or of either side: tallied and ordered units; line-up order, then by name."""
    with database.sessions() as session:
        window = session_window(session, session_id)
        if window is None:
            raise NotFoundError(Message("live session {id} no longer exists", id=session_id))
        tallied = Counter(dict(session.execute(select(TallyEventRecord.product_id, func.sum(TallyEventRecord.qty))
                                               .where(TallyEventRecord.session_id == session_id,
                                                      TallyEventRecord.void.is_(False))
                                               .group_by(TallyEventRecord.product_id)).all()))
        ordered: Counter[int] = Counter()
        for platform, status, after_sale, product_id, qty in session.execute(select(
                OrderRecord.platform, OrderRecord.status, OrderRecord.after_sale, OrderItemRecord.product_id,
                OrderItemRecord.qty).join(OrderRecord, OrderRecord.id == OrderItemRecord.order_id).where(
                OrderItemRecord.product_id.is_not(None), OrderRecord.id.in_(orders_in_window(window)))):
            if not is_closed(platform, status, after_sale):
                ordered[product_id] += qty
        lineup = list(session.scalars(select(SessionProductRecord.product_id).where(
            SessionProductRecord.session_id == session_id).order_by(SessionProductRecord.position)))
        wanted = set(lineup) | set(tallied) | set(ordered)
        names = {pid: f"{name} {spec}".strip() for pid, name, spec in session.execute(select(
            ProductRecord.id, ProductRecord.name, ProductRecord.spec).where(ProductRecord.id.in_(wanted)))}
    rank = {pid: index for index, pid in enumerate(lineup)}
    ordered_ids = sorted(wanted, key=lambda pid: (rank.get(pid, len(rank)), names.get(pid, ""), pid))
    return [ReconcileLine(pid, names.get(pid, ""), int(tallied.get(pid, 0)), ordered[pid]) for pid in ordered_ids]
