"""Every visible string has a zh_CN translation: checked in the sources and on the live widgets."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QLineEdit, QMenu, QWidget

from livehelper.ui.catalog.product_dialog import ProductDialog

ROOT = Path(__file__).resolve().parents[2]
ALLOWED_LATIN = re.compile(r"https?://\S*|sqlite:\S*|/\S+|\bCtrl\+\w+|\bCSV\b|\bPNG\b|\bEnglish\b|\b[A-Z]{2}-[A-Z]{2,3}-\d+")


def visible_strings(root: QWidget) -> list[str]:
    texts = [root.windowTitle()]
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
