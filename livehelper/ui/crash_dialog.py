"""The calm side of a crash: hooks that turn an unexpected exception into a report and a dialog.

sys.excepthook sees exceptions on the UI thread, including those raised in Qt slots and virtual methods
(PySide prints them through the hook and carries on); threading.excepthook sees worker threads. Either way
the report is written at once (livehelper.crash) and the dialog is shown from the event loop, so a crash in
a paint event or in a thread never opens a dialog in the middle of Qt's own work.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, Qt, QUrl, Signal, qVersion
from PySide6.QtGui import QDesktopServices, QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from livehelper.crash import CrashRecorder
from livehelper.ui.widgets.dialog_buttons import describe_buttons


def qt_versions() -> dict[str, str]:
    return {"pyside6": pyside_version, "qt": qVersion()}


class CrashDialog(QDialog):
    def __init__(self, report: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.report = report
        self.setWindowTitle(self.tr("LiveHelper hit a problem"))
        icon = QLabel()
        from PySide6.QtWidgets import QStyle  # made only with this dialog, not on every start (issue 20)

        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(48, 48))
        message = QLabel(self.tr(
            "Something unexpected happened. What was already saved is safe, and you can keep working.\n"
            "If it happens again, please send this report to whoever helps you with LiveHelper "
            "(it holds no buyer names, phones or addresses):"))
        message.setWordWrap(True)
        self.location = QLabel(str(report))
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The platform's fixed-width family (Consolas or Courier New on Windows): "monospace" is a fontconfig alias
        # that Windows does not know, so it would fall back to a proportional font.
        self.location.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.location.setStyleSheet("padding: 6px; background: #f4f1ea;")
        self.location.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_folder_button = buttons.addButton(self.tr("&Open the folder"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.open_folder_button.setToolTip(self.tr("Shows the report file in the file manager, to send it on"))
        self.open_folder_button.clicked.connect(self.open_folder)
        buttons.rejected.connect(self.reject)
        describe_buttons(buttons)
        text = QVBoxLayout()
        text.addWidget(message)
        text.addWidget(self.location)
        row = QHBoxLayout()
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.report.parent)))


class CrashHandler(QObject):
    """Installs the hooks; `crashed` carries each report's path, already on the UI thread."""

    crashed = Signal(object)

    def __init__(self, folder: Path, parent_window: Callable[[], QWidget | None] = lambda: None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.recorder = CrashRecorder(folder, qt_versions())
        self.dialog: CrashDialog | None = None
        self._parent_window = parent_window
        self._previous: tuple[object, object] | None = None
        # Emitted from any thread, delivered through the event loop of this object's (the UI) thread.
        self.crashed.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self._on_exception
        threading.excepthook = self._on_thread_exception

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous  # type: ignore[assignment]
            self._previous = None

    def _on_exception(self, error_type: type[BaseException], error: BaseException,
                      trace: TracebackType | None) -> None:
        if issubclass(error_type, KeyboardInterrupt):
            sys.__excepthook__(error_type, error, trace)
            return
        self._report(error_type, error, trace, threading.current_thread().name)

    def _on_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        self._report(args.exc_type, args.exc_value, args.exc_traceback, args.thread.name if args.thread else "")

    def _report(self, error_type: type[BaseException], error: BaseException, trace: TracebackType | None,
                thread: str) -> None:
        path = self.recorder.record(error_type, error, trace, thread)
        where = str(path) if path else "-"
        print(f"livehelper: unexpected {error_type.__name__}; report: {where}", file=sys.stderr)
        if path is not None:
            self.crashed.emit(path)

    def _show(self, report: Path) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return  # one calm dialog at a time, however often the error repeats
        self.dialog = CrashDialog(report, self._parent_window())
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(self._forget)
        self.dialog.open()

    def _forget(self) -> None:
        self.dialog = None
