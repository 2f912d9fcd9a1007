"""Writing a manual order: catalog prices, a generated order number, and the import's own write path.

The order goes through `order_writes.apply_plan` like an imported one, so it gets its lines, its 待打包 packing
task and the task's first history entry exactly as an import would write them. Runs inside the caller's
transaction; buyer data is stored, never logged.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Session

from livehelper.domain.errors import ValidationError
from livehelper.domain.manual_order import ManualOrder
from livehelper.domain.messages import Message
from livehelper.domain.orders import Buyer, Order, OrderLine, Platform
from livehelper.storage import orders as order_repo
from livehelper.storage import products as product_repo
from livehelper.storage.order_plan import Change, OrderPlan, Plan
from livehelper.storage.order_writes import apply_plan

ORDER_NO_PREFIX = "SG"
MANUAL_STATUS = "待发货"  # paid, waiting for shipment: the order gets its packing task


def next_order_no(session: Session, day: date) -> str:
    """"SG20261128-0001", one more than the day's highest manual order number so far."""
    prefix = f"{ORDER_NO_PREFIX}{day:%Y%m%d}-"
    numbers = order_repo.numbers_starting(session, Platform.MANUAL.value, prefix)
    last = max((int(tail) for number in numbers if (tail := number[len(prefix):]).isdigit()), default=0)
    return f"{prefix}{last + 1:04d}"


def catalog_lines(session: Session, items: tuple[tuple[int, int], ...]) -> tuple[OrderLine, ...]:
    """Order lines at today's catalog prices; ValidationError("items") for a product gone or not on sale."""
    ids = [product_id for product_id, _ in items]
    products = product_repo.by_ids(session, ids)
    lines = []
    for product_id, qty in items:
        product = products.get(product_id)
        if product is None:
            raise ValidationError("items", Message("product {id} no longer exists", id=product_id))
        if not product.active:
            raise ValidationError("items", Message(
                "“{name}” is not on sale (停售); put it on sale first or choose another product", name=product.name))
        lines.append(OrderLine(product.name, qty, product.price_fen, product.merchant_code or "", product.spec))
    return tuple(lines)


def write_manual_order(session: Session, order: ManualOrder, now: datetime) -> tuple[int, list[int]]:
    """Store a validated manual order: (its id, the ids of the tasks made for it)."""
    lines = catalog_lines(session, order.items)
    goods = sum((line.unit_price_fen or 0) * line.qty for line in lines)
    order_no = next_order_no(session, now.astimezone().date())
    buyer = Buyer(order.buyer_name, order.phone, order.detail, order.province, order.city, order.district)
    stored = Order(Platform.MANUAL, order_no, MANUAL_STATUS, goods + order.shipping_fen, order.shipping_fen, goods,
                   buyer, buyer_note=order.note, created_at=now, lines=lines)
    plan = Plan(Platform.MANUAL, [OrderPlan(order_no, Change.NEW, stored, lines, None,
                                            product_ids=tuple(product_id for product_id, _ in order.items))])
    order_ids, task_ids = apply_plan(session, plan)
    return order_ids[0], task_ids
