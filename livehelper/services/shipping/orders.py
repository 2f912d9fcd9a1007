"""Order use cases: previewing and importing platform exports, title rules, listing orders.

An import is previewed first (nothing written), then committed all-or-nothing in one transaction. Orders
match by (platform, order number), so importing the same export twice changes nothing. Buyer data is
personal data: it is stored, never logged.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.exc import IntegrityError, OperationalError

from livehelper.domain.errors import ConflictError, ImportRejected, NotFoundError, RowProblem, ValidationError
from livehelper.domain.manual_order import ManualOrder, check_manual_order, validated
from livehelper.domain.messages import Message
from livehelper.domain.order_cells import Layout, OrderImport
from livehelper.domain.order_import import parse_orders
from livehelper.domain.orders import Platform
from livehelper.domain.tasks import parse_state
from livehelper.services.events import ChangeEvent, ChangeKind, Entity, EventBus
from livehelper.services.shipping.manual_orders import catalog_lines, write_manual_order
from livehelper.storage import orders as order_repo
from livehelper.storage.engine import Database
from livehelper.storage.order_plan import plan_import
from livehelper.storage.order_writes import apply_plan

ENTITY = Entity.ORDER
_NUMBER_ATTEMPTS = 5
TASK_ENTITY = Entity.TASK


@dataclass(frozen=True)
class ImportPreview:
    """What an import would do (or did, when returned by `commit`)."""

    parsed: OrderImport
    orders_new: int = 0
    orders_changed: int = 0
    orders_unchanged: int = 0
    lines_new: int = 0
    lines_changed: int = 0
    lines_unchanged: int = 0
    lines_waiting: int = 0  # Taobao item lines kept until their order list is imported
    unmatched_titles: tuple[str, ...] = ()
    warnings: tuple[Message, ...] = ()
    tasks_touched: int = 0  # packing tasks created or cancelled (after commit)

    @property
    def source(self) -> str:
        return self.parsed.source

    @property
    def layout(self) -> Layout:
        return self.parsed.layout

    @property
    def platform(self) -> Platform:
        return self.parsed.platform

    @property
    def problems(self) -> list[RowProblem]:
        return self.parsed.problems

    @property
    def bad_row_numbers(self) -> set[int]:
        return self.parsed.bad_rows

    @property
    def changes_anything(self) -> bool:
        return bool(self.orders_new or self.orders_changed or self.lines_new or self.lines_changed)

    def as_dict(self, lang: str = "en") -> dict[str, Any]:
        return {
            "source": self.source, "layout": self.layout.value, "platform": self.platform.value,
            "rows": self.parsed.rows,
            "orders": {"new": self.orders_new, "changed": self.orders_changed, "unchanged": self.orders_unchanged},
            "lines": {"new": self.lines_new, "changed": self.lines_changed, "unchanged": self.lines_unchanged,
                      "waiting": self.lines_waiting},
            "bad_rows": [{"row": p.row, "column": p.column, "reason": p.message.render(lang)}
                         for p in self.problems],
            "unmatched_titles": list(self.unmatched_titles),
            "warnings": [warning.render(lang) for warning in self.warnings],
            "notes": [note.render(lang) for note in self.parsed.notes],
            "skipped_sheets": list(self.parsed.skipped_sheets),
        }


def _preview(parsed: OrderImport, plan_counts: dict[str, int], unmatched: list[str], warnings: list[Message],
             tasks: int = 0) -> ImportPreview:
    return ImportPreview(
        parsed, plan_counts.get("orders_new", 0), plan_counts.get("orders_changed", 0),
        plan_counts.get("orders_unchanged", 0), plan_counts.get("lines_new", 0),
        plan_counts.get("lines_changed", 0), plan_counts.get("lines_unchanged", 0),
        plan_counts.get("lines_waiting", 0), tuple(unmatched), tuple(warnings), tasks)


@contextmanager
def cycle_collection_paused() -> Iterator[None]:
    """Reading and writing a big export makes hundreds of thousands of small objects and frees none of them
    meanwhile; Python's cyclic garbage collector would walk them over and over for nothing (a third of the
    time of a 50,000-row import). Reference counting still frees everything as usual."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).isoformat()


class OrderService:
    def __init__(self, database: Database, events: EventBus) -> None:
        self._db = database
        self._events = events
        self._manual_lock = threading.Lock()  # two manual orders from this PC never race for one number

    # importing
    def preview(self, data: bytes, source: str, platform: str = "auto", password: str | None = None) -> ImportPreview:
        """Read and compare an export with the database; writes nothing. UnreadableFileError for a bad file
        (PasswordNeeded for a protected workbook without its right password)."""
        with cycle_collection_paused():
            parsed = parse_orders(data, source, platform, password)
            with self._db.sessions() as session:
                plan = plan_import(session, parsed)
        return _preview(parsed, plan.counts, plan.unmatched, plan.warnings)

    def commit(self, preview: ImportPreview, skip_bad: bool = False) -> ImportPreview:
        """Write the previewed import in one transaction (re-planned against the database as it is now).

        A file with bad rows writes nothing (ImportRejected) unless `skip_bad`, which writes the good rows.
        """
        if preview.problems and not skip_bad:
            raise ImportRejected(list(preview.problems))
        try:
            with cycle_collection_paused(), self._db.sessions.begin() as session:
                plan = plan_import(session, preview.parsed)
                order_ids, task_ids = apply_plan(session, plan)
        except IntegrityError as error:  # another PC imported the same orders at the same moment
            raise ConflictError(Message(
                "these orders were changed by another import meanwhile; nothing was written, please try again")
            ) from error
        if order_ids or plan.waiting:
            self._events.publish(ChangeEvent(ENTITY, ChangeKind.RELOADED))
        if task_ids:
            self._events.publish(ChangeEvent(TASK_ENTITY, ChangeKind.RELOADED, tuple(task_ids)))
        return _preview(preview.parsed, plan.counts, plan.unmatched, plan.warnings, len(task_ids))

    def import_file(self, data: bytes, source: str, platform: str = "auto",
                    skip_bad: bool = False, password: str | None = None) -> ImportPreview:
        """Preview and commit in one go. The commit compares with the database anyway, so the file is not
        compared twice. The collector stays paused from reading to writing: re-enabled in between, it would walk
        every object of the parsed file once more for nothing."""
        with cycle_collection_paused():
            parsed = parse_orders(data, source, platform, password)
            return self.commit(ImportPreview(parsed), skip_bad)

    # manual entry
    def check_manual(self, order: ManualOrder) -> list[ValidationError]:
        """Every problem of a manual order form, field by field (empty when `add_manual` would accept it)."""
        tidy, problems = check_manual_order(order)
        if not any(problem.field_name == "items" for problem in problems):
            try:
                with self._db.sessions() as session:
                    catalog_lines(session, tidy.items)
            except ValidationError as problem:
                problems.append(problem)
        return problems

    def add_manual(self, order: ManualOrder) -> int:
        """Store an order typed in by hand with its 待打包 packing task; the new order's id.

        Platform "manual", order number "SG" + today + "-" + a sequence, amount = catalog price × quantity plus
        shipping. ValidationError(field, …) for the first problem, and then nothing is written."""
        tidy = validated(order)
        for attempt in range(_NUMBER_ATTEMPTS):
            try:
                with self._manual_lock, self._db.sessions.begin() as session:
                    order_id, task_ids = write_manual_order(session, tidy, datetime.now(UTC))
                break
            except (IntegrityError, OperationalError) as error:
                # Another PC took the same order number (or held the write lock) meanwhile: number it again.
                if isinstance(error, OperationalError) and "lock" not in str(error).lower():
                    raise
                if attempt == _NUMBER_ATTEMPTS - 1:
                    raise ConflictError(Message(
                        "the order could not be numbered because other orders were being saved at the same time; "
                        "please try again")) from error
        self._events.publish(ChangeEvent(ENTITY, ChangeKind.RELOADED))
        self._events.publish(ChangeEvent(TASK_ENTITY, ChangeKind.RELOADED, tuple(task_ids)))
        return order_id

    # product matching
    def confirm_title_rule(self, title: str, product_id: int) -> int:
        """Remember that order lines titled `title` are `product_id`; returns how many stored lines it matched."""
        title = title.strip()
        if not title:
            raise ValidationError("title", Message("a title is required"))
        with self._db.sessions.begin() as session:
            if not order_repo.product_exists(session, product_id):
                raise NotFoundError(Message("product {id} no longer exists", id=product_id))
            matched = order_repo.save_title_rule(session, title, product_id)
        self._events.publish(ChangeEvent(ENTITY, ChangeKind.RELOADED))
        return matched

    def title_rules(self) -> dict[str, int]:
        with self._db.sessions() as session:
            return order_repo.title_rules(session)

    def unmatched_titles(self) -> list[tuple[str, int]]:
        """Titles of stored order lines with no product, with how many lines carry each, most first."""
        with self._db.sessions() as session:
            return order_repo.unmatched_titles(session)

    # reading
    def count(self) -> int:
        with self._db.sessions() as session:
            return order_repo.count(session)

    def list_orders(self, status: str | None = None) -> list[dict[str, Any]]:
        """Orders as the command line's JSON objects. `status` is a task state (code or 待打包 …) or else the
        platform's order status text."""
        wanted_state: str | None = None
        platform_status: str | None = None
        if status:
            try:
                wanted_state = parse_state(status).value
            except ValidationError:
                platform_status = status.strip()
        with self._db.sessions() as session:
            rows = order_repo.orders_with_task_state(session, wanted_state, platform_status)
            items = {order_id: [
                {"title": item.title, "qty": item.qty, "product_id": item.product_id,
                 "unit_price_fen": item.unit_price_fen, "merchant_code": item.merchant_code} for item in lines]
                for order_id, lines in order_repo.items_of(session, [record.id for record, _ in rows]).items()}
        return [{
            "id": record.id, "platform": record.platform, "order_no": record.order_no, "status": record.status,
            "task_status": task_state, "amount_fen": record.amount_fen, "items": items.get(record.id, []),
            "created_at": _iso(record.created_at),
        } for record, task_state in rows]
