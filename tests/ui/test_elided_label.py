"""ElidedLabel: a long path shortened with … in the middle when there is no room, drawn as any label when it fits."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from livehelper.ui.appearance.theme import scrollable
from livehelper.ui.widgets.elided_label import ElidedLabel

PATH = "C:/Users/小米姐/AppData/Local/LiveHelper/livehelper.sqlite3"


def _pixels(label: QLabel, width: int):
    label.resize(width, 30)
    return label.grab().toImage()


def test_a_text_that_fits_is_drawn_as_a_label_draws_it(qtbot):
    elided, plain = ElidedLabel(PATH), QLabel(PATH)
    for label in (elided, plain):
        qtbot.addWidget(label)
    width = plain.sizeHint().width() + 20
    assert _pixels(elided, width) == _pixels(plain, width)


def test_a_text_without_room_is_shortened_in_the_middle(qtbot):
    elided = ElidedLabel(PATH)
    qtbot.addWidget(elided)
    width = elided.sizeHint().width() // 2
    elided.resize(width, 30)
    shortened = elided.fontMetrics().elidedText(PATH, Qt.TextElideMode.ElideMiddle, elided.contentsRect().width())
    assert shortened.startswith("C:/") and "…" in shortened and shortened.endswith("sqlite3")
    plain = QLabel(shortened)
    qtbot.addWidget(plain)
    assert _pixels(elided, width) == _pixels(plain, width)
    cut = QLabel(PATH)
    qtbot.addWidget(cut)
    assert _pixels(elided, width) != _pixels(cut, width)  # not merely cut off at the right
    assert elided.toolTip() == PATH and elided.accessibleName() == PATH


def test_a_scrollable_area_leaves_the_focus_to_what_it_holds(qtbot):
    area = scrollable(QLabel(PATH))
    qtbot.addWidget(area)
    assert area.focusPolicy() == Qt.FocusPolicy.NoFocus
