"""Entering an order by hand on a real SQLite file: the happy path, every field error, keyboard use."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from livehelper.domain.manual_order import PROVINCES
from livehelper.domain.product import Product
from livehelper.services.context import AppContext
from livehelper.storage.products import ProductQuery
from livehelper.ui.shipping.manual_order_dialog import ManualOrderDialog
from tests.ui.conftest import type_text

GOOD = {"buyer_name": "刘桂兰", "phone": "13800138001", "province": "山东省", "city": "济南市", "district": "历下区",
        "detail": "泉城路100号 3单元502", "note": "要新米", "shipping": "8"}


def open_dialog(qtbot, context: AppContext) -> ManualOrderDialog:
    dialog = ManualOrderDialog(context, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def products(context: AppContext) -> dict[str, Product]:
    return {product.name: product for product in context.catalog.page(ProductQuery(), 0, 100)}


def input_of(dialog: ManualOrderDialog, name: str) -> QWidget:
    widget = getattr(dialog, name)
    return widget.lineEdit() if name == "province" else widget


def fill(dialog: ManualOrderDialog, values: dict[str, str]) -> None:
    for name, text in values.items():
        widget = input_of(dialog, name)
        widget.clear()
        if name == "province":  # typing opens the completion popup: see test_a_province_is_typed_with_completion
            widget.setText(text)
        elif text.isascii():
            QTest.keyClicks(widget, text)
        else:
            type_text(widget, text)


def select_product(dialog: ManualOrderDialog, product: Product) -> None:
    dialog.product.setCurrentIndex(next(i for i in range(dialog.product.count())
                                        if dialog.product.itemData(i).id == product.id))


def add_item(qtbot, dialog: ManualOrderDialog, product: Product, qty: int) -> None:
    select_product(dialog, product)
    dialog.quantity.setValue(qty)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)


def typed(dialog: ManualOrderDialog) -> dict[str, str]:
    return {name: input_of(dialog, name).text() for name in GOOD}


def has_focus(widget: QWidget) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus) or focus.isAncestorOf(widget))


def test_a_typed_order_is_saved_with_a_packing_task(qtbot, qtmodeltester, demo_context: AppContext):
    catalog = products(demo_context)
    dialog = open_dialog(qtbot, demo_context)
    assert dialog.province.count() == len(PROVINCES) == 34
    fill(dialog, GOOD)
    add_item(qtbot, dialog, catalog["米脂黄小米"], 2)
    add_item(qtbot, dialog, catalog["佳县红枣"], 1)
    add_item(qtbot, dialog, catalog["米脂黄小米"], 1)  # more of a listed product: one line
    qtmodeltester.check(dialog.items_model)
    assert dialog.items_model.items() == ((catalog["米脂黄小米"].id, 3), (catalog["佳县红枣"].id, 1))
    goods = 3 * catalog["米脂黄小米"].price_fen + catalog["佳县红枣"].price_fen
    assert dialog.total.text().startswith(f"¥{(goods + 800) // 100}.{(goods + 800) % 100:02d}")
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    order = next(o for o in demo_context.orders.list_orders() if o["id"] == dialog.order_id)
    assert order["platform"] == "manual"
    assert order["task_status"] == "pending"
    assert [(item["product_id"], item["qty"]) for item in order["items"]] == list(dialog.items_model.items())


def test_the_quantity_can_be_edited_and_a_line_removed(qtbot, qtmodeltester, demo_context: AppContext):
    catalog = products(demo_context)
    dialog = open_dialog(qtbot, demo_context)
    add_item(qtbot, dialog, catalog["米脂黄小米"], 1)
    add_item(qtbot, dialog, catalog["佳县红枣"], 1)
    model = dialog.items_model
    assert model.setData(model.index(0, 2), 4)
    assert not model.setData(model.index(0, 2), 0)
    qtmodeltester.check(model)
    assert model.items()[0] == (catalog["米脂黄小米"].id, 4)
    assert f"{4 * catalog['米脂黄小米'].price_fen // 100}" in model.index(0, 3).data()
    dialog.items.setCurrentIndex(model.index(0, 0))
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert model.items() == ((catalog["佳县红枣"].id, 1),)


@pytest.mark.parametrize(("field", "widget", "changes"), [
    ("phone", "phone", {"phone": "13800138"}),  # eight digits
    ("buyer_name", "buyer_name", {"buyer_name": ""}),
    ("province", "province", {"province": "火星省"}),
    ("city", "city", {"city": ""}),
    ("district", "district", {"district": ""}),
    ("detail", "detail", {"detail": ""}),
    ("shipping_fen", "shipping", {"shipping": "8.888"}),  # a price-like typo
])
def test_a_bad_field_is_named_focused_and_nothing_typed_is_lost(
        qtbot, demo_context: AppContext, field: str, widget: str, changes: dict[str, str]):
    catalog = products(demo_context)
    stored = demo_context.orders.count()
    dialog = open_dialog(qtbot, demo_context)
    fill(dialog, GOOD | changes)
    add_item(qtbot, dialog, catalog["巨鹿金银花"], 2)
    before = typed(dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.problem.isVisible()
    assert dialog.problem.text().startswith(f"{dialog.field_label(field)}: ")
    qtbot.waitUntil(lambda: has_focus(getattr(dialog, widget)))
    assert typed(dialog) == before
    assert dialog.items_model.items() == ((catalog["巨鹿金银花"].id, 2),)
    assert demo_context.orders.count() == stored
    fill(dialog, {name: GOOD[name] for name in changes})  # corrected: now it saves
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert demo_context.orders.count() == stored + 1


def test_an_order_without_items_points_at_the_product_box(qtbot, demo_context: AppContext):
    stored = demo_context.orders.count()
    dialog = open_dialog(qtbot, demo_context)
    fill(dialog, GOOD)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.problem.text().startswith("Items: ")
    qtbot.waitUntil(lambda: has_focus(dialog.product))
    assert typed(dialog) == GOOD
    assert demo_context.orders.count() == stored


def test_every_bad_field_is_marked_at_once(qtbot, demo_context: AppContext):
    dialog = open_dialog(qtbot, demo_context)
    fill(dialog, GOOD | {"phone": "13800138", "city": "", "province": "陕西"})  # 陕西 is 陕西省: fine
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.problem.text().startswith("Mobile: ")
    assert [widget for widget in (dialog.phone, dialog.province, dialog.city, dialog.product)
            if widget.styleSheet()] == [dialog.phone, dialog.city, dialog.product]
    fill(dialog, {"phone": GOOD["phone"], "city": "榆林市"})
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.problem.text().startswith("Items: ")
    assert [widget for widget in (dialog.phone, dialog.city, dialog.product) if widget.styleSheet()] == [
        dialog.product]


@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing")
def test_a_province_is_typed_with_completion(qtbot, demo_context: AppContext):
    dialog = open_dialog(qtbot, demo_context)
    dialog.province.setFocus()
    type_text(dialog.province.lineEdit(), "西")
    completer = dialog.province.completer()
    qtbot.waitUntil(completer.popup().isVisible)
    shown = [completer.completionModel().index(row, 0).data() for row in range(completer.completionCount())]
    assert {"陕西省", "广西壮族自治区", "西藏自治区"} <= set(shown)
    completer.popup().setCurrentIndex(completer.completionModel().index(shown.index("陕西省"), 0))
    QTest.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert dialog.province.currentText() == "陕西省"
    assert dialog.isVisible()


def test_keyboard_only(qtbot, demo_context: AppContext):
    catalog = products(demo_context)
    stored = demo_context.orders.count()
    dialog = open_dialog(qtbot, demo_context)
    QTest.keyClick(dialog, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # &Mobile
    qtbot.waitUntil(lambda: has_focus(dialog.phone))
    dialog.buyer_name.setFocus()
    order = []
    for _ in range(14):  # on to Cancel and back: the default button is still 保存
        order.append(QApplication.focusWidget())
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    expected = [dialog.buyer_name, dialog.phone, dialog.province, dialog.city, dialog.district, dialog.detail,
                dialog.note, dialog.product, dialog.quantity, dialog.add_button, dialog.items, dialog.remove_button,
                dialog.shipping, dialog.save_button]
    assert all(has_focus(widget) or focus is widget for focus, widget in zip(order, expected, strict=True)), order
    fill(dialog, GOOD)
    dialog.product.setFocus()
    select_product(dialog, catalog["小米锅巴"])
    QTest.keyClick(dialog.product, Qt.Key.Key_Return)  # Enter in the product box adds, it does not save
    assert dialog.isVisible()
    assert dialog.items_model.items() == ((catalog["小米锅巴"].id, 1),)
    dialog.detail.setFocus()
    with qtbot.waitSignal(dialog.finished):
        QTest.keyClick(dialog.detail, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert demo_context.orders.count() == stored + 1
