"""The 直播 page before a stream, as a newcomer meets it: past streams are one button away, the offered start
time is the time the page is looked at (not when the app started), and 开始直播 stays in view with large text."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea

from livehelper.ui.appearance import theme as appearance
from livehelper.ui.appearance.theme import Appearance
from livehelper.ui.live.history_dialog import HistoryDialog
from livehelper.ui.live.windows import HISTORY
from tests.ui.appearance.test_appearance import settle


@pytest.fixture(autouse=True)
def default_appearance_after(qapp: QApplication) -> Iterator[None]:
    yield
    appearance.apply(Appearance())


def test_past_streams_open_without_a_running_stream(qtbot, window):
    window.tabs.setCurrentWidget(window.live)
    assert not window.live.is_running()
    button = window.live.start_panel.history_button
    assert button.isVisible() and button.isEnabled()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.live.windows.get(HISTORY)
    assert isinstance(dialog, HistoryDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.close()


def test_the_offered_start_time_and_title_are_of_when_the_page_is_shown(qtbot, window):
    panel = window.live.start_panel
    hours_ago = QDateTime.currentDateTime().addSecs(-3 * 3600).addDays(-1)
    panel._offered_time = hours_ago  # as if the app had been started yesterday and left open
    panel.start_time.setDateTime(hours_ago)
    panel.title_edit.setText(panel.tr("Live stream {date}").format(date=hours_ago.date().toString("yyyy-MM-dd")))
    panel._offered_title = panel.title_edit.text()
    window.tabs.setCurrentWidget(window.live)
    settle()
    assert abs(panel.start_time.dateTime().secsTo(QDateTime.currentDateTime())) < 120
    assert QDateTime.currentDateTime().date().toString("yyyy-MM-dd") in panel.title_edit.text()


def test_a_start_time_the_user_chose_is_kept(qtbot, window):
    panel = window.live.start_panel
    window.tabs.setCurrentWidget(window.live)
    later = QDateTime.currentDateTime().addSecs(2 * 3600)
    panel.start_time.setDateTime(later)
    panel.title_edit.setText("小米专场")
    window.tabs.setCurrentWidget(window.catalog)
    window.tabs.setCurrentWidget(window.live)
    settle()
    assert panel.start_time.dateTime().secsTo(later) < 60 and panel.title_edit.text() == "小米专场"


def test_at_200_percent_start_live_stream_stays_in_view_of_the_default_window(qtbot, window):
    appearance.apply(Appearance(200))
    window.tabs.setCurrentWidget(window.live)
    settle()
    button = window.live.start_panel.start_button
    assert not any(isinstance(parent, QScrollArea) for parent in _ancestors(button)
                   if parent is not window.centralWidget())  # not in the form that scrolls
    assert not button.visibleRegion().isEmpty()
    assert button.visibleRegion().boundingRect().size() == button.size()


def _ancestors(widget):
    parent = widget.parentWidget()
    while parent is not None:
        yield parent
        parent = parent.parentWidget()
