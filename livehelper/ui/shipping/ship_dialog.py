"""发货…: courier and tracking number for one packed task, on the desktop's queue or another PC's (helper mode).
Format doubts are asked about before anything is written; a refused number keeps the dialog open with the
number still there. A queue that waits on the network is asked off the UI thread, the dialog busy meanwhile."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from livehelper.domain.couriers import COURIERS, courier_by_code, tracking_number_problem, tracking_warnings
from livehelper.domain.errors import ConflictError, LiveHelperError, ValidationError
from livehelper.services.shipping.queue import Moved, TaskQueue, TaskRow, ship
from livehelper.ui.i18n import current_language
from livehelper.ui.tasks import BackgroundRunner
from livehelper.ui.widgets.dialog_buttons import describe_buttons


class ShipDialog(QDialog):
    """Ships `task` on accept. `result` holds the queue's answer; `stale` the ConflictError when the task was
    changed meanwhile (the dialog then closes: the caller shows the error and reloads the row)."""

    def __init__(self, queue: TaskQueue, task: TaskRow, courier_code: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._queue = queue
        self._task = task
        self._runner = BackgroundRunner(self) if queue.waits_on_network else None
        self.result: Moved | None = None
        self.stale: LiveHelperError | None = None
        self.setWindowTitle(self.tr("Ship task #{id}").format(id=task.id))
        self.setMinimumWidth(460)
        summary = QLabel(f"{task.order_no}  {task.buyer_masked}  {task.city}")
        summary.setStyleSheet("color: #4a4a4a;")
        self.courier = QComboBox()
        for courier in COURIERS:
            self.courier.addItem(f"{courier.name}（{courier.code}）", courier.code)
        chosen = self.courier.findData(task.courier or courier_code)
        self.courier.setCurrentIndex(max(chosen, 0))
        self.courier.setToolTip(self.tr("The courier company that takes the parcel"))
        self.tracking = QLineEdit(task.tracking_no or "")
        self.tracking.setPlaceholderText(self.tr("scan or type the tracking number"))
        self.tracking.setMinimumWidth(280)
        self.tracking.textChanged.connect(self._recheck)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Courier"), self.courier)
        form.addRow(self.tr("&Tracking no."), self.tracking)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ship_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ship_button.setText(self.tr("&Ship"))
        describe_buttons(buttons, self.tr("Marks the task shipped with this tracking number"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.tracking.setFocus()

    def accept(self) -> None:
        if self._runner is not None and self._runner.busy:
            return  # the other PC is still answering the first press
        code = str(self.courier.currentData())
        number = self.tracking.text()
        refusal = tracking_number_problem(number)
        if refusal is not None:
            self._show_problem(refusal.render(current_language()))
            return
        doubts = tracking_warnings(courier_by_code(code), number)
        if doubts and not self._accepts(doubts):
            self.tracking.setFocus()
            return
        if self._runner is None:
            self._answered(self._ship(code, number))
            return
        self.ship_button.setEnabled(False)
        self._runner.start(lambda: self._ship(code, number), self._answered, self._network_failed)

    def _ship(self, code: str, number: str) -> Moved | tuple[LiveHelperError, bool]:
        """The queue's answer, or the error with whether the task was changed meanwhile (may run off the UI
        thread: it only talks to the queue)."""
        try:
            return ship(self._queue, self._task, code, number)
        except ConflictError as error:
            return error, self._changed_meanwhile()
        except LiveHelperError as error:
            return error, not isinstance(error, ValidationError)

    def _answered(self, answer: Moved | tuple[LiveHelperError, bool]) -> None:
        self.ship_button.setEnabled(True)
        if isinstance(answer, Moved):
            self.result = answer
            super().accept()
            return
        error, closes = answer
        if closes:  # changed meanwhile, gone, or the other PC unreachable: the caller reports it
            self.stale = error
            super().reject()
        else:  # a refused number, or one on another parcel: let the user correct it
            self._show_problem(error.render(current_language()))

    def _network_failed(self, error: Exception) -> None:
        self.ship_button.setEnabled(True)
        raise error

    def _changed_meanwhile(self) -> bool:
        try:
            return self._queue.get(self._task.id).version != self._task.version
        except LiveHelperError:
            return True

    def _accepts(self, doubts: list) -> bool:  # type: ignore[type-arg]
        lines = "\n".join(doubt.render(current_language()) for doubt in doubts)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Check the tracking number"), lines,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setInformativeText(self.tr("Ship with this number anyway?"))
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Ship &anyway"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("&Correct it"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _recheck(self, number: str) -> None:
        """A shown refusal follows the number as it is corrected: gone once the number is acceptable."""
        if self.problem.isHidden():
            return
        refusal = tracking_number_problem(number)
        if refusal is None:
            self.problem.hide()
        else:
            self.problem.setText(refusal.render(current_language()))

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        self.tracking.setFocus()
        self.tracking.selectAll()
