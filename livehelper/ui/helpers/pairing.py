"""Adding a helper: the name/role form, then the pairing QR code the helper scans with the phone camera."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from livehelper.domain.errors import LiveHelperError
from livehelper.services.catalog.images import qr_png
from livehelper.services.helpers.accounts import MAX_EXPIRY_DAYS, MAX_NAME_LENGTH, Helper, HelperService
from livehelper.ui.widgets.dialog_buttons import describe_buttons
from livehelper.ui.widgets.errors import show_error

QR_BOX_SIZE = 8  # pixels per QR module: a ~300 px code that a cheap phone camera reads from a metre away


class AddHelperDialog(QDialog):
    """Asks for the name, role, whether full addresses are shown and when the token expires (never by default);
    `added` holds (helper, token) after OK."""

    def __init__(self, helpers: HelperService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._helpers = helpers
        self.added: tuple[Helper, str] | None = None
        self.setWindowTitle(self.tr("Add helper"))
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(MAX_NAME_LENGTH)
        self.name_edit.setPlaceholderText(self.tr("e.g. Sister Wang"))
        self.role_box = QComboBox()
        self.role_box.addItem(self.tr("Packer — the shipping queue"), "packer")
        self.role_box.addItem(self.tr("Assistant — also cue cards and tallies"), "assistant")
        self.role_box.setToolTip(self.tr("Packers see the shipping queue only; assistants also the cue cards and "
                                         "the live tallies"))
        self.full_address_box = QCheckBox(self.tr("Show &full names, phones and addresses"))
        self.full_address_box.setToolTip(self.tr("Off: the helper's phone shows masked names and phones (王*, "
                                                 "138****5678) and only the city"))
        self.expiry_box = QSpinBox()
        self.expiry_box.setRange(0, MAX_EXPIRY_DAYS)
        self.expiry_box.setValue(0)
        self.expiry_box.setSpecialValueText(self.tr("Never (until revoked)"))
        self.expiry_box.setSuffix(self.tr(" days"))
        self.expiry_box.setToolTip(self.tr("The phone's access ends by itself after this many days (for a helper "
                                           "who comes for one season only)"))
        form = QFormLayout()
        name_label = QLabel(self.tr("&Name:"))
        name_label.setBuddy(self.name_edit)
        form.addRow(name_label, self.name_edit)
        role_label = QLabel(self.tr("&Role:"))
        role_label.setBuddy(self.role_box)
        form.addRow(role_label, self.role_box)
        form.addRow("", self.full_address_box)
        expiry_label = QLabel(self.tr("&Expires after:"))
        expiry_label.setBuddy(self.expiry_box)
        form.addRow(expiry_label, self.expiry_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Add and show the code"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        describe_buttons(buttons, self.tr("Adds the helper and shows the code their phone scans"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            self.added = self._helpers.add(self.name_edit.text(), self.role_box.currentData(),
                                           full_address=self.full_address_box.isChecked(),
                                           expires_days=self.expiry_box.value() or None)
        except LiveHelperError as error:
            show_error(self, self.tr("Add helper"), error)
            self.name_edit.setFocus()
            return
        super().accept()


class PairingDialog(QDialog):
    """The pairing code, big, with the same address as selectable text. The token is never shown again."""

    def __init__(self, helper_name: str, url: str, server_on: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pair {name}'s phone").format(name=helper_name))
        heading = QLabel(self.tr("{name}: open the phone camera (or WeChat's scanner) and scan this code. "
                                 "The phone must be on the same Wi-Fi as this PC.").format(name=helper_name))
        heading.setWordWrap(True)
        self.qr_label = QLabel()
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pixmap = QPixmap()
        pixmap.loadFromData(qr_png(url, box_size=QR_BOX_SIZE), "PNG")
        self.qr_label.setPixmap(pixmap)
        self.url_edit = QLineEdit(url)
        self.url_edit.setReadOnly(True)
        self.url_edit.setCursorPosition(0)
        self.url_edit.setToolTip(self.tr("The same address as the code, to type into the phone's browser or send "
                                         "to it"))
        self.url_edit.setMinimumWidth(self.url_edit.fontMetrics().horizontalAdvance(url) + 24)
        url_label = QLabel(self.tr("&Address:"))
        url_label.setBuddy(self.url_edit)
        note = QLabel(self.tr("This code is shown only now. If it is lost, revoke the helper and add them "
                              "again: the old code then stops working."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #a33b2a; font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.qr_label)
        layout.addWidget(url_label)
        layout.addWidget(self.url_edit)
        layout.addWidget(note)
        if not server_on:
            off_note = QLabel(self.tr("The helper service is off: switch it on before the phone scans."))
            off_note.setWordWrap(True)
            layout.addWidget(off_note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        describe_buttons(buttons)
        layout.addWidget(buttons)
