"""Keys typed while the main window is still opening its data are kept and delivered once it is ready.

The window is painted before the database is open and the workspaces are built (issue 20), and a streamer
presses a tally key the moment the window appears. Menu shortcuts work at once (Qt's shortcut map takes them
before any key event is sent), but a key meant for a workspace would reach a tab with nothing in it and be lost:
such keys are held here and sent again to whatever has the focus when the window is ready.
"""

from __future__ import annotations

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
        QApplication.instance().installEventFilter(self)

    @property
    def holding(self) -> bool:
        return self._holding

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._holding or event.type() not in _KEY_EVENTS:
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self._window:
            return False  # a dialog (the welcome page, an error) answers its own keys
        self._held.append(QKeyEvent(event.type(), event.key(), event.modifiers(), event.text(),  # type: ignore[attr-defined]
                                    event.isAutoRepeat(), event.count()))  # type: ignore[attr-defined]
        return True

    def release(self) -> None:
        """Stop holding and send the held keys, in order, to the widget that has the focus now."""
        if not self._holding:
            return
        self._holding = False
        QApplication.instance().removeEventFilter(self)
        target = self._window.focusWidget() or self._window  # its focus, even while another window is active
        for event in self._held:
            QApplication.sendEvent(target, event)
        self._held.clear()
