"""Comparing a parsed order export with what the database holds, and applying the difference.

`plan_import` only reads; `apply_plan` writes (inside the caller's transaction). Both run on one session so
that a commit re-plans against the database as it is at that moment, not as it was at preview time.
Buyer data passes through here; nothing in this module logs.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from livehelper.domain.messages import Message
from livehelper.domain.order_cells import Layout, OrderImport
from livehelper.domain.order_import import lines_total_problem
from livehelper.domain.orders import Order, OrderLine, Platform
from livehelper.domain.tasks import INITIAL_VERSION, TaskState, next_version
from livehelper.storage.models import (
    OrderItemRecord,
    OrderRecord,
    PackingTaskRecord,
    PendingItemRecord,
    ProductRecord,
    TaskHistoryRecord,
    TitleRuleRecord,
)

SYSTEM = "system"  # the `who` of history entries written by an import
_CHUNK = 500

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


def order_fields(order: Order) -> dict[str, object]:
    buyer = order.buyer
    fields: dict[str, object] = {
        "status": order.status, "after_sale": order.after_sale, "amount_fen": order.paid_fen or 0,
        "shipping_fen": order.shipping_fen, "goods_fen": order.goods_fen, "buyer_name": buyer.name,
        "buyer_phone": buyer.phone, "address": buyer.address, "province": buyer.province, "city": buyer.city,
        "district": buyer.district, "name_hidden": buyer.name_hidden, "phone_hidden": buyer.phone_hidden,
        "address_hidden": buyer.address_hidden, "buyer_note": order.buyer_note, "seller_note": order.seller_note,
        "title_summary": order.title_summary, "channel": order.channel, "paid_at": order.paid_at,
    }
    if order.created_at is not None:  # otherwise the stored time (the first import's) stays
        fields["created_at"] = order.created_at
    return fields


def _same_fields(record: OrderRecord, fields: dict[str, object]) -> bool:
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


def _record_key(item: OrderItemRecord | PendingItemRecord) -> LineKey:
    sub = item.sub_order_no if isinstance(item, OrderItemRecord) else ""
    return (item.title, item.qty, item.unit_price_fen, item.merchant_code, item.sku_text, sub, item.status)


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
        dict[str, OrderRecord], dict[int, list[LineKey]], dict[str, list[LineKey]]]:
    records: dict[str, OrderRecord] = {}
    lines: dict[int, list[LineKey]] = {}
    pending: dict[str, list[LineKey]] = {}
    for chunk in _chunks(numbers):
        wanted = set(chunk)
        for record in session.scalars(select(OrderRecord).where(
                OrderRecord.platform == platform.value, OrderRecord.order_no.in_(chunk))):
            records[record.order_no] = record
        ids = [record.id for number, record in records.items() if number in wanted]
        for item in session.scalars(select(OrderItemRecord).where(OrderItemRecord.order_id.in_(ids)).order_by(
                OrderItemRecord.order_id, OrderItemRecord.position)):
            lines.setdefault(item.order_id, []).append(_record_key(item))
        for held in session.scalars(select(PendingItemRecord).where(
                PendingItemRecord.platform == platform.value, PendingItemRecord.order_no.in_(chunk)).order_by(
                PendingItemRecord.order_no, PendingItemRecord.position)):
            pending.setdefault(held.order_no, []).append(_record_key(held))
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
    if parsed.layout is Layout.TAOBAO_ITEMS:
        numbers = list(parsed.lines_by_order)
    else:
        numbers = [order.order_no for order in parsed.orders]
    by_platform: dict[Platform, list[str]] = {}
    for order in parsed.orders:
        by_platform.setdefault(order.platform, []).append(order.order_no)
    if parsed.layout is Layout.TAOBAO_ITEMS:
        by_platform = {Platform.TAOBAO: numbers}
    stored: dict[Platform, tuple[dict[str, OrderRecord], dict[int, list[LineKey]], dict[str, list[LineKey]]]] = {
        platform: _stored(session, platform, values) for platform, values in by_platform.items()}
    unmatched: dict[str, None] = {}

    def note_unmatched(lines: Iterable[OrderLine]) -> None:
        for line in lines:
            if matcher.match(line.title, line.merchant_code) is None:
                unmatched.setdefault(line.title)

    if parsed.layout is Layout.TAOBAO_ITEMS:
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
    else:
        for order in parsed.orders:
            records, stored_lines, pending = stored[order.platform]
            record = records.get(order.order_no)
            lines: tuple[OrderLine, ...] | None = order.lines or None
            consumes = False
            if parsed.layout in (Layout.TAOBAO_ORDERS, Layout.TAOBAO_MASKED) and order.order_no in pending:
                lines, consumes = _pending_lines(pending[order.order_no]), True
            if lines is not None:
                note_unmatched(lines)
                problem = lines_total_problem(order, list(lines))
                if problem is not None:
                    plan.warnings.append(Message("order {order_no}: {reason}", order_no=order.order_no,
                                                 reason=problem))
            if record is None:
                plan.count("orders_new")
                plan.count("lines_new", len(lines or ()))
                plan.orders.append(OrderPlan(order.order_no, Change.NEW, order, lines, None, consumes))
                continue
            old = stored_lines.get(record.id, [])
            if lines is not None:
                _count_lines(plan, old, lines)
            same_lines = lines is None or old == [line_key(line) for line in lines]
            if same_lines and _same_fields(record, order_fields(order)) and not consumes:
                plan.count("orders_unchanged")
                continue
            plan.count("orders_changed")
            plan.orders.append(OrderPlan(order.order_no, Change.CHANGED, order,
                                         None if same_lines else lines, record.id, consumes))
    plan.unmatched = list(unmatched)
    return plan


def _write_lines(session: Session, order_id: int, lines: Sequence[OrderLine], matcher: ProductMatcher) -> None:
    session.execute(delete(OrderItemRecord).where(OrderItemRecord.order_id == order_id))
    session.add_all(OrderItemRecord(
        order_id=order_id, position=index, title=line.title[:200], qty=line.qty,
        unit_price_fen=line.unit_price_fen or 0, merchant_code=line.merchant_code[:64],
        sku_text=line.sku_text[:200], sub_order_no=line.sub_order_no[:64], status=line.status[:60],
        product_id=matcher.match(line.title, line.merchant_code)) for index, line in enumerate(lines))


def sync_task(session: Session, record: OrderRecord, order: Order, now: datetime) -> int | None:
    """Give a paid order waiting for shipment its packing task; cancel the open task of a closed order."""
    task = session.scalars(select(PackingTaskRecord).where(PackingTaskRecord.order_id == record.id)).first()
    if task is None:
        if not order.awaiting_shipment:
            return None
        task = PackingTaskRecord(order_id=record.id, state=TaskState.PENDING.value, version=INITIAL_VERSION,
                                 created_at=now, updated_at=now)
        session.add(task)
        session.flush()
        session.add(TaskHistoryRecord(task_id=task.id, from_state=None, to_state=TaskState.PENDING.value,
                                      who=SYSTEM, at=now, version=task.version))
        return task.id
    if order.closed and TaskState(task.state) not in (TaskState.SHIPPED, TaskState.CANCELLED):
        previous = task.state
        task.state = TaskState.CANCELLED.value
        task.version = next_version(task.version)
        task.updated_at = now
        reason = " / ".join(part for part in (order.status, order.after_sale) if part)[:200]
        session.add(TaskHistoryRecord(task_id=task.id, from_state=previous, to_state=task.state, who=SYSTEM,
                                      at=now, version=task.version, reason=reason))
        return task.id
    return None


def apply_plan(session: Session, plan: Plan) -> tuple[list[int], list[int]]:
    """Write the plan; (order ids written, task ids created or cancelled)."""
    now = datetime.now(UTC)
    matcher = ProductMatcher(session)
    order_ids: list[int] = []
    task_ids: list[int] = []
    for step in plan.orders:
        order = step.order
        if order is None:  # item lines of a stored order
            assert step.record_id is not None and step.lines is not None
            _write_lines(session, step.record_id, step.lines, matcher)
            order_ids.append(step.record_id)
            continue
        fields = order_fields(order)
        if step.record_id is None:
            record = OrderRecord(platform=order.platform.value, order_no=order.order_no, imported_at=now,
                                 updated_at=now, **fields)
            session.add(record)
            session.flush()
        else:
            record = session.get_one(OrderRecord, step.record_id)
            for name, value in fields.items():
                setattr(record, name, value)
            record.updated_at = now
        if step.lines is not None:
            _write_lines(session, record.id, step.lines, matcher)
        if step.consumes_pending:
            session.execute(delete(PendingItemRecord).where(
                PendingItemRecord.platform == order.platform.value, PendingItemRecord.order_no == order.order_no))
        order_ids.append(record.id)
        task_id = sync_task(session, record, order, now)
        if task_id is not None:
            task_ids.append(task_id)
    for order_no, lines in plan.waiting.items():
        session.execute(delete(PendingItemRecord).where(
            PendingItemRecord.platform == plan.platform.value, PendingItemRecord.order_no == order_no))
        session.add_all(PendingItemRecord(
            platform=plan.platform.value, order_no=order_no, position=index, title=line.title[:200], qty=line.qty,
            unit_price_fen=line.unit_price_fen or 0, merchant_code=line.merchant_code[:64],
            sku_text=line.sku_text[:200], status=line.status[:60]) for index, line in enumerate(lines))
    return order_ids, task_ids
