"""Keys typed while the main window is still opening its data are kept and delivered once it is ready.

The window is painted before the database is open and the workspaces are built (issue 20), and a streamer
presses a tally key the moment the window appears. Menu shortcuts work at once (Qt's shortcut map takes them
before any key event is sent), but a key meant for a workspace would reach a tab with nothing in it and be lost:
such keys are held here and sent again to whatever has the focus when the window is ready.

While holding, the window itself has the keyboard focus, and the buffer filters the window's own events only: a
key reaches it directly, or from a child that did not want it (the tab bar takes the arrows, a click can put the
focus there). A filter on the whole application would see every event of every widget, and the first widget of a
class PySide6 has not loaded yet (a scroll area's inner parts) makes it load every class of QtWidgets, QtGui and
QtCore with their enums: 50 ms before the first paint, in a start that has 80 ms to spare.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

_KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)


class KeyBuffer(QObject):
    """Holds the key events aimed at `window` (not at its dialogs) until `release()`."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._held: list[QKeyEvent] = []
        self._holding = True
        self._focus_policy = window.focusPolicy()
        self._focus_before = window.focusWidget()
        window.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        window.setFocus(Qt.FocusReason.OtherFocusReason)  # once shown: the keys come here, not to an empty tab
        window.installEventFilter(self)

    @property
    def holding(self) -> bool:
        return self._holding

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._window or not self._holding or event.type() not in _KEY_EVENTS:
            return False
        self._held.append(QKeyEvent(event.type(), event.key(), event.modifiers(), event.text(),  # type: ignore[attr-defined]
                                    event.isAutoRepeat(), event.count()))  # type: ignore[attr-defined]
        return True

    def release(self, focus: Callable[[], object] | None = None) -> None:
        """Stop holding, give the focus back (`focus` chooses where; by default to the widget that had it
        before), and send the held keys, in order, to the widget that has the focus then."""
        if not self._holding:
            return
        self._holding = False
        window = self._window
        window.removeEventFilter(self)
        window.setFocusPolicy(self._focus_policy)
        if focus is not None:
            focus()
        elif self._focus_before is not None:
            self._focus_before.setFocus(Qt.FocusReason.OtherFocusReason)
        target = window.focusWidget() or window  # its focus, even while another window is active
        for event in self._held:
            QApplication.sendEvent(target, event)
        self._held.clear()
