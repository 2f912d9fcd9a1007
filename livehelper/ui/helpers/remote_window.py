"""Helper mode on a second PC: the shipping queue of another LiveHelper, through its LAN API.

Every network call runs on the thread pool (BackgroundRunner); the UI thread only shows answers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from livehelper.domain.errors import LiveHelperError
from livehelper.domain.tasks import TaskState
from livehelper.services.helpers.remote_queue import (
    RemoteConflict,
    RemoteCourier,
    RemoteQueue,
    RemoteTask,
    TaskList,
    split_pairing_url,
)
from livehelper.ui.i18n import current_language
from livehelper.ui.shipping.task_dialogs import ProblemDialog
from livehelper.ui.tasks import BackgroundRunner
from livehelper.ui.widgets.dialog_buttons import describe_buttons
from livehelper.ui.widgets.flat_table import AnyIndex, FlatTableModel

REFRESH_MS = 5000
STATES = (TaskState.PENDING, TaskState.PACKING, TaskState.PACKED, TaskState.SHIPPED, TaskState.PROBLEM,
          TaskState.CANCELLED)


class RemoteTaskModel(FlatTableModel):
    """The tasks of one state as the other PC sent them (buyer data already masked there)."""

    COLUMNS = ("order_no", "items", "buyer", "city", "status", "courier", "tracking_no", "note")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks: list[RemoteTask] = []
        self._headers = (self.tr("Order"), self.tr("Items"), self.tr("Buyer"), self.tr("City"), self.tr("Status"),
                         self.tr("Courier"), self.tr("Tracking no."), self.tr("Note"))

    def set_tasks(self, tasks: list[RemoteTask]) -> None:
        self.beginResetModel()
        self._tasks = list(tasks)
        self.endResetModel()

    def replace(self, task: RemoteTask) -> int:
        """Show the fresh state of a task in its row; -1 when the task is not in the list."""
        for row, shown in enumerate(self._tasks):
            if shown.id == task.id:
                self._tasks[row] = task
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
                return row
        return -1

    def task(self, row: int) -> RemoteTask | None:
        return self._tasks[row] if 0 <= row < len(self._tasks) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._tasks)


    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        task = self._tasks[index.row()]
        column = self.COLUMNS[index.column()]
        if column == "items":
            return task.items_text
        if column == "status":
            return task.status_label or task.status.label.render(current_language())
        if column == "courier":
            return task.courier_name or task.courier
        if column == "note":
            return task.problem_reason or task.note
        return str(getattr(task, column))



class RemoteShipDialog(QDialog):
    """Courier and tracking number for 发货."""

    def __init__(self, couriers: list[RemoteCourier], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ship"))
        self.courier = QComboBox()
        for courier in couriers:
            self.courier.addItem(courier.name, courier.code)
        self.courier.setToolTip(self.tr("The courier company that took the parcel"))
        self.tracking_no = QLineEdit()
        self.tracking_no.setToolTip(self.tr("The waybill number on the parcel's label"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        describe_buttons(buttons, self.tr("Marks the task shipped with this courier and number"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Courier"), self.courier)
        form.addRow(self.tr("&Tracking no."), self.tracking_no)
        form.addRow(buttons)


class RemoteConnectDialog(QDialog):
    """The pairing link (or the other PC's address) and the token, when `--helper` came without a token."""

    def __init__(self, url: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to LiveHelper"))
        self.url = QLineEdit(url)
        self.url.setToolTip(self.tr("The pairing link from the main PC, or its address such as "
                                    "http://192.168.1.8:8765"))
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setToolTip(self.tr("The helper's token, needed only when the link above has none"))
        self.problem = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        describe_buttons(buttons, self.tr("Connects to the shipping queue of the other PC"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Address or pairing link"), self.url)
        form.addRow(self.tr("&Token"), self.token)
        form.addRow(self.problem)
        form.addRow(buttons)
        self.base_url = ""
        self.token_text = ""

    def _check(self) -> None:
        try:
            base, token = split_pairing_url(self.url.text())
        except LiveHelperError as error:
            self.problem.setText(error.render(current_language()))
            return
        token = token or self.token.text().strip()
        if not token:
            self.problem.setText(self.tr("Enter the token from the pairing link"))
            return
        self.base_url, self.token_text = base, token
        self.accept()


class RemoteWindow(QMainWindow):
    """Queue-only window: state tabs with counts, the tasks, and the packing actions."""

    def __init__(self, queue: RemoteQueue, refresh_ms: int = REFRESH_MS, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.queue = queue
        self.runner = BackgroundRunner(self)
        self.counts: dict[TaskState, int] = {state: 0 for state in STATES}
        self.couriers: list[RemoteCourier] = []
        self.helper_name = ""
        self._refreshing = False
        self._refresh_again = False
        self.setWindowTitle(self.tr("LiveHelper helper — {url}").format(url=queue.base_url))

        self.tabs = QTabBar()
        for index, state in enumerate(STATES):
            self.tabs.addTab(state.label.render(current_language()))
            self.tabs.setTabToolTip(index, self.tr("Shows the tasks in this state, with their number"))
        self.tabs.currentChanged.connect(lambda _index: self.refresh())
        self.model = RemoteTaskModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move in it): no keyboard trap
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Packing tasks"))
        self.table.setAccessibleDescription(self.tr("The tasks in the chosen state; the arrow keys select the one "
                                                    "the buttons below act on"))
        self.message = QLabel()
        self.message.setWordWrap(True)

        self.start_button = QPushButton(self.tr("&Start packing"))
        self.packed_button = QPushButton(self.tr("&Packed"))
        self.ship_button = QPushButton(self.tr("S&hip…"))
        self.problem_button = QPushButton(self.tr("Pro&blem…"))
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.start_button.setToolTip(self.tr("Marks the selected task as being packed by you"))
        self.packed_button.setToolTip(self.tr("Marks the selected task as packed"))
        self.ship_button.setToolTip(self.tr("Asks for the courier and the tracking number, then marks the task "
                                            "shipped"))
        self.problem_button.setToolTip(self.tr("Asks what is wrong, then marks the task as a problem"))
        self.refresh_button.setToolTip(self.tr("Loads the queue from the other PC now (it also does so every few "
                                               "seconds)"))
        self.start_button.clicked.connect(lambda: self.move_selected(TaskState.PACKING))
        self.packed_button.clicked.connect(lambda: self.move_selected(TaskState.PACKED))
        self.ship_button.clicked.connect(self.ask_ship)
        self.problem_button.clicked.connect(self.ask_problem)
        self.refresh_button.clicked.connect(self.refresh)
        buttons = QHBoxLayout()
        for button in (self.start_button, self.packed_button, self.ship_button, self.problem_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.tabs)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.setCentralWidget(central)
        self.resize(900, 600)

        self.timer = QTimer(self)
        self.timer.timeout.connect(self.refresh)
        if refresh_ms > 0:
            self.timer.start(refresh_ms)
        self._in_background(lambda: (self.queue.me(), self.queue.couriers()), self._greeted)
        self.refresh()

    # what is shown
    @property
    def state(self) -> TaskState:
        return STATES[max(self.tabs.currentIndex(), 0)]

    def selected_task(self) -> RemoteTask | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.task(rows[0].row()) if rows else None

    def refresh(self) -> None:
        if self._refreshing:  # one list request at a time; another follows when it is answered
            self._refresh_again = True
            return
        self._refreshing = True
        state = self.state
        self._in_background(lambda: self.queue.tasks(state), lambda tasks: self._show(state, tasks),
                            after=self._refreshed)

    def _refreshed(self) -> None:
        self._refreshing = False
        if self._refresh_again:
            self._refresh_again = False
            QTimer.singleShot(0, self, self.refresh)

    def _show(self, state: TaskState, answer: TaskList) -> None:
        self.counts = {each: answer.counts.get(each, 0) for each in STATES}
        for index, each in enumerate(STATES):
            self.tabs.setTabText(index, f"{each.label.render(current_language())} ({self.counts[each]})")
        if state != self.state:
            return  # the user switched tabs meanwhile; that tab's own refresh is on its way
        selected = self.selected_task()
        self.model.set_tasks(answer.tasks)
        if selected is not None:
            self._select(selected.id)

    def _select(self, task_id: int) -> None:
        for row in range(self.model.rowCount()):
            task = self.model.task(row)
            if task is not None and task.id == task_id:
                self.table.selectRow(row)

    def _greeted(self, answer: tuple[Any, list[RemoteCourier]]) -> None:
        me, self.couriers = answer
        self.helper_name = me.name
        self.setWindowTitle(self.tr("LiveHelper helper {name} — {url}").format(name=me.name, url=self.queue.base_url))

    # actions
    def move_selected(self, to: TaskState, courier: str | None = None, tracking_no: str | None = None,
                      reason: str | None = None) -> None:
        task = self.selected_task()
        if task is None:
            self.message.setText(self.tr("Select a task first"))
            return
        self.message.setText(self.tr("Sending…"))
        self._in_background(
            lambda: self.queue.transition(task.id, to, task.version, courier=courier, tracking_no=tracking_no,
                                          reason=reason),
            self._moved)

    def ask_ship(self) -> None:
        if self.selected_task() is None:
            self.message.setText(self.tr("Select a task first"))
            return
        dialog = RemoteShipDialog(self.couriers, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.move_selected(TaskState.SHIPPED, courier=dialog.courier.currentData(),
                               tracking_no=dialog.tracking_no.text().strip())

    def ask_problem(self) -> None:
        if self.selected_task() is None:
            self.message.setText(self.tr("Select a task first"))
            return
        dialog = ProblemDialog(1, self)  # the desktop's own question: usual reasons offered, a reason required
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.text:
            self.move_selected(TaskState.PROBLEM, reason=dialog.text)
        dialog.deleteLater()

    def _moved(self, answer: tuple[RemoteTask, list[str]]) -> None:
        task, warnings = answer
        text = self.tr("Order {order} is now {status}").format(order=task.order_no, status=task.status_label)
        self.message.setText("\n".join([text, *warnings]))
        self.refresh()

    # plumbing
    def _in_background(self, work: Callable[[], Any], on_done: Callable[[Any], None],
                       after: Callable[[], None] | None = None) -> None:
        def done(value: Any) -> None:
            if after is not None:
                after()
            on_done(value)

        def failed(error: Exception) -> None:
            if after is not None:
                after()
            self._failed(error)

        self.runner.start(work, done, failed)

    def _failed(self, error: Exception) -> None:
        if not isinstance(error, LiveHelperError):
            raise error
        self.message.setText(error.render(current_language()))
        if isinstance(error, RemoteConflict) and error.task is not None:
            row = self.model.replace(error.task)
            if row >= 0:
                self.table.selectRow(row)

    def closeEvent(self, event: Any) -> None:
        self.timer.stop()
        super().closeEvent(event)


def connect_queue(url: str, parent: QWidget | None = None) -> RemoteQueue | None:
    """A RemoteQueue for the pairing link; asks for the token when the link has none. None when cancelled."""
    try:
        base, token = split_pairing_url(url)
    except LiveHelperError:
        base, token = "", ""
    if token:
        return RemoteQueue(base, token)
    dialog = RemoteConnectDialog(url, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return RemoteQueue(dialog.base_url, dialog.token_text)
