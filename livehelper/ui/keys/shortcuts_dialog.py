"""The 快捷键 page: every re-bindable key of the app in one place, by group, with conflicts refused."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QKeySequenceEdit,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from livehelper.ui.keys.commands import shown
from livehelper.ui.keys.key_bindings import keys_of, sequence_of
from livehelper.ui.keys.prompter_keys import MAX_KEYS_PER_ACTION
from livehelper.ui.keys.shortcut_table import GROUPS, Conflict, KeyTable, Slot
from livehelper.ui.widgets.announce import announce
from livehelper.ui.widgets.dialog_buttons import describe_buttons

ERROR_STYLE = "color: #b3261e; font-weight: bold;"


class ShortcutsDialog(QDialog):
    """Edits a copy of `table`; `table()` is the result once accepted."""

    def __init__(self, table: KeyTable, defaults: Callable[[], KeyTable], label: Callable[[Slot], str],
                 group_title: Callable[[str], str], notes: Mapping[str, str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self._table = table.copy()
        self._defaults = defaults
        self._label = label
        self._edits: dict[Slot, QKeySequenceEdit] = {}
        self._reverting = False
        hint = QLabel(self.tr(
            "Choose a group, then move to an action with Tab and press its new key. Press up to four keys one "
            "after another to give an action several keys. Foot pedals and big USB buttons usually send F13–F24."))
        hint.setWordWrap(True)
        self.groups = QListWidget()
        self.groups.setAccessibleName(self.tr("Groups of shortcuts"))
        self.groups.setAccessibleDescription(self.tr("Up and Down choose the group shown on the right"))
        self.pages = QStackedWidget()
        for group in GROUPS:
            if not self._table.slots(group):
                continue
            self.groups.addItem(group_title(group))
            self.groups.item(self.groups.count() - 1).setData(Qt.ItemDataRole.UserRole, group)
            self.pages.addWidget(self._page(group, (notes or {}).get(group, "")))
        self.groups.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.groups.setCurrentRow(0)
        self.groups.setWordWrap(True)
        self.groups.setSpacing(3)
        self.message = QLabel()
        self.message.setObjectName("conflictMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                                   | QDialogButtonBox.StandardButton.RestoreDefaults)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self.restore_defaults)
        describe_buttons(buttons, self.tr("Uses the new keys at once and remembers them"))
        body = QHBoxLayout()
        body.addWidget(self.groups, 1)
        body.addWidget(self.pages, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(760, 560)

    def _page(self, group: str, note: str) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        if note:
            note_label = QLabel(note)
            note_label.setWordWrap(True)
            note_label.setObjectName(f"note-{group}")
            form.addRow(note_label)
        for slot in self._table.slots(group):
            edit = QKeySequenceEdit(sequence_of(self._table.keys(slot)))
            edit.setMaximumSequenceLength(MAX_KEYS_PER_ACTION)
            edit.setAccessibleName(self._label(slot))
            edit.setAccessibleDescription(self.tr("Press the new key; Tab moves on"))
            edit.keySequenceChanged.connect(partial(self._changed, slot))
            clear = QPushButton(self.tr("Clear"))
            clear.setAccessibleName(self.tr("Clear the keys of “{action}”").format(action=self._label(slot)))
            clear.setToolTip(self.tr("Takes every key away from this action"))
            clear.clicked.connect(partial(self._clear, slot))
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(clear)
            label = QLabel(self._label(slot))
            label.setWordWrap(True)
            label.setBuddy(edit)
            form.addRow(label, row)
            self._edits[slot] = edit
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        return scroll

    # what the caller reads
    def table(self) -> KeyTable:
        return self._table

    def edit(self, slot: Slot) -> QKeySequenceEdit:
        return self._edits[slot]

    def show_group(self, group: str) -> None:
        for row in range(self.groups.count()):
            if self.groups.item(row).data(Qt.ItemDataRole.UserRole) == group:
                self.groups.setCurrentRow(row)

    # editing
    def restore_defaults(self) -> None:
        self._table = self._defaults()
        self._show_all()
        self._say("")

    def _clear(self, slot: Slot) -> None:
        self._table.set(slot, ())
        self._show_all()
        self._edits[slot].setFocus(Qt.FocusReason.OtherFocusReason)

    def _changed(self, slot: Slot, sequence: QKeySequence) -> None:
        keys = keys_of(sequence)
        if self._reverting or not keys:  # the field empties itself as a new key is pressed; Clear clears
            return
        conflict = self._table.set(slot, keys)
        if conflict is None:
            self._say("")
            return
        self._say(self.refusal_text(conflict))
        self._show_all()

    def refusal_text(self, conflict: Conflict) -> str:
        if conflict.owner is None:
            return conflict.reason
        return self.tr("{key} is already used for “{action}”. Choose another key, or first clear it there.").format(
            key=shown((conflict.key,)), action=self._label(conflict.owner))

    def _say(self, text: str) -> None:
        self.message.setText(("⚠ " + text) if text else "")
        if text:
            announce(self.message, text, urgent=True)

    def _show_all(self) -> None:
        self._reverting = True
        for slot, edit in self._edits.items():
            edit.setKeySequence(sequence_of(self._table.keys(slot)))
        self._reverting = False
