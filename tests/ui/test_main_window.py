from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from livehelper.ui.main_window import MainWindow


def test_four_workspaces_and_keyboard_switching(qtbot, window):
    assert window.tabs.count() == 4
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 2
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.catalog


def test_window_splitter_and_columns_are_remembered(qtbot, demo_context):
    first = MainWindow(demo_context)
    qtbot.addWidget(first)
    first.show()
    first.resize(1100, 740)
    first.catalog.splitter.setSizes([600, 380])
    first.catalog.table.setColumnWidth(0, 222)
    first.catalog.table.horizontalHeader().setSortIndicator(2, Qt.SortOrder.DescendingOrder)
    sizes = first.catalog.splitter.sizes()
    size = (first.width(), first.height())
    first.close()

    second = MainWindow(demo_context)
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == size
    assert size == (1100, 740)
    assert second.catalog.splitter.sizes() == sizes
    assert second.catalog.table.columnWidth(0) == 222
    header = second.catalog.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (2, Qt.SortOrder.DescendingOrder)
    prices = [second.catalog.model.product_at(r).price_fen for r in range(second.catalog.model.rowCount())]
    assert prices == sorted(prices, reverse=True)


def test_demo_badge_and_database_in_status_line(window):
    assert "demo" in window.windowTitle()
    texts = " ".join(label.text() for label in window.statusBar().findChildren(QLabel))
    assert window.context.database.url in texts
