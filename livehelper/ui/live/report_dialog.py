"""The report of a live session: figures, the per-product table, the busiest minutes and the per-minute chart.

Saved as a PNG report card (1080 px wide, to send in a WeChat group) or as CSV.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from livehelper.domain.errors import LiveHelperError
from livehelper.domain.live import PLATFORM_NAMES, link_label
from livehelper.services.files import write_file_atomically
from livehelper.services.live.report import SessionReport, report_csv
from livehelper.ui.live.chart import MinuteChart
from livehelper.ui.live.report_card import (
    ReportWords,
    explained_text,
    money,
    rate_text,
    render_report_png,
    safe_file_name,
    start_text,
)
from livehelper.ui.widgets.announce import announce
from livehelper.ui.widgets.errors import show_error
from livehelper.ui.widgets.file_places import in_documents, in_pictures, tell_saved


class FigureTile(QFrame):
    def __init__(self, caption: str, value: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureTile")
        self.setStyleSheet("#figureTile { background: #f7f3ea; border-radius: 8px; }")
        self.caption = QLabel(caption)
        self.caption.setStyleSheet("color: #6a6a6a;")
        self.value = QLabel(value)
        self.value.setStyleSheet("font-size: 24px; font-weight: bold;")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.value.setAccessibleName(caption)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(14, 8, 14, 10)
        self.layout_.setSpacing(2)
        self.layout_.addWidget(self.caption)
        self.layout_.addWidget(self.value)
        self.layout_.addStretch(1)


class ReportDialog(QDialog):
    def __init__(self, report: SessionReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.words = ReportWords(self)
        session = report.session
        self.setWindowTitle(self.tr("Report: {title}").format(title=session.title))
        self.title = QLabel(session.title)
        self.title.setStyleSheet("font-size: 22px; font-weight: bold;")
        self.title.setWordWrap(True)
        self.subtitle = QLabel(self.tr("{platform} · started {start} · {duration}").format(
            platform=PLATFORM_NAMES[session.platform], start=start_text(report),
            duration=self.words.duration(report.duration)))
        self.subtitle.setStyleSheet("color: #5a5a5a;")
        self.revenue = FigureTile(self.tr("Revenue"), money(report.totals.revenue_fen))
        self.revenue.value.setStyleSheet("font-size: 24px; font-weight: bold; color: #a33b2a;")
        self.items = FigureTile(self.tr("Items sold"), str(report.totals.items))
        self.duration = FigureTile(self.tr("Duration"), self.words.duration(report.duration))
        self.goal = FigureTile(self.tr("Goal"), self.words.goal(report))
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(round(report.goal_progress * 100))
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(8)
        self.progress.setAccessibleName(self.tr("Progress to the goal"))
        self.progress.setVisible(session.goal_fen > 0)
        self.goal.layout_.insertWidget(2, self.progress)
        self.table = self._build_table()
        self.busiest = QLabel(self._busiest_text())
        self.busiest.setStyleSheet("font-size: 17px;")
        self.busiest.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.busiest.setAccessibleName(self.words.busiest_title())
        self.chart = MinuteChart()
        self.chart.set_counts(list(report.per_minute), start=session.started_at)
        self.chart.setMinimumHeight(150)
        self.save_image_button = QPushButton(self.tr("Save &image…"))
        self.save_image_button.clicked.connect(self.save_image)
        self.save_image_button.setToolTip(self.tr("Saves the report as a picture 1080 pixels wide, to send in a "
                                                  "WeChat group"))
        self.export_button = QPushButton(self.tr("Export &CSV…"))
        self.export_button.clicked.connect(self.export_csv)
        self.export_button.setToolTip(self.tr("Saves the figures per product as a CSV file for Excel"))
        self.close_button = QPushButton(self.tr("Cl&ose"))
        self.close_button.setToolTip(self.tr("Closes the report (Enter or Esc)"))
        self.close_button.clicked.connect(self.accept)
        self._lay_out()
        self.resize(960, 680)

    def _lay_out(self) -> None:
        figures = QHBoxLayout()
        for tile in (self.revenue, self.items, self.goal, self.duration):
            figures.addWidget(tile, 1)
        busiest_box = QGroupBox(self.words.busiest_title())
        QVBoxLayout(busiest_box).addWidget(self.busiest)
        middle = QGridLayout()
        middle.addWidget(self.table, 0, 0)
        middle.addWidget(busiest_box, 0, 1)
        middle.setColumnStretch(0, 4)
        middle.setColumnStretch(1, 1)
        self.saved_label = QLabel()  # where a saved image or CSV went
        self.saved_label.setWordWrap(True)
        self.saved_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.saved_label.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_image_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.saved_label, 1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(figures)
        layout.addLayout(middle)
        layout.addWidget(self.chart, 1)
        layout.addLayout(buttons)
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    def _build_table(self) -> QTableWidget:
        lines = self.report.lines
        table = QTableWidget(len(lines) + 1, 6)
        table.setHorizontalHeaderLabels(self.words.headers())
        table.setAccessibleName(self.tr("Sales per product"))
        table.setAccessibleDescription(self.tr("Items, revenue and time explained per product, the total in the last "
                                               "row; the arrow keys move through it"))
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move in it): no keyboard trap
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(False)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        rows = [[link_label(line.position), f"{line.name}  {line.spec}".strip(), str(line.items),
                 money(line.revenue_fen), explained_text(line.explained),
                 rate_text(line.items_per_explained_minute)] for line in lines]
        rows.append([self.tr("Total"), "", str(self.report.totals.items), money(self.report.totals.revenue_fen),
                     explained_text(sum((line.explained for line in lines), timedelta(0))), ""])
        bold = table.font()
        bold.setBold(True)
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(right)
                if row == len(lines):
                    item.setFont(bold)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        return table

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_table()

    def _fit_table(self) -> None:
        """As tall as its rows (up to eight, then it scrolls), so that the chart below gets the room."""
        table = self.table
        rows = table.verticalHeader()
        height = sum(rows.sectionSize(row) for row in range(min(table.rowCount(), 8)))
        height += table.horizontalHeader().height() + 2 * table.frameWidth()
        if table.horizontalScrollBar().isVisible():
            height += table.horizontalScrollBar().height()
        table.setFixedHeight(height)

    def _busiest_text(self) -> str:
        if not self.report.busiest:
            return self.words.no_sales()
        return "\n".join(f"{minute.astimezone().strftime('%H:%M')}   {self.words.items(items)}"
                         for minute, items in self.report.busiest)

    def _default_name(self, suffix: str) -> str:
        session = self.report.session
        started = session.started_at.astimezone()
        dated = any(started.strftime(form) in session.title for form in ("%Y-%m-%d", "%Y%m%d", "%Y/%m/%d", "%m-%d",
                                                                        "%m月%d日", "%-m月%-d日"))
        stem = safe_file_name(session.title) if dated else f"{safe_file_name(session.title)}_{started:%Y%m%d}"
        folder = in_pictures if suffix == "png" else in_documents
        return folder(f"{stem}.{suffix}")  # the title's date once, not 直播_2026-12-06_20261206

    def show_saved(self, text: str) -> None:
        self.saved_label.setText(text)
        self.saved_label.show()
        announce(self.saved_label, text)

    @staticmethod
    def _with_suffix(path: str, suffix: str) -> Path:
        chosen = Path(path)
        return chosen if chosen.suffix.lower() == f".{suffix}" else chosen.with_name(f"{chosen.name}.{suffix}")

    def save_image(self) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save report image"), self._default_name("png"),
                                              self.tr("PNG image (*.png)"))
        if not path:
            return None
        target = self._with_suffix(path, "png")
        try:
            write_file_atomically(target, render_report_png(self.report))
        except LiveHelperError as error:
            show_error(self, self.tr("Image not saved"), error)
            return None
        tell_saved(self, target)
        return target

    def export_csv(self) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export report as CSV"), self._default_name("csv"),
                                              self.tr("CSV file (*.csv)"))
        if not path:
            return None
        target = self._with_suffix(path, "csv")
        try:
            write_file_atomically(target, report_csv(self.report))
        except LiveHelperError as error:
            show_error(self, self.tr("CSV not saved"), error)
            return None
        tell_saved(self, target)
        return target
