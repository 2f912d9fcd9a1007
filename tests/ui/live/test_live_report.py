"""The per-minute chart, the stream overlay, the session report (dialog, PNG card, CSV) and the history."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from livehelper import prefs
from livehelper.domain.live import Platform
from livehelper.services.live.report import build_report, report_csv
from livehelper.storage.products import ProductQuery
from livehelper.ui.bridge import EventBridge
from livehelper.ui.live.chart import BAR, CURRENT, MIN_BAR_WIDTH, MinuteChart, aggregate
from livehelper.ui.live.history_dialog import HistoryDialog
from livehelper.ui.live.overlay import CHROMA, DEFAULT_SIZE, PREFS_KEY, TRANSPARENT, OverlayWindow
from livehelper.ui.live.report_card import ReportCard, explained_text, money, render_report_png
from livehelper.ui.live.report_dialog import ReportDialog
from tests.ui.conftest import choose_file

MILLET, HONEYSUCKLE, CRISPS, GIFT_BOX, NOODLES = "米脂黄小米", "巨鹿金银花", "小米锅巴", "富硒小米礼盒", "手工杂粮挂面"


def product_ids(context) -> dict[str, int]:
    return {product.name: product.id for product in context.catalog.page(ProductQuery(), 0, 50)}


def run_session(context, title: str, started_at: datetime, lineup: list[str], sales: list[tuple[str, int]],
                goal_fen: int = 50_000) -> int:
    """A finished session made with the real live service: explain each product as it sells, then stop."""
    ids = product_ids(context)
    snapshot = context.live.start(title, Platform.KUAISHOU, goal_fen, [ids[name] for name in lineup],
                                  started_at=started_at)
    for name, qty in sales:
        context.live.explain(ids[name])
        context.live.tally(ids[name], qty)
    context.live.wait_durable()
    context.live.stop()
    return snapshot.session.id


@pytest.fixture
def bridge(demo_context):
    bridge = EventBridge(demo_context.events)
    yield bridge
    bridge.stop()


@pytest.fixture
def report(demo_context):
    session_id = run_session(demo_context, "周日早场", datetime.now(UTC) - timedelta(minutes=45),
                             [MILLET, CRISPS, NOODLES], [(MILLET, 5), (CRISPS, 2), (MILLET, 3), (NOODLES, 4)])
    return build_report(demo_context.database, session_id)


def activate(qtbot, widget) -> None:
    widget.activateWindow()  # the offscreen platform does not activate a window by itself
    qtbot.waitUntil(widget.isActiveWindow)


def show(qtbot, widget) -> None:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    if not widget.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus:  # the overlay never takes the keyboard
        activate(qtbot, widget)


# the chart
def test_chart_bar_heights_follow_the_counts_and_the_current_minute_stands_out(qtbot):
    chart = MinuteChart()
    qtbot.addWidget(chart)
    chart.resize(400, 160)
    chart.set_counts([0, 2, 4, 8])
    assert chart.bars() == [0, 2, 4, 8] and chart.bucket_minutes() == 1 and chart.axis_maximum() == 8
    rects = chart.bar_rects()
    tallest = rects[3].height()
    assert rects[0].height() == 0
    assert rects[1].height() == pytest.approx(tallest / 4) and rects[2].height() == pytest.approx(tallest / 2)
    assert len({round(rect.bottom()) for rect in rects}) == 1  # one baseline
    image = chart.grab().toImage()
    assert image.pixelColor(rects[3].center().toPoint()) == CURRENT
    assert image.pixelColor(rects[2].center().toPoint()) == BAR
    assert "8" in chart.accessibleDescription() and "4" in chart.accessibleDescription()


def test_a_long_series_is_summed_into_buckets_that_keep_bars_visible(qtbot):
    chart = MinuteChart()
    qtbot.addWidget(chart)
    chart.resize(300, 150)
    counts = [minute % 7 for minute in range(600)]
    chart.set_counts(counts, start=datetime(2024, 6, 1, 12, 0, tzinfo=UTC))
    size = chart.bucket_minutes()
    assert size > 1
    assert len(chart.bars()) == math.ceil(600 / size) and sum(chart.bars()) == sum(counts)
    assert min(rect.width() for rect in chart.bar_rects()) >= MIN_BAR_WIDTH
    assert aggregate([1, 2, 3, 4, 5], 2, from_end=True) == [1, 5, 9]  # live: the last bar ends now
    assert aggregate([1, 2, 3, 4, 5], 2, from_end=False) == [3, 7, 5]


# the overlay
def test_overlay_shows_the_explaining_product_and_follows_tallies(qtbot, demo_context, bridge):
    overlay = OverlayWindow(demo_context, bridge)
    show(qtbot, overlay)
    assert overlay.content() is None and overlay.placeholder()
    ids = product_ids(demo_context)
    live = demo_context.live
    live.start("晚场", Platform.DOUYIN, 100_000, [ids[MILLET], ids[CRISPS], ids[NOODLES]])
    qtbot.waitUntil(lambda: overlay.content() is not None)
    shown = overlay.content()
    assert (shown.link, shown.name, shown.spec, shown.price, shown.sold) == ("1号链接", MILLET, "2.5kg/袋", "39.90", 0)
    assert overlay.has_qr()
    live.tally(ids[MILLET], 3)
    qtbot.waitUntil(lambda: overlay.content().sold == 3)
    assert MILLET in overlay.accessibleDescription() and "39.90" in overlay.accessibleDescription()
    live.explain(ids[NOODLES])  # no shop link: no QR code
    qtbot.waitUntil(lambda: overlay.content().name == NOODLES)
    assert overlay.content().link == "3号链接" and not overlay.has_qr()
    live.explain(None)
    qtbot.waitUntil(lambda: overlay.content() is None)
    live.stop()
    qtbot.waitUntil(lambda: overlay.content() is None and overlay.placeholder() != "")


# a popup menu on the offscreen platform: it cannot raise the menu or grab the keyboard, and says so
@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing")
def test_overlay_background_switches_by_keyboard_and_menu_and_placement_is_remembered(
        qtbot, demo_context, bridge):
    overlay = OverlayWindow(demo_context, bridge)
    assert overlay.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert not overlay.on_top()  # it covers nothing of ours unless chosen
    assert overlay.size() == DEFAULT_SIZE
    show(qtbot, overlay)
    assert overlay.background() == CHROMA
    assert overlay.grab().toImage().pixelColor(2, 2) == QColor("#00ff00")
    overlay.switch_action.trigger()
    assert overlay.background() == TRANSPARENT
    assert overlay.testAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
    corner = overlay.grab().toImage().pixelColor(2, 2)
    assert corner.alpha() < 8
    assert overlay.isVisible()  # a new native window (with an alpha channel), shown again
    overlay.chroma_action.trigger()  # the same from the right-click menu
    assert overlay.background() == CHROMA and overlay.grab().toImage().pixelColor(2, 2) == QColor("#00ff00")
    texts = [action.text() for action in overlay.menu().actions()]
    assert overlay.chroma_action.text() in texts and overlay.close_action.text() in texts
    overlay.bigger_action.trigger()
    overlay.move(overlay.x() + 10, overlay.y() + 10)
    overlay.on_top_action.trigger()
    assert overlay.on_top() and overlay.isVisible()
    overlay.switch_action.trigger()
    position, size = overlay.pos(), overlay.size()
    overlay.close_action.trigger()
    assert not overlay.isVisible()
    saved = prefs.load(demo_context.data_dir)[PREFS_KEY]
    assert saved == {"x": position.x(), "y": position.y(), "width": size.width(),
                     "height": size.height(), "background": TRANSPARENT, "on_top": True}
    again = OverlayWindow(demo_context, bridge)
    qtbot.addWidget(again)
    assert (again.size(), again.pos(), again.background(), again.on_top()) == (size, position, TRANSPARENT, True)


# the report
def test_report_dialog_shows_the_reports_figures(qtbot, report, qtmodeltester):
    dialog = ReportDialog(report)
    qtbot.addWidget(dialog)
    dialog.show()
    assert report.session.title in dialog.title.text()
    assert "快手" in dialog.subtitle.text()
    assert report.session.started_at.astimezone().strftime("%Y-%m-%d %H:%M") in dialog.subtitle.text()
    assert dialog.items.value.text() == str(report.totals.items) == "14"
    assert dialog.revenue.value.text() == money(report.totals.revenue_fen) == "¥426.20"
    assert "85%" in dialog.goal.value.text() and dialog.progress.value() == 85
    table = dialog.table
    qtmodeltester.check(table.model())
    for row, line in enumerate(report.lines):
        assert table.item(row, 0).text() == f"{line.position}号链接"
        assert table.item(row, 1).text().startswith(line.name)
        assert table.item(row, 2).text() == str(line.items)
        assert table.item(row, 3).text() == money(line.revenue_fen)
        assert table.item(row, 4).text() == explained_text(line.explained)
    assert [table.item(row, 2).text() for row in range(len(report.lines))] == ["8", "2", "4"]
    assert table.item(len(report.lines), 2).text() == "14"  # the totals row
    minute, items = report.busiest[0]
    assert f"{minute.astimezone().strftime('%H:%M')}" in dialog.busiest.text() and str(items) in dialog.busiest.text()
    assert dialog.chart.counts() == list(report.per_minute) and not dialog.chart.live


def test_report_png_is_wide_enough_for_wechat_and_has_a_row_per_product(qtbot, report):
    png = render_report_png(report)
    assert png.startswith(b"\x89PNG")
    image = QImage.fromData(png)
    assert image.width() >= 1000 and image.height() > image.width()
    card = ReportCard(report)
    top = card.table_top()
    name_column = card.columns(card.MARGIN, image.width() - 2 * card.MARGIN)[1]
    for row in range(len(report.lines)):  # dark text in the product column of every row
        y0 = top + row * card.ROW
        dark = sum(1 for y in range(y0 + 10, y0 + 52, 2) for x in range(int(name_column.left()),
                                                                         int(name_column.right()), 3)
                   if image.pixelColor(x, y).lightness() < 80)
        assert dark > 20, f"row {row} looks empty"
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 41)}
    assert len(colours) > 10  # not blank
    shorter = QImage.fromData(render_report_png(replace(report, lines=report.lines[:1])))
    assert image.height() - shorter.height() == 2 * card.ROW


def test_a_session_without_sales_or_goal_still_has_a_report(qtbot, demo_context):
    session_id = run_session(demo_context, "试播", datetime.now(UTC) - timedelta(minutes=5), [MILLET], [],
                             goal_fen=0)
    empty = build_report(demo_context.database, session_id)
    dialog = ReportDialog(empty)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.items.value.text() == "0" and dialog.goal.value.text() == "No goal"
    assert not dialog.progress.isVisible() and dialog.busiest.text() == "No sales"
    assert sum(dialog.chart.counts()) == 0 and dialog.chart.axis_maximum() == 0
    assert QImage.fromData(render_report_png(empty)).width() >= 1000


def test_save_image_and_export_csv_through_the_file_dialog(qtbot, modal, report, tmp_path: Path):
    dialog = ReportDialog(report)
    qtbot.addWidget(dialog)
    dialog.show()

    def choose(path: Path):
        def answer(file_dialog):
            choose_file(file_dialog, str(path))
        return answer

    modal.next(choose(tmp_path / "战报"))
    saved = dialog.save_image()
    assert saved == tmp_path / "战报.png" and QImage(str(saved)).width() >= 1000
    modal.next(choose(tmp_path / "战报.csv"))
    exported = dialog.export_csv()
    data = exported.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and data == report_csv(report)
    text = data.decode("utf-8-sig")
    assert MILLET in text and CRISPS in text and "合计" in text
    modal.next(lambda file_dialog: file_dialog.reject())
    assert dialog.export_csv() is None


# the history
@pytest.fixture
def two_sessions(demo_context):
    now = datetime.now(UTC)
    first = run_session(demo_context, "第一场", now - timedelta(hours=3), [MILLET, CRISPS],
                        [(MILLET, 6), (CRISPS, 2)])
    second = run_session(demo_context, "第二场", now - timedelta(hours=1), [MILLET, GIFT_BOX],
                         [(MILLET, 9), (GIFT_BOX, 3)])
    return build_report(demo_context.database, first), build_report(demo_context.database, second)


def test_history_lists_sessions_newest_first_and_compares_two(qtbot, demo_context, two_sessions, qtmodeltester):
    first, second = two_sessions
    dialog = HistoryDialog(demo_context.reports)
    qtbot.addWidget(dialog)
    dialog.show()
    qtmodeltester.check(dialog.model)
    titles = [dialog.model.report_at(row).session.title for row in range(dialog.model.rowCount())]
    assert titles[:2] == ["第二场", "第一场"] and len(titles) == 3  # and the demo's session of yesterday
    assert dialog.model.index(0, 4).data() == "12" and dialog.model.index(1, 4).data() == "8"
    assert dialog.open_button.isEnabled() and not dialog.compare_button.isEnabled()
    dialog.select_rows([0, 1])
    assert dialog.compare_button.isEnabled() and not dialog.open_button.isEnabled()
    qtbot.mouseClick(dialog.compare_button, Qt.MouseButton.LeftButton)
    assert dialog.compare_box.isVisible()
    rows = {row[0]: row[1:] for row in dialog.comparison_rows()}
    assert rows["Items sold"] == ["8", "12", "+4"]  # A is the earlier session, the difference is B − A
    assert rows["Revenue"] == [money(first.totals.revenue_fen), money(second.totals.revenue_fen),
                               "+" + money(second.totals.revenue_fen - first.totals.revenue_fen)]
    assert rows[f"{MILLET} 2.5kg/袋"] == ["6", "9", "+3"]
    assert rows[f"{CRISPS} 200g×3袋"] == ["2", "—", "-2"]  # only in A
    assert rows[f"{GIFT_BOX} 1.5kg/盒"] == ["—", "3", "+3"]  # only in B


def test_enter_in_the_history_opens_the_report(qtbot, modal, demo_context, two_sessions):
    dialog = HistoryDialog(demo_context.reports)
    show(qtbot, dialog)
    dialog.select_rows([1])
    seen = []
    modal.next(lambda opened: (seen.append((type(opened).__name__, opened.report.session.title)), opened.reject()))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert seen == [("ReportDialog", "第一场")]
    assert dialog.isVisible()  # Enter opened the report and did not close the history
