"""Hiding a window from screen capture (OBS, the platforms' live companions) on Windows 10 2004 and newer.

SetWindowDisplayAffinity(hwnd, WDA_EXCLUDEFROMCAPTURE) leaves the window visible on the monitor but blank
(or absent) in every capture. Older Windows only knows WDA_MONITOR, which shows a black box in the stream,
so there the option is offered as unavailable rather than half-working.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget

WDA_NONE = 0x00
WDA_EXCLUDEFROMCAPTURE = 0x11
MIN_BUILD = 19041  # Windows 10 version 2004


def supports_exclusion(platform: str, major: int, build: int) -> bool:
    return platform == "win32" and (major, build) >= (10, MIN_BUILD)


def capture_exclusion_available() -> bool:
    if sys.platform != "win32":
        return False
    version = sys.getwindowsversion()
    return supports_exclusion(sys.platform, version.major, version.build)


def set_excluded_from_capture(window: QWidget, on: bool) -> bool:
    """Exclude the top-level `window` from capture (or include it again); True when Windows agreed."""
    if not capture_exclusion_available():
        return False
    import ctypes
    from ctypes import wintypes

    user32 = ctypes.WinDLL("user32", use_last_error=True)  # type: ignore[attr-defined]
    user32.SetWindowDisplayAffinity.argtypes = [wintypes.HWND, wintypes.DWORD]
    user32.SetWindowDisplayAffinity.restype = wintypes.BOOL
    hwnd = int(window.window().winId())
    return bool(user32.SetWindowDisplayAffinity(hwnd, WDA_EXCLUDEFROMCAPTURE if on else WDA_NONE))
