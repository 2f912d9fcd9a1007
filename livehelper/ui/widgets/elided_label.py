"""A one-line label for long texts such as file paths: shortened with … in the middle when there is no room
(large text on a small screen), the whole text in its tool tip and accessible name."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

SHOWN_AT_LEAST = 12  # characters of the text kept when it has to be shortened


class ElidedLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)
        self.setAccessibleName(text)

    def minimumSizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        margins = self.contentsMargins()
        width = metrics.horizontalAdvance(self.text()[:SHOWN_AT_LEAST] + "…")
        return QSize(min(width, metrics.horizontalAdvance(self.text())) + margins.left() + margins.right(),
                     super().minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        area = self.contentsRect()
        if self.fontMetrics().horizontalAdvance(self.text()) <= area.width():
            super().paintEvent(event)  # it fits: drawn as any label (the first window's "Opening the database…")
            return
        from PySide6.QtCore import Qt  # here: the first window does without the Qt namespace (issue 20)

        painter = QPainter(self)
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideMiddle, area.width())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(area, int(self.alignment() | Qt.AlignmentFlag.AlignVCenter), shown)
