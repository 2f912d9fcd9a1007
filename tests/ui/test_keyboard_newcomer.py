"""Keyboard paths a newcomer tripped on: where the focus lands, Alt letters on 保存/取消, Ctrl+Enter from a
multi-line field, and the × quantity wait that ends out loud."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from livehelper.services.context import AppContext
from livehelper.ui.catalog.product_dialog import ProductDialog
from livehelper.ui.live.interpreter import LiveAction
from tests.ui.conftest import type_text
from tests.ui.shipping.test_order_import_dialog import GOOD, generic_file, open_dialog
from tests.ui.test_accessibility import start_session


def test_the_import_preview_leaves_the_focus_on_import_not_cancel(qtbot, demo_context: AppContext, tmp_path):
    dialog = open_dialog(qtbot, demo_context, generic_file(tmp_path, GOOD))
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.import_button.isEnabled()
    assert QApplication.focusWidget() is dialog.import_button


def test_the_product_dialog_saves_by_alt_letter_and_ctrl_enter_from_the_selling_points(qtbot, demo_context):
    dialog = ProductDialog(demo_context.catalog.create)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # the offscreen platform does not activate it by itself; its keys need it active
    qtbot.waitUntil(dialog.isActiveWindow)
    box = dialog.findChild(QDialogButtonBox)
    for standard in (QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Cancel):
        assert not QKeySequence.mnemonic(box.button(standard).text()).isEmpty(), box.button(standard).text()
    dialog.name.setText("小米锅巴")
    dialog.price.setText("19.90")
    dialog.selling_points.setFocus()
    type_text(dialog.selling_points, "酥脆")
    QTest.keyClick(dialog.selling_points, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.saved is not None
    assert dialog.saved.name == "小米锅巴" and dialog.saved.selling_points == "酥脆"


def test_arriving_at_shipping_the_task_list_has_the_focus_and_a_selected_task(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    shipping = window.shipping
    qtbot.waitUntil(lambda: QApplication.focusWidget() is shipping.table
                    and bool(shipping.table.selectionModel().selectedRows()))
    assert shipping.table.currentIndex().isValid()
    actions = [shipping.start_button, shipping.packed_button, shipping.ship_button, shipping.problem_button,
               shipping.reopen_button, shipping.cancel_button, shipping.assign_button, shipping.merge_button,
               shipping.history_button]
    enabled = [button for button in actions if button.isEnabled()]
    assert enabled  # the actions follow the selection
    QTest.keyClick(shipping.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is enabled[0]  # the next Tab stop acts on the selected task


def test_the_quantity_wait_ends_out_loud(qtbot, window):
    start_session(window, [1, 2])
    workspace = window.live
    try:
        workspace.feed_digit(1)
        workspace.trigger(LiveAction.MULTIPLY)
        assert workspace.interpreter.awaiting_quantity and workspace.quantity_wait.isActive()
        workspace.quantity_wait.setInterval(10)
        workspace.quantity_wait.start()
        qtbot.waitUntil(lambda: not workspace.interpreter.awaiting_quantity)
        assert workspace.running.status_label.text() == workspace.tr(
            "No quantity typed: the × wait ended, nothing was tallied.")
        assert window.context.live.snapshot().totals.items == 0
    finally:
        window.context.live.stop()
