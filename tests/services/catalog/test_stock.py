"""Stock as a ledger (issue 16), on SQLite and PostgreSQL: on hand moves only through movements, reserved
follows the packing tasks, and every change the user makes leaves one line in the ledger."""

from dataclasses import replace

import pytest

from livehelper.domain.errors import NotFoundError, ValidationError
from livehelper.domain.product import ProductDraft
from livehelper.domain.stock import MovementKind
from livehelper.services.context import AppContext
from tests.services.task_data import add_products, by_order_no, generic_row, import_rows, ship

HOME = ("浙江省", "杭州市", "西湖区", "文三路478号华星时代广场A座9楼")
OTHER = ("陕西省", "榆林市", "米脂县", "南街7号")
PAID = "买家已付款，等待卖家发货"


def orders() -> list[str]:
    return [
        generic_row("淘宝", "TB-1", "2026-11-20 20:05", "周敏", "13533334406", HOME, "米脂小米", "MZ-XM-2500", 3,
                    status=PAID),
        generic_row("淘宝", "TB-2", "2026-11-20 20:30", "周敏", "13533334406", HOME, "金银花", "JL-JYH-50", 2,
                    status=PAID),
        generic_row("微信", "WX-3", "2026-11-20 20:40", "孙大伟", "13912340002", OTHER, "小米", "MZ-XM-2500", 4),
    ]


def figures(context: AppContext, product_id: int) -> tuple[int, int, int]:
    level = context.stock.level(product_id)
    return level.on_hand, level.reserved, level.available


def kinds(context: AppContext, product_id: int) -> list[tuple[MovementKind, int]]:
    return [(m.kind, m.qty) for m in reversed(context.stock.history(product_id))]


def test_a_new_product_opens_its_ledger_and_receipts_and_counts_move_on_hand(context: AppContext):
    product = context.catalog.create(ProductDraft(name="米脂黄小米", price_fen=3990, stock=100))
    assert figures(context, product.id) == (100, 0, 100)

    context.stock.receive(product.id, 20, "新米入库", "主播")
    level = context.stock.count(product.id, 115, "主播", "月底盘点")
    assert (level.on_hand, level.available) == (115, 115)
    context.stock.count(product.id, 115, "主播")  # the storeroom already says so: nothing written
    context.stock.receive(product.id, -3, "破袋", "主播")

    assert kinds(context, product.id) == [(MovementKind.COUNT, 100), (MovementKind.RECEIPT, 20),
                                          (MovementKind.COUNT, -5), (MovementKind.COUNT, -3)]
    newest = context.stock.history(product.id)[0]
    assert (newest.balance, newest.reason, newest.who) == (112, "破袋", "主播")
    assert context.catalog.get(product.id).stock == 112
    assert context.stock.ledger_matches()


def test_bad_receipts_and_counts_are_refused_and_change_nothing(context: AppContext):
    product = context.catalog.create(ProductDraft(name="巨鹿金银花", price_fen=2990, stock=5))
    with pytest.raises(ValidationError) as caught:
        context.stock.receive(product.id, -6, "盘亏", "主播")
    assert "below 0" in caught.value.render("en") and "不能少于 0" in caught.value.render("zh_CN")
    with pytest.raises(ValidationError) as caught:
        context.stock.receive(product.id, -1, "  ", "主播")
    assert caught.value.field_name == "reason"
    with pytest.raises(ValidationError):
        context.stock.count(product.id, -1, "主播")
    with pytest.raises(NotFoundError):
        context.stock.receive(product.id + 99, 1, "", "主播")
    assert figures(context, product.id) == (5, 0, 5)
    assert len(context.stock.history(product.id)) == 1


def test_products_are_found_by_merchant_code_or_id(context: AppContext):
    codes = add_products(context)
    assert context.stock.find("JL-JYH-50") == codes["JL-JYH-50"]
    assert context.stock.find(str(codes["XM-GB-600"])) == codes["XM-GB-600"]
    with pytest.raises(NotFoundError) as caught:
        context.stock.find("NO-SUCH")
    assert "NO-SUCH" in caught.value.render("zh_CN")


def test_editing_and_importing_a_different_stock_records_a_count(context: AppContext):
    product = context.catalog.create(ProductDraft(name="小米锅巴", price_fen=1990, stock=30, merchant_code="XM-GB"))
    product = context.catalog.update(product.id, replace(product.draft(), stock=25), product.version)
    kept = context.catalog.update(product.id, replace(product.draft(), price_fen=2190, stock=999), product.version,
                                  keep_stock=True)
    assert (kept.price_fen, kept.stock) == (2190, 25)

    csv = "商家编码,名称,价格,库存\r\nXM-GB,小米锅巴,21.90,40\r\nNEW-1,新品,9.90,7\r\n".encode("utf-8-sig")
    context.catalog.import_csv(csv, "C:\\货品\\catalog.csv")
    context.catalog.import_csv(csv, "catalog.csv")  # the same file again: nothing more
    assert kinds(context, product.id) == [(MovementKind.COUNT, 30), (MovementKind.COUNT, -5),
                                          (MovementKind.COUNT, 15)]
    assert context.stock.history(product.id)[0].reason == "商品导入 catalog.csv"
    new = context.stock.find("NEW-1")
    assert kinds(context, new) == [(MovementKind.COUNT, 7)] and figures(context, new) == (7, 0, 7)
    assert context.stock.ledger_matches()


def test_orders_reserve_shipping_moves_on_hand_and_taking_back_returns_it(context: AppContext):
    codes = add_products(context)
    millet, honeysuckle = codes["MZ-XM-2500"], codes["JL-JYH-50"]
    import_rows(context, orders())
    assert figures(context, millet) == (100, 7, 93)  # 3 + 4 to pack
    assert context.catalog.get(millet).available == 93 and context.catalog.get(millet).reserved == 7
    tasks = by_order_no(context)

    shipped = ship(context, tasks["TB-1"], "73100000000006")
    assert figures(context, millet) == (97, 4, 93)
    [movement] = context.stock.history(millet, limit=1)
    assert (movement.kind, movement.qty, movement.balance, movement.who, movement.task_id) == (
        MovementKind.SHIPMENT, -3, 97, "王姐", shipped.id)
    assert movement.reason == "订单 TB-1"

    back = context.tasks.transition(shipped.id, "problem", shipped.version, "王姐", reason="包裹退回").task
    assert figures(context, millet) == (100, 7, 93)  # in the storeroom again, held for the order until decided
    assert context.stock.history(millet, limit=1)[0].reason == "订单 TB-1：包裹退回"
    context.tasks.transition(back.id, "cancelled", back.version, "王姐")
    assert figures(context, millet) == (100, 4, 96)

    wx = tasks["WX-3"]
    context.tasks.transition(wx.id, "cancelled", wx.version, "王姐")  # cancelling only frees the reservation
    assert figures(context, millet) == (100, 0, 100)
    assert figures(context, honeysuckle) == (100, 2, 98)
    assert kinds(context, millet) == [(MovementKind.COUNT, 100), (MovementKind.SHIPMENT, -3),
                                      (MovementKind.RETURN, 3)]
    assert context.stock.ledger_matches()


def test_a_merged_parcel_ships_the_items_of_every_order_in_it(context: AppContext):
    codes = add_products(context)
    import_rows(context, orders())
    tasks = by_order_no(context)
    parcel = context.tasks.merge([tasks["TB-1"].id, tasks["TB-2"].id], "主播")
    assert figures(context, codes["JL-JYH-50"]) == (100, 2, 98)  # still reserved, by the parcel now
    ship(context, parcel, "73100000000006")
    assert figures(context, codes["MZ-XM-2500"]) == (97, 4, 93)
    assert figures(context, codes["JL-JYH-50"]) == (98, 0, 98)
    assert context.stock.history(codes["JL-JYH-50"], limit=1)[0].reason == "订单 TB-2"


def test_shipping_announces_the_products_it_moved(context: AppContext):
    codes = add_products(context)
    import_rows(context, orders())
    seen = []
    context.events.subscribe(seen.append)
    ship(context, by_order_no(context)["TB-2"], "73100000000006")
    assert any(event.entity == "product" and event.ids == (codes["JL-JYH-50"],) for event in seen)
