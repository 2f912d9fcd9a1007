"""Reconciliation of a finished live session: units tallied on stream against units in the orders of its window."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from livehelper.domain.errors import LiveHelperError
from livehelper.domain.live import PLATFORM_NAMES
from livehelper.services.context import AppContext
from livehelper.services.shipping.reconcile import ReconcileLine
from livehelper.ui.widgets.errors import show_error
from livehelper.ui.widgets.flat_table import AnyIndex, FlatTableModel

SESSIONS_LISTED = 60
MORE_ORDERED = QColor("#fde2c8")  # orders nobody tallied
FEWER_ORDERED = QColor("#f9d0d0")  # tallies without an order


class ReconcileModel(FlatTableModel):
    PRODUCT, TALLIED, ORDERED, DIFFERENCE = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("Product"), self.tr("Tallied on stream"), self.tr("Ordered"), self.tr("Difference"))
        self._lines: list[ReconcileLine] = []

    def set_lines(self, lines: Sequence[ReconcileLine]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def line(self, row: int) -> ReconcileLine:
        return self._lines[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)



    def difference_text(self, line: ReconcileLine) -> str:
        if line.difference > 0:
            return self.tr("+{count}  more ordered").format(count=line.difference)
        if line.difference < 0:
            return self.tr("−{count}  fewer ordered").format(count=-line.difference)
        return self.tr("0  matches")

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line, column = self._lines[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.PRODUCT:
                return line.name
            if column == self.DIFFERENCE:
                return self.difference_text(line)
            return str(line.tallied if column == self.TALLIED else line.ordered)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.PRODUCT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if line.difference and role == Qt.ItemDataRole.BackgroundRole:
            return MORE_ORDERED if line.difference > 0 else FEWER_ORDERED
        if line.difference and role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#1a1a1a")
        if line.difference and role == Qt.ItemDataRole.FontRole and column == self.DIFFERENCE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == self.DIFFERENCE and line.difference:
            return (self.tr("Orders that nobody tallied during the stream") if line.difference > 0 else
                    self.tr("Tallied on stream but not (yet) in a paid order"))
        return None


class ReconcileDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setWindowTitle(self.tr("Reconcile a live session"))
        self.sessions = QComboBox()
        self.sessions.setAccessibleName(self.tr("Live session"))
        session_label = QLabel(self.tr("&Live session:"))
        session_label.setBuddy(self.sessions)
        self.sessions.setToolTip(self.tr("The stream whose tallies are compared with its orders"))
        for report in context.reports.history(SESSIONS_LISTED):
            live = report.session
            self.sessions.addItem(f"{live.started_at.astimezone().strftime('%Y-%m-%d %H:%M')}  {live.title}  "
                                  f"({PLATFORM_NAMES[live.platform]})", live.id)
        self.explanation = QLabel(self.tr(
            "Tallied: units counted on the desk during the stream. Ordered: units in the paid orders of the "
            "stream's time window (closed and refunded orders left out). A difference above 0 means orders "
            "that nobody tallied; below 0, tallies that have no paid order yet."))
        self.explanation.setWordWrap(True)
        self.model = ReconcileModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Tallied and ordered units per product"))
        self.table.setAccessibleDescription(self.tr(
            "One row per product: units tallied, units ordered and the difference; the arrow keys move"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ReconcileModel.PRODUCT, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        self.summary.setStyleSheet("font-size: 16px;")
        self.summary.setWordWrap(True)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setAccessibleDescription(self.tr("Closes the window (Esc)"))
        self.close_button.clicked.connect(self.accept)
        self._lay_out(session_label)
        self.sessions.currentIndexChanged.connect(self.show_session)
        self.show_session()
        self.resize(760, 520)

    def _lay_out(self, session_label: QLabel) -> None:
        top = QHBoxLayout()
        top.addWidget(session_label)
        top.addWidget(self.sessions, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.sessions.setFocus()

    def session_id(self) -> int | None:
        value = self.sessions.currentData()
        return int(value) if value is not None else None

    def show_session(self) -> None:
        session_id = self.session_id()
        if session_id is None:
            self.model.set_lines([])
            self.sessions.setEnabled(False)
            self.summary.setText(self.tr("No finished live session yet. End a stream in the Live tab first."))
            return
        try:
            lines = self._context.tasks.reconcile(session_id)
        except LiveHelperError as error:
            self.model.set_lines([])
            show_error(self, self.tr("Cannot reconcile this session"), error)
            return
        self.model.set_lines(lines)
        differing = sum(1 for line in lines if line.difference)
        self.summary.setText(self.tr("Tallied {tallied} · ordered {ordered} · {differing} products differ").format(
            tallied=sum(line.tallied for line in lines), ordered=sum(line.ordered for line in lines),
            differing=differing))
