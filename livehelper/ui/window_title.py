"""Window titles that end with the application's display name, once.

On X11 and Windows Qt appends " — <applicationDisplayName>" to every top-level window's title that does not
already end with it (QPlatformWindow::formatWindowTitle), so a title that named the app itself showed the name
twice ("直播助手 — 演示数据 — 直播助手 LiveHelper"). Our own windows say what they are and end with the display
name themselves: the same title on every platform, the name once, and Qt leaves it alone.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

SEPARATOR = " — "  # the separator Qt itself uses on X11 and Windows


def window_title(*parts: str) -> str:
    """`parts` (empty ones left out), then the application's display name, joined as Qt joins them."""
    return SEPARATOR.join([*(part for part in parts if part), QGuiApplication.applicationDisplayName()])
