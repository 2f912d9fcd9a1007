"""Setting up group robots (WeCom, DingTalk, Feishu): add or edit one, send a test notice, see how sending went.

A secret is typed once: after saving, the fields show only its masked form (saving them unchanged keeps the
stored value). Sending happens on the notify service's own thread; this dialog never waits on the network
and refreshes its status line from the service's change events.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from livehelper.domain.errors import LiveHelperError
from livehelper.domain.robots import RobotPlatform
from livehelper.services.events import ChangeEvent, EventBus
from livehelper.services.settings.notify import ENTITY, NotifyService, RobotStatus
from livehelper.ui.bridge import EventBridge
from livehelper.ui.widgets.dialog_buttons import describe_buttons
from livehelper.ui.widgets.errors import show_error


class NotifyDialog(QDialog):
    def __init__(self, notify: NotifyService, events: EventBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._notify = notify
        self._editing: str | None = None  # the saved robot shown in the form, None for a new one
        self.setWindowTitle(self.tr("Group robots"))
        self.robot_list = QListWidget()
        self.robot_list.currentItemChanged.connect(self._show_selected)
        self.name_edit = QLineEdit()
        self.platform_box = QComboBox()
        for platform, label in ((RobotPlatform.WECOM, self.tr("WeCom group robot")),
                                (RobotPlatform.DINGTALK, self.tr("DingTalk custom robot")),
                                (RobotPlatform.FEISHU, self.tr("Feishu custom robot"))):
            self.platform_box.addItem(label, platform.value)
        self.webhook_edit = QLineEdit()
        self.webhook_edit.setPlaceholderText("https://…")
        self.secret_edit = QLineEdit()
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_edit.setPlaceholderText(self.tr("signing secret (DingTalk 加签, Feishu 签名校验)"))
        self.enabled_box = QCheckBox(self.tr("Send notices to this &group"))
        self.enabled_box.setChecked(True)
        self.page_url_edit = QLineEdit(notify.page_url())
        self.page_url_edit.setPlaceholderText("http://192.168.1.8:8765/")
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.addRow(self.tr("Na&me"), self.name_edit)
        form.addRow(self.tr("&Platform"), self.platform_box)
        form.addRow(self.tr("&Webhook address"), self.webhook_edit)
        form.addRow(self.tr("S&ecret"), self.secret_edit)
        form.addRow("", self.enabled_box)
        form.addRow(self.tr("&Helper page address"), self.page_url_edit)
        form.addRow(self.tr("Stat&us"), self.status_label)  # Alt+U reads the sending status aloud

        self.new_button = QPushButton(self.tr("&New robot"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.test_button = QPushButton(self.tr("Send &test message"))
        self.retry_button = QPushButton(self.tr("Send failed notices &again"))
        self._describe_controls()
        self.new_button.clicked.connect(self._new)
        self.save_button.clicked.connect(self._save)
        self.delete_button.clicked.connect(self._delete)
        self.test_button.clicked.connect(self._send_test)
        self.retry_button.clicked.connect(self._retry)
        actions = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.delete_button, self.test_button, self.retry_button):
            actions.addWidget(button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        describe_buttons(close)

        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(actions)
        body = QHBoxLayout()
        body.addWidget(self.robot_list, 1)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(close)

        self._bridge = EventBridge(events, self)
        self._bridge.changed.connect(self._on_change)
        self._reload()

    def _describe_controls(self) -> None:
        self.robot_list.setAccessibleName(self.tr("Group robots"))
        self.robot_list.setAccessibleDescription(self.tr("The saved robots; the arrow keys pick one to edit"))
        self.name_edit.setToolTip(self.tr("What the robot is called here, e.g. the group's name"))
        self.platform_box.setToolTip(self.tr("The app the group is in: each one signs and words notices its own way"))
        self.webhook_edit.setToolTip(self.tr("The robot's address, copied from the group's robot settings; shown "
                                             "masked once saved"))
        self.secret_edit.setToolTip(self.tr("Needed only when the robot checks a signature; shown masked once saved"))
        self.enabled_box.setToolTip(self.tr("Off keeps the robot but sends its group nothing"))
        self.page_url_edit.setToolTip(self.tr("The helper page address put into each notice, so that helpers open "
                                              "the queue from the group"))
        self.new_button.setToolTip(self.tr("Empties the form to add another robot"))
        self.save_button.setToolTip(self.tr("Saves this robot and the helper page address"))
        self.delete_button.setToolTip(self.tr("Removes this robot: its group gets no more notices"))
        self.test_button.setToolTip(self.tr("Saves the robot, then sends a test message; the answer shows under "
                                            "Status"))
        self.retry_button.setToolTip(self.tr("Sends the notices that could not be sent once more"))

    # list and form ----------------------------------------------------------------------------------------------
    def _reload(self, select: str | None = None) -> None:
        select = select if select is not None else self._editing
        self.robot_list.blockSignals(True)
        self.robot_list.clear()
        for robot in self._notify.robots():
            platform = self.platform_box.itemText(self._platform_index(robot.platform))
            item = QListWidgetItem(f"{robot.name}（{platform}）")
            item.setData(Qt.ItemDataRole.UserRole, robot.name)
            self.robot_list.addItem(item)
            if robot.name == select:
                self.robot_list.setCurrentItem(item)
        self.robot_list.blockSignals(False)
        current = self.robot_list.currentItem()
        if current is None:
            self._new()
        else:
            self._show_selected(current)

    def _platform_index(self, platform: RobotPlatform) -> int:
        return max(0, self.platform_box.findData(platform.value))

    def _show_selected(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        name = item.data(Qt.ItemDataRole.UserRole)
        robot = next((robot for robot in self._notify.robots() if robot.name == name), None)
        if robot is None:
            return
        self._editing = robot.name
        self.name_edit.setText(robot.name)
        self.platform_box.setCurrentIndex(self._platform_index(robot.platform))
        self.webhook_edit.setText(robot.webhook_masked)
        self.secret_edit.setText(robot.secret_masked)
        self.enabled_box.setChecked(robot.enabled)
        self._refresh_status()

    def _new(self) -> None:
        self._editing = None
        self.robot_list.clearSelection()
        for edit in (self.name_edit, self.webhook_edit, self.secret_edit):
            edit.clear()
        self.enabled_box.setChecked(True)
        self._refresh_status()

    # actions ----------------------------------------------------------------------------------------------------
    def _save(self) -> bool:
        try:
            self._notify.set_page_url(self.page_url_edit.text())
            robot = self._notify.save_robot(self.name_edit.text(), self.platform_box.currentData(),
                                            self.webhook_edit.text(), self.secret_edit.text(),
                                            self.enabled_box.isChecked(), original_name=self._editing)
        except LiveHelperError as error:
            show_error(self, self.tr("Group robots"), error)
            return False
        self._editing = robot.name
        self._reload(robot.name)
        return True

    def _delete(self) -> None:
        if self._editing is None:
            return
        try:
            self._notify.delete_robot(self._editing)
        except LiveHelperError as error:
            show_error(self, self.tr("Group robots"), error)
        self._editing = None
        self._reload()

    def _send_test(self) -> None:
        """Saves the form first, then queues the test: the answer shows up in the status line."""
        if not self._save() or self._editing is None:
            return
        try:
            self._notify.send_test(self._editing)
        except LiveHelperError as error:
            show_error(self, self.tr("Group robots"), error)
            return
        self.status_label.setText(self.tr("Sending the test message…"))

    def _retry(self) -> None:
        if self._editing is not None:
            self._notify.retry_failed(self._editing)

    # status -----------------------------------------------------------------------------------------------------
    def _on_change(self, event: ChangeEvent) -> None:
        if event.entity == ENTITY:
            self._refresh_status()

    def _refresh_status(self) -> None:
        status = next((status for status in self._notify.status() if status.robot.name == self._editing), None)
        self.status_label.setText("" if status is None else self._describe(status))
        self.retry_button.setEnabled(bool(status and status.failed))
        self.delete_button.setEnabled(self._editing is not None)

    def _describe(self, status: RobotStatus) -> str:
        lines = []
        if status.last_sent_at is not None:
            lines.append(self.tr("Last sent at %1").replace(
                "%1", status.last_sent_at.astimezone().strftime("%H:%M:%S")))
        if status.pending:
            lines.append(self.tr("%1 waiting to be sent").replace("%1", str(status.pending)))
        if status.last_error:
            lines.append(self.tr("Last attempt failed: %1").replace("%1", status.last_error))
        if status.failed:
            lines.append(self.tr("%1 notices could not be sent").replace("%1", str(len(status.failed))))
        if not lines:
            lines.append(self.tr("Nothing sent yet"))
        return "\n".join(lines)
