"""The first copy's side of the single-instance channel (livehelper/single_instance.py).

A request from the listener thread arrives as a queued signal on the GUI thread, which shows the window:
restored when minimised, raised and activated (the second copy has allowed it to take the foreground).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from livehelper.single_instance import InstanceGuard


class BringForward(QObject):
    show_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.window: QMainWindow | None = None
        self.guard: InstanceGuard | None = None
        self.show_requested.connect(self._show)

    def _show(self) -> None:
        window = self.window
        if window is None:
            return
        if window.isMinimized():
            window.showNormal()
        else:
            window.show()
        window.raise_()
        window.activateWindow()

    def close(self) -> None:
        if self.guard is not None:
            self.guard.close()
