"""Items sold per minute as a small bar chart: the last half hour while live, a whole session in the report."""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from livehelper.ui.prompter.view import chinese_font

MIN_BAR_WIDTH = 2
MIN_GAP = 1
MAX_BAR_WIDTH = 36
# Minutes per bar when a long series is squeezed into a narrow chart: round numbers people read easily.
BUCKETS = (1, 2, 3, 5, 10, 15, 20, 30, 60, 120, 180, 240, 360, 720, 1440)

BAR = QColor("#d9962b")
CURRENT = QColor("#a33b2a")
TEXT = QColor("#2b2b2b")
MUTED = QColor("#6a6a6a")
GRID = QColor("#d8d0c0")
PANEL = QColor("#fffdf8")


def bucket_size(minutes: int, plot_width: float) -> int:
    """The smallest round number of minutes per bar that keeps every bar at least MIN_BAR_WIDTH wide."""
    for size in BUCKETS:
        if math.ceil(minutes / size) * (MIN_BAR_WIDTH + MIN_GAP) <= plot_width:
            return size
    return BUCKETS[-1]


def aggregate(counts: list[int], size: int, from_end: bool) -> list[int]:
    """Sum `counts` in groups of `size`; when `from_end`, the last group ends with the last minute."""
    if size <= 1:
        return list(counts)
    if from_end:
        head = len(counts) % size
        groups = [counts[:head]] if head else []
        groups += [counts[i:i + size] for i in range(head, len(counts), size)]
    else:
        groups = [counts[i:i + size] for i in range(0, len(counts), size)]
    return [sum(group) for group in groups]


class MinuteChart(QWidget):
    """Bars of items per minute, oldest first.

    Live (no start time): the last bar is the current minute and is highlighted. A finished series (a start
    time given) is labelled with local clock times. Long series are summed into buckets of round minutes
    so that bars stay at least two pixels wide.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("minuteChart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumSize(220, 120)
        self.setAccessibleName(self.tr("Items sold per minute"))
        self._counts: list[int] = []
        self._start: datetime | None = None
        self._font = chinese_font(14)
        self._bold = chinese_font(15)
        self._bold.setBold(True)
        self._summarise()

    def sizeHint(self) -> QSize:
        return QSize(360, 150)

    # data
    def set_counts(self, counts: list[int], start: datetime | None = None) -> None:
        """Items per minute, oldest first. Without `start` the last count is the current minute."""
        self._counts = [max(0, int(count)) for count in counts]
        self._start = start
        self._summarise()
        self.update()

    def counts(self) -> list[int]:
        return list(self._counts)

    @property
    def live(self) -> bool:
        return self._start is None

    def bucket_minutes(self) -> int:
        return self._layout()[1]

    def bars(self) -> list[int]:
        """The value of each bar as drawn (items per bucket of `bucket_minutes()` minutes)."""
        return self._layout()[2]

    def axis_maximum(self) -> int:
        """The value at the top of the y axis (the tallest bar)."""
        return max(self.bars(), default=0)

    def bar_rects(self) -> list[QRectF]:
        """Where each bar is drawn, in widget coordinates (a zero-height rect for an empty minute)."""
        plot, _size, bars = self._layout()
        return self._bar_rects(plot, bars)

    # text
    def _caption(self) -> str:
        size = self.bucket_minutes()
        return self.tr("Items per minute") if size == 1 else self.tr("Items per {minutes} minutes").format(
            minutes=size)

    def _summarise(self) -> None:
        minutes = len(self._counts)
        most = max(self._counts, default=0)
        total = sum(self._counts)
        if self.live:
            summary = self.tr("Last {minutes} minutes: {total} items, at most {most} in one minute, "
                              "{current} this minute").format(
                minutes=minutes, total=total, most=most, current=self._counts[-1] if self._counts else 0)
        else:
            summary = self.tr("{minutes} minutes from {start}: {total} items, at most {most} in one minute").format(
                minutes=minutes, total=total, most=most, start=self._clock(0))
        self.setAccessibleDescription(summary)
        self.setToolTip(summary)

    def _clock(self, minute: int) -> str:
        if self._start is None:
            return ""
        return (self._start.astimezone() + timedelta(minutes=minute)).strftime("%H:%M")

    def _x_labels(self) -> tuple[str, str]:
        minutes = len(self._counts)
        if self.live:
            return self.tr("{minutes} min ago").format(minutes=minutes), self.tr("now")
        return self._clock(0), self._clock(minutes)

    # geometry
    def _layout(self) -> tuple[QRectF, int, list[int]]:
        """The plot area, the minutes per bar and the bars' values at the widget's current size."""
        metrics = QFontMetricsF(self._font)
        line = metrics.height()
        top = 10 + line + 6
        bottom = line + 10
        widest_label = metrics.horizontalAdvance("00000") + 14
        size = bucket_size(len(self._counts), self.width() - widest_label - 10) if self._counts else 1
        bars = aggregate(self._counts, size, from_end=self.live)
        left = metrics.horizontalAdvance(str(max(bars, default=0))) + 14
        plot = QRectF(left, top, max(1.0, self.width() - left - 10), max(1.0, self.height() - top - bottom))
        return plot, size, bars

    @staticmethod
    def _bar_rects(plot: QRectF, bars: list[int]) -> list[QRectF]:
        if not bars:
            return []
        top = max(bars)
        slot = plot.width() / len(bars)
        gap = max(MIN_GAP, min(slot * 0.25, 6.0))
        width = min(MAX_BAR_WIDTH, max(MIN_BAR_WIDTH, slot - gap))
        rects = []
        for index, value in enumerate(bars):
            height = 0.0 if top == 0 or value == 0 else max(2.0, value / top * plot.height())
            x = plot.left() + index * slot + (slot - width) / 2
            rects.append(QRectF(x, plot.bottom() - height, width, height))
        return rects

    # painting
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._summarise()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(GRID, 1))
        painter.setBrush(PANEL)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        plot, _size, bars = self._layout()
        metrics = QFontMetricsF(self._font)
        painter.setFont(self._bold)
        painter.setPen(TEXT)
        painter.drawText(QPointF(plot.left(), 10 + metrics.ascent()), self._caption())
        rects = self._bar_rects(plot, bars)
        if self.live and bars:
            now = self.tr("This minute: {count}").format(count=bars[-1])
            painter.setPen(CURRENT)
            painter.drawText(QPointF(plot.right() - QFontMetricsF(self._bold).horizontalAdvance(now),
                                     10 + metrics.ascent()), now)
        painter.setFont(self._font)
        top = max(bars, default=0)
        # y axis: the maximum at the top, 0 at the baseline, a light line at the top
        painter.setPen(QPen(GRID, 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.right(), plot.top()))
        painter.setPen(QPen(MUTED, 1))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        for value, y in ((top, plot.top()), (0, plot.bottom())):
            text = str(value)
            painter.drawText(QPointF(plot.left() - 6 - metrics.horizontalAdvance(text),
                                     y + metrics.ascent() / 2 - 1), text)
        painter.setPen(Qt.PenStyle.NoPen)
        last = len(rects) - 1
        for index, rect in enumerate(rects):
            if rect.height() > 0:
                painter.setBrush(CURRENT if self.live and index == last else BAR)
                painter.drawRect(rect)
        if self.live and rects:  # mark the current minute even when nothing sold in it yet
            mark = rects[-1]
            painter.setBrush(CURRENT)
            painter.drawRect(QRectF(mark.left(), plot.bottom() + 2, mark.width(), 3))
        left, right = self._x_labels()
        painter.setPen(MUTED)
        baseline = plot.bottom() + 6 + metrics.ascent()
        painter.drawText(QPointF(plot.left(), baseline), left)
        painter.drawText(QPointF(plot.right() - metrics.horizontalAdvance(right), baseline), right)
        painter.end()
