"""Every top-level window's title ends with the application's display name, once: Qt appends the name on X11
and Windows to a title that does not end with it, so a title naming the app itself showed it twice."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from livehelper.ui.bridge import EventBridge
from livehelper.ui.live.overlay import OverlayWindow
from livehelper.ui.main_window import MainWindow
from livehelper.ui.prompter.window import TeleprompterWindow
from livehelper.ui.window_title import SEPARATOR


def named_once(window: QWidget, name: str) -> str:
    title = window.windowTitle()
    assert title.endswith(name) and title.count("LiveHelper") == 1 and title.count("直播助手") == 1, title
    return title.removesuffix(name)


def test_the_demo_window_says_demo_data_then_the_name(qtbot, display_name, demo_context):
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    assert window.windowTitle() == f"Demo data{SEPARATOR}{display_name}"
    named_once(window, display_name)


def test_the_real_window_is_titled_with_the_name_alone(qtbot, display_name, context):
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert window.windowTitle() == display_name


def test_the_teleprompter_and_the_overlay_name_the_app_once(qtbot, display_name, demo_context):
    bridge = EventBridge(demo_context.events)
    prompter = TeleprompterWindow(demo_context.prompter, bridge, demo_context.data_dir)
    overlay = OverlayWindow(demo_context, bridge)
    for window in (prompter, overlay):
        qtbot.addWidget(window)
    assert named_once(prompter, display_name) == f"Teleprompter{SEPARATOR}"
    assert named_once(overlay, display_name) == f"Stream overlay{SEPARATOR}"
