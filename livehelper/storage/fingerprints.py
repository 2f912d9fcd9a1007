"""Cheap fingerprints of each kind of data (aggregates, no rows), for noticing what another process changed.

A fingerprint moves whenever its data changes: the newest change time first (the rows changed since it can be
listed), then counts and the sum of row versions, so that a change stamped by a PC whose clock is behind still
shows. services/watch.py compares them every couple of seconds.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from livehelper.storage.models import (
    CueDeckRecord,
    ExplainSwitchRecord,
    LiveSessionRecord,
    OrderRecord,
    PackingTaskRecord,
    ProductRecord,
    SettingRecord,
    TallyEventRecord,
    TaskHistoryRecord,
)

Fingerprint = tuple[Any, ...]
ChangedSince = Callable[[Session, Any], set[int]]


def _aggregates(session: Session, *statements: Select[Any]) -> Fingerprint:
    return tuple(value for statement in statements for value in session.execute(statement).one())


def _versioned(record: Any) -> Callable[[Session], Fingerprint]:
    columns: list[ColumnElement[Any]] = [func.max(record.updated_at), func.count(record.id),
                                         func.coalesce(func.sum(record.version), 0)]
    return lambda session: _aggregates(session, select(*columns))


def _changed_since(record: Any) -> ChangedSince:
    """The ids of the rows whose change time is after `since` (every row when `since` is None)."""
    def changed(session: Session, since: Any) -> set[int]:
        statement = select(record.id)
        if since is not None:
            statement = statement.where(record.updated_at > since)
        return set(session.execute(statement).scalars())
    return changed


products = _versioned(ProductRecord)
products_changed = _changed_since(ProductRecord)
decks = _versioned(CueDeckRecord)
decks_changed = _changed_since(CueDeckRecord)
orders_changed = _changed_since(OrderRecord)
tasks_changed = _changed_since(PackingTaskRecord)


def orders(session: Session) -> Fingerprint:
    return _aggregates(session, select(func.max(OrderRecord.updated_at), func.count(OrderRecord.id),
                                       func.max(OrderRecord.id)))


def tasks(session: Session) -> Fingerprint:
    return _versioned(PackingTaskRecord)(session) + _aggregates(session, select(func.max(TaskHistoryRecord.id)))


def live(session: Session) -> Fingerprint:
    return _aggregates(
        session,
        select(func.count(LiveSessionRecord.id), func.max(LiveSessionRecord.id),
               func.count(LiveSessionRecord.ended_at)),
        select(func.max(TallyEventRecord.id), func.count(TallyEventRecord.id).filter(TallyEventRecord.void)),
        select(func.max(ExplainSwitchRecord.id)))


def setting(key: str) -> Callable[[Session], Fingerprint]:
    """A hash of one shared setting's value (None while it is not set)."""
    def fingerprint(session: Session) -> Fingerprint:
        value = session.execute(select(SettingRecord.value).where(SettingRecord.key == key)).scalar()
        return (hashlib.sha256(value.encode()).hexdigest() if value is not None else None,)
    return fingerprint
