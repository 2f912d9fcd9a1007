"""At 200% and in the high-contrast theme every workspace fits a 1366×768 screen as it is: the main window never
scrolls as a whole (its tab bar stays in view); a tall column scrolls on its own instead."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea

from livehelper.ui.appearance import theme as appearance
from livehelper.ui.appearance.theme import Appearance
from livehelper.ui.live.money import yuan
from livehelper.ui.main_window import MainWindow
from livehelper.ui.widgets.column_scroll import ColumnScrollArea
from tests.ui.appearance.test_appearance import layout_problems, settle
from tests.ui.test_accessibility import start_session

LOOKS = (Appearance(200, False), Appearance(100, True), Appearance(200, True))
LOOK_IDS = ["200%", "contrast", "contrast-200%"]
GIFT_BOX = 4  # 富硒小米礼盒, ¥88.00: the dearest demo product
BIG_TALLIES = 12  # × 999 gift boxes: 11,988 items, ¥1,054,944.00


@pytest.fixture(autouse=True)
def default_appearance_after(qapp: QApplication) -> Iterator[None]:
    yield
    appearance.apply(Appearance())


def on_the_whole_screen(qtbot, window: MainWindow, look: Appearance) -> QScrollArea:
    """`window` in `look`, maximized: sized to the screen's available area; its central scroll area."""
    appearance.apply(look)
    window.showMaximized()
    qtbot.waitUntil(lambda: window.isMaximized())
    settle()
    central = window.centralWidget()
    assert isinstance(central, QScrollArea)
    return central


def window_scrolling(central: QScrollArea) -> list[str]:
    found = []
    for name, bar in (("vertically", central.verticalScrollBar()), ("sideways", central.horizontalScrollBar())):
        if bar.maximum() > 0:
            found.append(f"the main window scrolls {bar.maximum()} px {name}")
    return found


def problems_here(window: MainWindow, central: QScrollArea, where: str) -> list[str]:
    settle()
    return [f"{where}: {problem}" for problem in window_scrolling(central) + layout_problems(window)]


@pytest.mark.parametrize("look", LOOKS, ids=LOOK_IDS)
def test_every_workspace_fits_without_the_window_scrolling(qtbot, window, look):
    central = on_the_whole_screen(qtbot, window, look)
    window.catalog.table.selectRow(0)
    window.shipping.table.selectRow(0)
    found = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        found += problems_here(window, central, window.tabs.tabText(index))
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("look", LOOKS, ids=LOOK_IDS)
def test_a_running_session_with_large_totals_fits_without_the_window_scrolling(qtbot, window, look):
    central = on_the_whole_screen(qtbot, window, look)
    start_session(window, [1, 2, 3, GIFT_BOX, 5, 6])
    live = window.context.live
    try:
        for _ in range(BIG_TALLIES):
            live.tally(GIFT_BOX, 999, allow_oversell=True)
        live.wait_durable()
        revenue = yuan(BIG_TALLIES * 999 * 8800)
        view = window.live.running
        qtbot.waitUntil(lambda: view.revenue_label.text() == revenue and view.durable_label.text() != "")
        view.fit_columns()
        found = problems_here(window, central, "running live")
        assert found == [], "\n".join(found)
        assert view.revenue_label.text() == "¥1,054,944.00" and view.items_label.text() == "11988"
    finally:
        live.stop()


def test_with_large_text_the_shipping_actions_scroll_on_their_own_and_tab_brings_each_into_view(qtbot, window):
    central = on_the_whole_screen(qtbot, window, Appearance(200))
    shipping = window.shipping
    window.tabs.setCurrentWidget(shipping)
    shipping.table.selectRow(0)  # one task: the history button is enabled too
    settle()
    column = shipping.history_button.parentWidget().parentWidget().parentWidget()
    assert isinstance(column, ColumnScrollArea) and column.verticalScrollBar().maximum() > 0
    assert central.verticalScrollBar().maximum() == 0
    shipping.table.setFocus(Qt.FocusReason.OtherFocusReason)
    for _ in range(30):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is shipping.history_button:
            break
    assert QApplication.focusWidget() is shipping.history_button
    assert not shipping.history_button.visibleRegion().isEmpty()


def test_at_100_percent_nothing_scrolls_and_the_columns_keep_their_width(qtbot, window):
    central = on_the_whole_screen(qtbot, window, Appearance())
    window.tabs.setCurrentWidget(window.shipping)
    settle()
    column = window.shipping.history_button.parentWidget().parentWidget().parentWidget()
    assert isinstance(column, ColumnScrollArea) and column.verticalScrollBar().maximum() == 0
    assert column.width() == column.widget().sizeHint().width()  # no room kept for a scroll bar not shown
    assert window_scrolling(central) == []
