"""Orders and products for the shipping-queue tests, put in through the real services."""

from __future__ import annotations

from livehelper.domain.order_import import GENERIC_HEADER
from livehelper.domain.product import ProductDraft
from livehelper.services.context import AppContext
from livehelper.services.shipping.tasks import PackingTask

PRODUCTS = (("米脂黄小米", "2.5kg/袋", 3990, "MZ-XM-2500"), ("巨鹿金银花", "50g/罐", 2990, "JL-JYH-50"),
            ("小米锅巴", "200g×3袋", 1990, "XM-GB-600"))


def add_products(context: AppContext) -> dict[str, int]:
    """Product id by merchant code."""
    return {code: context.catalog.create(ProductDraft(name=name, price_fen=price, spec=spec, stock=100,
                                                      merchant_code=code)).id
            for name, spec, price, code in PRODUCTS}


def generic_row(platform: str, order_no: str, at: str, buyer: str, phone: str, address: tuple[str, str, str, str],
                title: str, code: str = "", qty: int = 1, price: str = "19.90", note: str = "", status: str = "",
                spec: str = "") -> str:
    province, city, district, detail = address
    return ",".join((platform, order_no, at, buyer, phone, province, city, district, detail, title, spec, code,
                     str(qty), price, "0", note, status))


def import_rows(context: AppContext, rows: list[str]) -> None:
    data = ("\r\n".join([",".join(GENERIC_HEADER), *rows]) + "\r\n").encode("utf-8-sig")
    preview = context.orders.preview(data, "orders.csv")
    assert not preview.problems, preview.problems
    context.orders.commit(preview)


def by_order_no(context: AppContext) -> dict[str, PackingTask]:
    return {task.order_no: task for task in context.tasks.by_ids(context.tasks.ids())}


def ship(context: AppContext, task: PackingTask, tracking_no: str, courier: str = "中通") -> PackingTask:
    for to in ("packing", "packed"):
        task = context.tasks.transition(task.id, to, task.version, "王姐").task
    return context.tasks.transition(task.id, "shipped", task.version, "王姐", courier=courier,
                                    tracking_no=tracking_no).task
