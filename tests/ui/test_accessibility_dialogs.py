"""The smaller dialogs and windows (about, crash, welcome, robots, histories, reports, overlay, pairing, helper mode,
the 快捷键 page, the teleprompter and its keys, a loaded import) name and describe their controls and give each
button a mnemonic of its own — the same walk as test_accessibility.py, over the windows it does not open."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton, QWidget

from livehelper.server.runner import LanServer
from livehelper.services.context import AppContext
from livehelper.services.helpers.remote_queue import RemoteQueue, split_pairing_url
from livehelper.services.live.report import build_report
from livehelper.ui.bridge import EventBridge
from livehelper.ui.crash_dialog import CrashDialog
from livehelper.ui.help.about_dialog import AboutDialog
from livehelper.ui.help.welcome_dialog import WelcomeDialog
from livehelper.ui.helpers.pairing import AddHelperDialog, PairingDialog
from livehelper.ui.helpers.remote_window import RemoteConnectDialog, RemoteWindow
from livehelper.ui.keys.prompter_key_dialog import KeyBindingsDialog
from livehelper.ui.keys.shortcuts_dialog import ShortcutsDialog
from livehelper.ui.live.history_dialog import HistoryDialog as LiveHistoryDialog
from livehelper.ui.live.overlay import OverlayWindow
from livehelper.ui.live.report_dialog import ReportDialog
from livehelper.ui.prompter.window import TeleprompterWindow
from livehelper.ui.settings.notify_dialog import NotifyDialog
from livehelper.ui.shipping.history_dialog import HistoryDialog as TaskHistoryDialog
from livehelper.ui.shipping.import_dialog import OrderImportDialog
from livehelper.ui.shipping.task_dialogs import AssignDialog, ProblemDialog
from livehelper.ui.shipping.title_mapping import TitleMappingPanel
from tests.ui.live.test_live_report import CRISPS, MILLET, NOODLES, run_session
from tests.ui.test_accessibility import (
    SAMPLES,
    accessible_description,
    accessible_name,
    form_label_problems,
    mnemonic_problems,
    mnemonic_texts,
    problems,
    shown,
)

# forms of several fields, whose labels give each field a mnemonic; a key dialog's labels have none (Alt+letter in a
# key field is a key to record), nor does a question with one field
FORMS = (NotifyDialog, AddHelperDialog, PairingDialog, RemoteConnectDialog)


def walk(window: QWidget, exempt: frozenset[str] = frozenset()) -> list[str]:
    """Names and descriptions, mnemonics (but for the texts `exempt`) and form labels of `window` as it shows now."""
    texts = [text for text in mnemonic_texts(window) if text not in exempt]
    found = problems(window) + mnemonic_problems(type(window).__name__, texts)
    return found + form_label_problems(window) if isinstance(window, FORMS) else found


def texts_of(buttons: list[QPushButton]) -> frozenset[str]:
    return frozenset(button.text() for button in buttons)


def small_dialogs(context: AppContext, tmp_path: Path) -> list[QWidget]:
    task = context.tasks.get(1)
    return [AboutDialog(context.data_dir, context.data_dir / "logs", "sqlite:///livehelper.db"),
            CrashDialog(tmp_path / "crash-20240501-101500.txt"),
            WelcomeDialog(tmp_path, "en", first_run=True),
            WelcomeDialog(tmp_path, "en", first_run=False),
            NotifyDialog(context.notify, context.events),
            TaskHistoryDialog(task, context.tasks.history(task.id)),
            ProblemDialog(2),
            AssignDialog(["小王", "李姐"], 2, "小王"),
            AddHelperDialog(context.helpers),
            PairingDialog("小王", "http://192.168.1.8:8765/#token=abc", server_on=False),
            RemoteConnectDialog("http://192.168.1.8:8765")]


def test_the_small_dialogs_describe_their_controls_with_unique_mnemonics(qtbot, demo_context, tmp_path):
    found = []
    for dialog in small_dialogs(demo_context, tmp_path):
        found += walk(shown(qtbot, dialog))  # type: ignore[arg-type]
        dialog.close()
    assert found == [], "\n".join(found)


def test_the_live_report_history_and_overlay_describe_their_controls(qtbot, demo_context):
    started = datetime.now(UTC) - timedelta(hours=3)
    first = run_session(demo_context, "周六晚场", started, [MILLET, CRISPS], [(MILLET, 4), (CRISPS, 1)])
    run_session(demo_context, "周日早场", started + timedelta(hours=1), [MILLET, NOODLES], [(NOODLES, 2)])
    found = walk(shown(qtbot, ReportDialog(build_report(demo_context.database, first))))
    history = shown(qtbot, LiveHistoryDialog(demo_context.reports))
    history.select_rows([0, 1])
    history.compare_selected()
    found += walk(history)
    bridge = EventBridge(demo_context.events)
    try:
        overlay = OverlayWindow(demo_context, bridge)
        qtbot.addWidget(overlay)
        overlay.show()
        qtbot.waitExposed(overlay)
        found += walk(overlay)  # the overlay itself takes the keys: it says what it shows, and its menu has mnemonics
        assert accessible_name(overlay) and accessible_description(overlay) == overlay.placeholder()
        menu = [action.text() for action in overlay.menu().actions() if action.isEnabled() and action.text()]
        found += mnemonic_problems("overlay menu", menu)
        overlay.close()
    finally:
        bridge.stop()
    assert found == [], "\n".join(found)


def test_the_shortcuts_page_describes_every_group(qtbot, window, modal):
    found: list[str] = []
    groups: list[str] = []

    def walk_groups(dialog: ShortcutsDialog) -> None:
        # exempt: each action has its own Clear button, named after the action; one letter could not tell them apart
        clear_buttons = texts_of(dialog.pages.findChildren(QPushButton))
        for row in range(dialog.groups.count()):
            dialog.groups.setCurrentRow(row)
            found.extend(walk(dialog, clear_buttons))
            groups.append(dialog.groups.currentItem().text())
        dialog.reject()

    modal.next(walk_groups)  # type: ignore[arg-type]
    assert not window.keyboard.open_page()
    assert len(groups) >= 4 and found == [], "\n".join(found)


def test_the_teleprompter_its_keys_and_a_loaded_import_describe_their_controls(qtbot, demo_context):
    importing = shown(qtbot, OrderImportDialog(demo_context, None, SAMPLES / "douyin.csv"))
    qtbot.waitUntil(lambda: not importing.is_busy)
    # exempt: each unmatched title has its own Remember button, named after the title (as the Clear buttons above)
    remember = texts_of(importing.findChildren(TitleMappingPanel)[0].findChildren(QPushButton))
    found = walk(importing, remember)
    bridge = EventBridge(demo_context.events)
    try:
        teleprompter = TeleprompterWindow(demo_context.prompter, bridge, demo_context.data_dir)
        qtbot.addWidget(teleprompter)
        teleprompter.show()
        qtbot.waitExposed(teleprompter)
        # exempt: the buttons for the teleprompter's actions, which each have their own re-bindable key (in the
        # button's tool tip); an Alt+letter there could be a key the streamer bound, and Qt then runs neither
        action_buttons = texts_of([*teleprompter.controls.buttons.values(), teleprompter.header.controls_button])
        found += walk(teleprompter, action_buttons)
        found += walk(shown(qtbot, KeyBindingsDialog(teleprompter.bindings(), teleprompter)))
    finally:
        bridge.stop()
    assert found == [], "\n".join(found)


@pytest.fixture
def remote(qtbot, demo_context: AppContext) -> Iterator[RemoteWindow]:
    server = LanServer(demo_context)
    server.start()
    _, token = demo_context.helpers.add("小王")
    window = RemoteWindow(RemoteQueue(*split_pairing_url(server.pairing_url(token))), refresh_ms=0)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.workspace.model.rowCount() > 0 and bool(window.helper_name) and not window.busy)
    try:
        yield window
    finally:
        window.close()
        qtbot.waitUntil(lambda: not window.busy)
        server.stop()


def test_the_helper_mode_window_describes_its_controls(qtbot, remote, qtmodeltester):
    qtmodeltester.check(remote.workspace.model)
    found = walk(remote)
    assert found == [], "\n".join(found)

