"""Cue decks and shared settings in the database."""

from __future__ import annotations

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from livehelper.storage.models import CueDeckRecord, ProductRecord, SettingRecord, utc_now
from livehelper.storage.search import column_contains, contains_pattern

DeckRow = tuple[int, str, int | None, str, str, int, int]  # id, kind, product_id, title, text, position, version
_DECK_COLUMNS = (CueDeckRecord.id, CueDeckRecord.kind, CueDeckRecord.product_id, CueDeckRecord.title,
                 CueDeckRecord.text, CueDeckRecord.position, CueDeckRecord.version)


def general_decks(session: Session) -> list[DeckRow]:
    statement = select(*_DECK_COLUMNS).where(CueDeckRecord.product_id.is_(None)).order_by(
        CueDeckRecord.position, CueDeckRecord.id)
    return [tuple(row) for row in session.execute(statement)]  # type: ignore[misc]


def product_decks(session: Session, text: str, limit: int) -> list[tuple[int, str, str, DeckRow | None]]:
    """(product id, name, spec, its deck or None) for products on sale whose name or spec contains `text`:
    products with a deck first, then by name; at most `limit`."""
    statement = (select(ProductRecord.id, ProductRecord.name, ProductRecord.spec, *_DECK_COLUMNS)
                 .outerjoin(CueDeckRecord, CueDeckRecord.product_id == ProductRecord.id)
                 .where(ProductRecord.active.is_(True)))
    for word in text.split():
        pattern = contains_pattern(word)
        dialect = session.get_bind().dialect.name
        statement = statement.where(or_(column_contains(ProductRecord.name, pattern, dialect),
                                        column_contains(ProductRecord.spec, pattern, dialect)))
    statement = statement.order_by(CueDeckRecord.id.is_(None), ProductRecord.name, ProductRecord.id).limit(limit)
    result = []
    for row in session.execute(statement):
        deck = tuple(row[3:]) if row[3] is not None else None
        result.append((row[0], row[1], row[2], deck))
    return result  # type: ignore[return-value]


def get(session: Session, deck_id: int) -> DeckRow | None:
    row = session.execute(select(*_DECK_COLUMNS).where(CueDeckRecord.id == deck_id)).first()
    return tuple(row) if row else None  # type: ignore[return-value]


def id_for_product(session: Session, product_id: int) -> int | None:
    return session.execute(select(CueDeckRecord.id).where(CueDeckRecord.product_id == product_id)).scalar()


def insert(session: Session, kind: str, title: str, text: str = "", product_id: int | None = None,
           position: int = 0) -> int:
    record = CueDeckRecord(kind=kind, title=title, text=text, product_id=product_id, position=position)
    session.add(record)
    session.flush()
    return record.id


def save_text(session: Session, deck_id: int, text: str, expected_version: int | None) -> bool:
    statement = update(CueDeckRecord).where(CueDeckRecord.id == deck_id)
    if expected_version is not None:
        statement = statement.where(CueDeckRecord.version == expected_version)
    statement = statement.values(text=text, version=CueDeckRecord.version + 1, updated_at=utc_now())
    return session.execute(statement).rowcount == 1


def setting(session: Session, key: str) -> str | None:
    return session.execute(select(SettingRecord.value).where(SettingRecord.key == key)).scalar()


def set_setting(session: Session, key: str, value: str) -> None:
    record = session.get(SettingRecord, key)
    if record is None:
        session.add(SettingRecord(key=key, value=value))
    else:
        record.value = value
