"""Catalog use cases: products, their photos, CSV import and export."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import TypeVar

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from livehelper.domain.catalog_csv import catalog_csv, parse_catalog
from livehelper.domain.errors import ConflictError, NotFoundError
from livehelper.domain.messages import Message
from livehelper.domain.product import Product, ProductDraft, product_label
from livehelper.services.catalog.images import make_thumbnail
from livehelper.services.catalog.stock import count_in
from livehelper.services.events import ChangeEvent, ChangeKind, Entity, EventBus
from livehelper.storage import products as repo
from livehelper.storage.engine import Database
from livehelper.storage.products import ProductQuery

ENTITY = Entity.PRODUCT
DESKTOP = "desktop"
IMPORT_WHO = "import"
OPENING_REASON = "期初库存"
EDIT_REASON = "编辑商品"
T = TypeVar("T")


@dataclass(frozen=True)
class ImportSummary:
    created: int
    updated: int
    unchanged: int


class CatalogService:
    def __init__(self, database: Database, events: EventBus) -> None:
        self._db = database
        self._events = events

    @contextmanager
    def _transaction(self) -> Iterator[Session]:
        with self._db.sessions.begin() as session:
            yield session

    def _publish(self, kind: ChangeKind, *ids: int) -> None:
        self._events.publish(ChangeEvent(ENTITY, kind, ids))

    # reading
    def page(self, query: ProductQuery, offset: int, limit: int) -> list[Product]:
        with self._db.sessions() as session:
            return repo.page(session, query, offset, limit)

    def names_page(self, query: ProductQuery, limit: int) -> list[tuple[int, str]]:
        """(id, "name spec") of the first `limit` products of `query`: a list to choose from, read without the
        reserved units a page of products works out."""
        with self._db.sessions() as session:
            return [(pid, product_label(name, spec)) for pid, name, spec in repo.names_page(session, query, limit)]

    def names(self, product_ids: Iterable[int]) -> dict[int, str]:
        """id -> "name spec" of those of `product_ids` that exist, in one query without the reserved units."""
        with self._db.sessions() as session:
            return {pid: product_label(name, spec) for pid, (name, spec) in repo.names_and_specs(
                session, product_ids).items()}

    def count(self, query: ProductQuery | None = None) -> int:
        with self._db.sessions() as session:
            return repo.count(session, query or ProductQuery())

    def get(self, product_id: int) -> Product:
        with self._db.sessions() as session:
            product = repo.get(session, product_id)
        if product is None:
            raise NotFoundError(Message("product {id} no longer exists", id=product_id))
        return product

    def photo(self, product_id: int) -> bytes | None:
        with self._db.sessions() as session:
            return repo.photo(session, product_id)

    # writing
    def create(self, draft: ProductDraft, who: str = DESKTOP) -> Product:
        """A new product; its 库存 goes into the stock ledger as an opening 盘点."""
        draft = draft.validate()
        with self._transaction() as session:
            product_id = self._insert(session, draft, OPENING_REASON, who)
        self._publish(ChangeKind.CREATED, product_id)
        return self.get(product_id)

    def update(self, product_id: int, draft: ProductDraft, expected_version: int | None = None,
               keep_stock: bool = False, who: str = DESKTOP) -> Product:
        """Save the product's fields. A 库存 that differs from on hand is recorded as a 盘点 (a count), unless
        `keep_stock` (a form that only shows on hand: stock changes through the stock dialog then)."""
        draft = draft.validate()
        with self._transaction() as session:
            saved = self._guarded(lambda: repo.save_draft(session, product_id, draft, expected_version),
                                  draft)
            if not saved:
                self._raise_gone_or_stale(session, product_id)
            if not keep_stock:
                count_in(session, product_id, draft.stock, EDIT_REASON, who)
        self._publish(ChangeKind.UPDATED, product_id)
        return self.get(product_id)

    def set_active(self, product_id: int, active: bool) -> Product:
        with self._transaction() as session:
            if not repo.update_fields(session, product_id, None, {"active": active}):
                self._raise_gone_or_stale(session, product_id)
        self._publish(ChangeKind.UPDATED, product_id)
        return self.get(product_id)

    def duplicate(self, product_id: int, name_suffix: str) -> Product:
        """A copy with the suffix added to the name, no merchant code (codes are unique) and the photo."""
        original = self.get(product_id)
        name = (original.name + name_suffix)[: 60]
        copy = self.create(replace(original.draft(), name=name, merchant_code=""))
        image = self.photo(product_id)
        if image is not None:
            with self._transaction() as session:
                repo.set_photo(session, copy.id, image)
            self._publish(ChangeKind.UPDATED, copy.id)
        return self.get(copy.id)

    def delete(self, product_id: int) -> None:
        with self._transaction() as session:
            sales, order_lines = repo.usage(session, product_id)
            if sales or order_lines:
                raise ConflictError(Message(
                    "this product has {sales} tallied sales and {orders} order lines, so it cannot be "
                    "deleted; deactivate it instead", sales=sales, orders=order_lines))
            if not repo.remove(session, product_id):
                raise NotFoundError(Message("product {id} no longer exists", id=product_id))
        self._publish(ChangeKind.DELETED, product_id)

    def set_photo_from_file(self, product_id: int, data: bytes, source: str) -> Product:
        thumbnail, mime = make_thumbnail(data, source)
        with self._transaction() as session:
            if repo.get(session, product_id) is None:
                raise NotFoundError(Message("product {id} no longer exists", id=product_id))
            repo.set_photo(session, product_id, thumbnail, mime)
        self._publish(ChangeKind.UPDATED, product_id)
        return self.get(product_id)

    def remove_photo(self, product_id: int) -> None:
        with self._transaction() as session:
            repo.set_photo(session, product_id, None)
        self._publish(ChangeKind.UPDATED, product_id)

    # files
    def import_csv(self, data: bytes, source: str, dry_run: bool = False) -> ImportSummary:
        """All rows or none: a bad row raises ImportRejected and nothing is written.

        Rows match existing products by merchant code, or by name and spec when there is no code,
        so importing the same file twice changes nothing.
        """
        rows = parse_catalog(data, source)
        reason = f"商品导入 {source.replace(chr(92), '/').rsplit('/', 1)[-1]}"[:200]
        created = updated = unchanged = 0
        claimed: set[int] = set()  # products matched by an earlier row of this file
        with self._db.sessions() as session:
            for row in rows:
                draft = row.draft
                if draft.merchant_code:
                    existing_id = repo.id_by_merchant_code(session, draft.merchant_code)
                else:
                    existing_id = next((i for i in repo.ids_by_name_and_spec(session, draft.name, draft.spec)
                                        if i not in claimed), None)
                if existing_id is None:
                    claimed.add(self._insert(session, draft, reason, IMPORT_WHO))
                    created += 1
                    continue
                claimed.add(existing_id)
                existing = repo.get(session, existing_id)
                assert existing is not None
                draft = replace(existing.draft(), **{f: getattr(draft, f) for f in row.fields})
                if existing.draft() == draft:
                    unchanged += 1
                else:
                    repo.save_draft(session, existing_id, draft, None)
                    count_in(session, existing_id, draft.stock, reason, IMPORT_WHO)  # a differing 库存: 盘点
                    updated += 1
            if dry_run:
                session.rollback()
            else:
                session.commit()
        if not dry_run and (created or updated):
            self._publish(ChangeKind.RELOADED)
        return ImportSummary(created, updated, unchanged)

    def export_csv(self) -> bytes:
        with self._db.sessions() as session:
            return catalog_csv(p.draft() for p in repo.all_products(session))

    # helpers
    def _insert(self, session: Session, draft: ProductDraft, reason: str, who: str) -> int:
        """Insert with no stock, then the draft's 库存 as the first movement of the product's ledger."""
        product_id = self._guarded(lambda: repo.insert(session, replace(draft, stock=0)), draft)
        count_in(session, product_id, draft.stock, reason, who)
        return product_id

    @staticmethod
    def _guarded(action: Callable[[], T], draft: ProductDraft) -> T:
        try:
            return action()
        except IntegrityError as error:
            raise ConflictError(Message("the merchant code {code} is already used by another product",
                                        code=draft.merchant_code)) from error

    def _raise_gone_or_stale(self, session: Session, product_id: int) -> None:
        if repo.get(session, product_id) is None:
            raise NotFoundError(Message("product {id} no longer exists", id=product_id))
        raise ConflictError(Message(
            "someone else changed this product meanwhile; reopen it to see their changes"))
