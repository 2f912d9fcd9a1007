"""Hooks that turn an unexpected exception into a crash report and a calm dialog.

sys.excepthook sees exceptions on the UI thread, including those raised in Qt slots and virtual methods
(PySide prints them through the hook and carries on); threading.excepthook sees worker threads. Either way
the report is written at once (livehelper.crash) and the dialog is shown from the event loop, so a crash in
a paint event or in a thread never opens a dialog in the middle of Qt's own work. The hooks are installed at
every start; the dialog's module (and its Qt classes) is loaded only when there is something to show.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, QTimer, Signal, qVersion
from PySide6.QtWidgets import QWidget

from livehelper.crash import CrashRecorder

if TYPE_CHECKING:
    from livehelper.ui.crash_dialog import CrashDialog


def qt_versions() -> dict[str, str]:
    return {"pyside6": pyside_version, "qt": qVersion()}


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
        # Emitted from a worker thread, Qt queues the call to this object's (the UI) thread; `_show` then waits
        # for the next pass of the event loop, so that the UI thread's own failure has unwound first.
        self.crashed.connect(self._show)

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
        QTimer.singleShot(0, self, lambda: self._open_dialog(report))

    def _open_dialog(self, report: Path) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return  # one calm dialog at a time, however often the error repeats
        from PySide6.QtCore import Qt  # here: the first window does without the Qt namespace (issue 20)

        from livehelper.ui.crash_dialog import CrashDialog

        self.dialog = CrashDialog(report, self._parent_window())
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(self._forget)
        self.dialog.open()

    def _forget(self) -> None:
        self.dialog = None
