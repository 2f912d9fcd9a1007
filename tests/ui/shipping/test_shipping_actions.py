"""The queue's action buttons and dialogs, a stale change from another PC, and a keyboard-only shipping run."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from livehelper.domain.tasks import TaskState
from livehelper.services.context import open_context
from tests.ui.conftest import type_text
from tests.ui.shipping_fixtures import prepared_workspace, select_tasks, state_of


@pytest.fixture
def workspace(qtbot, context):
    return prepared_workspace(qtbot, context)

def move(context, task_id: int, *states: TaskState, **details) -> None:
    for to in states:
        context.tasks.transition(task_id, to, context.tasks.get(task_id).version, "李姐", **details)


def test_start_packing_and_mark_packed_many_at_once(qtbot, workspace, context):
    select_tasks(workspace, *range(1, 11))
    assert workspace.start_button.isEnabled() and not workspace.packed_button.isEnabled()
    workspace.start_button.click()
    qtbot.waitUntil(lambda: all(state_of(workspace, i) == "packing" for i in range(1, 11)))
    assert workspace.packed_button.isEnabled() and not workspace.start_button.isEnabled()
    workspace.packed_button.click()
    qtbot.waitUntil(lambda: state_of(workspace, 10) == "packed")
    assert [change.who for change in context.tasks.history(10)][-1] == "主播"
    assert len(workspace.selected_ids()) == 10  # the selection stays on the tasks


def test_ship_asks_about_a_doubtful_number_then_ships(qtbot, workspace, context, modal):
    move(context, 4, TaskState.PACKING, TaskState.PACKED)
    qtbot.waitUntil(lambda: state_of(workspace, 4) == "packed")
    select_tasks(workspace, 4)

    def fill(dialog) -> None:
        dialog.courier.setCurrentIndex(dialog.courier.findData("SF"))
        dialog.tracking.setText("1234567890")  # not a 顺丰 shape: a warning, not a refusal
        modal.press(QMessageBox.StandardButton.Yes)  # "ship anyway"
        dialog.ship_button.click()

    modal.next(fill)
    workspace.ship_button.click()
    qtbot.waitUntil(lambda: state_of(workspace, 4) == "shipped")
    assert "顺丰 tracking numbers are usually" in modal.texts[0]
    row = workspace.model.row_of(4)
    assert workspace.model.data(workspace.model.index(row, 8)) == "顺丰 1234567890"


def test_a_duplicate_tracking_number_keeps_the_dialog_open(qtbot, workspace, context, modal):
    move(context, 1, TaskState.PACKING, TaskState.PACKED)
    move(context, 1, TaskState.SHIPPED, courier="ZTO", tracking_no="75123456789012")
    move(context, 2, TaskState.PACKING, TaskState.PACKED)
    qtbot.waitUntil(lambda: state_of(workspace, 2) == "packed")
    select_tasks(workspace, 2)
    problems = []

    def fill(dialog) -> None:
        dialog.courier.setCurrentIndex(dialog.courier.findData("ZTO"))
        dialog.tracking.setText("75123456789012")
        dialog.ship_button.click()
        problems.append(dialog.problem.text() if dialog.isVisible() else "")
        dialog.reject()

    modal.next(fill)
    workspace.ship_button.click()
    assert "already used by order WX-00001" in problems[0]
    assert context.tasks.get(2).state == TaskState.PACKED


def test_problem_needs_a_reason_and_reopen_clears_it(qtbot, workspace, context, modal):
    select_tasks(workspace, 5, 6)
    enabled = []

    def explain(dialog) -> None:
        enabled.append(dialog.ok_button.isEnabled())
        dialog.choice.setCurrentText("地址不详")
        enabled.append(dialog.ok_button.isEnabled())
        dialog.ok_button.click()

    modal.next(explain)
    workspace.problem_button.click()
    qtbot.waitUntil(lambda: state_of(workspace, 6) == "problem：地址不详")
    assert enabled == [False, True]
    assert workspace.reopen_button.isEnabled()
    workspace.reopen_button.click()
    qtbot.waitUntil(lambda: state_of(workspace, 5) == "to pack" and state_of(workspace, 6) == "to pack")


def test_cancel_asks_first(qtbot, workspace, context, modal):
    select_tasks(workspace, 7)
    modal.press(QMessageBox.StandardButton.No)
    workspace.cancel_button.click()
    assert context.tasks.get(7).state == TaskState.PENDING
    modal.press(QMessageBox.StandardButton.Yes)
    workspace.cancel_button.click()
    qtbot.waitUntil(lambda: state_of(workspace, 7) == "cancelled")


def test_assign_and_history(qtbot, workspace, context, modal):
    select_tasks(workspace, 8, 9)

    def name(dialog) -> None:
        type_text(dialog.choice.lineEdit(), "王叔")
        dialog.ok_button.click()

    modal.next(name)
    workspace.assign_button.click()
    qtbot.waitUntil(lambda: workspace.model.data(workspace.model.index(workspace.model.row_of(8), 7)) == "王叔")
    assert context.tasks.get(9).assignee == "王叔"
    select_tasks(workspace, 8)
    rows = []

    def read(dialog) -> None:
        table = dialog.table
        rows.extend([table.item(row, column).text() for column in range(1, 5)] for row in range(table.rowCount()))
        dialog.reject()

    modal.next(read)
    workspace.history_button.click()
    assert rows[-1] == ["主播", "to pack", "to pack", "→ 王叔"]


def test_merge_offers_the_parcels_of_the_same_buyer(qtbot, workspace, context, modal):
    select_tasks(workspace, 1)
    modal.press(QMessageBox.StandardButton.Yes)
    workspace.merge_button.click()
    qtbot.waitUntil(lambda: state_of(workspace, 4) == "cancelled")
    assert "#1、#4" in modal.texts[0]
    parcel = context.tasks.get(1)
    assert len(parcel.merged_order_nos) >= 1 and workspace.selected_ids() == [1]


def test_a_held_ctrl_does_not_unselect_the_merged_parcel(qtbot, workspace, context, modal):
    """The app selects the parcel itself: a modifier the user holds meanwhile must not turn it into a toggle."""
    select_tasks(workspace, 1)
    qtbot.keyPress(workspace.table, Qt.Key.Key_Control, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.keyboardModifiers() == Qt.KeyboardModifier.ControlModifier
    modal.press(QMessageBox.StandardButton.Yes)
    workspace.merge_button.click()
    qtbot.waitUntil(lambda: state_of(workspace, 4) == "cancelled")
    assert workspace.selected_ids() == [1]


def test_a_change_from_another_pc_is_refused_clearly_and_the_row_refreshed(qtbot, workspace, context, modal):
    select_tasks(workspace, 3)
    other_pc = open_context(context.data_dir)  # same database, its own events: this window hears nothing
    try:
        task = other_pc.tasks.get(3)
        other_pc.tasks.transition(3, TaskState.PACKING, task.version, "李姐")
    finally:
        other_pc.close()
    assert state_of(workspace, 3) == "to pack"  # the row still shows what this PC saw
    modal.press(QMessageBox.StandardButton.Ok)
    workspace.start_button.click()
    qtbot.waitUntil(lambda: len(modal.texts) == 1)
    assert "#3 WX-00003" in modal.texts[0] and "changed meanwhile" in modal.texts[0]
    assert state_of(workspace, 3) == "packing"
    assert [change.who for change in context.tasks.history(3)][-1] == "李姐"


def test_keyboard_only_from_to_pack_to_shipped(qtbot, workspace, context, modal):
    table = workspace.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert workspace.selected_ids() == [2]
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: state_of(workspace, 2) == "packing")
    qtbot.keyClick(table, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: state_of(workspace, 2) == "packed")

    def scan(dialog) -> None:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.tracking)  # the dialog opens ready to scan
        focused = QApplication.focusWidget()
        qtbot.keyClicks(focused, "75123456789012")
        qtbot.keyClick(focused, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
        assert QApplication.focusWidget() is dialog.courier
        dialog.courier.setCurrentIndex(dialog.courier.findData("ZTO"))
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    modal.next(scan)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: state_of(workspace, 2) == "shipped")
    assert context.tasks.get(2).tracking_no == "75123456789012"
