from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from PySide6.QtCore import QModelIndex, Qt

from livehelper.services.events import ChangeEvent, ChangeKind
from livehelper.storage.products import ProductQuery
from livehelper.ui.catalog.table_model import (
    COLUMN_FIELDS,
    LOW_STOCK_BACKGROUND,
    PAGE_SIZE,
    SOLD_OUT_BACKGROUND,
    ProductIdRole,
    ProductTableModel,
)


def insert_products(context, count: int) -> None:
    path = context.database.engine.url.database
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    rows = [(f"商品{i:06d}", "1kg/袋", 1000 + i, i % 50, f"SKU-{i:06d}", "陕西", "", "", 10, 1, 0, 1, now, now)
            for i in range(count)]
    with sqlite3.connect(path) as connection:
        connection.executemany(
            "INSERT INTO products (name, spec, price_fen, stock, merchant_code, origin, selling_points, shop_link,"
            " low_stock_threshold, active, has_photo, version, created_at, updated_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)


def test_demo_model_passes_qtmodeltester(qtmodeltester, demo_context):
    model = ProductTableModel(demo_context.catalog)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == demo_context.catalog.count()


def test_rows_load_page_by_page(qtmodeltester, context):
    insert_products(context, PAGE_SIZE * 3 + 5)
    model = ProductTableModel(context.catalog)
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == PAGE_SIZE * 2
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == PAGE_SIZE * 3 + 5
    qtmodeltester.check(model, force_py=True)


def test_sort_is_done_by_the_database(context):
    insert_products(context, 600)
    model = ProductTableModel(context.catalog)
    price = COLUMN_FIELDS.index("price_fen")
    model.sort(price, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, price)) == "15.99"  # 1000 + 599 fen
    model.sort(COLUMN_FIELDS.index("merchant_code"), Qt.SortOrder.AscendingOrder)
    assert model.product_at(0).merchant_code == "SKU-000000"


def test_filter_and_inactive(demo_context):
    model = ProductTableModel(demo_context.catalog)
    model.set_query(ProductQuery(text="小米"))
    found = sorted(model.product_at(r).name for r in range(model.rowCount()))
    assert found == ["富硒小米礼盒", "小米锅巴", "米脂黄小米"]
    jujube = next(p for p in demo_context.catalog.page(ProductQuery(text="红枣"), 0, 5))
    demo_context.catalog.set_active(jujube.id, False)
    model.set_query(ProductQuery(include_inactive=False))
    assert jujube.id not in {model.data(model.index(r, 0), ProductIdRole) for r in range(model.rowCount())}


def test_low_stock_and_sold_out_are_highlighted(demo_context):
    model = ProductTableModel(demo_context.catalog)
    stock = COLUMN_FIELDS.index("available")  # the warnings are about 可售 (issue 16)
    backgrounds = {}
    for row in range(model.rowCount()):
        brush = model.data(model.index(row, stock), Qt.ItemDataRole.BackgroundRole)
        backgrounds[model.product_at(row).name] = brush.color() if brush else None
    assert backgrounds["巨鹿金银花"] == LOW_STOCK_BACKGROUND  # 8 left, warning level 10
    assert backgrounds["佳县红枣"] == SOLD_OUT_BACKGROUND
    assert backgrounds["米脂黄小米"] is None
    tooltip = model.data(model.index(model.row_of(2), stock), Qt.ItemDataRole.ToolTipRole)
    assert "8" in tooltip
    honeysuckle = model.row_of(2)  # 23 in the storeroom, 15 of them in orders still to pack: 8 to sell
    assert [model.data(model.index(honeysuckle, COLUMN_FIELDS.index(field)))
            for field in ("stock", "reserved", "available")] == ["23", "15", "8"]
    assert model.data(model.index(honeysuckle, COLUMN_FIELDS.index("stock")), Qt.ItemDataRole.BackgroundRole) is None


def test_an_order_import_and_a_shipment_move_the_figures(qtbot, context):
    from tests.services.task_data import add_products, by_order_no, generic_row, import_rows, ship

    millet = add_products(context)["MZ-XM-2500"]
    model = ProductTableModel(context.catalog)
    row = model.row_of(millet)
    figures = [COLUMN_FIELDS.index(field) for field in ("stock", "reserved", "available")]
    with qtbot.waitSignal(model.modelReset):
        import_rows(context, [generic_row("微信", "WX-1", "2026-11-20 20:05", "周敏", "13533334406",
                                          ("浙江省", "杭州市", "西湖区", "文三路478号"), "小米", "MZ-XM-2500", 3)])
        model.on_change(ChangeEvent("order", ChangeKind.RELOADED))
    assert [model.data(model.index(row, column)) for column in figures] == ["100", "3", "97"]
    received = []
    context.events.subscribe(received.append)
    ship(context, by_order_no(context)["WX-1"], "73100000000006")
    for event in received:
        model.on_change(event)
    assert [model.data(model.index(row, column)) for column in figures] == ["97", "0", "97"]


def test_change_events_refresh_one_row_or_reload(qtbot, demo_context):
    model = ProductTableModel(demo_context.catalog)
    millet = model.product_at(0)
    demo_context.catalog.set_active(millet.id, False)
    with qtbot.waitSignal(model.dataChanged):
        model.on_change(ChangeEvent("product", ChangeKind.UPDATED, (millet.id,)))
    assert model.product_at(0).active is False
    with qtbot.waitSignal(model.modelReset):
        model.on_change(ChangeEvent("product", ChangeKind.RELOADED))
