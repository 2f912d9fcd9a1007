"""Hidden pages take a new theme or scale when they are next shown, not during the switch (issue 20).

Most of the main window is hidden at any time: the other workspaces, the live view while no stream runs, the
shipping queue's hint pages, about four widgets in five. A switch that re-polished them too cost more than twice
as much as one that polishes what is on the screen. So before a switch, the hidden pages of every stack are
taken out of Qt's polish passes (Qt re-polishes only widgets marked polished), and each is polished, top down,
when it is shown. Until then its size policy is Ignored: its sizes are still those of the old look, and the
stack it belongs to must not take its minimum from them (the window would scroll sideways at 100% for a page
last polished at 200%)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QSizePolicy, QStackedWidget, QWidget

POLISHED = Qt.WidgetAttribute.WA_WState_Polished


class DeferredPolish(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._waiting: dict[QWidget, QSizePolicy] = {}  # hidden page: its own size policy

    def defer_hidden_pages(self) -> None:
        """Take the hidden pages of the stacks in the shown windows out of the coming polish passes."""
        self._waiting = {page: policy for page, policy in self._waiting.items() if shiboken6.isValid(page)}
        for window in QApplication.topLevelWidgets():
            if not window.isVisible():
                continue
            for stack in window.findChildren(QStackedWidget):
                if not stack.isVisible():
                    continue  # inside a hidden page, which is deferred as a whole
                for index in range(stack.count()):
                    page = stack.widget(index)
                    if page is not None and not page.isVisible() and page not in self._waiting:
                        self._defer(page)

    def _defer(self, page: QWidget) -> None:
        self._waiting[page] = page.sizePolicy()
        page.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        for widget in _inside(page):
            widget.setAttribute(POLISHED, False)
        page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and watched in self._waiting:
            self.polish(watched)  # type: ignore[arg-type]
        return False

    def polish(self, page: QWidget) -> None:
        """`page` in the application's look of now: polished parent first (a font from the sheet is resolved
        against the parent's), then told that its style changed, so that it lays itself out again."""
        page.removeEventFilter(self)
        page.setSizePolicy(self._waiting.pop(page))
        widgets = _inside(page)
        for widget in widgets:
            widget.setAttribute(POLISHED, True)
            style = widget.style()
            style.unpolish(widget)
            style.polish(widget)
        change = QEvent(QEvent.Type.StyleChange)
        for widget in widgets:
            QApplication.sendEvent(widget, change)


def _inside(page: QWidget) -> list[QWidget]:
    """`page` and the widgets drawn inside it, parents first; not a dialog or menu that has it as its parent (a
    window of its own, shown or not, which Qt's passes look after)."""
    window = page.window()
    return [page, *(widget for widget in page.findChildren(QWidget) if widget.window() is window)]
