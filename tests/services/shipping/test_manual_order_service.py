"""Manual orders on a real database: catalog prices, order numbers, the packing task, events, refusals."""

from __future__ import annotations

import re
import threading
from dataclasses import replace
from datetime import datetime

import pytest
from sqlalchemy import func, select

from livehelper.domain.errors import ValidationError
from livehelper.domain.manual_order import ManualOrder
from livehelper.domain.product import ProductDraft
from livehelper.domain.tasks import TaskState
from livehelper.services.context import AppContext
from livehelper.services.events import ChangeEvent, ChangeKind
from livehelper.storage.models import OrderItemRecord, OrderRecord, PackingTaskRecord, TaskHistoryRecord


@pytest.fixture
def products(context: AppContext) -> tuple[int, int]:
    millet = context.catalog.create(ProductDraft(name="米脂黄小米", spec="2.5kg/袋", price_fen=2990,
                                                 merchant_code="MZ-XM-25"))
    honeysuckle = context.catalog.create(ProductDraft(name="巨鹿金银花", spec="50g/罐", price_fen=3600))
    return millet.id, honeysuckle.id


def a_order(products: tuple[int, int], **changes: object) -> ManualOrder:
    millet, honeysuckle = products
    order = ManualOrder(buyer_name="孙大伟", phone="+86 139-1234-0002", province="陕西", city="榆林市",
                        district="米脂县", detail="城关镇 南街 7号", note="老客户，要新米",
                        items=((millet, 2), (honeysuckle, 1)), shipping_fen=800)
    return replace(order, **changes)  # type: ignore[arg-type]


def counts(context: AppContext) -> tuple[int, ...]:
    with context.database.sessions() as session:
        return tuple(int(session.scalar(select(func.count()).select_from(model)) or 0)
                     for model in (OrderRecord, OrderItemRecord, PackingTaskRecord, TaskHistoryRecord))


def test_a_manual_order_is_stored_with_its_packing_task(context: AppContext, products, events):
    events.clear()
    order_id = context.orders.add_manual(a_order(products))
    [order] = context.orders.list_orders()
    assert order["id"] == order_id
    assert order["platform"] == "manual" and order["task_status"] == "pending"
    assert re.fullmatch(rf"SG{datetime.now().astimezone():%Y%m%d}-0001", order["order_no"])
    assert order["amount_fen"] == 2 * 2990 + 3600 + 800
    assert [(item["title"], item["qty"], item["product_id"], item["unit_price_fen"]) for item in order["items"]] == [
        ("米脂黄小米", 2, products[0], 2990), ("巨鹿金银花", 1, products[1], 3600)]
    with context.database.sessions() as session:
        record = session.get_one(OrderRecord, order_id)
        assert (record.buyer_name, record.buyer_phone, record.province, record.city, record.district,
                record.address, record.buyer_note, record.shipping_fen, record.goods_fen) == (
            "孙大伟", "13912340002", "陕西省", "榆林市", "米脂县", "城关镇 南街 7号", "老客户，要新米", 800, 9580)
    [task] = context.tasks.list()
    history = context.tasks.history(task.id)
    assert [(h.from_state, h.to_state, h.who) for h in history] == [(None, TaskState.PENDING, "system")]
    assert events == [ChangeEvent("order", ChangeKind.RELOADED), ChangeEvent("task", ChangeKind.RELOADED, (task.id,))]


def test_order_numbers_follow_each_other_even_within_one_second(context: AppContext, products):
    numbers = [context.orders.add_manual(a_order(products)) for _ in range(3)]
    listed = [order["order_no"] for order in context.orders.list_orders()]
    assert len(numbers) == len(set(numbers)) == 3
    assert [number[-5:] for number in listed] == ["-0001", "-0002", "-0003"]


def test_two_threads_adding_at_once_get_different_numbers(context: AppContext, products):
    errors: list[BaseException] = []

    def add() -> None:
        try:
            for _ in range(5):
                context.orders.add_manual(a_order(products))
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=add) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    numbers = [order["order_no"] for order in context.orders.list_orders()]
    assert len(numbers) == len(set(numbers)) == 10


@pytest.mark.parametrize(("changes", "field"), [
    ({"buyer_name": ""}, "buyer_name"), ({"phone": "12345"}, "phone"), ({"province": "火星"}, "province"),
    ({"city": ""}, "city"), ({"district": ""}, "district"), ({"detail": "南街"}, "detail"), ({"items": ()}, "items"),
])
def test_a_bad_form_writes_nothing(context: AppContext, products, events, changes, field):
    events.clear()
    with pytest.raises(ValidationError) as caught:
        context.orders.add_manual(a_order(products, **changes))
    assert caught.value.field_name == field
    assert counts(context) == (0, 0, 0, 0)
    assert events == []


def test_a_product_gone_or_not_on_sale_is_refused(context: AppContext, products):
    millet, honeysuckle = products
    with pytest.raises(ValidationError) as gone:
        context.orders.add_manual(a_order(products, items=((millet, 1), (9999, 1))))
    assert (gone.value.field_name, gone.value.render("en")) == ("items", "product 9999 no longer exists")
    product = context.catalog.get(honeysuckle)
    context.catalog.update(honeysuckle, replace(product.draft(), active=False), product.version)
    with pytest.raises(ValidationError) as off_sale:
        context.orders.add_manual(a_order(products))
    assert off_sale.value.field_name == "items" and "巨鹿金银花" in off_sale.value.render("en")
    assert counts(context) == (0, 0, 0, 0)


def test_check_manual_lists_every_problem(context: AppContext, products):
    assert context.orders.check_manual(a_order(products)) == []
    problems = context.orders.check_manual(a_order(products, phone="", items=((9999, 1),)))
    assert [problem.field_name for problem in problems] == ["phone", "items"]
