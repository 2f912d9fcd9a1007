"""The 发货 workspace: empty state, state tabs with counts, filters, the documents and the shipping file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from livehelper.domain.tasks import TaskState
from livehelper.ui.shipping.filter_bar import TAB_STATES
from tests.ui.conftest import choose_file, type_text
from tests.ui.shipping_fixtures import open_workspace, prepared_workspace, select_tasks, state_of
from tests.ui.shipping_orders import add_products, import_orders


@pytest.fixture
def workspace(qtbot, context):
    return prepared_workspace(qtbot, context)

def tab_text(workspace, state) -> str:
    return workspace.tabs.tabText(TAB_STATES.index(state))


def test_no_orders_shows_how_to_get_some(qtbot, context):
    empty = open_workspace(qtbot, context)
    assert empty.is_empty()
    assert empty.hint_import_button.isVisible() and empty.hint_manual_button.isVisible()
    import_orders(context, 2)
    qtbot.waitUntil(lambda: not empty.is_empty())
    assert empty.table.isVisible()
    assert tab_text(empty, TaskState.PENDING) == "to pack 2"


def test_counts_per_state_follow_the_changes(qtbot, workspace, context):
    assert tab_text(workspace, None) == "All 30"
    assert tab_text(workspace, TaskState.PENDING) == "to pack 30"
    task = context.tasks.get(3)
    context.tasks.transition(3, TaskState.PACKING, task.version, "李姐")
    qtbot.waitUntil(lambda: tab_text(workspace, TaskState.PACKING) == "packing 1")
    assert tab_text(workspace, TaskState.PENDING) == "to pack 29"


def test_state_tab_and_filters_narrow_the_queue(qtbot, workspace, context):
    task = context.tasks.get(3)
    context.tasks.assign(3, "李姐", task.version, "主播")
    workspace.tabs.set_state(TaskState.PACKED)
    assert workspace.model.rowCount() == 0
    assert workspace.stack.currentIndex() == 2  # "no task matches", with a way back
    workspace.show_all_button.click()
    assert workspace.model.rowCount() == 30
    qtbot.waitUntil(lambda: workspace.filters.helper.findText("李姐") >= 0)
    workspace.filters.helper.setCurrentIndex(workspace.filters.helper.findText("李姐"))
    assert workspace.model.task_ids() == [3]
    workspace.filters.helper.setCurrentIndex(1)  # unassigned
    assert workspace.model.rowCount() == 29
    workspace.filters.helper.setCurrentIndex(0)
    product = workspace.filters.product
    product.setCurrentIndex(product.findText("巨鹿金银花 50g/罐"))
    assert workspace.model.rowCount() == 10 and all(
        workspace.model.task_at(row).items[0].title == "巨鹿金银花" for row in range(10))
    product.setCurrentIndex(0)
    platform = workspace.filters.platform
    platform.setCurrentIndex(platform.findText("Douyin"))
    assert workspace.model.rowCount() == 0
    platform.setCurrentIndex(0)
    assert workspace.filters.session.count() == 1  # no live session yet: only "all"


def test_search_applies_while_typing(qtbot, workspace):
    type_text(workspace.filters.search, "锅巴")
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 10)
    workspace.filters.search.clear()
    type_text(workspace.filters.search, "WX-00017")
    qtbot.waitUntil(lambda: workspace.model.task_ids() == [17])
    assert workspace.count_label.text().startswith("1 task")


def test_export_says_when_there_is_nothing(qtbot, workspace, modal):
    modal.press(QMessageBox.StandardButton.Ok)
    workspace.export_button.click()
    assert "no new lines" in modal.texts[0]


def test_export_writes_the_shipping_file(qtbot, workspace, context, modal, tmp_path):
    for task_id, number in ((2, "SF1234567890123"), (5, "75123456789012")):
        for to in (TaskState.PACKING, TaskState.PACKED):
            context.tasks.transition(task_id, to, context.tasks.get(task_id).version, "李姐")
        courier = "SF" if number.startswith("SF") else "ZTO"
        context.tasks.transition(task_id, TaskState.SHIPPED, context.tasks.get(task_id).version, "李姐",
                                 courier=courier, tracking_no=number)
    target = tmp_path / "发货.csv"

    def save_as(dialog: QFileDialog) -> None:
        choose_file(dialog, str(target))
        modal.press(QMessageBox.StandardButton.Ok)  # "… lines written", once the file is

    modal.next(save_as)
    workspace.export_button.click()
    qtbot.waitUntil(lambda: len(modal.texts) == 1)
    assert "2 line(s) written" in modal.texts[0]
    text = target.read_bytes().decode("utf-8-sig").splitlines()
    assert text == ["订单编号,物流公司,运单号", "WX-00002,顺丰,SF1234567890123", "WX-00005,中通,75123456789012"]
    assert context.tasks.pending_shipments().task_ids == ()


def test_documents_get_the_selected_or_all_filtered_tasks(qtbot, workspace, modal):
    seen = []

    def look(dialog) -> None:
        seen.append((dialog.kind.value, dialog.task_ids))
        dialog.reject()

    select_tasks(workspace, 4, 6)
    modal.next(look)
    workspace.pick_button.click()
    qtbot.waitUntil(lambda: len(seen) == 1)
    workspace.table.clearSelection()
    modal.next(look)
    workspace.slips_button.click()
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert seen == [("pick_list", [4, 6]), ("slips", list(range(1, 31)))]


def test_the_other_dialogs_open_from_the_toolbar(qtbot, workspace, modal):
    opened = []
    for button in (workspace.import_button, workspace.manual_button, workspace.reconcile_button):
        modal.next(lambda dialog: (opened.append(type(dialog).__name__), dialog.reject()))
        button.click()
    assert opened == ["OrderImportDialog", "ManualOrderDialog", "ReconcileDialog"]


def test_keyboard_reaches_the_search(qtbot, workspace):
    workspace.table.setFocus()
    qtbot.keyClick(workspace.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert workspace.filters.search.hasFocus()
    assert state_of(workspace, 1) == "to pack"


def test_opening_the_queue_works_out_no_reserved_stock(qtbot, context):
    """The units reserved by open tasks are a sum over every one of them (a tenth of a second with 100,000): the
    catalog shows them, the queue only needs the products' names (its item lines and its product filter)."""
    from sqlalchemy import event

    add_products(context)
    import_orders(context, 30)
    statements: list[str] = []

    def note(_connection, _cursor, statement, *_rest) -> None:
        statements.append(statement)

    engine = context.database.engine
    event.listen(engine, "before_cursor_execute", note)
    try:
        workspace = open_workspace(qtbot, context)
        qtbot.waitUntil(lambda: workspace.model.rowCount() == 30)
        assert workspace.model.task_at(0).items[0].title  # a page of rows, with the catalog's names
        assert workspace.filters.product.findText("巨鹿金银花 50g/罐") > 0
    finally:
        event.remove(engine, "before_cursor_execute", note)
    assert statements and not [sql for sql in statements if "sum(order_items.qty)" in sql.lower()]
