"""The 快捷键 page: every re-bindable key in one place, one conflict rule across all of them, changes applied at
once and remembered; and the global hotkeys reaching the live workspace and the teleprompter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from livehelper import prefs
from livehelper.ui.keys import commands
from livehelper.ui.keys.hotkey_keys import GlobalAction
from livehelper.ui.keys.prompter_keys import Action
from livehelper.ui.keys.shortcut_table import KeyTable, Slot, command_slots, live_together
from livehelper.ui.keys.shortcuts_dialog import ShortcutsDialog
from livehelper.ui.live.interpreter import LiveAction
from livehelper.ui.main_window import MainWindow
from livehelper.ui.prompter.settings import PrompterSettings
from tests.ui.test_accessibility import start_session

NEW_PRODUCT = Slot("catalog", "catalog.new")
SHOW_PRODUCTS = Slot("window", "window.show_catalog")


def test_keys_may_repeat_only_where_they_are_never_live_together():
    table = KeyTable(command_slots(commands.defaults()))
    assert table.keys(Slot("shipping", "shipping.manual")) == table.keys(NEW_PRODUCT) == ("Ctrl+N",)
    assert live_together("window", "catalog") and live_together("window", "live")
    assert not live_together("catalog", "shipping") and not live_together("window", "prompter")
    assert live_together("global", "prompter") and live_together("catalog", "global")
    conflict = table.set(NEW_PRODUCT, ("Ctrl+1",))
    assert conflict is not None and conflict.owner == SHOW_PRODUCTS and conflict.key == "Ctrl+1"
    assert table.keys(NEW_PRODUCT) == ("Ctrl+N",)  # refused: nothing changed
    assert table.set(NEW_PRODUCT, ("Ctrl+P", "F12")) is None  # Ctrl+P is the shipping pick list: never together
    assert table.keys(NEW_PRODUCT) == ("Ctrl+P", "F12")


def test_hand_edited_shortcut_prefs_keep_what_makes_sense():
    keys = commands.from_prefs({"catalog.new": ["Ctrl+Shift+N", "nonsense key", 7], "no.such": ["F3"],
                                "catalog.edit": ["Ctrl+Shift+N"], "window.quit": "Ctrl+Q"})
    assert keys["catalog.new"] == ("Ctrl+Shift+N",)
    assert keys["catalog.edit"] == ()  # the key went to the first command of the scope
    assert keys["window.quit"] == ("Ctrl+Q",)  # not a list: the default
    assert "no.such" not in keys and set(keys) == set(commands.COMMANDS)
    assert commands.from_prefs("garbage") == commands.defaults()


def open_page(qtbot, window: MainWindow, run) -> None:
    """Open the page with its own key (F1) and let `run` work in it while it is modal."""
    def inside() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ShortcutsDialog)
        run(dialog)

    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    QTimer.singleShot(0, inside)
    window.activateWindow()
    QTest.keyClick(window.catalog.table, Qt.Key.Key_F1)


def press_in(qtbot, edit, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key in a key field; the field takes it once no second key follows (Qt waits a second)."""
    edit.setFocus()
    with qtbot.waitSignal(edit.editingFinished, timeout=3000):
        QTest.keyClick(edit, key, modifiers)


def test_a_key_changed_on_the_page_works_at_once_and_after_a_restart(qtbot, window, demo_context, modal):
    def rebind(dialog: ShortcutsDialog) -> None:
        dialog.show_group("catalog")
        edit = dialog.edit(NEW_PRODUCT)
        press_in(qtbot, edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: dialog.table().keys(NEW_PRODUCT) == ("Ctrl+Alt+N",))
        dialog.accept()

    open_page(qtbot, window, rebind)
    qtbot.waitUntil(lambda: prefs.load(demo_context.data_dir).get("shortcuts", {}).get("catalog.new")
                    == ["Ctrl+Alt+N"])
    assert "Ctrl+Alt+N" in window.catalog.add_button.toolTip()
    modal.next(lambda dialog: dialog.reject())
    window.activateWindow()  # the page has closed: its window is active again, as a person's next key finds it
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.catalog.table.setFocus()
    QTest.keyClick(window.catalog.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: modal.seen == ["ProductDialog"])  # the new key opened the product dialog
    restarted = MainWindow(demo_context)
    qtbot.addWidget(restarted)
    assert "Ctrl+Alt+N" in restarted.catalog.add_button.toolTip()


def test_the_product_dialog_opens_with_the_new_key(qtbot, window):
    table = window.keyboard.table()
    assert table.set(NEW_PRODUCT, ("F12",)) is None
    window.keyboard.apply(table)
    seen: list[str] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(type(dialog).__name__)
        dialog.reject()

    QTimer.singleShot(0, lambda: qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None) or close_it())
    window.catalog.table.setFocus()
    QTest.keyClick(window.catalog.table, Qt.Key.Key_F12)
    assert seen == ["ProductDialog"]
    QTest.keyClick(window.catalog.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # the old key is free
    assert QApplication.activeModalWidget() is None


def test_conflicts_across_groups_are_refused_with_a_clear_message(qtbot, window):
    said: list[str] = []

    def try_conflicts(dialog: ShortcutsDialog) -> None:
        dialog.show_group("catalog")
        press_in(qtbot, dialog.edit(NEW_PRODUCT), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
        said.append(dialog.message.text())
        dialog.show_group("live")
        press_in(qtbot, dialog.edit(Slot("live", LiveAction.TALLY.value)), Qt.Key.Key_5)
        said.append(dialog.message.text())
        dialog.show_group("global")
        press_in(qtbot, dialog.edit(Slot("global", GlobalAction.TALLY.value)), Qt.Key.Key_A)
        said.append(dialog.message.text())
        press_in(qtbot, dialog.edit(Slot("global", GlobalAction.UNDO.value)), Qt.Key.Key_F5)
        said.append(dialog.message.text())
        dialog.show_group("catalog")
        edit = dialog.edit(NEW_PRODUCT)
        press_in(qtbot, edit, Qt.Key.Key_F14)  # a global hotkey's key: taken from every program, so from us too
        said.append(dialog.message.text())
        said.append(edit.keySequence().toString(QKeySequence.SequenceFormat.PortableText))
        dialog.reject()

    open_page(qtbot, window, try_conflicts)
    qtbot.waitUntil(lambda: len(said) == 6)
    assert "Ctrl+1" in said[0] and "Show the products" in said[0]
    assert "5" in said[1] and "number keys" in said[1]
    assert "A" in said[2] and "every other program" in said[2]
    assert "F5" in said[3] and said[3].startswith("⚠")  # F5 is fine globally but opens the teleprompter
    assert "Open the teleprompter" in said[3]
    assert "F14" in said[4] and "Undo the last tally" in said[4]
    assert said[5] == "Ctrl+N"  # the field shows the keys it still has


def test_live_prompter_and_global_keys_reach_their_owners(qtbot, window, demo_context):
    table = window.keyboard.table()
    assert table.set(Slot("live", LiveAction.TALLY.value), ("F8", "Return")) is None
    assert table.set(Slot("prompter", Action.NEXT.value), ("Ctrl+Alt+Right",)) is None
    assert table.set(Slot("global", GlobalAction.NEXT_CUE.value), ("Ctrl+Alt+F9",)) is None
    window.keyboard.apply(table)
    assert window.live.bindings()[LiveAction.TALLY] == ("F8", "Return")
    assert PrompterSettings.load(demo_context.data_dir).keys[Action.NEXT] == ("Ctrl+Alt+Right",)
    assert prefs.load(demo_context.data_dir)["global_hotkeys"]["next_cue"] == ["Ctrl+Alt+F9"]
    assert window.keyboard.table().keys(Slot("global", GlobalAction.NEXT_CUE.value)) == ("Ctrl+Alt+F9",)
    # on this Linux machine the page says why the global keys only work inside the app
    assert any("only on Windows" in problem for problem in window.keyboard.hotkey_problems)


def test_a_global_hotkey_tallies_undoes_and_moves_on_during_the_stream(qtbot, window, demo_context):
    start_session(window, [1, 2])
    try:
        assert demo_context.live.snapshot().explaining == 1  # a session starts on its first product
        window.keyboard.run_global(GlobalAction.NEXT_PRODUCT.value)  # explains the second one and picks it
        window.keyboard.run_global(GlobalAction.TALLY.value)
        window.keyboard.run_global(GlobalAction.TALLY.value)
        window.keyboard.run_global(GlobalAction.UNDO.value)
        demo_context.live.wait_durable()
        snapshot = demo_context.live.snapshot()
        assert snapshot.explaining == 2 and snapshot.totals.items == 1
        assert snapshot.totals.per_product[2].items == 1
    finally:
        demo_context.live.stop()


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_global_hotkey_drives_the_open_teleprompter(qtbot, window):
    window.tabs.setCurrentWidget(window.cues)
    window.cues.open_prompter()
    prompter = window.cues.prompter_window
    qtbot.waitExposed(prompter)
    before = window.context.prompter.state()
    assert len(before.cards) > 1 and before.index == 0 and before.paused
    window.keyboard.run_global(GlobalAction.NEXT_CUE.value)
    window.keyboard.run_global(GlobalAction.PAUSE_PROMPTER.value)
    after = window.context.prompter.state()
    assert after.index == 1 and not after.paused
    prompter.close()
    window.keyboard.run_global(GlobalAction.NEXT_CUE.value)  # a closed teleprompter is left alone
    assert window.context.prompter.state().index == 1


def shown_group(dialog: ShortcutsDialog) -> str:
    return dialog.groups.currentItem().data(Qt.ItemDataRole.UserRole)


def test_the_live_keys_button_opens_the_page_on_the_live_keys(qtbot, window, demo_context, modal):
    start_session(window, [1, 2])
    seen: list[str] = []
    try:
        modal.next(lambda dialog: seen.append(shown_group(dialog)) or dialog.reject())
        window.live.running.keys_button.click()
        assert seen == ["live"]
    finally:
        demo_context.live.stop()


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_the_teleprompter_opens_the_page_over_itself_on_its_keys(qtbot, window, modal):
    window.tabs.setCurrentWidget(window.cues)
    window.cues.open_prompter()
    prompter = window.cues.prompter_window
    qtbot.waitExposed(prompter)
    seen: list[tuple[str, object]] = []
    modal.next(lambda dialog: seen.append((shown_group(dialog), dialog.parentWidget())) or dialog.reject())
    prompter.trigger(Action.KEYS)  # Ctrl+K in the teleprompter
    assert seen == [("prompter", prompter)]
    prompter.close()


def test_without_global_hotkeys_their_keys_work_inside_the_app(qtbot, window, demo_context):
    assert not window.keyboard.hotkeys.available()  # this Linux machine: the page says so (above)
    start_session(window, [1, 2])
    try:
        table = window.live.running.table
        table.setFocus()
        for key in (Qt.Key.Key_F15, Qt.Key.Key_F13, Qt.Key.Key_F13, Qt.Key.Key_F14):  # next, +1, +1, undo
            QTest.keyClick(table, key)
        demo_context.live.wait_durable()
        snapshot = demo_context.live.snapshot()
        assert snapshot.explaining == 2 and snapshot.totals.per_product[2].items == 1
    finally:
        demo_context.live.stop()
