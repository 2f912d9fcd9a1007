"""历史: a task's audit history — who moved it from which state to which, when, and why."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from livehelper.domain.tasks import TaskChange
from livehelper.services.shipping.queue import TaskRow
from livehelper.services.shipping.tasks import SYSTEM
from livehelper.ui.shipping.queue_model import state_name
from livehelper.ui.widgets.dialog_buttons import describe_buttons
from livehelper.ui.widgets.ledger_table import LedgerTable


class HistoryDialog(QDialog):
    def __init__(self, task: TaskRow, changes: list[TaskChange], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of task #{id} ({order_no})").format(id=task.id, order_no=task.order_no))
        self.resize(720, 360)
        self.table = LedgerTable(
            [self.tr("When"), self.tr("Who"), self.tr("From"), self.tr("To"), self.tr("Reason")],
            self.tr("Task history"), self.tr("Each change of the task: when, who, from which state to which and why; "
                                             "the arrow keys move through them"))
        system = self.tr("System (import)")
        self.table.fill((change.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
                         system if change.who == SYSTEM else change.who,
                         state_name(change.from_state) if change.from_state else "—", state_name(change.to_state),
                         change.reason or "") for change in changes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        describe_buttons(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.table.setFocus()
