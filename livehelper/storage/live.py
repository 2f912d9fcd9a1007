"""Live sessions, their line-ups, explain switches and tally log in the database."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.orm import Session

from livehelper.domain.live import ExplainSwitch, Tally
from livehelper.storage.models import (
    ExplainSwitchRecord,
    LineupItemRecord,
    LineupRecord,
    LiveSessionRecord,
    SessionProductRecord,
    TallyEventRecord,
)

SessionRow = tuple[int, str, str, int, datetime, datetime | None]  # id, title, platform, goal, started, ended
_SESSION_COLUMNS = (LiveSessionRecord.id, LiveSessionRecord.title, LiveSessionRecord.platform,
                    LiveSessionRecord.goal_fen, LiveSessionRecord.started_at, LiveSessionRecord.ended_at)


def as_utc(moment: datetime) -> datetime:
    """SQLite hands datetimes back without a zone; everything stored is UTC."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _session(row: tuple) -> SessionRow:
    return (row[0], row[1], row[2], row[3], as_utc(row[4]), as_utc(row[5]) if row[5] else None)


def open_session(session: Session) -> SessionRow | None:
    row = session.execute(select(*_SESSION_COLUMNS).where(LiveSessionRecord.ended_at.is_(None))
                          .order_by(LiveSessionRecord.id.desc()).limit(1)).first()
    return _session(tuple(row)) if row else None


def get_session(session: Session, session_id: int) -> SessionRow | None:
    row = session.execute(select(*_SESSION_COLUMNS).where(LiveSessionRecord.id == session_id)).first()
    return _session(tuple(row)) if row else None


def ended_sessions(session: Session, limit: int) -> list[SessionRow]:
    statement = (select(*_SESSION_COLUMNS).where(LiveSessionRecord.ended_at.is_not(None))
                 .order_by(LiveSessionRecord.started_at.desc()).limit(limit))
    return [_session(tuple(row)) for row in session.execute(statement)]


def create_session(session: Session, title: str, platform: str, goal_fen: int, started_at: datetime,
                   product_ids: list[int]) -> int:
    record = LiveSessionRecord(title=title, platform=platform, goal_fen=goal_fen, started_at=started_at)
    session.add(record)
    session.flush()
    for position, product_id in enumerate(product_ids, start=1):
        session.add(SessionProductRecord(session_id=record.id, position=position, product_id=product_id))
    return record.id


def end_session(session: Session, session_id: int, ended_at: datetime) -> None:
    session.execute(update(LiveSessionRecord).where(LiveSessionRecord.id == session_id).values(ended_at=ended_at))


def lineup(session: Session, session_id: int) -> list[tuple[int, int, bool]]:
    """(position, product id, oversell allowed) in order."""
    statement = (select(SessionProductRecord.position, SessionProductRecord.product_id,
                        SessionProductRecord.oversell_allowed)
                 .where(SessionProductRecord.session_id == session_id).order_by(SessionProductRecord.position))
    return [tuple(row) for row in session.execute(statement)]  # type: ignore[misc]


def tallies(session: Session, session_id: int) -> list[Tally]:
    statement = (select(TallyEventRecord.id, TallyEventRecord.product_id, TallyEventRecord.qty,
                        TallyEventRecord.unit_price_fen, TallyEventRecord.created_at, TallyEventRecord.source,
                        TallyEventRecord.void)
                 .where(TallyEventRecord.session_id == session_id).order_by(TallyEventRecord.id))
    return [Tally(key=-row[0], product_id=row[1], qty=row[2], unit_price_fen=row[3], at=as_utc(row[4]),
                  source=row[5], void=row[6], id=row[0]) for row in session.execute(statement)]


def switches(session: Session, session_id: int) -> list[ExplainSwitch]:
    statement = (select(ExplainSwitchRecord.at, ExplainSwitchRecord.product_id)
                 .where(ExplainSwitchRecord.session_id == session_id).order_by(ExplainSwitchRecord.id))
    return [ExplainSwitch(as_utc(row[0]), row[1]) for row in session.execute(statement)]


# Writes that the tally writer runs on its own connection, in order.
_INSERT_TALLY = insert(TallyEventRecord)  # built once: building it per tally costs more than the insert


def insert_tally(connection: Connection, session_id: int, tally: Tally) -> int:
    result = connection.execute(_INSERT_TALLY, {
        "session_id": session_id, "product_id": tally.product_id, "qty": tally.qty,
        "unit_price_fen": tally.unit_price_fen, "created_at": tally.at, "source": tally.source, "void": tally.void})
    return int(result.inserted_primary_key[0])


def void_tally(connection: Connection, tally_id: int) -> None:
    connection.execute(update(TallyEventRecord).where(TallyEventRecord.id == tally_id).values(void=True))


def insert_switch(connection: Connection, session_id: int, switch: ExplainSwitch) -> None:
    connection.execute(insert(ExplainSwitchRecord).values(session_id=session_id, product_id=switch.product_id,
                                                          at=switch.at))


def allow_oversell(connection: Connection, session_id: int, product_id: int) -> None:
    connection.execute(update(SessionProductRecord).where(
        SessionProductRecord.session_id == session_id, SessionProductRecord.product_id == product_id)
        .values(oversell_allowed=True))


# Saved line-ups
def saved_lineups(session: Session) -> list[tuple[int, str]]:
    return [tuple(row) for row in session.execute(  # type: ignore[misc]
        select(LineupRecord.id, LineupRecord.name).order_by(LineupRecord.name))]


def lineup_products(session: Session, lineup_id: int) -> list[int]:
    return list(session.execute(select(LineupItemRecord.product_id).where(
        LineupItemRecord.lineup_id == lineup_id).order_by(LineupItemRecord.position)).scalars())


def save_lineup(session: Session, name: str, product_ids: list[int]) -> int:
    lineup_id = session.execute(select(LineupRecord.id).where(LineupRecord.name == name)).scalar()
    if lineup_id is None:
        record = LineupRecord(name=name)
        session.add(record)
        session.flush()
        lineup_id = record.id
    session.execute(delete(LineupItemRecord).where(LineupItemRecord.lineup_id == lineup_id))
    for position, product_id in enumerate(product_ids, start=1):
        session.add(LineupItemRecord(lineup_id=lineup_id, position=position, product_id=product_id))
    return lineup_id
