"""The LiveHelper icon (resources/icons, made from livehelper.svg by scripts/make_icons.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QPixmap

from livehelper.paths import resource

ICON_SIZES = (16, 32, 48, 256)


def icon_file(size: int) -> Path:
    return resource("icons", f"livehelper-{size}.png")


def icon_pixmap(size: int) -> QPixmap:
    pixmap = QPixmap()
    pixmap.loadFromData(icon_file(size).read_bytes(), "PNG")
    return pixmap


def app_icon() -> QIcon:
    """Every rendered size, so that Qt picks a sharp one for the title bar, the taskbar and Alt+Tab. Named with
    its size, a file is read only when that size is first drawn: not all four before the first window."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(icon_file(size)), QSize(size, size))
    return icon
