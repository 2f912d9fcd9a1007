"""帮手与局域网: the helper service's switch, address and port, and the helpers who may use the helper page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from livehelper.domain.errors import LiveHelperError
from livehelper.services.context import AppContext
from livehelper.services.helpers.accounts import Helper
from livehelper.ui.helpers import firewall_note
from livehelper.ui.helpers.lan_controller import LOOPBACK, LanController, LanState, candidate_addresses
from livehelper.ui.helpers.pairing import AddHelperDialog, PairingDialog
from livehelper.ui.widgets.dialog_buttons import describe_buttons
from livehelper.ui.widgets.errors import show_error

MIN_PORT = 1024  # lower ports need administrator rights


class HelpersDialog(QDialog):
    def __init__(self, context: AppContext, lan: LanController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._lan = lan
        self.setWindowTitle(self.tr("Helpers and LAN"))
        self.resize(640, 520)
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_server_box())
        layout.addWidget(self._build_helpers_box(), 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        describe_buttons(buttons)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        lan.started.connect(self._show_state)
        lan.stopped.connect(self._show_state)
        lan.failed.connect(self._show_failure)
        self._show_state()
        self.refresh_helpers()

    # the server --------------------------------------------------------------------------------------------------
    def _build_server_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Helper page on the local network"))
        self.switch = QCheckBox(self.tr("&Turn on the helper service"))
        self.switch.setToolTip(self.tr("Lets helpers' phones on this network open the packing queue"))
        self.switch.setChecked(self._lan.state is not LanState.OFF)
        self.switch.toggled.connect(self._switch_toggled)
        self.address_box = QComboBox()
        for host, adapter in candidate_addresses():  # best first; the adapter's name tells WLAN from vEthernet
            label = self.tr("{host} (only this PC)").format(host=host) if host == LOOPBACK else host
            self.address_box.addItem(f"{label} — {adapter}" if adapter else label, host)
        if self.address_box.findData(self._lan.host) < 0:
            self.address_box.addItem(self._lan.host, self._lan.host)
        self.address_box.setCurrentIndex(self.address_box.findData(self._lan.host))
        self.port_box = QSpinBox()
        self.port_box.setRange(MIN_PORT, 65535)
        self.port_box.setValue(max(self._lan.port, MIN_PORT))
        address_label = QLabel(self.tr("A&ddress:"))
        address_label.setBuddy(self.address_box)
        port_label = QLabel(self.tr("&Port:"))
        port_label.setBuddy(self.port_box)
        self.address_box.setToolTip(self.tr("The network address phones use to reach this PC"))
        self.port_box.setToolTip(self.tr("The port of the helper page; change it only if another program uses it"))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        row = QHBoxLayout()
        row.addWidget(address_label)
        row.addWidget(self.address_box, 1)
        row.addWidget(port_label)
        row.addWidget(self.port_box)
        layout = QVBoxLayout(box)
        layout.addWidget(self.switch)
        layout.addLayout(row)
        layout.addWidget(self.status_label)
        return box

    def _switch_toggled(self, on: bool) -> None:
        if on and self._lan.state is LanState.OFF:
            host, port = self.address_box.currentData(), self.port_box.value()
            if firewall_note.needs_note(self._lan.data_dir, host):  # once: what the firewall will ask
                note = firewall_note.show_note(self._lan.data_dir, self)
                note.finished.connect(lambda _result: self._lan.start(host, port))
                note.finished.connect(lambda _result: self._show_state())
                return
            self._lan.start(host, port)
        elif not on and self._lan.state is not LanState.OFF:
            self._lan.stop()
        self._show_state()

    def _show_state(self) -> None:
        state = self._lan.state
        self.switch.blockSignals(True)
        self.switch.setChecked(state is not LanState.OFF)
        self.switch.blockSignals(False)
        self.address_box.setEnabled(state is LanState.OFF)  # switch off to change where it listens
        self.port_box.setEnabled(state is LanState.OFF)
        if state is LanState.ON:
            text = self.tr("On. Phones on this Wi-Fi open: {url}").format(url=self._lan.base_url() + "/")
            if self._lan.host == LOOPBACK:
                text += "\n" + self.tr("Only this PC can reach it: choose the LAN address for phones.")
            self.status_label.setStyleSheet("color: #1c7c3c;")
        elif state is LanState.STARTING:
            text = self.tr("Starting…")
            self.status_label.setStyleSheet("")
        else:
            text = self.tr("Off. Helpers' phones cannot reach this PC.")
            self.status_label.setStyleSheet("color: #6a6a6a;")
        self.status_label.setText(text)

    def _show_failure(self, message: str) -> None:
        self._show_state()
        self.status_label.setText(message)
        self.status_label.setStyleSheet("color: #b3261e; font-weight: bold;")

    # the helpers -------------------------------------------------------------------------------------------------
    def _build_helpers_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Helpers"))
        self.helper_list = QTreeWidget()
        self.helper_list.setRootIsDecorated(False)
        self.helper_list.setHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Full address"),
                                          self.tr("Added"), self.tr("Expires")])
        self.helper_list.currentItemChanged.connect(lambda *_: self._update_buttons())
        list_label = QLabel(self.tr("&Helpers who can open the helper page:"))
        list_label.setBuddy(self.helper_list)
        self.helper_list.setAccessibleDescription(self.tr("The arrow keys select a helper to revoke"))
        self.add_button = QPushButton(self.tr("&Add helper…"))
        self.add_button.clicked.connect(self.add_helper)
        self.revoke_button = QPushButton(self.tr("&Revoke…"))
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.add_button.setToolTip(self.tr("Adds a helper and shows a QR code for their phone"))
        self.revoke_button.setToolTip(self.tr("Takes the selected helper's access away after asking"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.revoke_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(list_label)
        layout.addWidget(self.helper_list, 1)
        layout.addLayout(buttons)
        return box

    def _role_text(self, helper: Helper) -> str:
        return self.tr("Assistant") if helper.is_assistant else self.tr("Packer")

    def _expiry_text(self, helper: Helper) -> str:
        if helper.expires_at is None:
            return self.tr("Never")
        moment = helper.expires_at.astimezone().strftime("%Y-%m-%d %H:%M")
        return self.tr("Expired %1").replace("%1", moment) if helper.expired() else moment

    def refresh_helpers(self) -> None:
        """The active helpers (revoked ones are gone for good; their name may be added again)."""
        selected = self.selected_name()
        self.helper_list.clear()
        for helper in self._context.helpers.list():
            if helper.revoked_at is not None:
                continue
            added = helper.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
            item = QTreeWidgetItem([helper.name, self._role_text(helper),
                                    self.tr("Yes") if helper.full_address else self.tr("No"), added,
                                    self._expiry_text(helper)])
            item.setData(0, Qt.ItemDataRole.UserRole, helper.name)
            self.helper_list.addTopLevelItem(item)
            if helper.name == selected:
                self.helper_list.setCurrentItem(item)
        for column in range(self.helper_list.columnCount()):
            self.helper_list.resizeColumnToContents(column)
        self._update_buttons()

    def selected_name(self) -> str | None:
        item = self.helper_list.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _update_buttons(self) -> None:
        self.revoke_button.setEnabled(self.selected_name() is not None)

    def add_helper(self) -> None:
        form = AddHelperDialog(self._context.helpers, self)
        if form.exec() != QDialog.DialogCode.Accepted or form.added is None:
            form.deleteLater()
            return
        helper, token = form.added
        form.deleteLater()
        self.refresh_helpers()
        for index in range(self.helper_list.topLevelItemCount()):
            item = self.helper_list.topLevelItem(index)
            if item.data(0, Qt.ItemDataRole.UserRole) == helper.name:
                self.helper_list.setCurrentItem(item)
        self.pairing = PairingDialog(helper.name, self._lan.pairing_url(token),
                                     self._lan.state is LanState.ON, self)
        self.pairing.exec()
        self.pairing.deleteLater()
        self.pairing = None

    pairing: PairingDialog | None = None  # while the pairing code is shown

    def revoke_selected(self) -> None:
        name = self.selected_name()
        if name is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Revoke helper"),
            self.tr("Revoke {name}? Their phone stops working at once; to pair it again, add them again.")
            .format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._context.helpers.revoke(name)
        except LiveHelperError as error:
            show_error(self, self.tr("Revoke helper"), error)
        self.refresh_helpers()
