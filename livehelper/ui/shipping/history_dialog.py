"""历史: a task's audit history — who moved it from which state to which, when, and why."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from livehelper.domain.tasks import TaskChange
from livehelper.services.shipping.queue import TaskRow
from livehelper.services.shipping.tasks import SYSTEM
from livehelper.ui.shipping.queue_model import state_name
from livehelper.ui.widgets.dialog_buttons import describe_buttons


class HistoryDialog(QDialog):
    def __init__(self, task: TaskRow, changes: list[TaskChange], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of task #{id} ({order_no})").format(id=task.id, order_no=task.order_no))
        self.resize(720, 360)
        self.table = QTableWidget(len(changes), 5)
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("From"), self.tr("To"),
                                              self.tr("Reason")])
        self.table.setAccessibleName(self.tr("Task history"))
        self.table.setAccessibleDescription(self.tr("Each change of the task: when, who, from which state to which "
                                                    "and why; the arrow keys move through them"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move in it): no keyboard trap
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for row, change in enumerate(changes):
            who = self.tr("System (import)") if change.who == SYSTEM else change.who
            values = (change.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"), who,
                      state_name(change.from_state) if change.from_state else "—", state_name(change.to_state),
                      change.reason or "")
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        describe_buttons(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.table.setFocus()
