"""Small questions asked before changing tasks: the reason of a problem, the helper to assign."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from livehelper.ui.widgets.dialog_buttons import describe_buttons


class ChoiceDialog(QDialog):
    """One editable choice (type freely or pick a suggestion); `required` keeps OK off while it is empty.
    Each kind describes its choice and its OK button (describe_buttons on `self.buttons`)."""

    def __init__(self, suggestions: Sequence[str], required: bool, parent: QWidget | None = None,
                 current: str = "") -> None:
        super().__init__(parent)
        self.setMinimumWidth(440)
        self.choice = QComboBox()
        self.choice.setEditable(True)
        self.choice.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.choice.addItems(list(suggestions))
        self.choice.setCurrentText(current)
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.prompt.setBuddy(self.choice)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if required:
            self.choice.editTextChanged.connect(lambda text: self.ok_button.setEnabled(bool(text.strip())))
            self.ok_button.setEnabled(bool(current.strip()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.choice)
        layout.addWidget(self.buttons)
        self.choice.setFocus()
        self.choice.lineEdit().selectAll()

    @property
    def text(self) -> str:
        return self.choice.currentText().strip()


class ProblemDialog(ChoiceDialog):
    """异常…: the reason is required."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__((), True, parent)
        self.choice.addItems([self.tr("Address unclear, call the buyer"), self.tr("Out of stock"),
                              self.tr("Buyer wants another address"), self.tr("Damaged packaging"),
                              self.tr("Buyer asks to wait")])
        self.choice.setCurrentText("")
        self.setWindowTitle(self.tr("Mark as problem"))
        self.prompt.setText(self.tr("Why can %n task(s) not be packed or shipped? (required)", "", count))
        self.choice.setAccessibleDescription(self.tr("Type the reason, or pick a usual one with the arrow keys"))
        describe_buttons(self.buttons, self.tr("Marks the tasks as problems with this reason"))


class AssignDialog(ChoiceDialog):
    """分配给…: a helper's name; empty releases the tasks."""

    def __init__(self, helpers: Sequence[str], count: int, current: str, parent: QWidget | None = None) -> None:
        super().__init__(helpers, False, parent, current)
        self.setWindowTitle(self.tr("Assign to a helper"))
        self.prompt.setText(self.tr("Who packs these %n task(s)? Leave empty to release them.", "", count))
        self.choice.setAccessibleDescription(self.tr("Type a helper's name or pick one with the arrow keys; empty "
                                                     "releases the tasks"))
        describe_buttons(self.buttons, self.tr("Gives the tasks to this helper"))
