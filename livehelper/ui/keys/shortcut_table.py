"""Every re-bindable key of the app in one table, with the one rule for conflicts across all of them.

A slot is (group, action): the menus and workspace commands (groups named after their scope), the live keys, the
teleprompter's keys and the global hotkeys. Two slots may share a key only when they are never live together:
the teleprompter is a window of its own, the workspaces never show at once, and the menus are live in all of the
main window. A global hotkey is taken from every program on the PC, so its key is refused everywhere else.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from livehelper.ui.keys.commands import Scope, scope_of
from livehelper.ui.keys.prompter_keys import unique

Keys = tuple[str, ...]
LIVE = "live"
PROMPTER = "prompter"
GLOBAL = "global"
GROUPS: tuple[str, ...] = (Scope.WINDOW.value, Scope.CATALOG.value, Scope.CUES.value, Scope.LINEUP.value,
                           LIVE, PROMPTER, Scope.SHIPPING.value, GLOBAL)
_MAIN_WINDOW = frozenset({*(scope.value for scope in Scope), LIVE})


@dataclass(frozen=True, order=True)
class Slot:
    group: str
    action: str


def live_together(a: str, b: str) -> bool:
    if a == b or GLOBAL in (a, b):
        return True
    return Scope.WINDOW.value in (a, b) and a in _MAIN_WINDOW and b in _MAIN_WINDOW


@dataclass(frozen=True)
class Conflict:
    """Why a slot cannot have `key`: another slot live at the same time has it (`owner`), or the slot's group
    refuses it (`reason`, a sentence for the user)."""

    key: str
    owner: Slot | None = None
    reason: str = ""


def _accepts_all(_key: str) -> str | None:
    return None


@dataclass(frozen=True)
class GroupRules:
    """What one group adds to the common rule: a check of each key on its own (the sentence when refused)."""

    refuses: Callable[[str], str | None] = _accepts_all


class KeyTable:
    def __init__(self, bindings: Mapping[Slot, Keys], rules: Mapping[str, GroupRules] | None = None) -> None:
        self._bindings = dict(bindings)
        self._rules = dict(rules or {})

    def bindings(self) -> dict[Slot, Keys]:
        return dict(self._bindings)

    def copy(self) -> KeyTable:
        return KeyTable(self._bindings, self._rules)

    def keys(self, slot: Slot) -> Keys:
        return self._bindings[slot]

    def group(self, group: str) -> dict[str, Keys]:
        return {slot.action: keys for slot, keys in self._bindings.items() if slot.group == group}

    def slots(self, group: str) -> list[Slot]:
        return [slot for slot in self._bindings if slot.group == group]

    def conflict(self, slot: Slot, keys: Iterable[str]) -> Conflict | None:
        """Why `slot` cannot have `keys`, for the first key that it cannot have; None when it can."""
        rules = self._rules.get(slot.group, GroupRules())
        for key in keys:
            reason = rules.refuses(key)
            if reason:
                return Conflict(key, reason=reason)
            for other, bound in self._bindings.items():
                if other != slot and live_together(other.group, slot.group) and \
                        any(key.casefold() == taken.casefold() for taken in bound):
                    return Conflict(key, owner=other)
        return None

    def set(self, slot: Slot, keys: Iterable[str]) -> Conflict | None:
        """Give `slot` these keys unless one of them is refused; the refusal is returned and nothing changes."""
        wanted = unique(keys)
        conflict = self.conflict(slot, wanted)
        if conflict is None:
            self._bindings[slot] = wanted
        return conflict


def command_slots(keys: Mapping[str, Keys]) -> dict[Slot, Keys]:
    return {Slot(scope_of(command).value, command): bound for command, bound in keys.items()}


def group_slots(group: str, keys: Mapping[str, Keys]) -> dict[Slot, Keys]:
    return {Slot(group, str(action)): tuple(bound) for action, bound in keys.items()}
