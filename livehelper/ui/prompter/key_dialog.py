"""Re-binding the teleprompter keys (foot pedals send F13–F24 or PageDown): one key field per action."""

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

from livehelper.ui.prompter.keys import (
    MAX_KEYS_PER_ACTION,
    Action,
    Bindings,
    canonical,
    defaults,
    find_conflict,
    unique,
)


class ActionNames(QObject):
    """What each action is called on screen (in the key dialog and the buttons' tooltips)."""

    def label(self, action: Action) -> str:
        return {
            Action.PAUSE: self.tr("Pause / resume scrolling"),
            Action.NEXT: self.tr("Next card"),
            Action.PREVIOUS: self.tr("Previous card"),
            Action.FASTER: self.tr("Scroll faster"),
            Action.SLOWER: self.tr("Scroll slower"),
            Action.BIGGER: self.tr("Larger text"),
            Action.SMALLER: self.tr("Smaller text"),
            Action.FLASH_SALE: self.tr("Start / stop the flash-sale countdown"),
            Action.MIRROR: self.tr("Mirror the text"),
            Action.THEME: self.tr("Switch dark / high-contrast theme"),
            Action.STAY_ON_TOP: self.tr("Keep the teleprompter on top"),
            Action.FULL_SCREEN: self.tr("Full screen on the chosen screen"),
            Action.CONTROLS: self.tr("Show / hide the controls"),
            Action.KEYS: self.tr("Change keys"),
            Action.LEAVE: self.tr("Leave full screen, or close"),
        }[action]


def sequence_of(keys: tuple[str, ...]) -> QKeySequence:
    """Up to four keys as one QKeySequence, one key per chord (each chord triggers the action alone)."""
    return QKeySequence(*[QKeySequence(key)[0] for key in keys[:MAX_KEYS_PER_ACTION]])


def keys_of(sequence: QKeySequence) -> tuple[str, ...]:
    return unique(canonical(QKeySequence(sequence[i]).toString(QKeySequence.SequenceFormat.PortableText))
                  for i in range(sequence.count()))


def display(keys: tuple[str, ...]) -> str:
    return ", ".join(QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) for key in keys)


class KeyBindingsDialog(QDialog):
    def __init__(self, bindings: Bindings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Teleprompter keys"))
        self._bindings: Bindings = dict(bindings)
        self._edits: dict[Action, QKeySequenceEdit] = {}
        self._reverting = False
        hint = QLabel(self.tr(
            "Click a field and press the key for that action. Press up to four keys one after another to "
            "give it several keys (each one works alone). Foot pedals usually send F13–F24 or PageDown."))
        hint.setWordWrap(True)
        form = QFormLayout()
        names = ActionNames(self)
        for action in Action:
            edit = QKeySequenceEdit(sequence_of(self._bindings[action]))
            edit.setMaximumSequenceLength(MAX_KEYS_PER_ACTION)
            edit.setClearButtonEnabled(True)
            edit.setAccessibleName(names.label(action))
            edit.keySequenceChanged.connect(partial(self._changed, action))
            self._edits[action] = edit
            form.addRow(names.label(action), edit)
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
        self.resize(560, self.sizeHint().height())

    def edit(self, action: Action) -> QKeySequenceEdit:
        return self._edits[action]

    def bindings(self) -> Bindings:
        return dict(self._bindings)

    def restore_defaults(self) -> None:
        self._bindings = defaults()
        self._reverting = True
        for action, edit in self._edits.items():
            edit.setKeySequence(sequence_of(self._bindings[action]))
        self._reverting = False
        self.message.clear()

    def _changed(self, action: Action, sequence: QKeySequence) -> None:
        if self._reverting:
            return
        keys = keys_of(sequence)
        conflict = find_conflict(self._bindings, action, keys)
        if conflict is None:
            self._bindings[action] = keys
            self.message.clear()
            return
        key, owner = conflict
        self.message.setText(self.tr(
            "{key} is already used for “{action}”. Choose another key, or first remove it there.").format(
            key=display((key,)), action=ActionNames(self).label(owner)))
        self._reverting = True
        self._edits[action].setKeySequence(sequence_of(self._bindings[action]))
        self._reverting = False
