"""帮手与局域网: the switch runs a real server on 127.0.0.1, helpers are added (QR pairing) and revoked."""

from __future__ import annotations

import socket
from collections.abc import Callable
from urllib.parse import urlsplit

import requests
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from livehelper.prefs import load as load_prefs
from livehelper.services.context import AppContext
from livehelper.ui.helpers.helpers_dialog import HelpersDialog
from livehelper.ui.helpers.lan_controller import PREF_ON, LanController, LanState
from livehelper.ui.helpers.pairing import AddHelperDialog, PairingDialog
from livehelper.ui.main_window import MainWindow
from livehelper.ui.settings.notify_dialog import NotifyDialog
from tests.ui.conftest import ModalAnswerer, type_text
from tests.ui.helpers.conftest import START_MS, free_port


def answer_when(dialog_type: type, action: Callable[[QDialog], None]) -> None:
    """Acts on the next modal dialog of `dialog_type` (the modal fixture answers whatever is on top)."""
    def look() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, dialog_type):
            action(modal)  # type: ignore[arg-type]
        else:
            QTimer.singleShot(10, look)

    QTimer.singleShot(0, look)


def refused(url: str) -> bool:
    try:
        requests.get(url + "/openapi.json", timeout=2)
    except requests.ConnectionError:
        return True
    return False


def switch_on(qtbot, dialog: HelpersDialog, lan: LanController, port: int) -> str:
    dialog.address_box.setCurrentIndex(dialog.address_box.findData("127.0.0.1"))
    dialog.port_box.setValue(port)
    with qtbot.waitSignal(lan.started, timeout=START_MS) as started:
        dialog.activateWindow()
        qtbot.keyClick(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # &Turn on the helper service
    return started.args[0]


def test_the_switch_starts_a_real_server_and_stops_it(qtbot, context: AppContext, dialog: HelpersDialog,
                                                      lan: LanController) -> None:
    assert not dialog.switch.isChecked()  # off by default
    port = free_port()
    url = switch_on(qtbot, dialog, lan, port)
    assert url == f"http://127.0.0.1:{port}"
    assert requests.get(url + "/openapi.json", timeout=5).json()["openapi"]
    assert url in dialog.status_label.text()
    assert not dialog.port_box.isEnabled()
    assert load_prefs(context.data_dir)[PREF_ON] is True
    assert context.notify.page_url() == url + "/"

    with qtbot.waitSignal(lan.stopped, timeout=START_MS):
        dialog.switch.click()
    assert lan.state is LanState.OFF
    assert refused(url)
    assert load_prefs(context.data_dir)[PREF_ON] is False
    assert dialog.port_box.isEnabled()


def test_a_port_in_use_is_explained_and_the_switch_goes_back_off(qtbot, context: AppContext,
                                                                  dialog: HelpersDialog, lan: LanController) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        dialog.address_box.setCurrentIndex(dialog.address_box.findData("127.0.0.1"))
        dialog.port_box.setValue(port)
        with qtbot.waitSignal(lan.failed, timeout=START_MS) as failed:
            dialog.switch.click()
    assert str(port) in failed.args[0] and "in use" in failed.args[0]
    assert dialog.status_label.text() == failed.args[0]
    assert not dialog.switch.isChecked()
    assert lan.state is LanState.OFF
    assert load_prefs(context.data_dir)[PREF_ON] is False


def test_adding_a_helper_shows_a_pairing_code_whose_token_works_until_revoked(
        qtbot, context: AppContext, dialog: HelpersDialog, lan: LanController, modal: ModalAnswerer) -> None:
    url = switch_on(qtbot, dialog, lan, free_port())
    shown: dict[str, object] = {}

    def fill_in(form: AddHelperDialog) -> None:
        type_text(form.name_edit, "王姐")
        form.role_box.setCurrentIndex(form.role_box.findData("assistant"))
        form.full_address_box.setChecked(True)
        answer_when(PairingDialog, look_at_code)
        form.accept()

    def look_at_code(pairing: PairingDialog) -> None:
        pixmap = pairing.qr_label.pixmap()
        shown["qr_size"] = (pixmap.width(), pixmap.height()) if not pixmap.isNull() else None
        shown["url"] = pairing.url_edit.text()
        shown["read_only"] = pairing.url_edit.isReadOnly()
        pairing.reject()

    answer_when(AddHelperDialog, fill_in)
    dialog.add_button.click()

    width, height = shown["qr_size"]  # type: ignore[misc]
    assert width >= 200 and width == height
    assert shown["read_only"]
    pairing_url = str(shown["url"])
    assert pairing_url.startswith(url + "/#token=")
    token = urlsplit(pairing_url).fragment.removeprefix("token=")
    helper = context.helpers.authenticate(token)
    assert helper is not None and helper.name == "王姐" and helper.role == "assistant" and helper.full_address
    me = requests.get(url + "/api/v1/me", headers={"Authorization": f"Bearer {token}"}, timeout=5)
    assert me.json()["name"] == "王姐"
    row = dialog.helper_list.topLevelItem(0)
    assert dialog.helper_list.topLevelItemCount() == 1
    assert [row.text(column) for column in range(3)] == ["王姐", "Assistant", "Yes"]

    dialog.helper_list.setCurrentItem(row)
    modal.press(QMessageBox.StandardButton.No)
    dialog.revoke_button.click()
    assert context.helpers.authenticate(token) is not None  # 否: nothing changes
    modal.press(QMessageBox.StandardButton.Yes)
    dialog.revoke_button.click()
    assert "王姐" in modal.texts[-1]
    assert context.helpers.authenticate(token) is None
    assert dialog.helper_list.topLevelItemCount() == 0
    assert not dialog.revoke_button.isEnabled()


def test_a_name_already_in_use_keeps_the_form_open(qtbot, context: AppContext, dialog: HelpersDialog,
                                                   modal: ModalAnswerer) -> None:
    context.helpers.add("小李")
    form = AddHelperDialog(context.helpers, dialog)
    qtbot.addWidget(form)
    form.name_edit.setText("小李")
    modal.press(QMessageBox.StandardButton.Ok)
    form.accept()
    assert "小李" in modal.texts[-1]
    assert form.added is None and form.result() != QDialog.DialogCode.Accepted


def test_closing_the_window_stops_the_server_and_the_next_start_switches_it_back_on(
        qtbot, demo_context: AppContext) -> None:
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    port = free_port()
    with qtbot.waitSignal(window.lan.started, timeout=START_MS) as started:
        window.lan.start("127.0.0.1", port)
    url = started.args[0]
    assert not refused(url)
    window.close()
    assert refused(url)
    assert load_prefs(demo_context.data_dir)[PREF_ON] is True  # closing the app is not switching it off

    again = MainWindow(demo_context)
    qtbot.addWidget(again)
    assert again.lan.state is LanState.STARTING
    qtbot.waitUntil(lambda: again.lan.state is LanState.ON, timeout=START_MS)
    assert again.lan.base_url() == url
    again.close()
    assert refused(url)


def test_the_tools_menu_opens_the_helpers_and_robots_dialogs(window: MainWindow, modal: ModalAnswerer) -> None:
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus.index("&Tools") == menus.index("&Help") - 1
    opened: list[type] = []

    def close(found: QDialog) -> None:
        opened.append(type(found))
        found.reject()

    for action in (window.helpers_action, window.robots_action):
        modal.next(close)
        action.trigger()
    assert opened == [HelpersDialog, NotifyDialog]


def test_switching_off_while_starting_leaves_no_server_behind(qtbot, lan: LanController) -> None:
    port = free_port()
    with qtbot.assertNotEmitted(lan.started, wait=100):
        lan.start("127.0.0.1", port)
        assert lan.state is LanState.STARTING
        lan.stop()
        assert lan.state is LanState.OFF
    assert refused(f"http://127.0.0.1:{port}")


def test_a_failed_restore_is_told_in_the_status_bar_and_stays_remembered(qtbot, demo_context: AppContext) -> None:
    from livehelper.prefs import save as save_prefs
    from livehelper.ui.helpers.lan_controller import PREF_HOST, PREF_PORT

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        save_prefs(demo_context.data_dir, **{PREF_ON: True, PREF_HOST: "127.0.0.1", PREF_PORT: port})
        window = MainWindow(demo_context)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.lan.failed, timeout=START_MS):
            pass
    assert str(port) in window.statusBar().currentMessage()
    assert load_prefs(demo_context.data_dir)[PREF_ON] is True


def test_a_helper_added_with_an_expiry_shows_it_and_the_token_ends_then(qtbot, context: AppContext,
                                                                         dialog: HelpersDialog) -> None:
    form = AddHelperDialog(context.helpers, dialog)
    qtbot.addWidget(form)
    form.name_edit.setText("小张")
    form.expiry_box.setValue(30)
    form.accept()
    assert form.added is not None
    helper, token = form.added
    assert helper.expires_at is not None and context.helpers.authenticate(token) is not None
    context.helpers.add("老王")  # no expiry
    dialog.refresh_helpers()
    shown = {dialog.helper_list.topLevelItem(n).text(0): dialog.helper_list.topLevelItem(n).text(4)
             for n in range(dialog.helper_list.topLevelItemCount())}
    assert shown == {"小张": helper.expires_at.astimezone().strftime("%Y-%m-%d %H:%M"), "老王": "Never"}
