"""Every visible string has a zh_CN translation: checked in the sources and on the live widgets."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QLineEdit, QMenu, QWidget

from livehelper.storage.products import ProductQuery
from livehelper.ui.catalog.product_dialog import ProductDialog
from livehelper.ui.cues.wordlist_dialog import WordListDialog
from livehelper.ui.keys.prompter_key_dialog import KeyBindingsDialog
from livehelper.ui.prompter.window import TeleprompterWindow

ROOT = Path(__file__).resolve().parents[2]
ALLOWED_WORDS = ("CSV", "PNG", "QR", "OBS", "English", "Windows", "PageDown", "PageUp", "Ctrl", "Shift", "Alt",
                 "Enter", "Esc", "px", "kg")
ALLOWED_LATIN = re.compile(r"https?://\S*|sqlite:\S*|/\S+|\bF\d+\b|[A-Z]{2}-[A-Z]{2,3}-\d+|"
                           + "|".join(rf"(?<![A-Za-z]){word}(?![A-Za-z])" for word in ALLOWED_WORDS))


def visible_strings(root: QWidget) -> list[str]:
    texts = [root.windowTitle().removesuffix(QApplication.applicationDisplayName())]  # the name is a brand
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QMenu):
            texts.extend(action.text() for action in widget.actions())
        texts.append(widget.accessibleName())
    return [t for t in texts if t]


def untranslated(texts: list[str]) -> list[str]:
    return [t for t in texts if re.search(r"[A-Za-z]{3,}", ALLOWED_LATIN.sub("", t))]


def test_sources_have_no_untranslated_string():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "update_translations.py"), "--check"],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_committed_qm_matches_the_ts(tmp_path):
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    ts = ROOT / "resources" / "translations" / "livehelper_zh_CN.ts"
    fresh = tmp_path / "fresh.qm"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), "run scripts/update_translations.py"


def test_main_window_and_dialog_show_only_chinese(qtbot, zh, window, demo_context):
    window.catalog.table.selectRow(0)
    texts = visible_strings(window)
    for menu in window.menuBar().findChildren(QMenu):
        texts.append(menu.title())
    texts += [window.tabs.tabText(i) for i in range(window.tabs.count())]
    model = window.catalog.model
    texts += [model.headerData(c, Qt.Orientation.Horizontal)
              for c in range(model.columnCount())]
    dialog = ProductDialog(demo_context.catalog.create, parent=window)
    qtbot.addWidget(dialog)
    texts += visible_strings(dialog)
    assert "商品(&P)" in texts
    assert untranslated(texts) == []


def test_cue_dialogs_and_teleprompter_show_only_chinese(qtbot, zh, window, demo_context):
    window.tabs.setCurrentWidget(window.cues)
    texts = visible_strings(window.cues)
    words = WordListDialog(demo_context.cues, window)
    qtbot.addWidget(words)
    texts += visible_strings(words)
    texts += [words.table.horizontalHeaderItem(c).text() for c in range(words.table.columnCount())]
    demo_context.prompter.show_deck(window.cues.deck.id)
    prompter = TeleprompterWindow(demo_context.prompter, window.bridge, demo_context.data_dir)
    qtbot.addWidget(prompter)
    prompter.show()
    texts += visible_strings(prompter)
    keys = KeyBindingsDialog(prompter.bindings(), prompter)
    qtbot.addWidget(keys)
    texts += visible_strings(keys)
    assert "提词器" in prompter.windowTitle()
    assert untranslated(texts) == []


def test_live_workspace_report_history_and_overlay_show_only_chinese(qtbot, zh, window, demo_context):
    from livehelper.domain.live import Platform
    from livehelper.services.live.report import build_report, history
    from livehelper.ui.live.history_dialog import HistoryDialog
    from livehelper.ui.live.overlay import OverlayWindow
    from livehelper.ui.live.report_dialog import ReportDialog

    window.tabs.setCurrentWidget(window.live)
    texts = visible_strings(window.live)  # the start panel
    products = demo_context.catalog.page(ProductQuery(include_inactive=False), 0, 3)
    demo_context.live.start("新米专场", Platform.DOUYIN, 100_000, [p.id for p in products])
    demo_context.live.tally(products[0].id)
    qtbot.waitUntil(window.live.is_running)
    texts += visible_strings(window.live)
    model = window.live.running.model
    texts += [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    texts += [model.data(model.index(r, c)) or "" for r in range(model.rowCount()) for c in range(model.columnCount())]
    overlay = OverlayWindow(demo_context, window.bridge)
    qtbot.addWidget(overlay)
    overlay.show()
    texts += visible_strings(overlay)
    session = demo_context.live.stop()
    report = ReportDialog(build_report(demo_context.database, session.id), window)
    qtbot.addWidget(report)
    texts += visible_strings(report)
    past = HistoryDialog(demo_context.reports, window)
    qtbot.addWidget(past)
    texts += visible_strings(past)
    assert len(history(demo_context.database)) == 2
    assert untranslated([t for t in texts if isinstance(t, str)]) == []
