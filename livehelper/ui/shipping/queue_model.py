"""The packing-task queue as a table: only the matching ids are held, rows are loaded page by page on demand.

The model reads a TaskQueue (services/shipping/queue.py): this PC's database on the desktop, another PC's LAN
API in helper mode, the same rows either way. Like Anki's browser, it asks the queue once for every matching
task id (cheap: one indexed column) and fetches the rows themselves in pages of PAGE_SIZE when the view asks
for them, keeping a bounded number of tasks cached. A change event reloads only the tasks it names and applies
the difference of the id list as row removals and insertions, so the view keeps its selection and scroll
position.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QBrush, QColor

from livehelper.domain.couriers import courier_by_code
from livehelper.domain.tasks import TaskState
from livehelper.services.events import ChangeEvent, ChangeKind, Entity
from livehelper.services.shipping.queue import TaskFilter, TaskQueue, TaskRow
from livehelper.ui.appearance.theme import background_colour, text_colour
from livehelper.ui.i18n import current_language
from livehelper.ui.widgets.flat_table import AnyIndex, FlatTableModel

ORDER_ENTITY = Entity.ORDER
TASK_ENTITY = Entity.TASK
PRODUCT_ENTITY = Entity.PRODUCT
PAGE_SIZE = 100
MAX_CACHED_PAGES = 20
MAX_DIFF_RANGES = 64  # beyond this many separate row ranges a reset is cheaper than the signals
COLUMNS = ("id", "state", "order", "items", "buyer", "city", "note", "assignee", "tracking", "updated")
TaskIdRole = Qt.ItemDataRole.UserRole + 1
StateRole = Qt.ItemDataRole.UserRole + 2

STATE_BACKGROUND: dict[TaskState, QColor] = {
    TaskState.PENDING: QColor("#fdebc8"),
    TaskState.PACKING: QColor("#d3e6fb"),
    TaskState.PACKED: QColor("#d5efd2"),
    TaskState.SHIPPED: QColor("#e3e0da"),
    TaskState.PROBLEM: QColor("#f6c4bd"),
    TaskState.CANCELLED: QColor("#efefef"),
}
STATE_FOREGROUND: dict[TaskState, QColor] = {
    TaskState.PENDING: QColor("#7a4a00"),
    TaskState.PACKING: QColor("#0b4a8b"),
    TaskState.PACKED: QColor("#1d5e1a"),
    TaskState.SHIPPED: QColor("#4a4a4a"),
    TaskState.PROBLEM: QColor("#8e1b10"),
    TaskState.CANCELLED: QColor("#8a8a8a"),
}


def state_name(state: TaskState) -> str:
    """待打包 … in Chinese, "to pack" … in English."""
    return state.label.render(current_language())


def _runs(rows: Sequence[int]) -> list[tuple[int, int]]:
    """Ascending row numbers grouped into (first, last) runs of consecutive rows."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


class TaskQueueModel(FlatTableModel):
    def __init__(self, queue: TaskQueue, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue = queue
        self._filter = TaskFilter()
        self._ids: list[int] = []
        self._row_of: dict[int, int] | None = None
        self._cache: OrderedDict[int, TaskRow] = OrderedDict()
        self._stale: set[int] = set()
        self._reload_all = False
        self.page_loads = 0  # how many pages were fetched (for tests and the bench)
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self._apply_changes)
        self._headers = (self.tr("Task"), self.tr("State"), self.tr("Order"), self.tr("Items"), self.tr("Buyer"),
                         self.tr("City"), self.tr("Note"), self.tr("Helper"), self.tr("Courier / tracking no."),
                         self.tr("Updated"))
        self._platforms = {"taobao": self.tr("Taobao"), "douyin": self.tr("Douyin"),
                           "kuaishou": self.tr("Kuaishou"), "generic": self.tr("Other"),
                           "manual": self.tr("Manual")}
        self._ids = self._queue.ids(self._filter)

    # Qt model interface
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)



    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == TaskIdRole:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole, StateRole):
            return None
        task = self.task_at(index.row())
        if task is None:
            return None
        column = COLUMNS[index.column()]
        if role == StateRole:
            return task.state
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(task, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(task, column)
        if role == Qt.ItemDataRole.BackgroundRole and column == "state":
            return QBrush(background_colour(STATE_BACKGROUND[task.state]))
        if role == Qt.ItemDataRole.ForegroundRole and (column == "state" or task.state == TaskState.CANCELLED):
            return QBrush(text_colour(STATE_FOREGROUND[task.state]))
        return None

    # our interface
    @property
    def filter(self) -> TaskFilter:
        return self._filter

    def set_filter(self, query: TaskFilter) -> None:
        self._filter = query
        ids = self._queue.ids(query)
        if ids != self._ids:
            self.beginResetModel()
            self._ids, self._row_of = ids, None
            self.endResetModel()

    def task_ids(self) -> list[int]:
        return list(self._ids)

    def task_at(self, row: int) -> TaskRow | None:
        if not 0 <= row < len(self._ids):
            return None
        task_id = self._ids[row]
        task = self._cache.get(task_id)
        if task is None:
            self._load_page(row // PAGE_SIZE)
            return self._cache.get(task_id)
        self._cache.move_to_end(task_id)
        return task

    def row_of(self, task_id: int) -> int | None:
        if self._row_of is None:
            self._row_of = {task_id: row for row, task_id in enumerate(self._ids)}
        return self._row_of.get(task_id)

    def is_loaded(self, row: int) -> bool:
        return 0 <= row < len(self._ids) and self._ids[row] in self._cache

    def on_change(self, event: ChangeEvent) -> None:
        """Note what changed; the work is done once the current burst of events is over."""
        if event.entity == PRODUCT_ENTITY:  # the rows carry the catalog's names: read again when next shown
            self._cache.clear()
            if self._ids:
                column = COLUMNS.index("items")
                self.dataChanged.emit(self.index(0, column), self.index(len(self._ids) - 1, column))
            return
        if event.entity not in (TASK_ENTITY, ORDER_ENTITY):
            return
        if event.entity == ORDER_ENTITY or event.kind == ChangeKind.RELOADED or not event.ids:
            self._reload_all = True
        self._stale.update(event.ids)
        self._refresh_timer.start()

    def reload_tasks(self, task_ids: Sequence[int]) -> None:
        """Re-read these tasks now (after a refused change: the row shows what the task really is)."""
        self._stale.update(task_ids)
        self._apply_changes()

    def refresh(self) -> None:
        """Reload every row and the id list now (after a change that sent no event)."""
        self._reload_all = True
        self._apply_changes()

    # loading
    def _load_page(self, page: int) -> None:
        wanted = [task_id for task_id in self._ids[page * PAGE_SIZE:(page + 1) * PAGE_SIZE]
                  if task_id not in self._cache]
        self.page_loads += 1
        for task in self._queue.rows(wanted):
            self._cache[task.id] = task
        while len(self._cache) > PAGE_SIZE * MAX_CACHED_PAGES:
            self._cache.popitem(last=False)

    def _apply_changes(self) -> None:
        self._refresh_timer.stop()
        stale, reload_all = self._stale, self._reload_all
        self._stale, self._reload_all = set(), False
        if reload_all:
            self._cache.clear()
        else:
            for task_id in stale:
                self._cache.pop(task_id, None)
        self._apply_ids(self._queue.ids(self._filter))
        if reload_all and self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1))
            return
        for task_id in stale:
            row = self.row_of(task_id)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def _apply_ids(self, new_ids: list[int]) -> None:
        """Turn the id list into `new_ids` by removing and inserting rows, so that selections survive."""
        if new_ids == self._ids:
            return
        keep = set(new_ids)
        removed = _runs([row for row, task_id in enumerate(self._ids) if task_id not in keep])
        known = set(self._ids)
        insertions = self._insertions(new_ids, known)
        if len(removed) + len(insertions) > MAX_DIFF_RANGES or not self._order_kept(new_ids, keep, known):
            self.beginResetModel()
            self._ids, self._row_of = new_ids, None
            self.endResetModel()
            return
        self._row_of = None
        for first, last in reversed(removed):
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._ids[first:last + 1]
            self.endRemoveRows()
        for row, ids in insertions:
            self.beginInsertRows(QModelIndex(), row, row + len(ids) - 1)
            self._ids[row:row] = ids
            self.endInsertRows()

    def _order_kept(self, new_ids: list[int], keep: set[int], known: set[int]) -> bool:
        return [task_id for task_id in self._ids if task_id in keep] == [i for i in new_ids if i in known]

    @staticmethod
    def _insertions(new_ids: list[int], known: set[int]) -> list[tuple[int, list[int]]]:
        """(row in the new list, ids) for each run of new ids, in ascending row order."""
        runs: list[tuple[int, list[int]]] = []
        for row, task_id in enumerate(new_ids):
            if task_id in known:
                continue
            if runs and runs[-1][0] + len(runs[-1][1]) == row:
                runs[-1][1].append(task_id)
            else:
                runs.append((row, [task_id]))
        return runs

    # showing
    def _display(self, task: TaskRow, column: str) -> str:
        if column == "id":
            return f"#{task.id}"
        if column == "state":
            name = state_name(task.state)
            return f"{name}：{task.problem_reason}" if task.state == TaskState.PROBLEM and task.problem_reason \
                else name
        if column == "order":
            merged = task.merged_order_nos
            text = f"{self._platforms.get(task.platform, task.platform)} {task.order_no}"
            return f"{text} +{len(merged)}" if merged else text
        if column == "items":
            return self.items_summary(task)
        if column == "buyer":
            return task.buyer_masked
        if column == "city":
            return task.city
        if column == "note":
            return " ".join(task.buyer_note.split())
        if column == "assignee":
            return task.assignee
        if column == "tracking":
            courier = courier_by_code(task.courier)
            name = courier.name if courier else task.courier
            return " ".join(part for part in (name, task.tracking_no or "") if part)
        return task.updated_at.astimezone().strftime("%m-%d %H:%M") if task.updated_at else ""

    def _tooltip(self, task: TaskRow, column: str) -> str | None:
        if column == "order":
            merged = task.merged_order_nos
            return "\n".join((task.order_no, *merged)) if merged else None
        if column in ("items", "note", "state"):
            return self._display(task, column) or None
        return None

    @staticmethod
    def items_summary(task: TaskRow) -> str:
        """米脂黄小米 2.5kg/袋 ×2，巨鹿金银花 50g/罐 ×1 (the catalog's name when the line is matched)."""
        if not task.items and task.missing:  # the order's export had no item lines: say which file to import
            return " ".join(gap.render(current_language()) for gap in task.missing)
        return "，".join(f"{item.name or item.title} ×{item.qty}" for item in task.items)

    def ids_in_rows(self, rows: Iterable[int]) -> list[int]:
        return [self._ids[row] for row in sorted(set(rows)) if 0 <= row < len(self._ids)]
