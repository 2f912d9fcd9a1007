"""The stream overlay never takes the keyboard: while it shows, the number keys and Enter still tally in the live
view. After the stream it says the sale has ended, not that it starts soon."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from livehelper.ui.live.overlay import OverlayWindow
from livehelper.ui.live.windows import OVERLAY
from tests.ui.test_accessibility import start_session


def test_keys_reach_the_live_view_while_the_overlay_shows(qtbot, window):
    window.activateWindow()  # the offscreen platform does not activate a window by itself
    qtbot.waitUntil(window.isActiveWindow)
    start_session(window, [1, 2, 3])
    live = window.context.live
    try:
        QTest.mouseClick(window.live.running.overlay_button, Qt.MouseButton.LeftButton)
        overlay = window.live.windows.get(OVERLAY)
        assert isinstance(overlay, OverlayWindow)
        qtbot.waitExposed(overlay)
        assert overlay.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
        assert overlay.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        assert overlay.focusPolicy() == Qt.FocusPolicy.NoFocus
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # offscreen activates it: handed back
        window.live.running.table.setFocus()
        for key in (Qt.Key.Key_2, Qt.Key.Key_Return):
            QTest.keyClick(QApplication.focusWidget(), key)
        qtbot.waitUntil(lambda: live.snapshot().totals.items == 1)
        second = live.snapshot().lineup[1].product.id
        assert live.snapshot().totals.per_product[second].items == 1
        overlay.close()
    finally:
        live.stop()


def test_after_the_stream_the_overlay_says_it_has_ended(qtbot, window):
    start_session(window, [1, 2])
    window.live.open_overlay()
    overlay = window.live.windows.get(OVERLAY)
    qtbot.waitExposed(overlay)
    before = overlay.placeholder()
    window.context.live.stop()
    qtbot.waitUntil(lambda: overlay.placeholder() != before)
    assert overlay.placeholder() == overlay.tr("The live sale has ended, thank you for watching")
    assert overlay.placeholder() != overlay.tr("The live sale starts soon")
    overlay.close()
