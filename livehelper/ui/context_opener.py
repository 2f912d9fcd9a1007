"""Opening the database on a worker thread while the first window is painted and answers input (issue 20).

Importing SQLAlchemy and the models, migrating, seeding the demo and importing the workspaces' modules take most
of a start; done on the UI thread they would keep the window blank. Here they run on a thread, and `opened` or
`failed` arrives on the UI thread (Qt queues a signal emitted from another thread to the receiver's thread).
Only plain imports run on the thread, no widget is made there.
"""

from __future__ import annotations

import importlib
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from livehelper.services.context import AppContext
    from livehelper.startup import Options

# A window that is never painted (started minimised, or hidden behind a first-run question) still opens its data.
PAINT_WAIT_MS = 500

# The UI modules the workspaces are built from: imported on the thread too, so that building them on the UI thread
# afterwards costs only the widgets.
WORKSPACE_MODULES = (
    "livehelper.ui.catalog.workspace",
    "livehelper.ui.cues.workspace",
    "livehelper.ui.live.workspace",
    "livehelper.ui.shipping.workspace",
    "livehelper.ui.keys.keyboard",
    "livehelper.ui.helpers.lan_controller",
)


class ContextOpener(QObject):
    opened = Signal(object)  # the AppContext
    failed = Signal(object)  # a LiveHelperError with the user-facing reason, or an unexpected exception

    def __init__(self, options: Options, long_running: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._options = options
        self._long_running = long_running
        self._thread = threading.Thread(target=self._open, name="livehelper-open-database", daemon=True)
        self.context: AppContext | None = None
        self._window: QObject | None = None
        self._unpainted = QTimer(self, singleShot=True)
        self._unpainted.timeout.connect(self.start)

    def start(self) -> None:
        if self._thread.ident is None:  # once: from the first paint, or the timer for a window never painted
            self._thread.start()

    @property
    def started(self) -> bool:
        return self._thread.ident is not None

    def start_after_first_paint(self, window: QWidget) -> None:
        """Start once `window` has been painted. The thread's imports hold Python's lock most of the time, and
        every step of a paint that passes through Python (event filters, the style) would wait for it: started
        earlier, the thread made the first window later, not the data sooner."""
        self._window = window
        window.installEventFilter(self)
        self._unpainted.start(PAINT_WAIT_MS)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._unpainted.stop()
            QTimer.singleShot(0, self, self.start)  # after this paint has reached the screen
        return False

    def wait(self) -> None:
        if self._thread.is_alive():
            self._thread.join()

    def _open(self) -> None:
        from livehelper.services.context import open_context

        options = self._options
        try:
            self.context = open_context(options.data_dir, options.db_url, options.demo,
                                        long_running=self._long_running)
            for module in WORKSPACE_MODULES:
                importlib.import_module(module)
        except Exception as error:  # reported on the UI thread: a LiveHelperError to the user, others as a crash
            self.failed.emit(error)
            return
        self.opened.emit(self.context)
