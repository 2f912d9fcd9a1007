"""Where a file is offered to be saved, and saying where it went.

A save dialog opens in the user's Documents folder (Pictures for images), never in the program's folder (where
a frozen app runs from, or wherever it was started): a newcomer finds the file again in the place they know.
After saving, the path is said, with a button that opens the folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from livehelper.ui.widgets.announce import announce

Location = QStandardPaths.StandardLocation


def _folder(*locations: QStandardPaths.StandardLocation) -> Path:
    """The first of `locations` that exists (a Linux desktop may have no Pictures folder), else the home folder."""
    for location in locations:
        found = QStandardPaths.writableLocation(location)
        if found and Path(found).is_dir():
            return Path(found)
    return Path.home()


def in_documents(name: str) -> str:
    """`name` in the user's Documents folder, as a save dialog's suggestion."""
    return str(_folder(Location.DocumentsLocation) / name)


def in_pictures(name: str) -> str:
    """`name` in the user's Pictures folder, for images (a report card, a QR code)."""
    return str(_folder(Location.PicturesLocation, Location.DocumentsLocation) / name)


def tell_saved(widget: QWidget, path: Path) -> None:
    """Say where `path` went: in the main window's status line when `widget` is in it, in the window's own
    `show_saved(text)` line when it has one (the report), else in a message with a button that opens the folder."""
    text = QCoreApplication.translate("FilePlaces", "Saved to {path}").format(path=str(path))
    window = widget.window()
    own_line = getattr(window, "show_saved", None)
    if callable(own_line):
        own_line(text)
        return
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 30_000)
        announce(window.statusBar(), text)
        return
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("FilePlaces", "Saved"), text,
                      QMessageBox.StandardButton.Ok, widget)
    folder_button = box.addButton(QCoreApplication.translate("FilePlaces", "Open &folder"),
                                  QMessageBox.ButtonRole.ActionRole)
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    box.exec()
    if box.clickedButton() is folder_button:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
    box.deleteLater()
