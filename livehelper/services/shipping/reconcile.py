"""Reconciliation of a live session: units tallied on stream against units ordered in the session's time window.

Tallied: the session's tally log, voided events left out. Ordered: the lines, matched to a catalog product, of
orders paid (or created, when the payment time is unknown) between the session's start and end, and not
closed or refunded. A gap usually means a sale tallied but not paid, or ordered without a tally.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from livehelper.domain.errors import NotFoundError
from livehelper.domain.messages import Message
from livehelper.domain.orders import is_closed
from livehelper.domain.product import product_label
from livehelper.storage import live as live_repo
from livehelper.storage import products as product_repo
from livehelper.storage import reconcile as reconcile_repo
from livehelper.storage.engine import Database
from livehelper.storage.tasks import session_window


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
        tallied = reconcile_repo.tallied_units(session, session_id)
        ordered: Counter[int] = Counter()
        for platform, status, after_sale, product_id, qty in reconcile_repo.ordered_lines(session, window):
            if not is_closed(platform, status, after_sale):
                ordered[product_id] += qty
        lineup = [product_id for _, product_id, _ in live_repo.lineup(session, session_id)]
        wanted = set(lineup) | set(tallied) | set(ordered)
        names = {pid: product_label(name, spec)
                 for pid, (name, spec) in product_repo.names_and_specs(session, wanted).items()}
    rank = {pid: index for index, pid in enumerate(lineup)}
    ordered_ids = sorted(wanted, key=lambda pid: (rank.get(pid, len(rank)), names.get(pid, ""), pid))
    return [ReconcileLine(pid, names.get(pid, ""), int(tallied.get(pid, 0)), ordered[pid]) for pid in ordered_ids]
