"""The helper-mode window against a real LanServer: counts, buttons that move tasks, conflicts, revoke, network loss."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from livehelper.domain.tasks import TaskState
from livehelper.server.runner import LanServer
from livehelper.services.context import AppContext
from livehelper.services.helpers.remote_queue import RemoteQueue, split_pairing_url
from livehelper.ui.helpers.remote_window import STATES, RemoteConnectDialog, RemoteShipDialog, RemoteWindow


@pytest.fixture
def remote(qtbot, server: LanServer, demo_context: AppContext) -> Iterator[RemoteWindow]:
    _, token = demo_context.helpers.add("小王")
    window = RemoteWindow(RemoteQueue(*split_pairing_url(server.pairing_url(token))), refresh_ms=0)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() > 0 and bool(window.helper_name) and not window.runner.busy)
    yield window
    window.timer.stop()
    qtbot.waitUntil(lambda: not window.runner.busy)  # no answer may arrive after the window is gone


def _select_first(window: RemoteWindow):
    window.table.selectRow(0)
    task = window.selected_task()
    assert task is not None
    return task


def _wait_idle(qtbot, window: RemoteWindow) -> None:
    qtbot.waitUntil(lambda: not window.runner.busy)


def test_lists_the_pending_tasks_with_counts_on_the_tabs(remote, demo_context, qtmodeltester):
    qtmodeltester.check(remote.model)
    counts = demo_context.tasks.counts()
    assert remote.model.rowCount() == counts[TaskState.PENDING]
    for index, state in enumerate(STATES):
        assert remote.tabs.tabText(index).endswith(f"({counts[state]})")
    assert "*" in remote.model.index(0, 2).data()  # the buyer, masked by the server


def test_start_packing_button_lands_in_the_database_with_the_helpers_name(qtbot, remote, demo_context):
    task = _select_first(remote)
    qtbot.mouseClick(remote.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: demo_context.tasks.get(task.id).state is TaskState.PACKING)
    _wait_idle(qtbot, remote)
    assert demo_context.tasks.history(task.id)[-1].who == "小王"
    assert task.order_no in remote.message.text()
    assert all(remote.model.task(row).id != task.id for row in range(remote.model.rowCount()))
    remote.tabs.setCurrentIndex(STATES.index(TaskState.PACKING))
    qtbot.waitUntil(lambda: any(remote.model.task(row).id == task.id for row in range(remote.model.rowCount())))


def test_shipping_asks_for_courier_and_tracking_number(qtbot, remote, demo_context, modal):
    remote.tabs.setCurrentIndex(STATES.index(TaskState.PACKED))
    qtbot.waitUntil(lambda: remote.model.rowCount() > 0 and remote.model.task(0).status is TaskState.PACKED)
    _wait_idle(qtbot, remote)
    task = _select_first(remote)

    def fill(dialog: RemoteShipDialog) -> None:
        dialog.courier.setCurrentIndex(dialog.courier.findData("SF"))
        dialog.tracking_no.setText("SF1234567890123")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    modal.next(fill)
    qtbot.mouseClick(remote.ship_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: demo_context.tasks.get(task.id).state is TaskState.SHIPPED)
    _wait_idle(qtbot, remote)
    shipped = demo_context.tasks.get(task.id)
    assert (shipped.courier, shipped.tracking_no) == ("SF", "SF1234567890123")


def test_a_conflict_shows_the_message_and_the_fresh_state(qtbot, remote, demo_context):
    task = _select_first(remote)
    demo_context.tasks.transition(task.id, TaskState.PACKING, task.version, who="主播")
    qtbot.mouseClick(remote.packed_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "changed this task first" in remote.message.text())
    _wait_idle(qtbot, remote)
    fresh = remote.selected_task()
    assert fresh is not None and fresh.id == task.id
    assert (fresh.status, fresh.version) == (TaskState.PACKING, task.version + 1)
    assert demo_context.tasks.get(task.id).state is TaskState.PACKING


def test_a_revoked_pairing_shows_the_revoked_message(qtbot, remote, demo_context):
    demo_context.helpers.revoke("小王")
    qtbot.mouseClick(remote.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "revoked" in remote.message.text())
    _wait_idle(qtbot, remote)


def test_a_stopped_server_shows_a_network_message_and_the_window_lives_on(qtbot, remote, server):
    server.stop()
    qtbot.mouseClick(remote.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Cannot reach" in remote.message.text())
    _wait_idle(qtbot, remote)
    assert remote.isVisible() and remote.model.rowCount() > 0  # the last list stays on screen


def test_the_connect_dialog_takes_a_link_or_an_address_and_a_token(qtbot):
    dialog = RemoteConnectDialog("http://192.168.1.5:8765")
    qtbot.addWidget(dialog)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    assert "token" in dialog.problem.text() and dialog.result() == 0
    dialog.token.setText("abc")
    ok.click()
    assert (dialog.base_url, dialog.token_text) == ("http://192.168.1.5:8765", "abc")


def test_problem_asks_for_a_reason(qtbot, remote, demo_context, modal):
    task = _select_first(remote)

    def answer(dialog) -> None:
        assert not dialog.ok_button.isEnabled()  # the reason is required, as on the desktop
        dialog.choice.setCurrentText("缺货")
        dialog.ok_button.click()

    modal.next(answer)
    qtbot.mouseClick(remote.problem_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: demo_context.tasks.get(task.id).state is TaskState.PROBLEM)
    _wait_idle(qtbot, remote)
    assert demo_context.tasks.history(task.id)[-1].reason == "缺货"


def test_the_helper_option_reaches_the_app(tmp_path):
    from livehelper.cli.main import build_parser, options_from

    args = build_parser().parse_args(["--data-dir", str(tmp_path), "--helper", "http://192.168.1.5:8765/#token=abc"])
    assert options_from(args).helper_url == "http://192.168.1.5:8765/#token=abc"


def test_switching_tabs_quickly_ends_on_the_last_tab(qtbot, remote, demo_context):
    for state in (TaskState.PACKING, TaskState.SHIPPED, TaskState.PROBLEM):
        remote.tabs.setCurrentIndex(STATES.index(state))
    rows = range(demo_context.tasks.counts()[TaskState.PROBLEM])
    qtbot.waitUntil(lambda: remote.model.rowCount() == len(rows)
                    and all(remote.model.task(row).status is TaskState.PROBLEM for row in rows))
    _wait_idle(qtbot, remote)
