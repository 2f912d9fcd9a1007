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
    assert window.windowTitle().startswith("Demo data")
    texts = " ".join(label.text() for label in window.statusBar().findChildren(QLabel))
    assert str(window.context.data_dir) in texts and "://" not in texts  # where the data is, not a URL


def test_resuming_a_stream_shows_the_live_workspace(qtbot, demo_context, modal):
    from PySide6.QtWidgets import QMessageBox

    from livehelper.domain.live import Platform
    from livehelper.services.context import open_context

    demo_context.live.start("断电前的直播", Platform.KUAISHOU, 0, [1, 3])
    demo_context.live.tally(1)
    demo_context.live.wait_durable()
    demo_context.live.close()  # the power goes off: no stop
    demo_context.database.dispose()
    reopened = open_context(demo_context.data_dir)
    try:
        window = MainWindow(reopened)
        qtbot.addWidget(window)
        window.show()
        modal.press(QMessageBox.StandardButton.Yes)
        window.offer_resume()
        assert window.tabs.currentWidget() is window.live
        assert reopened.live.snapshot().totals.items == 1
        assert "断电前的直播" in modal.texts[0]
    finally:
        reopened.live.stop()
        reopened.close()
