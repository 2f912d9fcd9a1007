"""Teleprompter actions and the keys that trigger them: defaults, prefs round trip and conflict check.

Keys are kept as Qt portable key names ("Space", "PgDown", "F13", "Ctrl+M"); only `canonical` asks Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
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
S = TypeVar("S", bound=str)  # an action named by a string: a StrEnum member or a command id
Keys = tuple[str, ...]


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


def _anyone_has(bindings: Mapping[S, Keys], _action: S, key: str) -> bool:
    return owner(bindings, key) is not None


def bindings_from_prefs(raw: object, default_keys: Mapping[S, Keys],
                        allowed: Callable[[str], bool] = lambda _key: True,
                        taken: Callable[[Mapping[S, Keys], S, str], bool] = _anyone_has) -> dict[S, Keys]:
    """Saved bindings of any key set, tolerant of hand edits: unknown actions and keys are dropped, and so are
    keys the set does not `allow`; a key already `taken(bindings so far, action, key)` keeps its first action;
    an action never saved gets those of its default keys that are still free."""
    saved = raw if isinstance(raw, dict) else {}
    bindings: dict[S, Keys] = {}
    for action in default_keys:
        value = saved.get(str(action))
        if isinstance(value, list):
            keys = unique(canonical(key) for key in value if isinstance(key, str))
            bindings[action] = tuple(key for key in keys if allowed(key) and not taken(bindings, action, key))
    for action, keys in default_keys.items():
        if action not in bindings:
            bindings[action] = tuple(key for key in keys if not taken(bindings, action, key))
    return {action: bindings[action] for action in default_keys}


def bindings_to_prefs(bindings: Mapping[S, Iterable[str]]) -> dict[str, list[str]]:
    return {str(action): list(keys) for action, keys in bindings.items()}


def from_prefs(raw: object) -> Bindings:
    return bindings_from_prefs(raw, DEFAULT_KEYS)


def to_prefs(bindings: Mapping[Action, Iterable[str]]) -> dict[str, list[str]]:
    return bindings_to_prefs(bindings)
