"""The live keys: re-bindable actions (prefs key "live_keys"), the fixed number keys, and reading a QKeyEvent.

Keys are kept as Qt portable key names ("Return", "+", "Ctrl+Z", "F13"), like the teleprompter's keys.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

from livehelper import prefs
from livehelper.ui.keys.prompter_keys import bindings_from_prefs, bindings_to_prefs, owner
from livehelper.ui.live.interpreter import LiveAction

PREFS_KEY = "live_keys"
LiveBindings = dict[LiveAction, tuple[str, ...]]

DEFAULT_KEYS: Mapping[LiveAction, tuple[str, ...]] = {
    LiveAction.TALLY: ("Return", "Enter", "+"),
    LiveAction.MULTIPLY: ("*",),
    LiveAction.UNDO: ("Ctrl+Z",),
    LiveAction.EXPLAIN_NEXT: ("Ctrl+Right",),
    LiveAction.EXPLAIN_PREVIOUS: ("Ctrl+Left",),
    LiveAction.EXPLAIN_PICKED: ("Ctrl+Return", "Ctrl+Enter"),
    LiveAction.CLEAR: ("Esc",),
}
DIGIT_KEYS = tuple(str(d) for d in range(10))  # picking by link number; not re-bindable
_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
              | Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.MetaModifier)
_DIGITS = {getattr(Qt.Key, f"Key_{d}"): d for d in range(10)}
_IGNORED = {Qt.Key.Key_Control, Qt.Key.Key_Shift, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_unknown}


def defaults() -> LiveBindings:
    return dict(DEFAULT_KEYS)


def find_conflict(bindings: Mapping[LiveAction, Iterable[str]], action: LiveAction,
                  keys: Iterable[str]) -> tuple[str, LiveAction | None] | None:
    """The first of `keys` that is taken: by another action, or (owner None) by the number keys."""
    others = {other: bound for other, bound in bindings.items() if other != action}
    for key in keys:
        if key in DIGIT_KEYS:
            return key, None
        taken_by = owner(others, key)
        if taken_by is not None:
            return key, taken_by
    return None


def from_prefs(raw: object) -> LiveBindings:
    """Saved bindings, tolerant of hand edits; the digits stay number keys."""
    return bindings_from_prefs(raw, DEFAULT_KEYS, allowed=lambda key: key not in DIGIT_KEYS)


def to_prefs(bindings: Mapping[LiveAction, Iterable[str]]) -> dict[str, list[str]]:
    return bindings_to_prefs(bindings)


def load_bindings(data_dir: Path) -> LiveBindings:
    return from_prefs(prefs.load(data_dir).get(PREFS_KEY))


def save_bindings(data_dir: Path, bindings: Mapping[LiveAction, Iterable[str]]) -> None:
    prefs.save(data_dir, **{PREFS_KEY: to_prefs(bindings)})


def digit_of(event: QKeyEvent) -> int | None:
    """0–9 for a number key (main row or keypad) pressed without Ctrl or Alt."""
    if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
        return None
    return _DIGITS.get(Qt.Key(event.key()))


def key_names(event: QKeyEvent) -> list[str]:
    """The portable names the event may be bound as: as pressed, then without Shift (Shift+= types "+" and
    Shift+8 types "*" on a US keyboard). The keypad counts as the main keys."""
    key = Qt.Key(event.key())
    if key in _IGNORED:
        return []
    modifiers = event.modifiers() & _MODIFIERS
    names = [QKeySequence(QKeyCombination(modifiers, key)).toString(QKeySequence.SequenceFormat.PortableText)]
    if modifiers & Qt.KeyboardModifier.ShiftModifier:
        unshifted = modifiers & ~Qt.KeyboardModifier.ShiftModifier
        names.append(QKeySequence(QKeyCombination(unshifted, key)).toString(
            QKeySequence.SequenceFormat.PortableText))
    return [name for name in names if name]


class KeyMap:
    """Key name -> action, for the bindings in use."""

    def __init__(self, bindings: Mapping[LiveAction, Iterable[str]]) -> None:
        self._actions = {key.casefold(): action for action, keys in bindings.items() for key in keys}

    def action_for(self, event: QKeyEvent) -> LiveAction | None:
        for name in key_names(event):
            action = self._actions.get(name.casefold())
            if action is not None:
                return action
        return None


class LiveKeyFilter(QObject):
    """Hands key presses of the watched widgets to `handler` (True: consumed). Keys it would consume also win
    over window shortcuts while the running view has the focus."""

    def __init__(self, handler: Callable[[QKeyEvent, bool], bool], parent: QObject) -> None:
        super().__init__(parent)
        self._handler = handler

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            return self._handler(event, False)  # type: ignore[arg-type]
        if event.type() == QEvent.Type.ShortcutOverride and self._handler(event, True):  # type: ignore[arg-type]
            event.accept()
            return True
        return False
