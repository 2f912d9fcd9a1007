"""Driving the app by keyboard alone, as a person without a mouse does: keys go to whatever has the focus.

No clicks, no setText, no slots called: if a key does not reach the right widget, the walk fails there.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.conftest import type_text

NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
MODAL_POLL_MS = 10
MODAL_WAIT_MS = 5000


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "the keyboard focus was lost: no widget would receive the next key"
    return widget


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = NO, times: int = 1) -> None:
    """Press `key` where the focus is, as often as asked."""
    for _ in range(times):
        QTest.keyClick(focused(), key, modifiers)
        QApplication.processEvents()


def press_mnemonic(widget: QWidget) -> None:
    """Press the Alt+letter its label underlines (read from the label, so a relabelled button still works; the
    test fails when the label has no mnemonic). A button clicks a moment later (Qt animates the click)."""
    text = widget.text()  # type: ignore[attr-defined]
    sequence = QKeySequence.mnemonic(text)
    assert not sequence.isEmpty(), f"{text!r} has no mnemonic (Alt+letter)"
    combination = sequence[0]
    press(combination.key(), combination.keyboardModifiers())


def type_in(text: str) -> None:
    """Type `text` into the focused widget: ASCII key by key, anything else as an input method commits it."""
    if text.isascii():
        QTest.keyClicks(focused(), text)
    else:
        type_text(focused(), text)
    QApplication.processEvents()


def tab_to(target: QWidget, limit: int = 60) -> int:
    """Press Tab until `target` has the focus; the number of presses. Fails when the focus never gets there
    (not in the tab order) or is trapped."""
    for presses in range(1, limit + 1):
        press(Qt.Key.Key_Tab)
        if focused() is target:
            return presses
    raise AssertionError(f"Tab never reached {target!r} ({target.accessibleName()!r}); ended on {focused()!r}")


def tab_into(container: QWidget, limit: int = 10) -> int:
    """Press Tab until the focus is inside `container` (a workspace); the number of presses."""
    for presses in range(1, limit + 1):
        press(Qt.Key.Key_Tab)
        if container.isAncestorOf(focused()):
            return presses
    raise AssertionError(f"Tab never entered {container!r}; ended on {focused()!r}")


def focus_name(widget: QWidget | None = None) -> str:
    widget = widget or focused()
    text = getattr(widget, "text", None)
    return widget.accessibleName() or (text() if callable(text) else "") or type(widget).__name__


class Modals:
    """Answers modal dialogs with keys. exec() blocks the key press that opens a dialog (or, for a mnemonic,
    the button's animated click a moment later), so the answer is scheduled first and runs inside the dialog's
    event loop once the dialog is the active modal widget and has the focus."""

    def __init__(self) -> None:
        self.answered: list[str] = []
        self.errors: list[BaseException] = []
        self._pending = 0

    def answer(self, kind: type[QWidget], keys: Callable[[QWidget], None]) -> None:
        waited = [0]
        self._pending += 1

        def attempt() -> None:
            modal = QApplication.activeModalWidget()
            focus = QApplication.focusWidget()
            if not isinstance(modal, kind) or focus is None or not (focus is modal or modal.isAncestorOf(focus)):
                waited[0] += MODAL_POLL_MS
                if waited[0] > MODAL_WAIT_MS:
                    self._pending -= 1
                    self.errors.append(AssertionError(f"no {kind.__name__} became the active modal widget"))
                    return
                QTimer.singleShot(MODAL_POLL_MS, attempt)
                return
            try:
                keys(modal)
            except BaseException as error:  # raised again by wait(); the dialog must not stay open
                self.errors.append(error)
                if modal.isVisible():
                    modal.close()
            else:
                self.answered.append(modal.windowTitle())
            self._pending -= 1

        QTimer.singleShot(0, attempt)

    def wait(self, qtbot) -> None:
        """Until every scheduled answer was given (the dialogs it opens may still be closing)."""
        qtbot.waitUntil(lambda: self._pending == 0, timeout=MODAL_WAIT_MS + 1000)
        if self.errors:
            raise self.errors[0]


def window_manager_returns_to(qtbot, window: QWidget) -> None:
    """What the desktop does when a dialog closes: the window below becomes active again, with its focus where
    it was. (The offscreen test platform has no window manager to do this.)"""
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None or QApplication.activeModalWidget() is window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and window.isAncestorOf(focused()))
