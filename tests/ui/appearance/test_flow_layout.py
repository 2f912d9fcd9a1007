"""FlowLayout: buttons side by side, wrapping when there is no room; a group gap only between two on one line."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QPushButton, QWidget

from livehelper.ui.widgets.flow_layout import FlowLayout


def _row(qtbot) -> tuple[FlowLayout, list[QPushButton], QWidget]:
    holder = QWidget()
    qtbot.addWidget(holder)
    flow = FlowLayout(holder)
    flow.setContentsMargins(0, 0, 0, 0)
    flow.setSpacing(6)
    buttons = [QPushButton(text) for text in ("one", "two", "three")]
    for button in buttons:
        button.setFixedSize(100, 30)
    flow.addWidget(buttons[0])
    flow.add_group_gap(20)
    flow.addWidget(buttons[1])
    flow.addWidget(buttons[2])
    return flow, buttons, holder  # the holder owns the layout: kept alive by the test


def test_a_group_gap_sets_two_groups_apart_on_one_line(qtbot):
    flow, buttons, _holder = _row(qtbot)
    flow.setGeometry(QRect(0, 0, 1000, 100))
    assert [button.geometry().x() for button in buttons] == [0, 126, 232]
    assert flow.heightForWidth(1000) == 30
    assert flow.sizeHint().width() == 3 * 100 + 2 * 6 + 20


def test_a_line_that_wraps_starts_at_the_edge_without_the_gap(qtbot):
    flow, buttons, _holder = _row(qtbot)
    flow.setGeometry(QRect(0, 0, 150, 200))  # room for one button a line
    assert [(button.geometry().x(), button.geometry().y()) for button in buttons] == [(0, 0), (0, 36), (0, 72)]
    assert flow.heightForWidth(150) == 102


def test_taking_an_item_keeps_the_gap_before_the_next_group(qtbot):
    flow, buttons, _holder = _row(qtbot)
    flow.takeAt(2)
    flow.setGeometry(QRect(0, 0, 1000, 100))
    assert [button.geometry().x() for button in buttons[:2]] == [0, 126]
    flow, buttons, _holder = _row(qtbot)
    flow.takeAt(0)  # the first group is gone: the gap now comes before nothing
    flow.setGeometry(QRect(0, 0, 1000, 100))
    assert [button.geometry().x() for button in buttons[1:]] == [0, 106]
