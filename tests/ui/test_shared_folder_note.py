"""A data folder in a sync folder (OneDrive here, by its environment variable) is explained once, in Chinese."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from livehelper.app import explain_shared_folder
from livehelper.services.context import open_context
from livehelper.ui.i18n import current_language


def test_a_sync_folder_is_explained_once(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("OneDrive", str(tmp_path / "OneDrive"))
    context = open_context(tmp_path / "OneDrive" / "直播数据")
    try:
        window = QMainWindow()
        qtbot.addWidget(window)
        box = explain_shared_folder(context, window)
        assert box is not None
        qtbot.waitUntil(box.isVisible)
        text = box.text()
        assert "PostgreSQL" in text and ("OneDrive" in text)
        if current_language().startswith("zh"):
            assert "一台电脑" in text
        box.close()
        assert explain_shared_folder(context, window) is None  # once per folder
    finally:
        context.close()


def test_a_local_folder_says_nothing(qtbot, tmp_path, monkeypatch):
    monkeypatch.delenv("OneDrive", raising=False)
    context = open_context(tmp_path / "数据")
    try:
        window = QMainWindow()
        qtbot.addWidget(window)
        assert explain_shared_folder(context, window) is None
    finally:
        context.close()
