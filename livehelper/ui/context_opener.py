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

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from livehelper.services.context import AppContext
    from livehelper.startup import Options

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

    def start(self) -> None:
        self._thread.start()

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
