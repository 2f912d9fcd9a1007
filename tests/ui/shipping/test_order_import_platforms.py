"""The import dialog with today's platform exports (issue 15): the order rows themselves in the preview, what a
file lacks, skipped sheets, and the password of a protected workbook (a wrong one says so)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from livehelper.services.context import AppContext
from livehelper.ui.shipping.import_dialog import OrderImportDialog
from tests.data.orders.make_platform_samples import KUAISHOU_PASSWORD

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "orders"


def opened(qtbot, context: AppContext, name: str) -> OrderImportDialog:
    dialog = OrderImportDialog(context, None, SAMPLES / name)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=10_000)
    return dialog


def cells(dialog: OrderImportDialog) -> list[list[str]]:
    model = dialog.orders_model
    return [[model.index(row, column).data() for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def test_the_preview_lists_the_orders_with_masked_buyers(qtbot, qtmodeltester, context: AppContext):
    dialog = opened(qtbot, context, "douyin_75.xlsx")
    qtmodeltester.check(dialog.orders_model)
    assert dialog.orders_box.isVisible()
    headers = [dialog.orders_model.headerData(column, Qt.Orientation.Horizontal) for column in range(5)]
    assert headers == ["Order number", "Buyer", "Items", "Amount", "State"]
    ((order_no, buyer, items, amount, state),) = cells(dialog)
    assert order_no == "6931000000000000001" and amount == "89.60"
    assert buyer == "孙* 虚拟号 138****0000 转 1234 · 江苏省 南京市"
    assert items == "小米锅巴 香辣味 10袋 ×3，米脂黄小米 2.5kg/袋 ×1"
    assert state == "待发货 (becomes a packing task)"
    assert "Douyin" in dialog.layout_label.text()


def test_a_file_without_addresses_says_so(qtbot, context: AppContext):
    dialog = opened(qtbot, context, "pinduoduo_27.csv")
    notes = [dialog.warnings.item(row).text() for row in range(dialog.warnings.count())]
    assert dialog.warnings_box.isVisible() and any("no recipient address" in note for note in notes)
    assert [row[4] for row in cells(dialog)] == ["待发货 (becomes a packing task)", "已发货，待签收 (not packed)"]
    assert "Pinduoduo" in dialog.layout_label.text()


def test_a_workbook_names_its_skipped_sheet(qtbot, context: AppContext):
    dialog = opened(qtbot, context, "qianniu_workbook.xlsx")
    notes = [dialog.warnings.item(row).text() for row in range(dialog.warnings.count())]
    assert any("发货报表" in note for note in notes)
    assert cells(dialog)[0][2] == "米脂小米 2.5kg 包邮 新米 ×2，小米锅巴 香辣味 10袋 ×1"


def test_a_protected_workbook_asks_for_its_password(qtbot, context: AppContext):
    dialog = opened(qtbot, context, "kuaishou_64_locked.xlsx")
    prompt = dialog.password_prompt
    assert prompt is not None and prompt.isVisible() and dialog.preview is None
    assert "password" in prompt.labelText() and "old Excel" not in prompt.labelText()
    prompt.setTextValue("wrong")
    prompt.accept()
    qtbot.waitUntil(lambda: not dialog.is_busy and dialog.password_prompt is not None, timeout=10_000)
    again = dialog.password_prompt
    assert again is not None and "wrong" in again.labelText()
    again.setTextValue(KUAISHOU_PASSWORD)
    again.accept()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert dialog.preview.orders_new == 2 and dialog.import_button.isEnabled()
    assert any("说明" in dialog.warnings.item(row).text() for row in range(dialog.warnings.count()))


def test_cancelling_the_password_leaves_one_message(qtbot, context: AppContext):
    dialog = opened(qtbot, context, "kuaishou_64_locked.xlsx")
    assert dialog.password_prompt is not None
    dialog.password_prompt.reject()
    assert dialog.password_prompt is None and dialog.preview is None
    assert "password" in dialog.message.text() and not dialog.import_button.isEnabled()
