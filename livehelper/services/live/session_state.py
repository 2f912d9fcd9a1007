"""What a live session is and what it shows: the session, its line-up entries, the snapshot the screens draw,
a tally waiting to be durable, and reading a stored session back (the report reads ended ones too).

Plain values and one read, apart from the running LiveService (session.py), which hands them out.
"""

from __future__ import annotations

from collections.abc import Mapping
from concurrent.futures import Future
from dataclasses import dataclass, field
from datetime import datetime

from livehelper.domain.errors import ConflictError, NotFoundError
from livehelper.domain.live import ExplainSwitch, Platform, SessionTotals, Tally
from livehelper.domain.messages import Message
from livehelper.domain.product import Product
from livehelper.domain.stock import live_remaining
from livehelper.storage import live as repo
from livehelper.storage.engine import Database


class OversellError(ConflictError):
    """The tally would take the stock below zero; the caller may ask once and then allow it."""

    def __init__(self, product: Product, remaining: int) -> None:
        super().__init__(Message("only {remaining} of {name} left in stock; tally anyway?",
                                 remaining=remaining, name=product.name))
        self.product_id = product.id


@dataclass(frozen=True)
class LiveSession:
    id: int
    title: str
    platform: Platform
    goal_fen: int
    started_at: datetime
    ended_at: datetime | None = None


@dataclass(frozen=True)
class LineupEntry:
    position: int
    product: Product
    oversell_allowed: bool = False


@dataclass(frozen=True)
class LiveSnapshot:
    session: LiveSession
    lineup: tuple[LineupEntry, ...]
    explaining: int | None
    totals: SessionTotals
    pending: int  # tallies not yet durable
    ordered: Mapping[int, int] = field(default_factory=dict)  # the stream's orders imported so far, per product

    def remaining(self, product_id: int) -> int:
        """剩余: 可售 counted down by the tallies that no imported order of the stream stands for yet."""
        entry = next((e for e in self.lineup if e.product.id == product_id), None)
        sold = self.totals.per_product.get(product_id)
        available = entry.product.available if entry else 0
        return live_remaining(available, sold.items if sold else 0, self.ordered.get(product_id, 0))


@dataclass(frozen=True)
class PendingTally:
    tally: Tally
    durable: Future[int]  # resolves with the database id


def session_from_row(row: repo.SessionRow) -> LiveSession:
    platform = Platform(row[2]) if row[2] in {p.value for p in Platform} else Platform.OTHER
    return LiveSession(row[0], row[1], platform, row[3], row[4], row[5])


def load_session(database: Database, session_id: int) -> tuple[
        repo.SessionRow, list[tuple[int, int, bool]], list[Tally], list[ExplainSwitch]]:
    """A session's row, line-up, tally log and explain switches, read in one transaction."""
    with database.sessions() as session:
        row = repo.get_session(session, session_id)
        if row is None:
            raise NotFoundError(Message("live session {id} no longer exists", id=session_id))
        return row, repo.lineup(session, session_id), repo.tallies(session, session_id), repo.switches(
            session, session_id)
