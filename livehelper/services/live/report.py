"""Reports of live sessions: what a stream sold, when, and how explaining time paid off."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from livehelper.domain.csv_text import write_csv
from livehelper.domain.live import (
    PLATFORM_NAMES,
    SessionTotals,
    busiest_minutes,
    explained_time,
    items_per_explained_minute,
    items_per_minute,
    link_label,
    minute_of,
    totals,
    with_explained,
)
from livehelper.domain.money import format_fen
from livehelper.services.live.session_state import LiveSession, load_session, session_from_row
from livehelper.storage import live as repo
from livehelper.storage import products as product_repo
from livehelper.storage.engine import Database

MAX_CHART_MINUTES = 24 * 60


@dataclass(frozen=True)
class ReportLine:
    position: int
    product_id: int
    name: str
    spec: str
    items: int
    revenue_fen: int
    explained: timedelta

    @property
    def items_per_explained_minute(self) -> float | None:
        return items_per_explained_minute(self.items, self.explained)


@dataclass(frozen=True)
class SessionReport:
    session: LiveSession
    totals: SessionTotals
    lines: tuple[ReportLine, ...]
    busiest: tuple[tuple[datetime, int], ...]
    per_minute: tuple[int, ...]  # items in each minute from the start to the end

    @property
    def duration(self) -> timedelta:
        end = self.session.ended_at or datetime.now(self.session.started_at.tzinfo)
        return end - self.session.started_at

    @property
    def goal_progress(self) -> float:
        return self.totals.progress(self.session.goal_fen)


def build_report(database: Database, session_id: int, now: datetime | None = None) -> SessionReport:
    row, lineup, tallies, switches = load_session(database, session_id)
    with database.sessions() as session:
        products = {pid: product_repo.get(session, pid) for _pos, pid, _allowed in lineup}
    live = session_from_row(row)
    end = live.ended_at or now or datetime.now(live.started_at.tzinfo)
    derived = with_explained(totals(tallies, [pid for _pos, pid, _a in lineup]), explained_time(switches, end))
    lines = []
    for position, product_id, _allowed in lineup:
        product = products.get(product_id)
        figures = derived.per_product[product_id]
        lines.append(ReportLine(position, product_id, product.name if product else "?", product.spec if product else "",
                                figures.items, figures.revenue_fen, figures.explained))
    minutes = min(MAX_CHART_MINUTES, int((minute_of(end) - minute_of(live.started_at)).total_seconds() // 60) + 1)
    return SessionReport(live, derived, tuple(lines), tuple(busiest_minutes(tallies)),
                         tuple(items_per_minute(tallies, end, max(1, minutes))))


def history(database: Database, limit: int = 100) -> list[SessionReport]:
    """Ended sessions, newest first, each with its figures (for browsing and comparing)."""
    with database.sessions() as session:
        ids = [row[0] for row in repo.ended_sessions(session, limit)]
    return [build_report(database, session_id) for session_id in ids]


class ReportService:
    """The live sessions' reports, for the live workspace, its history and the shipping queue's session filter."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def build(self, session_id: int, now: datetime | None = None) -> SessionReport:
        return build_report(self._db, session_id, now)

    def history(self, limit: int = 100) -> list[SessionReport]:
        """Ended sessions, newest first, each with its figures."""
        return history(self._db, limit)

    def recent_sessions(self, limit: int) -> list[LiveSession]:
        """The running session (if any), then up to `limit` ended ones, newest first: no figures, one query each."""
        with self._db.sessions() as session:
            ended = repo.ended_sessions(session, limit)
            running = repo.open_session(session)
        return [session_from_row(row) for row in ([running] if running else []) + ended]


def _minutes(duration: timedelta) -> str:
    return f"{duration.total_seconds() / 60:.1f}"


def report_csv(report: SessionReport) -> bytes:
    """The per-product table with a totals line; UTF-8 with BOM for Excel."""
    header = ["链接", "商品", "规格", "已售件数", "销售额(元)", "讲解分钟", "每讲解分钟件数"]
    rows: list[list[object]] = []
    for line in report.lines:
        rate = line.items_per_explained_minute
        rows.append([link_label(line.position), line.name, line.spec, line.items, format_fen(line.revenue_fen),
                     _minutes(line.explained), f"{rate:.2f}" if rate is not None else ""])
    session = report.session
    rows.append(["合计", session.title, PLATFORM_NAMES[session.platform], report.totals.items,
                 format_fen(report.totals.revenue_fen), _minutes(report.duration), ""])
    return write_csv(header, rows)
