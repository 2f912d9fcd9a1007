"""Settings › 数据与隐私: where backups go, a backup now, and how long buyer data is kept."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from livehelper.domain.errors import LiveHelperError
from livehelper.domain.messages import Message
from livehelper.services.context import AppContext
from livehelper.services.settings.backup import BackupFile, backup_folder, set_backup_folder
from livehelper.services.settings.privacy import MAX_PURGE_DAYS
from livehelper.ui.i18n import current_language
from livehelper.ui.tasks import BackgroundRunner
from livehelper.ui.widgets.dialog_buttons import describe_buttons
from livehelper.ui.widgets.errors import show_error


def open_folder(folder: Path) -> bool:
    """Show `folder` in the file manager (Explorer on Windows), creating it first if needed."""
    folder.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class SettingsDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data_dir = context.data_dir
        self._privacy = context.privacy
        self._backups = context.backups
        self._runner = BackgroundRunner(self)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(620)

        self.folder = QLineEdit(str(backup_folder(self._data_dir)))
        self.folder.setReadOnly(True)
        self.folder.setAccessibleName(self.tr("Backup folder"))
        self.folder.setAccessibleDescription(self.tr("Where the backups are kept; Change picks another folder"))
        self.change_folder_button = QPushButton(self.tr("C&hange…"))
        self.change_folder_button.clicked.connect(self.change_folder)
        self.open_folder_button = QPushButton(self.tr("&Open folder"))
        self.change_folder_button.setToolTip(self.tr("Picks another folder for the backups, e.g. on a USB disk"))
        self.open_folder_button.setToolTip(self.tr("Shows the backup folder in the file manager"))
        self.open_folder_button.clicked.connect(lambda: open_folder(backup_folder(self._data_dir)))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.change_folder_button)
        folder_row.addWidget(self.open_folder_button)

        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.backup_button.setToolTip(self.tr("Copies the whole database to the backup folder now"))
        self.backup_state = QLabel()
        self.backup_state.setWordWrap(True)
        self.restore_button = QPushButton(Message("&Restore from a backup…").render(current_language()))
        self.restore_button.setToolTip(Message("Replaces the data with a backup; the current data is backed up "
                                               "first and LiveHelper opens again").render(current_language()))
        self.restore_button.clicked.connect(self.restore_from_backup)
        self.restore_requested: Path | None = None  # the main window restarts on it (ui/restore_action.py)
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_button)
        backup_row.addWidget(self.restore_button)
        backup_row.addWidget(self.backup_state, 1)
        if not self._backups.available:  # a shared PostgreSQL database: its server backs it up
            self.backup_button.setEnabled(False)
            self.restore_button.setEnabled(False)
            self.backup_state.setText(self._backups.unavailable_note().render(current_language()))

        self.purge_days = QSpinBox()
        self.purge_days.setRange(1, MAX_PURGE_DAYS)
        self.purge_days.setSuffix(self.tr(" days"))
        self.purge_days.setValue(self._privacy.purge_days())
        self.purge_days.setAccessibleName(self.tr("Keep buyer data after shipping"))
        self.purge_days.setAccessibleDescription(self.tr(
            "Days after shipping before buyer names, phones and addresses are masked"))
        purge_note = QLabel(self.tr("Buyer name, phone and address are masked this many days after the order was "
                                    "shipped or closed. The order, its items and its history stay."))
        purge_note.setWordWrap(True)
        purge_note.setStyleSheet("color: #6a6a6a;")

        group = QGroupBox(self.tr("Data and privacy"))
        form = QFormLayout(group)
        form.addRow(self.tr("Backup folder:"), folder_row)
        form.addRow("", backup_row)
        keep_label = QLabel(self.tr("&Keep buyer data:"))
        keep_label.setBuddy(self.purge_days)
        form.addRow(keep_label, self.purge_days)
        form.addRow("", purge_note)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        describe_buttons(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(group)
        layout.addWidget(buttons)

    def change_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for backups"), self.folder.text())
        if chosen:
            self.use_folder(Path(chosen))

    def use_folder(self, folder: Path) -> bool:
        """Keep backups in `folder` from now on (it applies at once, like `livehelper backup --set-folder`)."""
        try:
            self.folder.setText(str(set_backup_folder(self._data_dir, folder)))
        except LiveHelperError as error:
            show_error(self, self.tr("Backup folder"), error)
            return False
        return True

    def restore_from_backup(self, backup: Path | None = None) -> bool:
        """Pick (unless given), check and confirm a backup; the dialog then closes and the app restarts on it."""
        from livehelper.ui.settings.restore_action import choose_backup, confirm_restore

        if self._still_backing_up():
            return False
        backup = backup or choose_backup(self, self._backups)
        if backup is None or not confirm_restore(self, backup):
            return False
        self.restore_requested = backup
        super().accept()
        return True

    def back_up_now(self) -> None:
        self.backup_button.setEnabled(False)
        self.backup_state.setText(self.tr("Backing up…"))
        self._runner.start(self._backups.take_and_rotate, self._backed_up, self._backup_failed)

    @property
    def backing_up(self) -> bool:
        return self._runner.busy

    def accept(self) -> None:
        if self._still_backing_up():
            return
        try:
            if self.purge_days.value() != self._privacy.purge_days():
                self._privacy.set_purge_days(self.purge_days.value())
        except LiveHelperError as error:
            show_error(self, self.tr("Settings"), error)
            return
        super().accept()

    def reject(self) -> None:
        if not self._still_backing_up():
            super().reject()

    def _still_backing_up(self) -> bool:
        """The dialog stays until the backup's result is shown (it only takes a moment)."""
        if self.backing_up:
            self.backup_state.setText(self.tr("Backing up… the dialog closes once it is done."))
        return self.backing_up

    def _backed_up(self, backup: BackupFile) -> None:
        self.backup_button.setEnabled(True)
        self.backup_state.setText(self.tr("Backup saved: {path}").format(path=str(backup.path)))

    def _backup_failed(self, error: Exception) -> None:
        self.backup_button.setEnabled(True)
        reason = error.render(current_language()) if isinstance(error, LiveHelperError) else str(error)
        self.backup_state.setText(self.tr("Backup failed: {reason}").format(reason=reason))
