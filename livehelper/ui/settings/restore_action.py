"""设置 → 备份 → 从备份恢复…: restore a backup from the app, where a streamer on Windows can reach it.

A restore replaces the database file, which needs every connection closed; the app's own engine, watcher and
backup scheduler hold it. So the dialog only chooses and confirms; the window then closes, app.run closes the
context, restores (Backups.restore saves the current state first, labelled before-restore) and opens the window
again on the restored database — the app restarts without the user starting it again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from livehelper.domain.errors import LiveHelperError
from livehelper.domain.messages import Message
from livehelper.services.settings.backup import Backups, check_backup
from livehelper.ui.i18n import current_language
from livehelper.ui.widgets.errors import show_error


def choose_backup(parent: QWidget, backups: Backups) -> Path | None:
    """The backup file the user picks (from the backup folder), or None."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent, Message("Restore from a backup").render(current_language()), str(backups.folder),
        Message("LiveHelper backups (*.sqlite3)").render(current_language()))
    return Path(chosen) if chosen else None


def confirm_restore(parent: QWidget, backup: Path) -> bool:
    """Checks that `backup` is one of ours, then asks; False when it is not or the user says no."""
    try:
        revision = check_backup(backup)
    except LiveHelperError as error:
        show_error(parent, Message("Restore from a backup").render(current_language()), error)
        return False
    text = Message("Restore {name} (schema {revision})? The current data is backed up first. LiveHelper then "
                   "closes its window and opens again on the restored database.", name=backup.name,
                   revision=revision).render(current_language())
    answer = QMessageBox.question(parent, Message("Restore from a backup").render(current_language()), text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                  QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes


def restore_now(data_dir: Path, url: str, backup: Path) -> Message:
    """Run once the app's database is closed; what to tell the user when the window opens again."""
    try:
        outcome = Backups(data_dir, url).restore(backup)
    except LiveHelperError as error:
        return Message("The restore did not happen: {reason}", reason=error.message)
    return Message("Restored {name}. The data as it was before is saved in {path}", name=backup.name,
                   path=str(outcome.previous) if outcome.previous else "—")
