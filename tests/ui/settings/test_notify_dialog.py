"""The group-robot dialog: adding a robot, the secret never shown again, a test message sent in the background."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from livehelper.services.context import AppContext
from livehelper.ui.settings.notify_dialog import NotifyDialog
from tests.robot_stand_in import DINGTALK_SECRET, RobotStandIn


@pytest.fixture
def dialog(qtbot, context: AppContext) -> NotifyDialog:
    shown = NotifyDialog(context.notify, context.events)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_add_a_robot_and_send_a_test_message(qtbot, dialog: NotifyDialog, context: AppContext,
                                             stand_in: RobotStandIn) -> None:
    assert dialog.secret_edit.echoMode() == dialog.secret_edit.EchoMode.Password
    dialog.name_edit.setText("打包群")
    dialog.platform_box.setCurrentIndex(dialog.platform_box.findData("dingtalk"))
    dialog.webhook_edit.setText(stand_in.dingtalk_url)
    dialog.secret_edit.setText(DINGTALK_SECRET)
    dialog.page_url_edit.setText("http://192.168.1.8:8765/")
    dialog.save_button.click()
    assert dialog.robot_list.count() == 1
    assert dialog.secret_edit.text() == "SEC****ab12"
    assert "dingtalk-token" not in dialog.webhook_edit.text()
    texts = [dialog.secret_edit.text(), dialog.webhook_edit.text(), dialog.status_label.text(),
             dialog.robot_list.item(0).text()]
    assert not any(DINGTALK_SECRET in text for text in texts)
    assert context.notify.page_url() == "http://192.168.1.8:8765/"

    dialog.test_button.click()  # saves the unchanged (masked) form first: the stored secret stays
    qtbot.waitUntil(lambda: len(stand_in.accepted()) == 1, timeout=10_000)
    qtbot.waitUntil(lambda: "Last sent at" in dialog.status_label.text(), timeout=10_000)
    assert DINGTALK_SECRET not in dialog.status_label.text()


def test_a_wrong_secret_shows_the_failure(qtbot, dialog: NotifyDialog, stand_in: RobotStandIn) -> None:
    dialog.name_edit.setText("飞书群")
    dialog.platform_box.setCurrentIndex(dialog.platform_box.findData("feishu"))
    dialog.webhook_edit.setText(stand_in.feishu_url)
    dialog.secret_edit.setText("not-the-right-secret-123")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "19021" in dialog.status_label.text(), timeout=10_000)
    assert dialog.retry_button.isEnabled()
    assert "not-the-right-secret-123" not in dialog.status_label.text()


def test_a_bad_address_is_refused(qtbot, dialog: NotifyDialog, modal) -> None:
    dialog.name_edit.setText("企微群")
    dialog.webhook_edit.setText("https://qyapi.weixin.qq.com/cgi-bin/webhook/send")
    modal.press(QMessageBox.StandardButton.Ok)
    dialog.save_button.click()
    assert dialog.robot_list.count() == 0
    assert "key=" in modal.texts[0]
