"""The shipping queue's hint pages (no tasks yet, no task matches): big centred text and buttons."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from livehelper.ui.widgets.flow_layout import FlowLayout


def hint_page(page: QWidget, heading: QLabel, body: QLabel, buttons: Sequence[QPushButton]) -> QWidget:
    heading.setObjectName("shippingHintHeading")  # the looks: appearance/widget_sheet.py
    body.setObjectName("shippingHintText")
    centred = FlowLayout()  # side by side, or one under the other when the text is large
    for button in buttons:
        button.setObjectName("shippingHintButton")
        centred.addWidget(button)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addLayout(centred)
    row.addStretch(1)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(48, 12, 48, 12)  # short lines of text in the middle of the page
    layout.addStretch(1)
    for label in (heading, body):
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # the whole width, no alignment flag: an aligned word-wrapped label gets the height of one line
        # and shows its text cut into half lines
        layout.addWidget(label)
    layout.addSpacing(12)
    layout.addLayout(row)
    layout.addStretch(2)
    return page
