"""A second start on the same data folder brings the first copy's window forward (a real second process)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMainWindow

from livehelper.single_instance import InstanceGuard, channel_name
from livehelper.ui.bring_forward import BringForward
from tests.windows.test_single_instance import _second


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen has no window stacking
def test_the_second_start_shows_the_first_window(qtbot, tmp_path):
    forward = BringForward()
    guard = InstanceGuard(channel_name(tmp_path / "数据"), forward.show_requested.emit)
    forward.guard = guard
    window = QMainWindow()
    qtbot.addWidget(window)
    forward.window = window
    try:
        assert guard.claim()
        window.showMinimized()
        assert _second(tmp_path / "数据") == "second True"
        qtbot.waitUntil(lambda: window.isVisible() and not window.isMinimized())
    finally:
        forward.close()
