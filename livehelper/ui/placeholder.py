"""A workspace that is not built yet says what it will do, instead of showing an empty page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class UpcomingWorkspace(QWidget):
    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(title)
        heading.setStyleSheet("font-size: 26px; font-weight: bold; color: #5a2d0c;")
        body = QLabel(description)
        body.setWordWrap(True)
        body.setMaximumWidth(640)
        body.setStyleSheet("font-size: 16px; color: #4a4a4a;")
        note = QLabel(self.tr("This workspace is coming in a later version."))
        note.setStyleSheet("color: #8a8a8a;")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for label in (heading, body, note):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
