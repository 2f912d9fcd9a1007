"""Qt's offscreen platform with a 1366×768 screen: the small laptop screen many streamers have (Qt's default is
800×600). Used by the tests and by scripts/screenshots.py; call it before any QApplication exists."""

from __future__ import annotations

import json
import os
import tempfile


def use_small_laptop_screen() -> None:
    """Offscreen unless another platform was asked for, with a 1366×768 screen."""
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") != "offscreen":
        return
    screen = os.path.join(tempfile.mkdtemp(prefix="livehelper-screen-"), "screen.json")
    with open(screen, "w", encoding="utf-8") as file:
        json.dump({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                                "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}, file)
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"
