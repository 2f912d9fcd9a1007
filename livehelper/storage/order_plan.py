"""Comparing a parsed order export with what the database holds: what an import would change.

`plan_import` only reads; `order_writes.apply_plan` writes the plan (inside the caller's transaction). Both run
on one session so that a commit re-plans against the database as it is at that moment, not as it was at
preview time. Buyer data passes through here; nothing in this module logs.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Row, literal, select
from sqlalchemy.orm import Session

from livehelper.domain.messages import Message
from livehelper.domain.order_cells import Layout, OrderImport
from livehelper.domain.order_import import lines_total_problem
from livehelper.domain.orders import Order, OrderLine, Platform
from livehelper.storage.models import (
    OrderItemRecord,
    OrderRecord,
    PendingItemRecord,
    ProductRecord,
    TitleRuleRecord,
)

_CHUNK = 1000  # values in one IN (…): well below SQLite's and PostgreSQL's parameter limits

LineKey = tuple[str, int, int, str, str, str, str]


class Change(StrEnum):
    NEW = "new"
    CHANGED = "changed"
    UNCHANGED = "unchanged"


@dataclass
class OrderPlan:
    """What happens to one order: `lines` None keeps the stored lines (a Taobao order list has none)."""

    order_no: str
    change: Change
    order: Order | None  # None: an item list touching only the lines of a stored order
    lines: tuple[OrderLine, ...] | None
    record_id: int | None
    consumes_pending: bool = False
    product_ids: tuple[int | None, ...] | None = None  # known products of `lines` (manual entry); else matched
    keeps_buyer: bool = False  # the stored buyer data was purged: a re-import must not bring it back


@dataclass
class Plan:
    platform: Platform
    orders: list[OrderPlan] = field(default_factory=list)
    waiting: dict[str, tuple[OrderLine, ...]] = field(default_factory=dict)  # item lines held for a later list
    counts: dict[str, int] = field(default_factory=dict)
    unmatched: list[str] = field(default_factory=list)
    warnings: list[Message] = field(default_factory=list)

    def count(self, name: str, by: int = 1) -> None:
        self.counts[name] = self.counts.get(name, 0) + by


def utc_naive(moment: datetime | None) -> datetime | None:
    """Comparison form of a timestamp (SQLite gives back naive UTC)."""
    if moment is None or moment.tzinfo is None:
        return moment
    return moment.astimezone(UTC).replace(tzinfo=None)


ORDER_FIELDS = ("status", "after_sale", "amount_fen", "shipping_fen", "goods_fen", "buyer_name", "buyer_phone",
                "address", "province", "city", "district", "name_hidden", "phone_hidden", "address_hidden",
                "buyer_note", "seller_note", "title_summary", "channel", "paid_at")


def order_values(order: Order) -> tuple[object, ...]:
    """The stored fields of an order (ORDER_FIELDS, in that order) besides its key and creation time."""
    buyer = order.buyer
    return (order.status, order.after_sale, order.paid_fen or 0, order.shipping_fen, order.goods_fen, buyer.name,
            buyer.phone, buyer.address, buyer.province, buyer.city, buyer.district, buyer.name_hidden,
            buyer.phone_hidden, buyer.address_hidden, order.buyer_note, order.seller_note, order.title_summary,
            order.channel, order.paid_at)


BUYER_FIELDS = frozenset({"buyer_name", "buyer_phone", "address", "name_hidden", "phone_hidden", "address_hidden"})


def is_purged(record: Row[Any]) -> bool:
    """Buyer data masked in place (services.privacy), or hidden by the platform in every field."""
    return bool(record.name_hidden and record.phone_hidden and record.address_hidden)


def order_fields(order: Order, keep_buyer: bool = False) -> dict[str, object]:
    fields = dict(zip(ORDER_FIELDS, order_values(order), strict=True))
    if keep_buyer:
        fields = {name: value for name, value in fields.items() if name not in BUYER_FIELDS}
    if order.created_at is not None:  # otherwise the stored time (the first import's) stays
        fields["created_at"] = order.created_at
    return fields


def _same_fields(record: Row[Any], fields: dict[str, object]) -> bool:
    for name, value in fields.items():
        stored = getattr(record, name)
        if isinstance(value, datetime) or isinstance(stored, datetime):
            if utc_naive(stored) != utc_naive(value):  # type: ignore[arg-type]
                return False
        elif stored != value:
            return False
    return True


def line_key(line: OrderLine) -> LineKey:
    return (line.title, line.qty, line.unit_price_fen or 0, line.merchant_code, line.sku_text, line.sub_order_no,
            line.status)


_ITEM_KEY = (OrderItemRecord.title, OrderItemRecord.qty, OrderItemRecord.unit_price_fen, OrderItemRecord.merchant_code,
             OrderItemRecord.sku_text, OrderItemRecord.sub_order_no, OrderItemRecord.status)
_PENDING_KEY = (PendingItemRecord.title, PendingItemRecord.qty, PendingItemRecord.unit_price_fen,
                PendingItemRecord.merchant_code, PendingItemRecord.sku_text, literal(""), PendingItemRecord.status)


def _chunks(values: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start:start + _CHUNK]


class ProductMatcher:
    """Order line → catalog product: by merchant code (商家编码) first, then by a confirmed title rule."""

    def __init__(self, session: Session) -> None:
        self._codes = {code: pid for pid, code in session.execute(
            select(ProductRecord.id, ProductRecord.merchant_code).where(ProductRecord.merchant_code.is_not(None)))}
        self._titles = dict(session.execute(select(TitleRuleRecord.title, TitleRuleRecord.product_id)).all())

    def match(self, title: str, merchant_code: str) -> int | None:
        if merchant_code and merchant_code in self._codes:
            return self._codes[merchant_code]
        return self._titles.get(title.strip())


def _stored(session: Session, platform: Platform, numbers: list[str]) -> tuple[
        dict[str, Row[Any]], dict[int, list[LineKey]], dict[str, list[LineKey]]]:
    """The stored orders among `numbers` (as rows), their lines, and the item lines held for them."""
    orders = OrderRecord.__table__
    records: dict[str, Row[Any]] = {}
    stored_numbers = numbers
    if len(numbers) > 4 * _CHUNK:  # a big export: one pass over the stored numbers beats many IN (…) queries
        known = set(session.scalars(select(orders.c.order_no).where(orders.c.platform == platform.value)))
        stored_numbers = [number for number in numbers if number in known]
    for chunk in _chunks(stored_numbers):
        for record in session.execute(select(orders).where(
                orders.c.platform == platform.value, orders.c.order_no.in_(chunk))):
            records[record.order_no] = record
    lines: dict[int, list[LineKey]] = {}
    ids = [record.id for record in records.values()]
    for chunk in _chunks(ids):
        for order_id, *key in session.execute(select(OrderItemRecord.order_id, *_ITEM_KEY).where(
                OrderItemRecord.order_id.in_(chunk)).order_by(OrderItemRecord.order_id, OrderItemRecord.position)):
            lines.setdefault(order_id, []).append(tuple(key))  # type: ignore[arg-type]
    pending: dict[str, list[LineKey]] = {}
    held_here = PendingItemRecord.platform == platform.value
    if session.execute(select(PendingItemRecord.id).where(held_here).limit(1)).first() is None:
        return records, lines, pending  # the usual case: no item list waits for its order list
    for chunk in _chunks(numbers):
        for order_no, *key in session.execute(select(PendingItemRecord.order_no, *_PENDING_KEY).where(
                held_here, PendingItemRecord.order_no.in_(chunk)).order_by(
                PendingItemRecord.order_no, PendingItemRecord.position)):
            pending.setdefault(order_no, []).append(tuple(key))  # type: ignore[arg-type]
    return records, lines, pending


def _pending_lines(keys: list[LineKey]) -> tuple[OrderLine, ...]:
    return tuple(OrderLine(title, qty, price, code, sku, status=status)
                 for title, qty, price, code, sku, _sub, status in keys)


def _count_lines(plan: Plan, old: list[LineKey], new: Sequence[OrderLine]) -> None:
    for index, line in enumerate(new):
        if index >= len(old):
            plan.count("lines_new")
        elif old[index] == line_key(line):
            plan.count("lines_unchanged")
        else:
            plan.count("lines_changed")


def plan_import(session: Session, parsed: OrderImport) -> Plan:
    plan = Plan(parsed.platform)
    matcher = ProductMatcher(session)
    by_platform: dict[Platform, list[str]] = {}
    for order in parsed.orders:
        by_platform.setdefault(order.platform, []).append(order.order_no)
    if parsed.lines_by_order:  # Taobao item lines: an item list, or item sheets of a workbook left unjoined
        by_platform.setdefault(Platform.TAOBAO, []).extend(parsed.lines_by_order)
    stored: dict[Platform, tuple[dict[str, Row[Any]], dict[int, list[LineKey]], dict[str, list[LineKey]]]] = {
        platform: _stored(session, platform, values) for platform, values in by_platform.items()}
    unmatched: dict[str, None] = {}

    def note_unmatched(lines: Iterable[OrderLine]) -> None:
        for line in lines:
            if matcher.match(line.title, line.merchant_code) is None:
                unmatched.setdefault(line.title)

    if parsed.lines_by_order:
        records, stored_lines, pending = stored[Platform.TAOBAO]
        for order_no, lines in parsed.lines_by_order.items():
            note_unmatched(lines)
            record = records.get(order_no)
            if record is None:
                old = pending.get(order_no, [])
                _count_lines(plan, old, lines)
                if old != [line_key(line) for line in lines]:
                    plan.waiting[order_no] = tuple(lines)
                plan.count("lines_waiting", len(lines))
                continue
            old = stored_lines.get(record.id, [])
            _count_lines(plan, old, lines)
            same = old == [line_key(line) for line in lines]
            plan.count("orders_unchanged" if same else "orders_changed")
            if not same:
                plan.orders.append(OrderPlan(order_no, Change.CHANGED, None, tuple(lines), record.id))
    joins_pending = parsed.layout in (Layout.TAOBAO_ORDERS, Layout.TAOBAO_MASKED)
    orders_new = lines_new = 0  # counted here, not through plan.count: a big export is all new orders
    for order in parsed.orders:
        records, stored_lines, pending = stored[order.platform]
        record = records.get(order.order_no)
        lines: tuple[OrderLine, ...] | None = order.lines or None
        consumes = False
        if joins_pending and order.order_no in pending:
            lines, consumes = _pending_lines(pending[order.order_no]), True
        if lines is not None:
            note_unmatched(lines)
            if order.goods_fen is not None:
                problem = lines_total_problem(order, list(lines))
                if problem is not None:
                    plan.warnings.append(Message("order {order_no}: {reason}", order_no=order.order_no,
                                                 reason=problem))
        if record is None:
            orders_new += 1
            lines_new += len(lines or ())
            plan.orders.append(OrderPlan(order.order_no, Change.NEW, order, lines, None, consumes))
            continue
        old = stored_lines.get(record.id, [])
        if lines is not None:
            _count_lines(plan, old, lines)
        same_lines = lines is None or old == [line_key(line) for line in lines]
        keep_buyer = is_purged(record)
        if same_lines and _same_fields(record, order_fields(order, keep_buyer)) and not consumes:
            plan.count("orders_unchanged")
            continue
        plan.count("orders_changed")
        plan.orders.append(OrderPlan(order.order_no, Change.CHANGED, order,
                                     None if same_lines else lines, record.id, consumes, keeps_buyer=keep_buyer))
    if orders_new:
        plan.count("orders_new", orders_new)
        plan.count("lines_new", lines_new)
    plan.unmatched = list(unmatched)
    return plan
