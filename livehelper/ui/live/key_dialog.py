"""Re-binding the live keys (a foot pedal sending F13 can be "+1"): one key field per action."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QKeySequenceEdit,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from livehelper.ui.live.interpreter import LiveAction
from livehelper.ui.live.keys import LiveBindings, defaults, find_conflict
from livehelper.ui.prompter.key_dialog import display, keys_of, sequence_of
from livehelper.ui.prompter.keys import MAX_KEYS_PER_ACTION


class LiveActionNames(QObject):
    """What each live action is called on screen (the key dialog, tooltips, conflict messages)."""

    def label(self, action: LiveAction | None) -> str:
        if action is None:
            return self.tr("Pick a product by its link number (0–9)")
        return {
            LiveAction.TALLY: self.tr("Sold one of the picked product (+1)"),
            LiveAction.MULTIPLY: self.tr("Sold several: this key, then a digit"),
            LiveAction.UNDO: self.tr("Undo the last tally"),
            LiveAction.EXPLAIN_NEXT: self.tr("Explain the next product"),
            LiveAction.EXPLAIN_PREVIOUS: self.tr("Explain the previous product"),
            LiveAction.EXPLAIN_PICKED: self.tr("Explain the picked product"),
            LiveAction.CLEAR: self.tr("Cancel a number or a quantity being typed"),
        }[action]


class LiveKeysDialog(QDialog):
    def __init__(self, bindings: LiveBindings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Live keys"))
        self._bindings: LiveBindings = dict(bindings)
        self._edits: dict[LiveAction, QKeySequenceEdit] = {}
        self._reverting = False
        self._names = LiveActionNames(self)
        hint = QLabel(self.tr(
            "Click a field and press the key for that action; press up to four keys one after another to give "
            "it several keys. The number keys 0–9 always pick a product. Foot pedals usually send F13–F24."))
        hint.setWordWrap(True)
        form = QFormLayout()
        for action in LiveAction:
            edit = QKeySequenceEdit(sequence_of(self._bindings[action]))
            edit.setMaximumSequenceLength(MAX_KEYS_PER_ACTION)
            edit.setClearButtonEnabled(True)
            edit.setAccessibleName(self._names.label(action))
            edit.keySequenceChanged.connect(partial(self._changed, action))
            self._edits[action] = edit
            form.addRow(self._names.label(action), edit)
        self.message = QLabel()
        self.message.setObjectName("conflictMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e; font-weight: bold;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                                   | QDialogButtonBox.StandardButton.RestoreDefaults)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self.restore_defaults)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(600, self.sizeHint().height())

    def edit(self, action: LiveAction) -> QKeySequenceEdit:
        return self._edits[action]

    def bindings(self) -> LiveBindings:
        return dict(self._bindings)

    def restore_defaults(self) -> None:
        self._bindings = defaults()
        self._reverting = True
        for action, edit in self._edits.items():
            edit.setKeySequence(sequence_of(self._bindings[action]))
        self._reverting = False
        self.message.clear()

    def _changed(self, action: LiveAction, sequence: QKeySequence) -> None:
        if self._reverting:
            return
        keys = keys_of(sequence)
        conflict = find_conflict(self._bindings, action, keys)
        if conflict is None:
            self._bindings[action] = keys
            self.message.clear()
            return
        key, taken_by = conflict
        self.message.setText(self.tr(
            "{key} is already used for “{action}”. Choose another key, or first remove it there.").format(
            key=display((key,)), action=self._names.label(taken_by)))
        self._reverting = True
        self._edits[action].setKeySequence(sequence_of(self._bindings[action]))
        self._reverting = False
