"""What the queue's action buttons do to the selected tasks: move them on, ship, mark problems, assign, merge.

The moves go through the queue protocol, so the desktop and helper mode on a second PC share them; assigning,
merging and the history are the desktop's own (they need its TaskService, `desk`). Actions work on every
selected task where that makes sense and report the tasks they could not change in one message; a task changed
meanwhile on another PC (stale version) is named there and its row reloaded. A queue that waits on the network
is asked off the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from livehelper import prefs
from livehelper.domain.errors import LiveHelperError
from livehelper.domain.tasks import TaskState
from livehelper.services.context import AppContext
from livehelper.services.shipping.local_queue import LocalQueue
from livehelper.services.shipping.queue import TaskQueue, TaskRow
from livehelper.ui.i18n import current_language
from livehelper.ui.shipping.history_dialog import HistoryDialog
from livehelper.ui.shipping.ship_dialog import ShipDialog
from livehelper.ui.shipping.task_dialogs import AssignDialog, ProblemDialog
from livehelper.ui.tasks import BackgroundRunner
from livehelper.ui.widgets.errors import show_error

DEFAULT_WHO = "主播"
WHO_PREF = "streamer_name"
MAX_LISTED_FAILURES = 12
# The states each action starts from (the buttons are enabled when a selected task is in one of them).
STARTS_FROM: dict[str, frozenset[TaskState]] = {
    "start": frozenset({TaskState.PENDING, TaskState.PROBLEM}),
    "packed": frozenset({TaskState.PACKING}),
    "ship": frozenset({TaskState.PACKED}),
    "problem": frozenset({TaskState.PENDING, TaskState.PACKING, TaskState.PACKED}),
    "reopen": frozenset({TaskState.PROBLEM}),
    "cancel": frozenset({TaskState.PENDING, TaskState.PACKING, TaskState.PACKED, TaskState.PROBLEM}),
    "assign": frozenset({TaskState.PENDING, TaskState.PACKING, TaskState.PACKED, TaskState.PROBLEM}),
    "merge": frozenset({TaskState.PENDING}),
}


def who_acts(context: AppContext) -> str:
    """The name desktop changes are recorded under: the streamer's, when the prefs have one."""
    name = prefs.load(context.data_dir).get(WHO_PREF)
    return name.strip() if isinstance(name, str) and name.strip() else DEFAULT_WHO


class TaskActions(QObject):
    """`selected` gives the tasks the user has selected (fresh from the model); `reload` re-reads tasks whose
    rows are out of date; `select` selects a task in the queue; `desk` the desktop's own queue (None in helper
    mode) for what only the desktop does."""

    acted = Signal()

    def __init__(self, queue: TaskQueue, parent: QWidget, selected: Callable[[], list[TaskRow]],
                 reload: Callable[[Sequence[int]], None], select: Callable[[int], None],
                 desk: LocalQueue | None = None) -> None:
        super().__init__(parent)
        self._queue = queue
        self._desk = desk
        self._widget = parent
        self._selected = selected
        self._reload = reload
        self._select = select
        self._courier = ""  # the last courier used: helpers ship a whole evening with one
        self._runner = BackgroundRunner(self) if queue.waits_on_network else None

    @property
    def busy(self) -> bool:
        """A move is on its way to the other PC."""
        return self._runner is not None and self._runner.busy

    def next_step(self) -> None:
        """Enter: move the selected tasks one step on (待打包 → 打包中 → 已打包 → 发货…)."""
        tasks = self._selected()
        if not tasks:
            return
        states = {task.state for task in tasks}
        if states & STARTS_FROM["ship"] and not states & {TaskState.PENDING, TaskState.PACKING}:
            self.ship()
        elif TaskState.PACKING in states and TaskState.PENDING not in states:
            self.mark_packed()
        elif TaskState.PENDING in states:
            self.start_packing()

    def start_packing(self) -> None:
        self._move(self._tasks_for("start"), TaskState.PACKING, self.tr("Not all tasks were started"))

    def mark_packed(self) -> None:
        self._move(self._tasks_for("packed"), TaskState.PACKED, self.tr("Not all tasks were marked packed"))

    def reopen(self) -> None:
        self._move(self._tasks_for("reopen"), TaskState.PENDING, self.tr("Not all tasks were reopened"))

    def mark_problem(self) -> None:
        tasks = self._tasks_for("problem")
        if not tasks:
            return
        dialog = ProblemDialog(len(tasks), self._widget)
        if dialog.exec() and dialog.text:
            self._move(tasks, TaskState.PROBLEM, self.tr("Not all tasks were marked as problems"), dialog.text)

    def cancel(self) -> None:
        tasks = self._tasks_for("cancel")
        if not tasks:
            return
        answer = QMessageBox.question(
            self._widget, self.tr("Cancel tasks"),
            self.tr("Cancel %n task(s)? A cancelled task is not packed or shipped.", "", len(tasks)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self._move(tasks, TaskState.CANCELLED, self.tr("Not all tasks were cancelled"))

    def ship(self) -> None:
        """One dialog per packed task, one after the other (scan, Enter, scan, Enter …) until cancelled."""
        failures: list[str] = []
        for task in self._tasks_for("ship"):
            dialog = ShipDialog(self._queue, task, self._courier, self._widget)
            shipped = dialog.exec()
            if dialog.stale is not None:
                failures.append(self._failure(task, dialog.stale))
                self._reload([task.id])
                continue
            if not shipped:
                break
            self._courier = str(dialog.courier.currentData())
        self._report(self.tr("Not all tasks were shipped"), failures)
        self.acted.emit()

    def assign(self) -> None:
        tasks = self._tasks_for("assign")
        if not tasks or self._desk is None:
            return
        current = tasks[0].assignee if len({task.assignee for task in tasks}) == 1 else ""
        dialog = AssignDialog(self._desk.tasks.helpers(), len(tasks), current, self._widget)
        if not dialog.exec():
            return
        failures = []
        for task in tasks:
            try:
                self._desk.tasks.assign(task.id, dialog.text, task.version, self._desk.who)
            except LiveHelperError as error:
                failures.append(self._failure(task, error))
                self._reload([task.id])
        self._report(self.tr("Not all tasks were assigned"), failures)
        self.acted.emit()

    def show_history(self) -> None:
        tasks = self._selected()
        if len(tasks) != 1 or self._desk is None:
            return
        try:
            changes = self._desk.tasks.history(tasks[0].id)
        except LiveHelperError as error:
            show_error(self._widget, self.tr("No history"), error)
            return
        HistoryDialog(tasks[0], changes, self._widget).exec()

    def merge(self) -> None:
        """Several selected tasks: merge them. One: offer the other waiting parcels of the same buyer."""
        tasks = self._tasks_for("merge")
        if not tasks or self._desk is None:
            return
        ids = [task.id for task in tasks]
        if len(ids) == 1:
            try:
                candidates = self._desk.tasks.merge_candidates(ids[0])
            except LiveHelperError as error:
                show_error(self._widget, self.tr("Not merged"), error)
                return
            if not candidates:
                QMessageBox.information(self._widget, self.tr("Merge parcels"), self.tr(
                    "No other task of the same buyer and address is waiting to be packed."))
                return
            ids += candidates
        numbers = "、".join(f"#{task_id}" for task_id in ids)
        answer = QMessageBox.question(
            self._widget, self.tr("Merge parcels"),
            self.tr("Pack {tasks} as one parcel? The lowest number keeps the parcel; the others are cancelled "
                    "as merged.").format(tasks=numbers),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            parcel = self._desk.tasks.merge(ids, self._desk.who)
        except LiveHelperError as error:
            self._reload(ids)
            show_error(self._widget, self.tr("Not merged"), error)
            return
        self.acted.emit()
        self._select(parcel.id)

    # helpers
    def _tasks_for(self, action: str) -> list[TaskRow]:
        if action not in self._queue.actions:
            return []
        return [task for task in self._selected() if task.state in STARTS_FROM[action]]

    def _move(self, tasks: list[TaskRow], to: TaskState, title: str, reason: str | None = None) -> None:
        if not tasks or self.busy:
            return

        def work() -> list[tuple[TaskRow, LiveHelperError]]:
            failed = []
            for task in tasks:
                try:
                    self._queue.transition(task.id, to, task.version, reason=reason)
                except LiveHelperError as error:
                    failed.append((task, error))
            return failed

        def done(failed: list[tuple[TaskRow, LiveHelperError]]) -> None:
            if failed:
                self._reload([task.id for task, _ in failed])
            self._report(title, [self._failure(task, error) for task, error in failed])
            self.acted.emit()

        if self._runner is None:
            done(work())
        else:
            self._runner.start(work, done, self._crashed)

    @staticmethod
    def _crashed(error: Exception) -> None:
        raise error

    def _failure(self, task: TaskRow, error: LiveHelperError) -> str:
        return f"#{task.id} {task.order_no}: {error.render(current_language())}"

    def _report(self, title: str, failures: list[str]) -> None:
        if not failures:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, title,
                          self.tr("%n task(s) could not be changed:", "", len(failures)),
                          QMessageBox.StandardButton.Ok, self._widget)
        box.setInformativeText("\n".join(failures[:MAX_LISTED_FAILURES]))
        if len(failures) > MAX_LISTED_FAILURES:
            box.setDetailedText("\n".join(failures))
        box.exec()
