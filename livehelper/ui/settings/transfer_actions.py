"""文件 menu actions "export everything" and "import everything" (moving to a new PC), run in the background.

Not wired into a menu here: main_window calls export_everything(parent, context) and
import_everything(parent, context). Each returns the running TransferJob (None when the person cancelled);
its `finished` signal tells whether the work succeeded, after the result was shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QProgressDialog, QWidget

from livehelper.domain.errors import LiveHelperError
from livehelper.services.context import AppContext
from livehelper.services.settings import transfer
from livehelper.ui.tasks import BackgroundRunner
from livehelper.ui.widgets.errors import show_error
from livehelper.ui.widgets.file_places import in_documents

MIN_PASSPHRASE = 8
PROGRESS_STEPS = 1000  # the bar's range; row counts are scaled onto it


class TransferJob(QObject):
    """One export or import: a progress dialog while the worker thread copies rows, then the outcome."""

    progressed = Signal(int, int)  # (rows copied, rows in all); emitted on the worker thread, shown on this one
    finished = Signal(bool)

    def __init__(self, parent: QWidget, context: AppContext) -> None:
        super().__init__(parent)
        self._parent = parent
        self._context = context
        self._runner = BackgroundRunner(self)
        self._dialog = QProgressDialog(parent)
        self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self._dialog.setCancelButton(None)  # one transaction: stopping halfway would only mean starting over
        self._dialog.setAutoClose(False)
        self._dialog.setAutoReset(False)
        self._dialog.setRange(0, PROGRESS_STEPS)
        self._dialog.setMinimumDuration(300)
        self.progressed.connect(self._show_progress)

    @property
    def busy(self) -> bool:
        return self._runner.busy

    def start_export(self, path: Path, passphrase: str | None = None) -> None:
        self._dialog.setLabelText(self.tr("Exporting everything to %1…").replace("%1", path.name))
        self._dialog.setValue(0)
        self._runner.start(
            lambda: self._context.transfer.export_everything(path, self.progressed.emit, passphrase=passphrase),
            lambda manifest: self._exported(manifest, path), self._failed)

    def start_import(self, path: Path, replace: bool, passphrase: str | None = None) -> None:
        self._dialog.setLabelText(self.tr("Importing everything from %1…").replace("%1", path.name))
        self._dialog.setValue(0)
        self._runner.start(
            lambda: self._context.transfer.import_everything(path, replace, self.progressed.emit,
                                                             passphrase=passphrase),
            self._imported, self._failed)

    def choose_export_file(self) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(self._parent, self.tr("Export everything"),
                                                in_documents(self.tr("livehelper-move.zip")),
                                                self.tr("Zip files (*.zip)"))
        return Path(chosen) if chosen else None

    def choose_import_file(self) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(self._parent, self.tr("Import everything"), in_documents(""),
                                                self.tr("Zip files (*.zip)"))
        return Path(chosen) if chosen else None

    def confirm_import(self, path: Path) -> bool | None:
        """Whether the import replaces what is there (asked first); None when it should not go ahead."""
        try:
            manifest = transfer.read_manifest(path)
            replace = not self._context.transfer.database_is_empty()
        except LiveHelperError as error:
            show_error(self._parent, self.tr("Moving to a new PC"), error)
            return None
        if not replace:
            return False
        answer = QMessageBox.question(self._parent, self.tr("Import everything"), self.tr(
            "This database already holds data. Replace all of it with the %1 rows exported on %2? "
            "A database file on this PC is backed up first.").replace("%1", str(manifest.rows))
            .replace("%2", manifest.created_at[:10]), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return True if answer == QMessageBox.StandardButton.Yes else None

    def ask_export_secrets(self) -> tuple[bool, str | None]:
        """(go ahead, passphrase): whether the robots' secrets go along, sealed with a passphrase typed twice.
        Nothing is asked when no robot is set up."""
        if not self._context.notify.robots():
            return True, None
        answer = QMessageBox.question(self._parent, self.tr("Export everything"), self.tr(
            "Include the group robots' webhook keys and signing secrets? They are sealed with a passphrase you "
            "choose now and type again on the new PC. Without them, enter the robots' secrets again there."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Cancel:
            return False, None
        if answer != QMessageBox.StandardButton.Yes:
            return True, None
        first = self._ask_passphrase(self.tr("A passphrase for the robot secrets (at least 8 characters):"))
        if first is None:
            return False, None
        if len(first) < MIN_PASSPHRASE or self._ask_passphrase(self.tr("The same passphrase again:")) != first:
            QMessageBox.warning(self._parent, self.tr("Export everything"), self.tr(
                "The two passphrases differ or are shorter than 8 characters; nothing was exported."))
            return False, None
        return True, first

    def ask_import_passphrase(self, path: Path) -> tuple[bool, str | None]:
        """(go ahead, passphrase) for an export holding sealed robot secrets; an empty answer leaves them out."""
        if not transfer.secrets_sealed(path):
            return True, None
        given = self._ask_passphrase(self.tr("The passphrase chosen at export for the robot secrets (leave empty to "
                                             "import without them):"))
        if given is None:
            return False, None
        return True, given or None

    def _ask_passphrase(self, label: str) -> str | None:
        text, ok = QInputDialog.getText(self._parent, self.tr("Robot secrets"), label, QLineEdit.EchoMode.Password)
        return text if ok else None

    def _show_progress(self, done: int, total: int) -> None:
        self._dialog.setValue(PROGRESS_STEPS if total <= 0 else min(PROGRESS_STEPS, done * PROGRESS_STEPS // total))

    def _exported(self, manifest: transfer.Manifest, path: Path) -> None:
        self._dialog.close()
        QMessageBox.information(self._parent, self.tr("Export everything"), self.tr(
            "%1 rows (catalog, cue cards, sessions, orders, tasks and settings) are in %2. Copy this file to "
            "the new PC and choose Import everything there.").replace("%1", str(manifest.rows))
            .replace("%2", str(path)))
        self.finished.emit(True)

    def _imported(self, outcome: transfer.ImportOutcome) -> None:
        self._dialog.close()
        text = self.tr("%1 rows were imported. Restart LiveHelper so that every workspace shows them.").replace(
            "%1", str(outcome.rows))
        if outcome.previous is not None:
            text += "\n" + self.tr("The database as it was is saved in %1.").replace("%1", str(outcome.previous))
        QMessageBox.information(self._parent, self.tr("Import everything"), text)
        self.finished.emit(True)

    def _failed(self, error: Exception) -> None:
        self._dialog.close()
        if isinstance(error, LiveHelperError):
            show_error(self._parent, self.tr("Moving to a new PC"), error)
        else:
            QMessageBox.warning(self._parent, self.tr("Moving to a new PC"), str(error))
        self.finished.emit(False)


def export_everything(parent: QWidget, context: AppContext, path: Path | None = None) -> TransferJob | None:
    """Ask where to save (unless `path` is given) and export everything there in the background."""
    job = TransferJob(parent, context)
    path = path or job.choose_export_file()
    go_ahead, passphrase = job.ask_export_secrets() if path is not None else (False, None)
    if path is None or not go_ahead:
        job.deleteLater()
        return None
    job.start_export(path, passphrase)
    return job


def import_everything(parent: QWidget, context: AppContext, path: Path | None = None) -> TransferJob | None:
    """Ask for an export (unless `path` is given), confirm replacing what is there, import in the background."""
    job = TransferJob(parent, context)
    path = path or job.choose_import_file()
    replace = job.confirm_import(path) if path is not None else None
    go_ahead, passphrase = job.ask_import_passphrase(path) if path is not None and replace is not None \
        else (False, None)
    if path is None or replace is None or not go_ahead:
        job.deleteLater()
        return None
    job.start_import(path, replace, passphrase)
    return job
