"""Helpers of the LAN helper page in the database: looked up by name or token hash, saved, revoked."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from livehelper.storage.models import HelperRecord, OrderRecord

RecipientRow = tuple[int, str, str, str, str, str, str]  # order id, name, phone, province, city, district, detail


def by_name(session: Session, name: str) -> HelperRecord | None:
    return session.scalar(select(HelperRecord).where(HelperRecord.name == name))


def by_token_hash(session: Session, digest: str) -> HelperRecord | None:
    return session.scalar(select(HelperRecord).where(HelperRecord.token_hash == digest))


def save(session: Session, record: HelperRecord | None, name: str, values: dict[str, object]) -> HelperRecord:
    """`record` (or a new helper named `name` when None) with `values` set, flushed so that it has its id."""
    if record is None:
        record = HelperRecord(name=name)
        session.add(record)
    for key, value in values.items():
        setattr(record, key, value)
    session.flush()
    return record


def revoke(record: HelperRecord, at: datetime) -> None:
    if record.revoked_at is None:
        record.revoked_at = at


def all_by_name(session: Session) -> list[HelperRecord]:
    return list(session.scalars(select(HelperRecord).order_by(HelperRecord.name)))


def recipient_rows(session: Session, order_ids: Sequence[int]) -> list[RecipientRow]:
    """The buyers' unmasked name, phone and address parts of those orders (only for helpers allowed them)."""
    rows: list[RecipientRow] = []
    for start in range(0, len(order_ids), 500):
        rows.extend(tuple(row) for row in session.execute(select(  # type: ignore[misc]
            OrderRecord.id, OrderRecord.buyer_name, OrderRecord.buyer_phone, OrderRecord.province,
            OrderRecord.city, OrderRecord.district, OrderRecord.address).where(
            OrderRecord.id.in_(order_ids[start:start + 500]))))
    return rows
