"""Issue 9: no action needs the mouse alone. Each mouse path (double-click, hover, right-click, drag) has a key
twin, and Tab goes round every workspace without getting stuck, reaching every button on the way."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QMenu, QWidget

from livehelper.ui.bridge import EventBridge
from livehelper.ui.catalog.product_dialog import ProductDialog
from livehelper.ui.live.overlay import OverlayWindow
from tests.ui.keyboard_walk import CTRL, SHIFT, Modals, focused, press, tab_to, type_in, window_manager_returns_to

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
def test_the_overlay_menu_opens_by_keyboard(qtbot, demo_context):
    """The overlay's right-click menu also opens with Shift+F10 and the Menu key; arrows move it, Ctrl+arrows
    size it (the mouse drags it and its hover grip)."""
    bridge = EventBridge(demo_context.events)
    overlay = OverlayWindow(demo_context, bridge)
    bridge.setParent(overlay)
    qtbot.addWidget(overlay)
    overlay.show()
    qtbot.waitExposed(overlay)
    overlay.activateWindow()  # the offscreen platform does not activate a window by itself
    qtbot.waitUntil(overlay.isActiveWindow)
    center = overlay.rect().center()
    menu_key = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, center, overlay.mapToGlobal(center))
    for open_menu in (lambda: QTest.keyClick(overlay, Key.Key_F10, SHIFT),
                      # the Menu key: the Windows and X11 platform plugins turn it into this event (offscreen does not)
                      lambda: QApplication.sendEvent(overlay, menu_key)):
        open_menu()
        qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
        QTest.keyClick(QApplication.activePopupWidget(), Key.Key_Escape)
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    size, position = overlay.size(), overlay.pos()
    QTest.keyClick(overlay, Key.Key_Right, CTRL)
    QTest.keyClick(overlay, Key.Key_Down)
    assert overlay.width() > size.width() and overlay.y() > position.y()
