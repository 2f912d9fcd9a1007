"""Past live sessions: browse them newest first, open one's report, compare two side by side."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from livehelper.domain.live import PLATFORM_NAMES
from livehelper.domain.product import product_label
from livehelper.services.live.report import ReportService, SessionReport
from livehelper.ui.live.report_card import ReportWords, money, percent
from livehelper.ui.live.report_dialog import ReportDialog
from livehelper.ui.widgets.row_selection import select_only_row

ModelIndex = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
SECTION = QColor("#f4f1ea")


def date_text(report: SessionReport) -> str:
    return report.session.started_at.astimezone().strftime("%Y-%m-%d %H:%M")


def signed(value: int) -> str:
    return f"{value:+d}" if value else "0"


def signed_money(fen: int) -> str:
    return "0" if fen == 0 else ("+" if fen > 0 else "") + money(fen)


MIN_RATE_DURATION = timedelta(minutes=10)  # a rate over a few minutes says nothing


def items_per_hour(report: SessionReport) -> float | None:
    if report.duration < MIN_RATE_DURATION:
        return None
    return report.totals.items / (report.duration.total_seconds() / 3600)


def rate_pair(a: SessionReport, b: SessionReport) -> tuple[str, str, str]:
    rate_a, rate_b = items_per_hour(a), items_per_hour(b)
    difference = f"{rate_b - rate_a:+.1f}" if rate_a is not None and rate_b is not None else "—"
    return (f"{rate_a:.1f}" if rate_a is not None else "—", f"{rate_b:.1f}" if rate_b is not None else "—",
            difference)


class HistoryModel(QAbstractTableModel):
    """Ended sessions, newest first (the order history() gives)."""

    COLUMNS = 7

    def __init__(self, reports: list[SessionReport], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reports = reports
        self._words = ReportWords(self)
        self._titles = [self.tr("Date"), self.tr("Title"), self.tr("Platform"), self.tr("Duration"),
                        self.tr("Items sold"), self.tr("Revenue"), self.tr("Goal")]

    def report_at(self, row: int) -> SessionReport:
        return self._reports[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._reports)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < self.COLUMNS:
            return self._titles[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._reports):
            return None
        report = self._reports[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            share = percent(report)
            values = [date_text(report), report.session.title, PLATFORM_NAMES[report.session.platform],
                      self._words.duration(report.duration), str(report.totals.items),
                      money(report.totals.revenue_fen), f"{share}%" if share is not None else "—"]
            return values[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 3:
            return int(RIGHT)
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return report.session.title
        return None


class HistoryTable(QTableView):
    """Enter or Return opens the current session (the dialog then does not press a button as well)."""

    open_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class HistoryDialog(QDialog):
    def __init__(self, reports: ReportService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Past live sessions"))
        self._words = ReportWords(self)
        self.model = HistoryModel(reports.history(), self)
        self.table = HistoryTable()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Past live sessions"))
        self.table.setAccessibleDescription(self.tr("Enter opens the report of the session in the row; Shift with "
                                                    "the arrow keys selects two sessions to compare"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move in it): no keyboard trap
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.open_requested.connect(self.open_selected)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.hint = QLabel(self.tr("Enter opens a report. Select two sessions (Ctrl+click or Shift+arrow keys) "
                                   "to compare them."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5a5a5a;")
        self.empty = QLabel(self.tr("No finished live sessions yet. A session appears here when it is stopped."))
        self.empty.setVisible(self.model.rowCount() == 0)
        self.comparison = QTableWidget(0, 4)
        self.comparison.setAccessibleName(self.tr("Comparison"))
        self.comparison.setAccessibleDescription(self.tr("The figures of both sessions and their difference, then "
                                                         "the items sold per product"))
        self.comparison.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.comparison.setTabKeyNavigation(False)  # Tab leaves the table (arrows move in it): no keyboard trap
        self.comparison.verticalHeader().setVisible(False)
        self.comparison.setWordWrap(False)
        compare_header = self.comparison.horizontalHeader()
        compare_header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        compare_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.compare_box = QGroupBox(self.tr("Comparison"))
        QVBoxLayout(self.compare_box).addWidget(self.comparison)
        self.compare_box.hide()
        self.open_button = QPushButton(self.tr("&Open report"))
        self.open_button.clicked.connect(self.open_selected)
        self.open_button.setToolTip(self.tr("Shows the report of the selected session"))
        self.compare_button = QPushButton(self.tr("Co&mpare"))
        self.compare_button.clicked.connect(self.compare_selected)
        self.compare_button.setToolTip(self.tr("Shows the two selected sessions side by side"))
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setToolTip(self.tr("Closes the window (Esc)"))
        self.close_button.clicked.connect(self.accept)
        for button in (self.open_button, self.compare_button, self.close_button):
            button.setAutoDefault(False)  # Enter in the list opens the report, not a button
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.compare_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.compare_box, 2)
        layout.addLayout(buttons)
        if self.model.rowCount():
            select_only_row(self.table, 0)
        self.table.setFocus()
        self._update_buttons()
        self.resize(980, 640)

    # selection
    def selected_rows(self) -> list[int]:
        return sorted(index.row() for index in self.table.selectionModel().selectedRows())

    def select_rows(self, rows: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        for row in rows:
            selection.select(self.model.index(row, 0), selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
        if rows:
            selection.setCurrentIndex(self.model.index(rows[-1], 0), selection.SelectionFlag.NoUpdate)

    def _update_buttons(self) -> None:
        rows = self.selected_rows()
        self.open_button.setEnabled(len(rows) == 1)
        self.compare_button.setEnabled(len(rows) == 2)

    # actions
    def open_selected(self) -> None:
        rows = self.selected_rows()
        row = rows[0] if len(rows) == 1 else self.table.currentIndex().row()
        if row < 0:
            return
        dialog = ReportDialog(self.model.report_at(row), self)
        dialog.exec()
        dialog.deleteLater()

    def compare_selected(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 2:
            return
        first, second = (self.model.report_at(row) for row in rows)
        older, newer = sorted((first, second), key=lambda report: report.session.started_at)
        self.show_comparison(older, newer)

    def show_comparison(self, a: SessionReport, b: SessionReport) -> None:
        """Figures of A (the earlier session), B and B − A; then items per product for products in either."""
        words = self._words
        share_a, share_b = percent(a), percent(b)
        rows: list[tuple[str, str, str, str, bool]] = [
            (self.tr("Duration"), words.duration(a.duration), words.duration(b.duration),
             self._minutes_difference(b.duration - a.duration), False),
            (self.tr("Items sold"), str(a.totals.items), str(b.totals.items), signed(b.totals.items - a.totals.items),
             False),
            (self.tr("Revenue"), money(a.totals.revenue_fen), money(b.totals.revenue_fen),
             signed_money(b.totals.revenue_fen - a.totals.revenue_fen), False),
            (self.tr("Items per hour"), *rate_pair(a, b), False),
            (self.tr("Goal"), words.goal(a), words.goal(b),
             self.tr("{points} points").format(points=signed(share_b - share_a))
             if share_a is not None and share_b is not None else "—", False),
            (self.tr("Items per product"), "", "", "", True),
        ]
        a_items = {line.product_id: line for line in a.lines}
        b_items = {line.product_id: line for line in b.lines}
        for product_id in dict.fromkeys([*a_items, *b_items]):
            line = a_items.get(product_id) or b_items[product_id]
            in_a, in_b = a_items.get(product_id), b_items.get(product_id)
            rows.append((product_label(line.name, line.spec), str(in_a.items) if in_a else "—",
                         str(in_b.items) if in_b else "—",
                         signed((in_b.items if in_b else 0) - (in_a.items if in_a else 0)), False))
        table = self.comparison
        table.clearSpans()
        table.clearContents()
        table.setRowCount(len(rows))
        table.setHorizontalHeaderLabels([
            "", self.tr("A: {title}\n{date}").format(title=a.session.title, date=date_text(a)),
            self.tr("B: {title}\n{date}").format(title=b.session.title, date=date_text(b)),
            self.tr("Difference (B − A)")])
        bold = QFont(table.font())
        bold.setBold(True)
        for row, (label, a_text, b_text, difference, section) in enumerate(rows):
            for column, text in enumerate((label, a_text, b_text, difference)):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(RIGHT)
                if section or column == 0 or column == 3:
                    item.setFont(bold)
                if section:
                    item.setBackground(SECTION)
                table.setItem(row, column, item)
            if section:
                table.setSpan(row, 0, 1, 4)
        self.compare_box.setTitle(self.tr("Comparison: {a} and {b}").format(a=a.session.title, b=b.session.title))
        self.compare_box.show()

    def comparison_rows(self) -> list[list[str]]:
        """The comparison table's text, row by row (for reading it back)."""
        table = self.comparison
        return [[table.item(row, column).text() if table.item(row, column) else ""
                 for column in range(table.columnCount())] for row in range(table.rowCount())]

    def _minutes_difference(self, difference: timedelta) -> str:
        minutes = round(difference.total_seconds() / 60)
        return self.tr("{minutes} min").format(minutes=signed(minutes))
