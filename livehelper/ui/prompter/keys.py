"""Teleprompter actions and the keys that trigger them: defaults, prefs round trip and conflict check.

Keys are kept as Qt portable key names ("Space", "PgDown", "F13", "Ctrl+M"); only `canonical` asks Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import TypeVar

from PySide6.QtGui import QKeySequence


class Action(StrEnum):
    PAUSE = "pause"
    NEXT = "next"
    PREVIOUS = "previous"
    FASTER = "faster"
    SLOWER = "slower"
    BIGGER = "bigger"
    SMALLER = "smaller"
    FLASH_SALE = "flash_sale"
    MIRROR = "mirror"
    THEME = "theme"
    STAY_ON_TOP = "stay_on_top"
    FULL_SCREEN = "full_screen"
    CONTROLS = "controls"
    KEYS = "keys"
    LEAVE = "leave"


Bindings = dict[Action, tuple[str, ...]]

DEFAULT_KEYS: Mapping[Action, tuple[str, ...]] = {
    Action.PAUSE: ("Space",),
    Action.NEXT: ("Right", "PgDown"),
    Action.PREVIOUS: ("Left", "PgUp"),
    Action.FASTER: ("Up",),
    Action.SLOWER: ("Down",),
    Action.BIGGER: ("+", "="),
    Action.SMALLER: ("-",),
    Action.FLASH_SALE: ("F9",),
    Action.MIRROR: ("Ctrl+M",),
    Action.THEME: ("Ctrl+H",),
    Action.STAY_ON_TOP: ("Ctrl+T",),
    Action.FULL_SCREEN: ("F11",),
    Action.CONTROLS: ("F10",),
    Action.KEYS: ("Ctrl+K",),
    Action.LEAVE: ("Esc",),
}
MAX_KEYS_PER_ACTION = 4
# Held keys repeat only where repeating makes sense (speed and size), never for card changes or toggles.
REPEATING = frozenset({Action.FASTER, Action.SLOWER, Action.BIGGER, Action.SMALLER})
_ALIASES = {"pagedown": "PgDown", "pageup": "PgUp", "escape": "Esc", "plus": "+", "minus": "-",
            "spacebar": "Space", "return": "Return"}


def defaults() -> Bindings:
    return dict(DEFAULT_KEYS)


def canonical(key: str) -> str:
    """The portable name of one key (with modifiers), or "" when it is not a single known key."""
    key = _ALIASES.get(key.strip().lower(), key.strip())
    if not key:
        return ""
    sequence = QKeySequence(key)
    return sequence.toString(QKeySequence.SequenceFormat.PortableText) if sequence.count() == 1 else ""


def _same(a: str, b: str) -> bool:
    return a.casefold() == b.casefold()


A = TypeVar("A")


def owner(bindings: Mapping[A, Iterable[str]], key: str) -> A | None:
    """The action that `key` triggers, if any (for the teleprompter's actions or any other set)."""
    for action, keys in bindings.items():
        if any(_same(key, bound) for bound in keys):
            return action
    return None


def find_conflict(bindings: Mapping[Action, Iterable[str]], action: Action,
                  keys: Iterable[str]) -> tuple[str, Action] | None:
    """The first of `keys` that another action already uses, with that action."""
    others = {other: bound for other, bound in bindings.items() if other != action}
    for key in keys:
        taken_by = owner(others, key)
        if taken_by is not None:
            return key, taken_by
    return None


def unique(keys: Iterable[str]) -> tuple[str, ...]:
    result: list[str] = []
    for key in keys:
        if key and not any(_same(key, seen) for seen in result):
            result.append(key)
    return tuple(result[:MAX_KEYS_PER_ACTION])


def from_prefs(raw: object) -> Bindings:
    """Saved bindings, tolerant of hand edits: unknown actions and keys are dropped, a key used twice keeps
    its first action, and an action never saved gets its default keys that are still free."""
    saved = raw if isinstance(raw, dict) else {}
    bindings: Bindings = {}
    for action in Action:
        value = saved.get(action.value)
        if not isinstance(value, list):
            continue
        keys = unique(canonical(key) for key in value if isinstance(key, str))
        bindings[action] = tuple(key for key in keys if owner(bindings, key) is None)
    for action in Action:
        if action not in bindings:
            bindings[action] = tuple(key for key in DEFAULT_KEYS[action] if owner(bindings, key) is None)
    return {action: bindings[action] for action in Action}


def to_prefs(bindings: Mapping[Action, Iterable[str]]) -> dict[str, list[str]]:
    return {action.value: list(keys) for action, keys in bindings.items()}
