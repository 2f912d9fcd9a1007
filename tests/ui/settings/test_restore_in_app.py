"""设置 → 备份 → 从备份恢复…: chosen and confirmed in the dialog; the app then closes its database, backs up
the current state, restores and opens its window again on the restored database (real SQLite files)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from livehelper import app
from livehelper.domain.product import ProductDraft
from livehelper.services.context import open_context
from livehelper.services.settings.backup import Backups
from livehelper.startup import Options
from livehelper.storage.engine import DB_FILE_NAME, sqlite_url
from livehelper.storage.snapshots import list_backups
from livehelper.ui.main_window import MainWindow
from livehelper.ui.settings.settings_dialog import SettingsDialog


def _names(database: Path) -> list[str]:
    with closing(sqlite3.connect(database)) as connection:
        return [row[0] for row in connection.execute("SELECT name FROM products ORDER BY id")]


def _shop_with_a_backup(data_dir: Path) -> Path:
    context = open_context(data_dir)
    try:
        context.catalog.create(ProductDraft(name="米脂黄小米", price_fen=3990, stock=100))
        backup = Backups(data_dir, sqlite_url(data_dir / DB_FILE_NAME)).take().path
        context.catalog.create(ProductDraft(name="巨鹿金银花", price_fen=2990, stock=50))
    finally:
        context.close()
    return backup


def test_the_dialog_checks_and_confirms_the_backup(qtbot, tmp_path, modal):
    data_dir = tmp_path / "data"
    backup = _shop_with_a_backup(data_dir)
    context = open_context(data_dir)
    try:
        dialog = SettingsDialog(context)
        qtbot.addWidget(dialog)
        not_ours = tmp_path / "notes.sqlite3"
        not_ours.write_text("hello", "utf-8")
        modal.press(QMessageBox.StandardButton.Ok)  # the error box
        assert not dialog.restore_from_backup(not_ours)
        assert dialog.restore_requested is None
        modal.press(QMessageBox.StandardButton.Cancel)
        assert not dialog.restore_from_backup(backup)
        modal.press(QMessageBox.StandardButton.Yes)
        assert dialog.restore_from_backup(backup)
        assert dialog.restore_requested == backup and dialog.result() == SettingsDialog.DialogCode.Accepted
        assert backup.name in modal.texts[-1]
    finally:
        context.close()


def test_the_app_restarts_on_the_restored_database(qtbot, tmp_path):
    data_dir = tmp_path / "data"
    backup = _shop_with_a_backup(data_dir)
    seen: list[list[str]] = []

    def main_window() -> MainWindow | None:
        # shown and ready: the window is painted before its database is open (issue 20)
        shown = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, MainWindow) and w.isVisible() and w.is_ready]
        return shown[0] if shown else None

    def first() -> None:
        window = main_window()
        if window is None:
            QTimer.singleShot(20, first)
            return
        seen.append(_names(data_dir / DB_FILE_NAME))
        window.pending_restore = backup  # what 设置 → 从备份恢复… leaves behind once confirmed
        window.close()
        QTimer.singleShot(20, second)

    def second() -> None:
        window = main_window()
        if window is None:
            QTimer.singleShot(20, second)
            return
        seen.append([window.context.catalog.get(i).name for i in (1,)] + [str(window.statusBar().currentMessage())])
        window.close()

    QTimer.singleShot(0, first)
    options = Options(data_dir, None, "en", False, True)
    assert app.run(options) == 0
    assert seen[0] == ["米脂黄小米", "巨鹿金银花"]
    assert seen[1][0] == "米脂黄小米" and seen[1][1].startswith(f"Restored {backup.name}")
    assert _names(data_dir / DB_FILE_NAME) == ["米脂黄小米"]
    [previous] = [b for b in list_backups(data_dir / "backups") if b.label == "before-restore"]
    assert _names(previous.path) == ["米脂黄小米", "巨鹿金银花"]
