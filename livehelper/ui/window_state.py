"""Window size, splitter and column layout, remembered between runs in the data folder."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

if TYPE_CHECKING:  # the first window restores only its own geometry: these classes load with the workspaces
    from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter

STATE_FILE = "window-state.ini"


class WindowState:
    def __init__(self, data_dir: Path) -> None:
        self._settings = QSettings(str(data_dir / STATE_FILE), QSettings.Format.IniFormat)

    def restore(self, window: QMainWindow) -> None:
        geometry = self._settings.value("window/geometry")
        if geometry is not None:
            window.restoreGeometry(geometry)
        state = self._settings.value("window/state")
        if state is not None:
            window.restoreState(state)

    def restore_parts(self, splitters: dict[str, QSplitter], headers: dict[str, QHeaderView]) -> None:
        """A workspace's splitters and table columns, when it is built (after the window is up)."""
        for name, splitter in splitters.items():
            value = self._settings.value(f"splitter/{name}")
            if value is not None:
                splitter.restoreState(value)
        for name, header in headers.items():
            value = self._settings.value(f"header/{name}")
            if value is not None:
                header.restoreState(value)

    def save(self, window: QMainWindow, splitters: dict[str, QSplitter], headers: dict[str, QHeaderView]) -> None:
        self._settings.setValue("window/geometry", window.saveGeometry())
        self._settings.setValue("window/state", window.saveState())
        for name, splitter in splitters.items():
            self._settings.setValue(f"splitter/{name}", splitter.saveState())
        for name, header in headers.items():
            self._settings.setValue(f"header/{name}", header.saveState())
        self._settings.sync()
