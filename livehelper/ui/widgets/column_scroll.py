"""A column of controls that scrolls up and down on its own when large text makes it taller than the window.

The main window scrolls as a whole only as a last resort (its tab bar would scroll out of view): a workspace puts
its tallest column in one of these, so the workspace fits the window and only that column scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QSizePolicy, QWidget


class ColumnScrollArea(QScrollArea):
    """`content` at the full width it needs (plus the scroll bar while one is shown), as tall as the room allows.

    Never scrolls sideways; a control below the fold scrolls into view when it takes the focus (by Tab, a mnemonic
    or a shortcut from anywhere: QScrollArea itself only follows Tab between its own controls)."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        # The width asked for depends on whether the bar shows; the bar shows when the room is short.
        self.verticalScrollBar().rangeChanged.connect(lambda *_range: self.updateGeometry())
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        content = self.widget()
        if new is not None and content is not None and content.isAncestorOf(new):
            self.ensureWidgetVisible(new)

    def _bar_width(self) -> int:
        bar = self.verticalScrollBar()
        return bar.sizeHint().width() if bar.maximum() > 0 else 0

    def _content_minimum(self) -> QSize:
        content = self.widget()
        return content.minimumSizeHint().expandedTo(content.minimumSize()) if content else QSize(0, 0)

    def minimumSizeHint(self) -> QSize:
        height = min(self._content_minimum().height(), super().minimumSizeHint().height())
        return QSize(self._content_minimum().width() + self._bar_width(), height)

    def sizeHint(self) -> QSize:
        content = self.widget()
        hint = content.sizeHint().expandedTo(self._content_minimum()) if content else QSize(0, 0)
        return QSize(hint.width() + self._bar_width(), hint.height())
