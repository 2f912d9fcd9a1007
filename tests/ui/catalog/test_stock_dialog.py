"""库存… (issue 16): the stock dialog shows a product's figures and ledger (or every product's), and takes a receipt
or a count by keyboard alone; the 商品 workspace opens it for the selected product."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from livehelper.ui.catalog.stock_dialog import StockDialog
from tests.ui.test_accessibility import shown

HONEYSUCKLE = 2  # the demo's 巨鹿金银花: 23 in the storeroom, 15 in orders still to pack


def alt(widget, key: Qt.Key) -> None:
    QTest.keyClick(widget, key, Qt.KeyboardModifier.AltModifier)


def opened(qtbot, dialog: StockDialog) -> StockDialog:
    shown(qtbot, dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def ledger(dialog: StockDialog) -> list[tuple[str, ...]]:
    return [tuple(dialog.table.item(row, column).text() for column in (1, 2, 3, 4, 5, 6))
            for row in range(dialog.table.rowCount())]


def test_a_receipt_and_a_count_typed_by_keyboard_go_into_the_ledger(qtbot, demo_context):
    dialog = opened(qtbot, StockDialog(demo_context.stock, demo_context.catalog, "主播", HONEYSUCKLE))
    assert dialog.figures.text() == "On hand 23 · reserved 15 · available 8"
    assert dialog.focusWidget() is dialog.quantity
    assert ledger(dialog)[-1] == ("巨鹿金银花 50g/罐", "count", "+23", "23", "demo", "期初库存")

    QTest.keyClicks(dialog.quantity.lineEdit(), "12")
    alt(dialog, Qt.Key.Key_E)
    qtbot.waitUntil(dialog.reason.hasFocus)
    QTest.keyClicks(dialog.reason, "new harvest")
    alt(dialog, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: demo_context.stock.level(HONEYSUCKLE).on_hand == 35)
    assert ledger(dialog)[0] == ("巨鹿金银花 50g/罐", "receipt", "+12", "35", "主播", "new harvest")
    assert dialog.figures.text() == "On hand 35 · reserved 15 · available 20"

    alt(dialog, Qt.Key.Key_K)
    qtbot.waitUntil(dialog.kind.hasFocus)
    QTest.keyClick(dialog.kind, Qt.Key.Key_Down)
    assert dialog.quantity.value() == 35  # a count starts from what the ledger says
    alt(dialog, Qt.Key.Key_Q)
    qtbot.waitUntil(dialog.quantity.hasFocus)
    dialog.quantity.selectAll()
    QTest.keyClicks(dialog.quantity.lineEdit(), "31")
    QTest.keyClick(dialog.record_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: ledger(dialog)[0][1:4] == ("count", "-4", "31"))
    assert demo_context.stock.level(HONEYSUCKLE).available == 16 and demo_context.stock.ledger_matches()


def test_a_refused_change_says_why_and_all_products_only_show(qtbot, demo_context):
    dialog = shown(qtbot, StockDialog(demo_context.stock, demo_context.catalog, "主播"))
    assert dialog.product_id is None and not dialog.record_button.isEnabled()
    products = {row[0] for row in ledger(dialog)}
    assert {"米脂黄小米 2.5kg/袋", "巨鹿金银花 50g/罐"} <= products
    assert dialog.figures.text().startswith("6 products")
    dialog.product.setCurrentIndex(dialog.product.findData(HONEYSUCKLE))
    assert dialog.record_button.isEnabled() and {row[0] for row in ledger(dialog)} == {"巨鹿金银花 50g/罐"}
    dialog.reason.setText("x" * 200)
    dialog.quantity.setValue(0)  # a receipt of nothing: the spin box keeps it at 1
    assert dialog.quantity.value() == 1


def test_the_workspace_opens_the_dialog_for_the_selected_product(qtbot, window, modal):
    window.tabs.setCurrentIndex(0)
    window.catalog.select_product(HONEYSUCKLE)
    seen = []

    def look(dialog):
        seen.append((dialog.product_id, dialog.figures.text()))
        dialog.reject()

    modal.next(look)
    QTest.keyClick(window.catalog.table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert seen == [(HONEYSUCKLE, "On hand 23 · reserved 15 · available 8")]
