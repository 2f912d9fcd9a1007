"""Values a newcomer saw out of date: the last action of an earlier stream, a tracking-number complaint after the
number was corrected, "0 min" for a short stream and an unexplained dash for a product never explained."""

from __future__ import annotations

from datetime import timedelta

from livehelper.ui.live.interpreter import LiveAction
from livehelper.ui.live.report_card import ReportWords, rate_text
from livehelper.ui.shipping.ship_dialog import ShipDialog
from tests.ui.shipping_fixtures import desk_queue
from tests.ui.test_accessibility import start_session


def test_a_new_stream_does_not_show_the_last_action_of_the_one_before(qtbot, window):
    start_session(window, [1, 2])
    window.live.feed_digit(1)
    window.live.trigger(LiveAction.TALLY)
    assert window.live.running.status_label.text()
    window.context.live.stop()
    window.live.refresh()
    start_session(window, [1, 2])
    try:
        assert window.live.running.status_label.text() == ""
    finally:
        window.context.live.stop()


def test_the_tracking_number_complaint_goes_once_the_number_is_valid(qtbot, demo_context):
    queue = desk_queue(demo_context)
    task = next(t for t in queue.rows(queue.ids()) if t.state.value == "packed")
    dialog = ShipDialog(queue, task, "ZTO")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tracking.setText("123")
    dialog.accept()
    assert dialog.problem.isVisible() and dialog.problem.text()
    dialog.tracking.setText("75312345678901")
    assert not dialog.problem.isVisible()


def test_a_short_stream_and_an_unexplained_product_are_said_in_words(zh):
    words = ReportWords()
    assert words.duration(timedelta(seconds=40)) == "不到 1 分钟"
    assert words.duration(timedelta(minutes=75)) != words.duration(timedelta(seconds=40))
    assert rate_text(None) == "未讲解" and rate_text(2.5) == "2.5"
