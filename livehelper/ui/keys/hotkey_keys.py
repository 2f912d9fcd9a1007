"""Global hotkeys (keys that work while another program has the focus): actions, defaults, prefs round trip,
which keys may be taken from the whole system, and their Windows (modifiers, virtual-key) codes.

Keys are Qt portable key names ("F13", "Ctrl+Alt+T"), like the teleprompter's and the live keys.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QKeyCombination, Qt
from PySide6.QtGui import QKeySequence

from livehelper import prefs
from livehelper.ui.keys.prompter_keys import bindings_from_prefs, bindings_to_prefs, owner

PREFS_KEY = "global_hotkeys"


class GlobalAction(StrEnum):
    NEXT_PRODUCT = "next_product"
    TALLY = "tally"
    UNDO = "undo"
    NEXT_CUE = "next_cue"
    PAUSE_PROMPTER = "pause_prompter"


GlobalBindings = dict[GlobalAction, tuple[str, ...]]

# Pedal keys: no keyboard types them, so taking them from every other program costs nothing.
DEFAULT_KEYS: Mapping[GlobalAction, tuple[str, ...]] = {
    GlobalAction.TALLY: ("F13",),
    GlobalAction.UNDO: ("F14",),
    GlobalAction.NEXT_PRODUCT: ("F15",),
    GlobalAction.NEXT_CUE: ("F16",),
    GlobalAction.PAUSE_PROMPTER: ("F17",),
}

# RegisterHotKey modifier flags (winuser.h).
MOD_ALT = 0x0001
MOD_CONTROL = 0x0002
MOD_SHIFT = 0x0004
MOD_WIN = 0x0008
MOD_NOREPEAT = 0x4000

_MODIFIER_FLAGS = {
    Qt.KeyboardModifier.ControlModifier: MOD_CONTROL,
    Qt.KeyboardModifier.AltModifier: MOD_ALT,
    Qt.KeyboardModifier.ShiftModifier: MOD_SHIFT,
    Qt.KeyboardModifier.MetaModifier: MOD_WIN,
}
_COMMAND_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                      | Qt.KeyboardModifier.MetaModifier)
_FUNCTION_KEYS = {getattr(Qt.Key, f"Key_F{n}"): 0x70 + n - 1 for n in range(1, 25)}
_MEDIA_KEYS = {
    Qt.Key.Key_MediaTogglePlayPause: 0xB3,  # VK_MEDIA_PLAY_PAUSE: media keyboards have one play/pause key
    Qt.Key.Key_MediaPlay: 0xB3,
    Qt.Key.Key_MediaPause: 0xB3,
    Qt.Key.Key_MediaStop: 0xB2,  # VK_MEDIA_STOP
    Qt.Key.Key_MediaNext: 0xB0,  # VK_MEDIA_NEXT_TRACK
    Qt.Key.Key_MediaPrevious: 0xB1,  # VK_MEDIA_PREV_TRACK
}
_OTHER_KEYS = {
    **{getattr(Qt.Key, f"Key_{chr(c)}"): c for c in range(ord("A"), ord("Z") + 1)},
    **{getattr(Qt.Key, f"Key_{d}"): 0x30 + d for d in range(10)},
    Qt.Key.Key_Space: 0x20, Qt.Key.Key_Return: 0x0D, Qt.Key.Key_Enter: 0x0D, Qt.Key.Key_Tab: 0x09,
    Qt.Key.Key_Backspace: 0x08, Qt.Key.Key_Escape: 0x1B, Qt.Key.Key_PageUp: 0x21, Qt.Key.Key_PageDown: 0x22,
    Qt.Key.Key_End: 0x23, Qt.Key.Key_Home: 0x24, Qt.Key.Key_Left: 0x25, Qt.Key.Key_Up: 0x26,
    Qt.Key.Key_Right: 0x27, Qt.Key.Key_Down: 0x28, Qt.Key.Key_Insert: 0x2D, Qt.Key.Key_Delete: 0x2E,
    Qt.Key.Key_VolumeMute: 0xAD, Qt.Key.Key_VolumeDown: 0xAE, Qt.Key.Key_VolumeUp: 0xAF,
}
_VIRTUAL_KEYS = {**_OTHER_KEYS, **_FUNCTION_KEYS, **_MEDIA_KEYS}


class Refusal(StrEnum):
    """Why a key may not be a global hotkey."""

    # Taken from the whole system, a plain letter, Space, arrow… would stop working in every other program.
    NEEDED_BY_OTHER_PROGRAMS = "needed_by_other_programs"
    NO_WINDOWS_KEY = "no_windows_key"
    # RegisterHotKey's documentation: "The F12 key is reserved for use by the debugger at all times", and
    # "Keyboard shortcuts that involve the WINDOWS key are reserved for use by the operating system".
    RESERVED_BY_WINDOWS = "reserved_by_windows"


class GlobalConflict(NamedTuple):
    """A key that cannot be given to an action: `taken_by` another action, or (None) refused system-wide.
    Unpacks as (key, taken_by) like the other key sets' conflicts."""

    key: str
    taken_by: GlobalAction | None

    @property
    def refusal(self) -> Refusal | None:
        return refusal_of(self.key) if self.taken_by is None else None


def defaults() -> GlobalBindings:
    return dict(DEFAULT_KEYS)


def _combination(key: str) -> QKeyCombination | None:
    sequence = QKeySequence(key)
    return sequence[0] if key and sequence.count() == 1 else None


def windows_key(key: str) -> tuple[int, int] | None:
    """The RegisterHotKey (modifiers, virtual-key code) of a portable key name; None when Windows has none."""
    combination = _combination(key)
    if combination is None:
        return None
    virtual_key = _VIRTUAL_KEYS.get(combination.key())
    if virtual_key is None:
        return None
    pressed = combination.keyboardModifiers()
    modifiers = 0
    for modifier, flag in _MODIFIER_FLAGS.items():
        if pressed & modifier:
            modifiers |= flag
    return modifiers, virtual_key


def refusal_of(key: str) -> Refusal | None:
    """None when `key` may be grabbed system-wide: F1–F24 (not F12) and media keys alone or with modifiers, and
    any key Windows knows together with Ctrl or Alt. F12 and Win+ combinations are Windows' own."""
    combination = _combination(key)
    if combination is None or windows_key(key) is None:
        return Refusal.NO_WINDOWS_KEY
    if combination.key() == Qt.Key.Key_F12 or combination.keyboardModifiers() & Qt.KeyboardModifier.MetaModifier:
        return Refusal.RESERVED_BY_WINDOWS
    if combination.key() in _FUNCTION_KEYS or combination.key() in _MEDIA_KEYS:
        return None
    if combination.keyboardModifiers() & _COMMAND_MODIFIERS:
        return None
    return Refusal.NEEDED_BY_OTHER_PROGRAMS


def find_conflict(bindings: Mapping[GlobalAction, Iterable[str]], action: GlobalAction,
                  keys: Iterable[str]) -> GlobalConflict | None:
    """The first of `keys` that cannot go to `action`: refused system-wide, or used by another action."""
    others = {other: bound for other, bound in bindings.items() if other != action}
    for key in keys:
        if refusal_of(key) is not None:
            return GlobalConflict(key, None)
        taken_by = owner(others, key)
        if taken_by is not None:
            return GlobalConflict(key, taken_by)
    return None


def from_prefs(raw: object) -> GlobalBindings:
    """Saved bindings, tolerant of hand edits; keys refused system-wide are dropped."""
    return bindings_from_prefs(raw, DEFAULT_KEYS, allowed=lambda key: refusal_of(key) is None)


def to_prefs(bindings: Mapping[GlobalAction, Iterable[str]]) -> dict[str, list[str]]:
    return bindings_to_prefs(bindings)


def load_hotkeys(data_dir: Path) -> GlobalBindings:
    return from_prefs(prefs.load(data_dir).get(PREFS_KEY))


def save_hotkeys(data_dir: Path, bindings: Mapping[GlobalAction, Iterable[str]]) -> None:
    prefs.save(data_dir, **{PREFS_KEY: to_prefs(bindings)})
