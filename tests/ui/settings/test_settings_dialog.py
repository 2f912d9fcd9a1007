"""File › Settings… (数据与隐私): the backup folder, a backup now, and how long buyer data is kept."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog

from livehelper.services.context import AppContext
from livehelper.services.settings.backup import backup_folder
from livehelper.services.settings.privacy import DEFAULT_PURGE_DAYS, PrivacyService
from livehelper.ui.main_window import MainWindow
from livehelper.ui.settings.settings_dialog import SettingsDialog
from tests.ui.conftest import choose_file


class FileManager(QObject):
    """Stands in for Explorer: Qt hands it the file:// links the app asks to open."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[Path] = []

    @Slot(QUrl)
    def show(self, url: QUrl) -> None:
        self.opened.append(Path(url.toLocalFile()))


@pytest.fixture
def file_manager() -> Iterator[FileManager]:
    manager = FileManager()
    QDesktopServices.setUrlHandler("file", manager, "show")
    yield manager
    QDesktopServices.unsetUrlHandler("file")


@pytest.fixture
def dialog(qtbot, context: AppContext) -> SettingsDialog:
    settings = SettingsDialog(context)
    qtbot.addWidget(settings)
    settings.show()
    return settings


def test_it_shows_the_backup_folder_and_opens_it(dialog: SettingsDialog, context: AppContext,
                                                 file_manager: FileManager):
    assert dialog.folder.text() == str(context.data_dir / "backups")
    dialog.open_folder_button.click()
    assert file_manager.opened == [context.data_dir / "backups"]


def test_changing_the_folder_applies_at_once(dialog: SettingsDialog, context: AppContext, tmp_path: Path, modal):
    chosen = tmp_path / "U盘备份"
    chosen.mkdir()

    def choose(file_dialog: QFileDialog) -> None:
        choose_file(file_dialog, str(chosen))

    modal.next(choose)
    dialog.change_folder_button.click()
    assert dialog.folder.text() == str(chosen)
    assert backup_folder(context.data_dir) == chosen


def test_a_folder_that_cannot_be_used_is_refused_calmly(dialog: SettingsDialog, context: AppContext, tmp_path: Path,
                                                        modal):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    modal.next(lambda box: box.accept())
    assert not dialog.use_folder(blocker / "backups")
    assert "cannot use" in modal.texts[0]
    assert backup_folder(context.data_dir) == context.data_dir / "backups"


def test_back_up_now_runs_in_the_background_and_says_where(qtbot, dialog: SettingsDialog, context: AppContext):
    dialog.backup_button.click()
    assert not dialog.backup_button.isEnabled() and dialog.backing_up
    qtbot.waitUntil(lambda: dialog.backup_button.isEnabled())
    assert dialog.backup_state.text().startswith("Backup saved: ")
    saved = Path(dialog.backup_state.text().removeprefix("Backup saved: "))
    assert saved.parent == context.data_dir / "backups" and saved.is_file()


def test_the_purge_days_are_saved_with_ok_only(qtbot, context: AppContext):
    privacy = PrivacyService(context.database, context.events)
    cancelled = SettingsDialog(context)
    qtbot.addWidget(cancelled)
    assert cancelled.purge_days.value() == DEFAULT_PURGE_DAYS
    cancelled.purge_days.setValue(30)
    cancelled.reject()
    assert privacy.purge_days() == DEFAULT_PURGE_DAYS

    saved = SettingsDialog(context)
    qtbot.addWidget(saved)
    saved.purge_days.setValue(30)
    saved.accept()
    assert saved.result() == QDialog.DialogCode.Accepted
    assert privacy.purge_days() == 30


def test_the_file_menu_opens_the_settings_and_the_backup_folder(window: MainWindow, demo_context: AppContext, modal,
                                                                 file_manager: FileManager):
    file_menu = window.menuBar().actions()[0].menu()
    texts = [action.text() for action in file_menu.actions()]
    assert "&Settings…" in texts and "Open &backup folder" in texts
    seen: list[str] = []

    def look(settings: QDialog) -> None:
        seen.append(type(settings).__name__)
        settings.reject()

    modal.next(look)
    window.settings_action.trigger()
    assert seen == ["SettingsDialog"]
    next(action for action in file_menu.actions() if action.text() == "Open &backup folder").trigger()
    assert file_manager.opened == [demo_context.data_dir / "backups"]
