"""The main window's keys: every key set loaded into one table, the 快捷键 page, and the global hotkeys.

The key sets keep their own prefs and their own appliers (the live keys, the teleprompter's keys, the global
hotkeys and the app's commands); this only gathers them for the page and hands each its part back.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QMessageBox, QWidget

from livehelper.ui.keys import commands
from livehelper.ui.keys.command_names import CommandNames
from livehelper.ui.keys.global_hotkeys import GlobalHotkeys
from livehelper.ui.keys.hotkey_keys import GlobalAction, load_hotkeys, refusal_of, save_hotkeys
from livehelper.ui.keys.hotkey_keys import defaults as global_defaults
from livehelper.ui.keys.hotkey_names import GlobalActionNames
from livehelper.ui.keys.live_key_dialog import LiveActionNames
from livehelper.ui.keys.live_keys import DIGIT_KEYS
from livehelper.ui.keys.live_keys import defaults as live_defaults
from livehelper.ui.keys.prompter_key_dialog import ActionNames
from livehelper.ui.keys.prompter_keys import Action
from livehelper.ui.keys.prompter_keys import defaults as prompter_defaults
from livehelper.ui.keys.shortcut_table import (
    GLOBAL,
    LIVE,
    PROMPTER,
    GroupRules,
    KeyTable,
    Slot,
    command_slots,
    group_slots,
)
from livehelper.ui.keys.shortcuts_dialog import ShortcutsDialog
from livehelper.ui.live.interpreter import LiveAction
from livehelper.ui.prompter.settings import PrompterSettings

if TYPE_CHECKING:
    from livehelper.ui.main_window import MainWindow

_GLOBAL_TO_LIVE = {GlobalAction.TALLY: LiveAction.TALLY, GlobalAction.UNDO: LiveAction.UNDO,
                   GlobalAction.NEXT_PRODUCT: LiveAction.EXPLAIN_NEXT}
_GLOBAL_TO_PROMPTER = {GlobalAction.NEXT_CUE: Action.NEXT, GlobalAction.PAUSE_PROMPTER: Action.PAUSE}


class KeyboardSetup(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._data_dir = window.context.data_dir
        self._commands = commands.load(self._data_dir)
        self._names = CommandNames(self)
        self._live_names = LiveActionNames(self)
        self._prompter_names = ActionNames(self)
        self._global_names = GlobalActionNames(self)
        self.hotkeys = GlobalHotkeys(self)
        self._inside: list[QShortcut] = []
        self.hotkeys.triggered.connect(self.run_global)
        commands.apply_keys(window, self._commands)
        window.live.keys_page = lambda: self.open_page(LIVE)
        window.cues.prompter_keys_page = lambda prompter: self.open_page(PROMPTER, prompter)
        self.hotkey_problems = self._apply_hotkeys(load_hotkeys(self._data_dir))

    # the table
    def table(self) -> KeyTable:
        bindings = command_slots(self._commands)
        bindings |= group_slots(LIVE, self._window.live.bindings())
        bindings |= group_slots(PROMPTER, self._prompter_keys())
        bindings |= group_slots(GLOBAL, load_hotkeys(self._data_dir))
        return KeyTable(bindings, self._rules())

    def default_table(self) -> KeyTable:
        bindings = command_slots(commands.defaults())
        bindings |= group_slots(LIVE, live_defaults())
        bindings |= group_slots(PROMPTER, prompter_defaults())
        bindings |= group_slots(GLOBAL, global_defaults())
        return KeyTable(bindings, self._rules())

    def _rules(self) -> dict[str, GroupRules]:
        def live_refuses(key: str) -> str | None:
            if key not in DIGIT_KEYS:
                return None
            return self.tr("{key} cannot be given to a live action: the number keys 0–9 pick a product by its "
                           "link number during the stream.").format(key=key)

        def global_refuses(key: str) -> str | None:
            refusal = refusal_of(key)
            return None if refusal is None else self._global_names.refusal(key, refusal)

        return {LIVE: GroupRules(live_refuses), GLOBAL: GroupRules(global_refuses)}

    def label(self, slot: Slot) -> str:
        if slot.group == LIVE:
            return self._live_names.label(LiveAction(slot.action))
        if slot.group == PROMPTER:
            return self._prompter_names.label(Action(slot.action))
        if slot.group == GLOBAL:
            return self._global_names.label(GlobalAction(slot.action))
        return self._names.command(slot.action)

    def notes(self) -> dict[str, str]:
        hotkeys = self.tr("These keys work even while the streaming client has the focus.")
        if self.hotkey_problems:
            hotkeys += "\n⚠ " + "\n⚠ ".join(self.hotkey_problems)
        return {LIVE: self.tr("The number keys 0–9 always pick a product by its link number."),
                PROMPTER: self.tr("These keys work while the teleprompter window has the focus."),
                GLOBAL: hotkeys}

    # the page
    def page(self, group: str | None = None, over: QWidget | None = None) -> ShortcutsDialog:
        """The 快捷键 page, showing `group`, over the main window or `over` (the full-screen teleprompter)."""
        dialog = ShortcutsDialog(self.table(), self.default_table, self.label, self._names.group, self.notes(),
                                 over or self._window)
        if group:
            dialog.show_group(group)
        return dialog

    def open_page(self, group: str | None = None, over: QWidget | None = None) -> bool:
        dialog = self.page(group, over)
        accepted = dialog.exec() == ShortcutsDialog.DialogCode.Accepted
        if accepted:
            self.apply(dialog.table())
        dialog.deleteLater()
        return accepted

    def apply(self, table: KeyTable) -> None:
        """Hand each key set its part of `table` (free of conflicts), which also remembers it."""
        self._commands = {slot.action: keys for slot, keys in table.bindings().items()
                          if slot.group not in (LIVE, PROMPTER, GLOBAL)}
        commands.save(self._data_dir, self._commands)
        commands.apply_keys(self._window, self._commands)
        self._window.live.apply_bindings({LiveAction(a): keys for a, keys in table.group(LIVE).items()})
        self._set_prompter_keys({Action(a): keys for a, keys in table.group(PROMPTER).items()})
        hotkeys = {GlobalAction(a): keys for a, keys in table.group(GLOBAL).items()}
        save_hotkeys(self._data_dir, hotkeys)
        self.hotkey_problems = self._apply_hotkeys(hotkeys)
        if self.hotkey_problems and self.hotkeys.available():
            QMessageBox.warning(self._window, self.tr("Global hotkeys"), "\n\n".join(self.hotkey_problems))

    def _apply_hotkeys(self, hotkeys: dict[GlobalAction, tuple[str, ...]]) -> list[str]:
        problems = self.hotkeys.apply(hotkeys)
        if problems and self.hotkeys.available():  # e.g. another program holds the key
            self._window.statusBar().showMessage(" ".join(problems), 30_000)
        # Inside LiveHelper: every key where the OS has no global hotkeys, else the keys Windows refused (another
        # program holds them), as the refusal message promises.
        self._bind_inside(self.hotkeys.keys_refused if self.hotkeys.available() else hotkeys)
        return problems

    def _bind_inside(self, hotkeys: dict[GlobalAction, tuple[str, ...]]) -> None:
        """Where the OS gives no global hotkeys, the same keys work in every window of LiveHelper instead."""
        for shortcut in self._inside:
            shortcut.setEnabled(False)
            shortcut.deleteLater()
        self._inside = []
        for action, keys in hotkeys.items():
            shortcut = QShortcut(self._window)
            shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
            shortcut.setKeys(commands.sequences(keys))
            shortcut.activated.connect(partial(self.run_global, action.value))
            self._inside.append(shortcut)

    # the teleprompter's keys live in its settings; an open teleprompter applies and saves them itself
    def _prompter_keys(self) -> dict[Action, tuple[str, ...]]:
        window = self._window.cues.prompter_window
        return window.bindings() if window is not None else PrompterSettings.load(self._data_dir).keys

    def _set_prompter_keys(self, keys: dict[Action, tuple[str, ...]]) -> None:
        window = self._window.cues.prompter_window
        if window is not None:
            window.apply_bindings(keys)
            return
        settings = PrompterSettings.load(self._data_dir)
        settings.keys = keys
        settings.save(self._data_dir)

    # global hotkeys
    def run_global(self, action: str) -> None:
        """What a global hotkey (a pedal) does: the live action, or the open teleprompter's."""
        hotkey = GlobalAction(action)
        if hotkey in _GLOBAL_TO_LIVE:
            self._window.live.trigger(_GLOBAL_TO_LIVE[hotkey])
            return
        window = self._window.cues.prompter_window
        if window is not None and window.isVisible():
            window.trigger(_GLOBAL_TO_PROMPTER[hotkey])
