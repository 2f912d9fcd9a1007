"""Re-binding keys (foot pedals send F13–F24 or PageDown): one key field per action, conflicts refused.

The teleprompter and the live workspace each have their own actions; this dialog serves both. Its texts
come from the caller, translated in the caller's own context.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import partial
from typing import Generic, TypeVar

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

from livehelper.ui.keys.prompter_keys import MAX_KEYS_PER_ACTION, canonical, unique
from livehelper.ui.widgets.dialog_buttons import describe_buttons

A = TypeVar("A")
Keys = tuple[str, ...]


def sequence_of(keys: Keys) -> QKeySequence:
    """Up to four keys as one QKeySequence, one key per chord (each chord triggers the action alone)."""
    return QKeySequence(*[QKeySequence(key)[0] for key in keys[:MAX_KEYS_PER_ACTION]])


def keys_of(sequence: QKeySequence) -> Keys:
    return unique(canonical(QKeySequence(sequence[i]).toString(QKeySequence.SequenceFormat.PortableText))
                  for i in range(sequence.count()))


def display(keys: Keys) -> str:
    """Keys as the keyboard labels them, each once: Return and Enter are both 回车 in Chinese."""
    return ", ".join(dict.fromkeys(QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
                                   for key in keys))


@dataclass(frozen=True)
class BindingRules(Generic[A]):
    """What a set of actions needs from the dialog: names, defaults and the conflict check."""

    actions: Iterable[A]
    label: Callable[[A], str]
    defaults: Callable[[], dict[A, Keys]]
    find_conflict: Callable[[Mapping[A, Keys], A, Keys], tuple[str, A] | None]


@dataclass(frozen=True)
class BindingTexts:
    title: str
    hint: str
    conflict: str  # with {key} and {action}


class BindingsDialog(QDialog, Generic[A]):
    def __init__(self, bindings: Mapping[A, Keys], rules: BindingRules[A], texts: BindingTexts,
                 parent: QWidget | None = None, width: int = 560) -> None:
        super().__init__(parent)
        self.setWindowTitle(texts.title)
        self._rules = rules
        self._conflict_text = texts.conflict
        self._bindings: dict[A, Keys] = dict(bindings)
        self._edits: dict[A, QKeySequenceEdit] = {}
        self._reverting = False
        hint = QLabel(texts.hint)
        hint.setWordWrap(True)
        form = QFormLayout()
        for action in rules.actions:
            edit = QKeySequenceEdit(sequence_of(self._bindings[action]))
            edit.setMaximumSequenceLength(MAX_KEYS_PER_ACTION)
            edit.setClearButtonEnabled(True)
            edit.setAccessibleName(rules.label(action))
            edit.keySequenceChanged.connect(partial(self._changed, action))
            self._edits[action] = edit
            form.addRow(rules.label(action), edit)
        self.message = QLabel()
        self.message.setObjectName("conflictMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e; font-weight: bold;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                                   | QDialogButtonBox.StandardButton.RestoreDefaults)
        describe_buttons(buttons, self.tr("Keeps these keys and closes the window"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self.restore_defaults)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(max(width, self.sizeHint().width()), self.sizeHint().height())  # large text: wider

    def edit(self, action: A) -> QKeySequenceEdit:
        return self._edits[action]

    def bindings(self) -> dict[A, Keys]:
        return dict(self._bindings)

    def restore_defaults(self) -> None:
        self._bindings = self._rules.defaults()
        self._show_all()
        self.message.clear()

    def _show_all(self) -> None:
        self._reverting = True
        for action, edit in self._edits.items():
            edit.setKeySequence(sequence_of(self._bindings[action]))
        self._reverting = False

    def _changed(self, action: A, sequence: QKeySequence) -> None:
        if self._reverting:
            return
        keys = keys_of(sequence)
        conflict = self._rules.find_conflict(self._bindings, action, keys)
        if conflict is None:
            self._bindings[action] = keys
            self.message.clear()
            return
        key, owner = conflict
        self.message.setText(self._conflict_text.format(key=display((key,)), action=self._rules.label(owner)))
        self._show_all()
