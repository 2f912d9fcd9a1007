"""Orders for the shipping-queue UI tests, imported through the real order import (generic CSV template)."""

from __future__ import annotations

from livehelper.domain.money import parse_fen
from livehelper.domain.order_import import GENERIC_HEADER
from livehelper.domain.product import ProductDraft
from livehelper.services.context import AppContext

PRODUCTS = (("米脂黄小米", "2.5kg/袋", "MZ-XM-2500", "39.90"), ("巨鹿金银花", "50g/罐", "JL-JYH-50", "36.00"),
            ("小米锅巴", "200g×3袋", "XM-GB-600", "19.90"))
BUYERS = (("刘桂兰", "13800138001", "山东省", "济南市", "历下区", "泉城路100号"),
          ("孙大伟", "13912340002", "陕西省", "榆林市", "米脂县", "南街7号"),
          ("王芳", "13712340003", "河北省", "邢台市", "巨鹿县", "北街1号"))


def order_rows(count: int, prefix: str = "WX") -> list[str]:
    rows = []
    for number in range(1, count + 1):
        name, spec, code, price = PRODUCTS[number % len(PRODUCTS)]
        buyer = BUYERS[number % len(BUYERS)]
        note = "要新米" if number % 5 == 0 else ""
        rows.append(",".join(("微信", f"{prefix}-{number:05d}", "2026-11-20 18:00", *buyer[:2], *buyer[2:],
                              name, spec, code, str(1 + number % 3), price, "0", note, "")))
    return rows


def import_orders(context: AppContext, count: int, prefix: str = "WX", extra_rows: tuple[str, ...] = ()) -> None:
    """`count` paid WeChat orders (one packing task each), numbered {prefix}-00001 …"""
    lines = [",".join(GENERIC_HEADER), *order_rows(count, prefix), *extra_rows]
    data = ("\r\n".join(lines) + "\r\n").encode("utf-8-sig")
    context.orders.commit(context.orders.preview(data, "orders.csv"))


def add_products(context: AppContext) -> list[int]:
    """The three products the orders name, by merchant code (so their lines match the catalog)."""
    return [context.catalog.create(ProductDraft(name=name, spec=spec, price_fen=parse_fen(price), stock=500,
                                                merchant_code=code)).id for name, spec, code, price in PRODUCTS]
