"""Issue 9: no action needs the mouse alone. Each mouse path (double-click, hover, right-click, drag) has a key
twin, and Tab goes round every workspace without getting stuck, reaching every button on the way."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QMenu, QWidget

from livehelper.ui.catalog.product_dialog import ProductDialog
from livehelper.ui.live.overlay import OverlayWindow
from livehelper.ui.live.windows import OVERLAY
from tests.ui.keyboard_walk import CTRL, SHIFT, Modals, focused, press, tab_to, type_in, window_manager_returns_to
from tests.ui.test_accessibility import start_session

Key = Qt.Key
TAB_ROUND_LIMIT = 80


def _reachable_buttons(workspace: QWidget) -> set[QWidget]:
    return {button for button in workspace.findChildren(QAbstractButton)
            if button.isVisible() and button.isEnabled() and button.focusPolicy() & Qt.FocusPolicy.TabFocus}


@pytest.mark.parametrize(("number", "name"), [(1, "catalog"), (2, "cues"), (3, "live"), (4, "shipping")])
@pytest.mark.parametrize("backwards", [False, True], ids=["Tab", "Shift+Tab"])
def test_tab_goes_round_each_workspace_without_a_trap(qtbot, window, number, name, backwards):
    press(getattr(Key, f"Key_{number}"), CTRL)
    workspace = getattr(window, name)
    assert window.tabs.currentWidget() is workspace
    start = focused()
    visited: list[QWidget] = []
    for _ in range(TAB_ROUND_LIMIT):
        press(Key.Key_Tab, SHIFT if backwards else Qt.KeyboardModifier.NoModifier)
        visited.append(focused())
        if focused() is start:
            break
    else:
        pytest.fail(f"Tab did not come round in {TAB_ROUND_LIMIT} presses; stuck on {focused()!r}")
    missed = _reachable_buttons(workspace) - set(visited)
    assert not missed, [button.text() for button in missed]
    assert all(widget.isVisible() for widget in visited)  # the focus never goes to something hidden


def test_enter_opens_a_product_like_a_double_click(qtbot, window):
    """Catalog table: double-click edits; Enter (activated) and F2 do the same."""
    press(Key.Key_1, CTRL)
    tab_to(window.catalog.table)
    press(Key.Key_Home, CTRL)
    product = window.catalog.selected_product()
    modals = Modals()

    def look_and_leave(dialog) -> None:
        assert dialog.name.text() == product.name
        press(Key.Key_Escape)

    modals.answer(ProductDialog, look_and_leave)
    press(Key.Key_Return)
    modals.wait(qtbot)
    window_manager_returns_to(qtbot, window)
    assert focused() is window.catalog.table


def test_enter_on_a_finding_selects_the_word_like_a_click_or_hover(qtbot, window):
    """话术: a risky word is explained by hovering it and listed in the findings; Enter on a finding selects it
    in the text, as a click does."""
    cues = window.cues
    press(Key.Key_2, CTRL)
    tab_to(cues.editor)
    press(Key.Key_End, CTRL)
    press(Key.Key_Return)
    type_in("这是全网最好的小米")
    qtbot.waitUntil(lambda: cues.findings.count() > 0)
    tab_to(cues.findings)
    press(Key.Key_Home)
    press(Key.Key_Return)
    assert focused() is cues.editor
    assert cues.editor.textCursor().selectedText() in cues.findings.currentItem().text()


@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing")
def test_the_overlay_menu_opens_by_keyboard_from_the_live_view(qtbot, window):
    """The overlay never takes the keyboard, so its right-click menu has a key twin in the live view: the
    直播贴片 button, pressed again, opens the same menu (background, size, corners, close)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    start_session(window, [1, 2])
    try:
        view = window.live.running
        view.overlay_button.setFocus()
        press(Key.Key_Space)
        overlay = window.live.windows.get(OVERLAY)
        assert isinstance(overlay, OverlayWindow)
        qtbot.waitExposed(overlay)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is view.overlay_button)  # the keyboard stayed here
        press(Key.Key_Space)  # the button again, from the keyboard: the overlay's menu
        qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
        menu = QApplication.activePopupWidget()
        texts = [action.text() for action in menu.actions()]
        assert overlay.bigger_action.text() in texts and overlay.close_action.text() in texts
        size = overlay.size()
        menu.close()
        overlay.bigger_action.trigger()
        assert overlay.width() > size.width() and overlay.height() > size.height()
        overlay.corner_actions[3].trigger()  # bottom right of the screen
        free = overlay.screen().availableGeometry()
        assert overlay.frameGeometry().bottomRight() == free.bottomRight()
        overlay.close_action.trigger()
        assert not overlay.isVisible()
    finally:
        window.context.live.stop()
