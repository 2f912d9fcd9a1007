"""文件 menu actions "export everything" and "import everything" (moving to a new PC), run in the background.

Not wired into a menu here: main_window calls export_everything(parent, context) and
import_everything(parent, context). Each returns the running TransferJob (None when the person cancelled);
its `finished` signal tells whether the work succeeded, after the result was shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from livehelper.domain.errors import LiveHelperError
from livehelper.services.context import AppContext
from livehelper.services.settings import transfer
from livehelper.ui.tasks import BackgroundRunner
from livehelper.ui.widgets.errors import show_error

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

    def start_export(self, path: Path) -> None:
        self._dialog.setLabelText(self.tr("Exporting everything to %1…").replace("%1", path.name))
        self._dialog.setValue(0)
        self._runner.start(
            lambda: self._context.transfer.export_everything(path, self.progressed.emit),
            lambda manifest: self._exported(manifest, path), self._failed)

    def start_import(self, path: Path, replace: bool) -> None:
        self._dialog.setLabelText(self.tr("Importing everything from %1…").replace("%1", path.name))
        self._dialog.setValue(0)
        self._runner.start(
            lambda: self._context.transfer.import_everything(path, replace, self.progressed.emit),
            self._imported, self._failed)

    def choose_export_file(self) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(self._parent, self.tr("Export everything"),
                                                self.tr("livehelper-move.zip"), self.tr("Zip files (*.zip)"))
        return Path(chosen) if chosen else None

    def choose_import_file(self) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(self._parent, self.tr("Import everything"), "",
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
    if path is None:
        job.deleteLater()
        return None
    job.start_export(path)
    return job


def import_everything(parent: QWidget, context: AppContext, path: Path | None = None) -> TransferJob | None:
    """Ask for an export (unless `path` is given), confirm replacing what is there, import in the background."""
    job = TransferJob(parent, context)
    path = path or job.choose_import_file()
    replace = job.confirm_import(path) if path is not None else None
    if path is None or replace is None:
        job.deleteLater()
        return None
    job.start_import(path, replace)
    return job
