"""Keys typed while the main window is still opening its data are kept and delivered once it is ready.

The window is painted before the database is open and the workspaces are built (issue 20), and a streamer
presses a tally key the moment the window appears. Menu shortcuts work at once (Qt's shortcut map takes them
before any key event is sent), but a key meant for a workspace would reach a tab with nothing in it and be lost:
such keys are held here and sent again to whatever has the focus when the window is ready.

While holding, the window itself has the keyboard focus, and the buffer filters the window's own events and those
of any widget the focus moves to meanwhile (a click, or a shortcut such as Ctrl+F into the search field): keys come
back out in the order they were typed. A filter on the whole application would see every event of every widget,
and the first widget of a class PySide6 has not loaded yet (a scroll area's inner parts) makes it load every class
of QtWidgets, QtGui and QtCore with their enums: 50 ms before the first paint, in a start that has 80 ms to spare.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject
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
        self._focus_before = window.focusWidget()
        self._watched: list[QWidget] = [window]
        window.setFocus()  # once shown: the keys come here, not to an empty tab (whatever its focus policy)
        window.installEventFilter(self)
        QApplication.instance().focusChanged.connect(self._focus_moved)  # type: ignore[union-attr]

    @property
    def holding(self) -> bool:
        return self._holding

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._holding and new is not None and new.window() is self._window and new not in self._watched:
            new.installEventFilter(self)
            self._watched.append(new)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._holding or event.type() not in _KEY_EVENTS or watched not in self._watched:
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
        QApplication.instance().focusChanged.disconnect(self._focus_moved)  # type: ignore[union-attr]
        for widget in self._watched:
            if shiboken6.isValid(widget):  # a widget the focus visited may be gone by now
                widget.removeEventFilter(self)
        self._watched.clear()
        window = self._window
        if focus is not None:
            focus()
        elif self._focus_before is not None:
            self._focus_before.setFocus()
        for event in self._held:  # each to the window's focus of that moment: a held Ctrl+F or Tab moves it
            QApplication.sendEvent(window.focusWidget() or window, event)  # (even while another window is active)
        self._held.clear()
