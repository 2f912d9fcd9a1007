"""Screen-reader descriptions of a dialog's standard buttons (OK, Save, Cancel, Close…), said the same way in every
dialog and with the key that presses them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox

Standard = QDialogButtonBox.StandardButton


def _tr(text: str) -> str:
    return QCoreApplication.translate("DialogButtons", text)


def describe_buttons(box: QDialogButtonBox, accept: str = "") -> QDialogButtonBox:
    """Describe each standard button of `box` that has no description yet; `accept` says what OK or Save does
    in this dialog (a sentence without the key: Enter is added)."""
    generic = {
        Standard.Ok: accept or _tr("Applies the changes and closes the window"),
        Standard.Save: accept or _tr("Saves and closes the window"),
        Standard.Cancel: _tr("Closes the window without saving"),
        Standard.Close: _tr("Closes the window"),
        Standard.RestoreDefaults: _tr("Puts back the settings LiveHelper came with"),
    }
    keys = {Standard.Ok: "Enter", Standard.Save: "Enter", Standard.Cancel: "Esc", Standard.Close: "Esc"}
    for standard, description in generic.items():
        button = box.button(standard)
        if button is not None and not button.accessibleDescription():
            key = keys.get(standard)
            button.setAccessibleDescription(f"{description} ({key})" if key else description)
    return box
