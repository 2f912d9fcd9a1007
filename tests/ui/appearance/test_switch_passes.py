"""A theme or scale switch re-polishes each widget a few times, not once for each of its ancestors (issue 20).

Qt's own repolish of a changed application sheet polished every widget again for every ancestor: about 4,000
style changes for the main window's 363 widgets, seconds on a slow laptop. Counted here as the StyleChange
events the widgets receive, which is what a polish pass sends; the speed itself is a bench figure
(bench/appearance_switch.py)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from livehelper.ui.appearance import theme as appearance
from livehelper.ui.appearance.theme import Appearance

PASSES = 3  # the sheet taken away, the style object changed (high contrast), the new sheet set
WIDGET_SHEET_LOOKS = ("catalogEmptyHint", "detailTitle", "liveTitle", "liveItems", "livePlusOne", "stateTabs",
                      "shippingCount", "cueTitle", "liveStatus")


class StyleChanges(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.received: Counter[QWidget] = Counter()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.StyleChange and isinstance(watched, QWidget):
            self.received[watched] += 1
        return False


@pytest.fixture(autouse=True)
def default_appearance_after(qapp: QApplication) -> Iterator[None]:
    yield
    appearance.apply(Appearance())


@pytest.mark.parametrize("look", [Appearance(150), Appearance(200, high_contrast=True)], ids=["150%", "contrast"])
def test_a_switch_sends_each_widget_a_few_style_changes_not_one_per_ancestor(qtbot, window, look):
    changes = StyleChanges()
    app = QApplication.instance()
    app.installEventFilter(changes)
    try:
        appearance.apply(look)
    finally:
        app.removeEventFilter(changes)
    widgets = len(QApplication.allWidgets())
    assert widgets > 300  # the whole main window, every workspace built
    assert sum(changes.received.values()) <= (PASSES + 1) * widgets


def test_the_workspaces_widgets_take_their_looks_from_the_application_sheet(qtbot, window):
    named = [widget for widget in window.findChildren(QWidget) if widget.objectName() in WIDGET_SHEET_LOOKS]
    assert {widget.objectName() for widget in named} == set(WIDGET_SHEET_LOOKS)
    assert [widget.objectName() for widget in named if widget.styleSheet()] == []  # no sheet of their own
    window.tabs.setCurrentWidget(window.live)
    window.live.stack.setCurrentWidget(window.live.running)  # the live view as a running stream shows it
    title, status = window.findChild(QLabel, "liveTitle"), window.findChild(QLabel, "liveStatus")
    assert title.font().pixelSize() == 22 and title.font().bold() and status.font().pixelSize() == 16
    appearance.apply(Appearance(200))
    assert status.font().pixelSize() == 32  # scaled like the sheet of a window (display type grows less)
    assert title.font().pixelSize() == 22 + 18


def test_a_page_hidden_during_the_switch_takes_the_new_look_when_shown(qtbot, window):
    window.tabs.setCurrentWidget(window.catalog)
    count = window.findChild(QLabel, "shippingCount")
    assert not count.isVisible() and count.font().pixelSize() == 15
    appearance.apply(Appearance(200, high_contrast=True))
    window.tabs.setCurrentWidget(window.shipping)
    assert count.isVisible() and count.font().pixelSize() == 30
    assert count.palette().color(count.foregroundRole()).name() == "#ffffff"  # #4a4a4a made readable on black
    window.tabs.setCurrentWidget(window.catalog)
    appearance.apply(Appearance())
    window.tabs.setCurrentWidget(window.shipping)
    assert count.font().pixelSize() == 15 and count.palette().color(count.foregroundRole()).name() == "#4a4a4a"
