"""The report as a picture: a card 1080 px wide to send in WeChat, painted with QPainter."""

from __future__ import annotations

import re
from datetime import timedelta

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject, QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

from livehelper.domain.file_names import safe_file_name as windows_safe_name
from livehelper.domain.live import PLATFORM_NAMES, link_label
from livehelper.domain.money import format_fen
from livehelper.services.live.report import ReportLine, SessionReport
from livehelper.ui.live.chart import MinuteChart
from livehelper.ui.prompter.view import chinese_font

CARD_WIDTH = 1080
ACCENT = QColor("#a33b2a")
INK = QColor("#222222")
MUTED = QColor("#6a6a6a")
PAPER = QColor("#ffffff")
STRIPE = QColor("#f7f3ea")
RULE = QColor("#e4ded2")
GOLD = QColor("#f2c14e")


def money(fen: int) -> str:
    """¥7,472.60: thousands grouped for reading at a glance (CSV keeps the plain 7472.60)."""
    plain = format_fen(abs(fen))
    yuan, cents = plain.split(".")
    return f"{'-' if fen < 0 else ''}¥{int(yuan):,}.{cents}"


def explained_text(duration: timedelta) -> str:
    """m:ss (minutes may pass 59: 75:00)."""
    seconds = max(0, int(duration.total_seconds()))
    return f"{seconds // 60}:{seconds % 60:02d}"


def rate_text(rate: float | None) -> str:
    """Items per explained minute; a product never explained says so instead of an unexplained dash."""
    return f"{rate:.1f}" if rate is not None else QCoreApplication.translate("ReportWords", "not explained")


def start_text(report: SessionReport) -> str:
    return report.session.started_at.astimezone().strftime("%Y-%m-%d %H:%M")


def percent(report: SessionReport) -> int | None:
    """Revenue as a percentage of the goal (it may pass 100); None without a goal."""
    goal = report.session.goal_fen
    return round(report.totals.revenue_fen * 100 / goal) if goal > 0 else None


def safe_file_name(text: str) -> str:
    """A report's file name: Windows' rules (domain/file_names.py), and no spaces."""
    return windows_safe_name(re.sub(r"\s+", "_", text).strip("_."), fallback="report")


class ReportWords(QObject):
    """Wording shared by the report dialog, the report card and the history (one place to translate)."""

    def duration(self, duration: timedelta) -> str:
        seconds = max(0, int(duration.total_seconds()))
        if seconds < 60:  # a short stream is not "0 min"
            return self.tr("under 1 min")
        hours, minutes = divmod(seconds // 60, 60)
        if hours:
            return self.tr("{hours} h {minutes} min").format(hours=hours, minutes=minutes)
        return self.tr("{minutes} min").format(minutes=minutes)

    def goal(self, report: SessionReport) -> str:
        share = percent(report)
        if share is None:
            return self.tr("No goal")
        return self.tr("{percent}% of {goal}").format(percent=share, goal=money(report.session.goal_fen))

    def items(self, count: int) -> str:
        return self.tr("{count} items").format(count=count)

    def headers(self) -> list[str]:
        return [self.tr("Link"), self.tr("Product"), self.tr("Sold"), self.tr("Revenue"), self.tr("Explained"),
                self.tr("Sold per explained minute")]

    def busiest_title(self) -> str:
        return self.tr("Busiest minutes")

    def no_sales(self) -> str:
        return self.tr("No sales")


# the report card (PNG)
class ReportCard(QObject):
    """Paints a clean report card for a phone screen: large type, no dialog chrome."""

    MARGIN = 56
    BAND = 210
    FIGURES = 220
    SECTION = 76
    ROW = 92
    BUSIEST = 150
    CHART = 360
    FOOTER = 90

    def __init__(self, report: SessionReport, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.words = ReportWords(self)

    def size(self) -> QSize:
        rows = max(1, len(self.report.lines))
        height = self.table_top() + rows * self.ROW + self.BUSIEST + self.CHART + self.FOOTER
        return QSize(CARD_WIDTH, height)

    def image(self) -> QImage:
        size = self.size()
        image = QImage(size, QImage.Format.Format_RGB32)
        image.fill(PAPER)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.paint(painter)
        painter.end()
        return image

    @staticmethod
    def _font(pixels: int, bold: bool = False) -> QFont:
        font = chinese_font(pixels)
        font.setBold(bold)
        return font

    def _text(self, painter: QPainter, rect: QRectF, text: str, font: QFont, colour: QColor,
              align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter) -> None:
        painter.setFont(font)
        painter.setPen(colour)
        elided = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(align), elided)

    def paint(self, painter: QPainter) -> None:
        report = self.report
        width = CARD_WIDTH - 2 * self.MARGIN
        left = self.MARGIN
        # the band: title, platform, start, duration
        painter.fillRect(QRectF(0, 0, CARD_WIDTH, self.BAND), ACCENT)
        self._text(painter, QRectF(left, 40, width, 72), report.session.title, self._font(52, True), PAPER)
        subtitle = " · ".join([PLATFORM_NAMES[report.session.platform], start_text(report),
                               self.words.duration(report.duration)])
        self._text(painter, QRectF(left, 122, width, 44), subtitle, self._font(30), QColor("#f7dcd6"))
        y = self.BAND + 36
        self._paint_figures(painter, QRectF(left, y, width, self.FIGURES - 60))
        y = self.BAND + self.FIGURES
        self._text(painter, QRectF(left, y, width, self.SECTION - 16), self.tr("Per product"), self._font(34, True),
                   INK)
        y += self.SECTION
        y = self._paint_table(painter, left, y, width)
        y += 24
        self._paint_busiest(painter, QRectF(left, y, width, self.BUSIEST - 24))
        y += self.BUSIEST - 24
        chart = MinuteChart()
        chart.set_counts(list(report.per_minute), start=report.session.started_at)
        chart.resize(int(width / 2), int((self.CHART - 20) / 2))
        painter.save()
        painter.translate(left, y)
        painter.scale(2, 2)  # the chart's 14 px labels read as 28 px on the card
        chart.render(painter, QPoint(0, 0))
        painter.restore()
        chart.deleteLater()
        y = self.size().height() - self.FOOTER
        painter.setPen(QPen(RULE, 2))
        painter.drawLine(QPointF(left, y + 10), QPointF(left + width, y + 10))
        self._text(painter, QRectF(left, y + 20, width, self.FOOTER - 30), self.tr("Made with LiveHelper"),
                   self._font(24), MUTED, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def _paint_figures(self, painter: QPainter, area: QRectF) -> None:
        report = self.report
        share = percent(report)
        tiles = [(self.tr("Revenue"), money(report.totals.revenue_fen)),
                 (self.tr("Items sold"), str(report.totals.items)),
                 (self.tr("Goal"), f"{share}%" if share is not None else "—")]
        gap = 24
        tile_width = (area.width() - gap * (len(tiles) - 1)) / len(tiles)
        for index, (caption, value) in enumerate(tiles):
            tile = QRectF(area.left() + index * (tile_width + gap), area.top(), tile_width, area.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(STRIPE)
            painter.drawRoundedRect(tile, 16, 16)
            inner = tile.adjusted(24, 18, -24, -18)
            self._text(painter, QRectF(inner.left(), inner.top(), inner.width(), 36), caption, self._font(26), MUTED)
            self._text(painter, QRectF(inner.left(), inner.top() + 40, inner.width(), 70), value,
                       self._font(52, True), ACCENT if index == 0 else INK)
            if index == 2:
                bar = QRectF(inner.left(), inner.bottom() - 12, inner.width(), 12)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(RULE)
                painter.drawRoundedRect(bar, 6, 6)
                if report.goal_progress > 0:
                    painter.setBrush(GOLD if report.goal_progress < 1 else ACCENT)
                    painter.drawRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * report.goal_progress, 12),
                                            6, 6)

    def columns(self, left: float, width: float) -> list[QRectF]:
        widths = [130, 330, 100, 170, 110, 128]  # link, product, sold, revenue, explained, per explained minute
        scale = width / sum(widths)
        rects, x = [], left
        for column_width in widths:
            rects.append(QRectF(x, 0, column_width * scale, 0))
            x += column_width * scale
        return rects

    def table_top(self) -> int:
        """Where the first product row starts."""
        return self.BAND + self.FIGURES + self.SECTION + self.header_height()

    def header_height(self) -> int:
        """Tall enough for the longest column title wrapped in its column."""
        metrics = QFontMetricsF(self._font(22, True))
        columns = self.columns(self.MARGIN, CARD_WIDTH - 2 * self.MARGIN)
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
        tallest = max(metrics.boundingRect(QRectF(0, 0, column.width() - 16, 1000), flags, title).height()
                      for column, title in zip(columns, self.words.headers(), strict=True))
        return int(tallest) + 16

    def _paint_table(self, painter: QPainter, left: float, top: float, width: float) -> float:
        columns = self.columns(left, width)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        header_font = self._font(22, True)
        header_height = self.header_height()
        painter.setFont(header_font)
        painter.setPen(MUTED)
        for index, (column, title) in enumerate(zip(columns, self.words.headers(), strict=True)):
            rect = QRectF(column.left() + 8, top, column.width() - 16, header_height - 8)
            align = Qt.AlignmentFlag.AlignRight if index >= 2 else Qt.AlignmentFlag.AlignLeft
            painter.drawText(rect, int(align) | int(Qt.AlignmentFlag.AlignBottom) | int(Qt.TextFlag.TextWordWrap),
                             title)
        y = top + header_height
        painter.setPen(QPen(INK, 2))
        painter.drawLine(QPointF(left, y - 2), QPointF(left + width, y - 2))
        lines: tuple[ReportLine, ...] = self.report.lines
        for number, line in enumerate(lines):
            if number % 2 == 1:
                painter.fillRect(QRectF(left, y, width, self.ROW), STRIPE)
            cells = [link_label(line.position), "", str(line.items), money(line.revenue_fen),
                     explained_text(line.explained), rate_text(line.items_per_explained_minute)]
            for index, (column, text) in enumerate(zip(columns, cells, strict=True)):
                rect = QRectF(column.left() + 8, y, column.width() - 16, self.ROW)
                if index == 1:
                    self._text(painter, QRectF(rect.left(), y + 10, rect.width(), 42), line.name,
                               self._font(30, True), INK)
                    self._text(painter, QRectF(rect.left(), y + 52, rect.width(), 30), line.spec, self._font(22), MUTED)
                else:
                    self._text(painter, rect, text, self._font(28, index == 2), INK,
                               right if index >= 2 else Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            y += self.ROW
        if not lines:
            self._text(painter, QRectF(left, y, width, self.ROW), self.words.no_sales(), self._font(28), MUTED)
            y += self.ROW
        painter.setPen(QPen(RULE, 2))
        painter.drawLine(QPointF(left, y), QPointF(left + width, y))
        return y

    def _paint_busiest(self, painter: QPainter, area: QRectF) -> None:
        self._text(painter, QRectF(area.left(), area.top(), area.width(), 50), self.words.busiest_title(),
                   self._font(34, True), INK)
        x, top = area.left(), area.top() + 62
        if not self.report.busiest:
            self._text(painter, QRectF(x, top, area.width(), 48), self.words.no_sales(), self._font(28), MUTED)
            return
        font = self._font(28, True)
        metrics = QFontMetricsF(font)
        for minute, items in self.report.busiest:
            text = f"{minute.astimezone().strftime('%H:%M')}  {self.words.items(items)}"
            chip = QRectF(x, top, metrics.horizontalAdvance(text) + 40, 52)
            if chip.right() > area.right():
                break
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#fbeecb"))
            painter.drawRoundedRect(chip, 26, 26)
            self._text(painter, chip, text, font, INK, Qt.AlignmentFlag.AlignCenter)
            x = chip.right() + 18


def render_report_png(report: SessionReport) -> bytes:
    """The report card as PNG bytes, 1080 px wide (WeChat shows it full width on a phone)."""
    image = ReportCard(report).image()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())
