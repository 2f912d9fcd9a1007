"""The app's own keyboard commands (menus and workspace buttons): ids, default keys, and binding them.

A workspace makes its shortcut with `command_shortcut`, which tags it with the command id and gives it the default
keys; the main window then applies the keys the user chose (prefs key "shortcuts") to every tagged shortcut, menu
action and button under it, and again whenever they change. So workspaces need no plumbing, and one built alone
(in a test) works with the defaults.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QPushButton, QWidget

from livehelper import prefs
from livehelper.ui.keys.prompter_keys import bindings_from_prefs, bindings_to_prefs, canonical, owner

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

PREFS_KEY = "shortcuts"
COMMAND_PROPERTY = "livehelperCommand"
KEYS_PROPERTY = "livehelperKeys"
DESCRIPTION_PROPERTY = "livehelperDescription"
Keys = tuple[str, ...]


class Scope(StrEnum):
    """Where a command's keys are live; keys may repeat only across scopes that are never live together."""

    WINDOW = "window"  # menus: live in every workspace of the main window
    CATALOG = "catalog"
    CUES = "cues"
    LINEUP = "lineup"
    SHIPPING = "shipping"


DEFAULT_KEYS: Mapping[str, Keys] = {
    "window.show_catalog": ("Ctrl+1",),
    "window.show_cues": ("Ctrl+2",),
    "window.show_live": ("Ctrl+3",),
    "window.show_shipping": ("Ctrl+4",),
    "window.settings": ("Ctrl+,",),
    "window.shortcuts": ("F1", "Ctrl+/"),
    "window.quit": ("Ctrl+Q",),
    "window.bigger": ("Ctrl+=", "Ctrl++"),
    "window.smaller": ("Ctrl+-",),
    "window.reset_scale": ("Ctrl+0",),
    "window.high_contrast": ("Ctrl+Shift+H",),
    "catalog.new": ("Ctrl+N",),
    "catalog.edit": ("F2",),
    "catalog.duplicate": ("Ctrl+D",),
    "catalog.toggle_active": ("Ctrl+E",),
    "catalog.delete": ("Del",),
    "catalog.import": ("Ctrl+I",),
    "catalog.export": ("Ctrl+Shift+E",),
    "catalog.find": ("Ctrl+F",),
    "catalog.stock": ("Ctrl+K",),
    "cues.prompter": ("F5",),
    "cues.save": ("Ctrl+S",),
    "lineup.remove": ("Del",),
    "lineup.up": ("Ctrl+Up",),
    "lineup.down": ("Ctrl+Down",),
    "shipping.import": ("Ctrl+I",),
    "shipping.manual": ("Ctrl+N",),
    "shipping.pick_list": ("Ctrl+P",),
    "shipping.slips": ("Ctrl+Shift+P",),
    "shipping.reconcile": ("Ctrl+R",),
    "shipping.export": ("Ctrl+E",),
    "shipping.start": ("F5",),
    "shipping.packed": ("F6",),
    "shipping.ship": ("F7",),
    "shipping.problem": ("F8",),
    "shipping.reopen": ("F9",),
    "shipping.cancel": ("Ctrl+Del",),
    "shipping.assign": ("Ctrl+G",),
    "shipping.history": ("Ctrl+H",),
    "shipping.merge": ("Ctrl+M",),
    "shipping.find": ("Ctrl+F",),
    "shipping.next_step": ("Return", "Enter"),
}
COMMANDS: tuple[str, ...] = tuple(DEFAULT_KEYS)


def scope_of(command: str) -> Scope:
    return Scope(command.split(".", 1)[0])


def commands_in(scope: Scope) -> tuple[str, ...]:
    return tuple(command for command in COMMANDS if scope_of(command) == scope)


def defaults() -> dict[str, Keys]:
    return {command: tuple(canonical(key) for key in keys) for command, keys in DEFAULT_KEYS.items()}


def from_prefs(raw: object) -> dict[str, Keys]:
    """Saved keys, tolerant of hand edits; a key counts as taken only by commands live at the same time."""
    return bindings_from_prefs(raw, defaults(), taken=lambda chosen, command, key: not _free(chosen, command, key))


def _free(chosen: Mapping[str, Keys], command: str, key: str) -> bool:
    return owner({c: k for c, k in chosen.items() if shares_keys(scope_of(c), scope_of(command))}, key) is None


def shares_keys(a: Scope, b: Scope) -> bool:
    """Whether keys of the two scopes can be live at the same moment (the menus are live in every workspace)."""
    return a == b or Scope.WINDOW in (a, b)


def load(data_dir: Path) -> dict[str, Keys]:
    return from_prefs(prefs.load(data_dir).get(PREFS_KEY))


def save(data_dir: Path, keys: Mapping[str, Keys]) -> None:
    prefs.save(data_dir, **{PREFS_KEY: bindings_to_prefs(keys)})


def tag(target: QObject, command: str) -> None:
    target.setProperty(COMMAND_PROPERTY, command)


def command_shortcut(command: str, parent: QWidget, slot: Callable[[], object],
                     context: Qt.ShortcutContext | None = None) -> QShortcut:
    """A shortcut for `command` with its default keys, re-bound later by `apply_keys`; by default it works
    anywhere inside `parent`."""
    from PySide6.QtCore import Qt  # here: the first window does without the Qt namespace (issue 20)

    shortcut = QShortcut(parent)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut if context is None else context)
    shortcut.activated.connect(slot)
    shortcut.setKeys(sequences(DEFAULT_KEYS[command]))
    tag(shortcut, command)
    return shortcut


def command_button(command: str, text: str, owner: QWidget, slot: Callable[[], object]) -> QPushButton:
    """A button for `command` whose keys work anywhere in `owner`, but only while the button is enabled."""
    button = QPushButton(text)
    button.clicked.connect(lambda _checked=False: slot())
    command_shortcut(command, owner, lambda: button.isEnabled() and slot())
    tag(button, command)
    show_keys_in_tooltip(button, DEFAULT_KEYS[command])
    return button


def show_keys_in_tooltip(button: QAbstractButton, keys: Keys | None = None) -> None:
    """The button's text and its keys as its tooltip; without `keys`, the ones it was last shown with (after the
    button's text changed)."""
    if keys is None:
        keys = tuple(button.property(KEYS_PROPERTY) or ())
    button.setProperty(KEYS_PROPERTY, list(keys))
    name = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    what = button.property(DESCRIPTION_PROPERTY) or name
    button.setToolTip(f"{what} ({shown(keys)})" if keys else what)


def describe(button: QAbstractButton, description: str) -> None:
    """What a command button does, shown with its keys as its tooltip (screen readers read it as its description)."""
    button.setProperty(DESCRIPTION_PROPERTY, description)
    show_keys_in_tooltip(button)


def sequences(keys: Keys) -> list[QKeySequence]:
    return [QKeySequence(key) for key in keys]


def shown(keys: Keys) -> str:
    """Keys as the keyboard labels them, each once: Return and Enter are both 回车 in Chinese."""
    return ", ".join(dict.fromkeys(QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
                                   for key in keys))


def apply_keys(root: QWidget, keys: Mapping[str, Keys]) -> None:
    """Give every tagged shortcut, menu action and button under `root` the keys of its command."""
    for shortcut in root.findChildren(QShortcut):
        command = shortcut.property(COMMAND_PROPERTY)
        if command in keys:
            shortcut.setKeys(sequences(keys[command]))
    for action in root.findChildren(QAction):
        command = action.property(COMMAND_PROPERTY)
        if command in keys:
            action.setShortcuts(sequences(keys[command]))
    for button in root.findChildren(QAbstractButton):
        command = button.property(COMMAND_PROPERTY)
        if command in keys:
            show_keys_in_tooltip(button, keys[command])
