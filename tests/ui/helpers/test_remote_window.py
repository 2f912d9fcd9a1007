"""Helper mode against a real LanServer: the shipping workspace itself on the other PC's queue — its counts, the
packing and shipping buttons landing in the database, conflicts, revoke and network loss, and nothing a helper
may not do."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from livehelper.domain.tasks import TaskState
from livehelper.server.runner import LanServer
from livehelper.services.context import AppContext
from livehelper.services.helpers.remote_queue import RemoteQueue, split_pairing_url
from livehelper.ui.helpers.remote_window import RemoteConnectDialog, RemoteWindow
from livehelper.ui.shipping.filter_bar import TAB_STATES
from livehelper.ui.shipping.queue_model import COLUMNS
from livehelper.ui.shipping.ship_dialog import ShipDialog


@pytest.fixture
def remote(qtbot, server: LanServer, demo_context: AppContext) -> Iterator[RemoteWindow]:
    _, token = demo_context.helpers.add("小王")
    window = RemoteWindow(RemoteQueue(*split_pairing_url(server.pairing_url(token))), refresh_ms=0)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.workspace.model.rowCount() > 0 and bool(window.helper_name) and not window.busy)
    yield window
    window.close()  # stops the refreshes and the watching thread
    qtbot.waitUntil(lambda: not window.busy)  # no answer may arrive after the window is gone
    assert window.watch is not None and not window.watch.running


def _select_first(qtbot, window: RemoteWindow, state: TaskState):
    workspace = window.workspace
    workspace.tabs.set_state(state)
    qtbot.waitUntil(lambda: workspace.model.rowCount() > 0)
    workspace.table.selectRow(0)
    [task] = workspace.selected_tasks()
    assert task.state is state
    return task


def _wait_idle(qtbot, window: RemoteWindow) -> None:
    qtbot.waitUntil(lambda: not window.busy)


def test_lists_the_queue_with_counts_on_the_tabs_and_masked_buyers(remote, demo_context, qtmodeltester):
    model = remote.workspace.model
    qtmodeltester.check(model)
    counts = demo_context.tasks.counts()
    assert model.rowCount() == sum(counts.values())
    for index, state in enumerate(TAB_STATES):
        if state is not None:
            assert remote.workspace.tabs.tabText(index).endswith(f" {counts[state]}")
    buyers = [model.index(row, COLUMNS.index("buyer")).data() for row in range(model.rowCount())]
    assert any(buyers) and all("*" in buyer for buyer in buyers if buyer)  # masked by the server


def test_a_helper_sees_packing_and_shipping_and_nothing_that_needs_the_main_pcs_data(qtbot, remote):
    workspace = remote.workspace
    for button in (workspace.start_button, workspace.packed_button, workspace.ship_button,
                   workspace.problem_button, workspace.reopen_button):
        assert not button.isHidden()
    for button in (workspace.import_button, workspace.manual_button, workspace.pick_button, workspace.slips_button,
                   workspace.reconcile_button, workspace.export_button, workspace.cancel_button,
                   workspace.assign_button, workspace.merge_button, workspace.history_button):
        assert button.isHidden() and not button.isEnabled()
    for combo in (workspace.filters.helper, workspace.filters.product, workspace.filters.session):
        assert combo.isHidden()
    _select_first(qtbot, remote, TaskState.PENDING)
    assert workspace.start_button.isEnabled() and not workspace.cancel_button.isEnabled()


def test_start_packing_lands_in_the_database_with_the_helpers_name(qtbot, remote, demo_context):
    task = _select_first(qtbot, remote, TaskState.PENDING)
    qtbot.mouseClick(remote.workspace.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: demo_context.tasks.get(task.id).state is TaskState.PACKING)
    _wait_idle(qtbot, remote)
    assert demo_context.tasks.history(task.id)[-1].who == "小王"
    model = remote.workspace.model
    qtbot.waitUntil(lambda: model.row_of(task.id) is None)  # it left the 待打包 tab at once
    remote.workspace.tabs.set_state(TaskState.PACKING)
    assert model.row_of(task.id) is not None


def test_shipping_asks_for_courier_and_tracking_number_in_the_desktops_dialog(qtbot, remote, demo_context, modal):
    task = _select_first(qtbot, remote, TaskState.PACKED)

    def fill(dialog: ShipDialog) -> None:
        assert isinstance(dialog, ShipDialog)
        dialog.courier.setCurrentIndex(dialog.courier.findData("SF"))
        dialog.tracking.setText("SF1234567890123")
        dialog.ship_button.click()

    modal.next(fill)
    qtbot.mouseClick(remote.workspace.ship_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: demo_context.tasks.get(task.id).state is TaskState.SHIPPED)
    _wait_idle(qtbot, remote)
    shipped = demo_context.tasks.get(task.id)
    assert (shipped.courier, shipped.tracking_no) == ("SF", "SF1234567890123")
    assert demo_context.tasks.history(task.id)[-1].who == "小王"


def test_a_conflict_is_reported_and_the_row_shows_the_fresh_state(qtbot, remote, demo_context, modal):
    task = _select_first(qtbot, remote, TaskState.PENDING)
    demo_context.tasks.transition(task.id, TaskState.PACKING, task.version, who="主播")  # the main PC was first
    modal.press(QMessageBox.StandardButton.Ok)
    qtbot.mouseClick(remote.workspace.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(modal.texts))
    _wait_idle(qtbot, remote)
    assert "有人先改了这个任务" in modal.texts[0] or "changed this task first" in modal.texts[0]
    model = remote.workspace.model
    qtbot.waitUntil(lambda: model.row_of(task.id) is None)  # no longer 待打包
    remote.workspace.tabs.set_state(TaskState.PACKING)
    fresh = model.task_at(model.row_of(task.id))  # type: ignore[arg-type]
    assert fresh is not None and (fresh.state, fresh.version) == (TaskState.PACKING, task.version + 1)
    assert demo_context.tasks.history(task.id)[-1].who == "主播"


def test_a_change_on_the_main_pc_shows_at_once_without_polling(qtbot, remote, demo_context):
    task = _select_first(qtbot, remote, TaskState.PENDING)
    assert not remote.timer.isActive()  # refresh_ms=0: only the other PC's events bring the change
    assert remote.watch is not None and remote.watch.connected.wait(5)
    demo_context.tasks.transition(task.id, TaskState.PACKING, task.version, who="主播")
    model = remote.workspace.model
    qtbot.waitUntil(lambda: model.row_of(task.id) is None)
    _wait_idle(qtbot, remote)
    assert remote.workspace.tabs.tabText(TAB_STATES.index(TaskState.PACKING)).endswith(
        f" {demo_context.tasks.counts()[TaskState.PACKING]}")


def test_without_events_the_refresh_button_brings_the_change(qtbot, server, demo_context):
    _, token = demo_context.helpers.add("李姐")
    window = RemoteWindow(RemoteQueue(*split_pairing_url(server.pairing_url(token))), refresh_ms=0, watch=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.workspace.model.rowCount() > 0 and not window.busy)
    task = _select_first(qtbot, window, TaskState.PENDING)
    demo_context.tasks.transition(task.id, TaskState.PACKING, task.version, who="主播")
    assert window.workspace.model.row_of(task.id) is not None  # nothing told this window yet
    qtbot.mouseClick(window.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.workspace.model.row_of(task.id) is None)
    _wait_idle(qtbot, window)
    window.close()


def test_a_revoked_pairing_shows_the_revoked_message(qtbot, remote, demo_context):
    demo_context.helpers.revoke("小王")
    qtbot.mouseClick(remote.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "revoked" in remote.message.text() or "配对已被取消" in remote.message.text())
    _wait_idle(qtbot, remote)


def test_a_stopped_server_shows_a_network_message_and_the_window_lives_on(qtbot, remote, server):
    rows = remote.workspace.model.rowCount()
    server.stop()
    qtbot.mouseClick(remote.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Cannot reach" in remote.message.text() or "连不上" in remote.message.text())
    _wait_idle(qtbot, remote)
    assert remote.isVisible() and remote.workspace.model.rowCount() == rows  # the last list stays on screen


def test_problem_asks_for_a_reason(qtbot, remote, demo_context, modal):
    task = _select_first(qtbot, remote, TaskState.PENDING)

    def answer(dialog) -> None:
        assert not dialog.ok_button.isEnabled()  # the reason is required, as on the desktop
        dialog.choice.setCurrentText("缺货")
        dialog.ok_button.click()

    modal.next(answer)
    qtbot.mouseClick(remote.workspace.problem_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: demo_context.tasks.get(task.id).state is TaskState.PROBLEM)
    _wait_idle(qtbot, remote)
    assert demo_context.tasks.history(task.id)[-1].reason == "缺货"


def test_the_title_says_who_and_where_and_names_the_app_once(qtbot, display_name, remote, server):
    title = remote.windowTitle()
    assert title == f"Helper 小王 — {remote.queue.base_url} — {display_name}"
    assert title.count("LiveHelper") == 1 and title.count("直播助手") == 1
    connect = RemoteConnectDialog()
    qtbot.addWidget(connect)
    assert connect.windowTitle().endswith(display_name) and connect.windowTitle().count("LiveHelper") == 1


def test_the_connect_dialog_takes_a_link_or_an_address_and_a_token(qtbot):
    dialog = RemoteConnectDialog("http://192.168.1.5:8765")
    qtbot.addWidget(dialog)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    assert "token" in dialog.problem.text() and dialog.result() == 0
    dialog.token.setText("abc")
    ok.click()
    assert (dialog.base_url, dialog.token_text) == ("http://192.168.1.5:8765", "abc")


def test_the_helper_option_reaches_the_app(tmp_path):
    from livehelper.cli.main import build_parser, options_from

    args = build_parser().parse_args(["--data-dir", str(tmp_path), "--helper", "http://192.168.1.5:8765/#token=abc"])
    assert options_from(args).helper_url == "http://192.168.1.5:8765/#token=abc"
