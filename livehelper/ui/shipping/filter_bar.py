"""The queue's filters: state tabs with counts, and helper / product / platform / session / text filters."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLineEdit, QTabBar, QWidget

from livehelper.domain.tasks import TaskState
from livehelper.services.catalog.products import ProductQuery
from livehelper.services.context import AppContext
from livehelper.services.shipping.tasks import TaskFilter
from livehelper.ui.appearance.theme import current, follow
from livehelper.ui.shipping.queue_model import state_name

SEARCH_DELAY_MS = 200
MAX_PRODUCTS = 300
MAX_SESSIONS = 60
TAB_STATES: tuple[TaskState | None, ...] = (None, TaskState.PENDING, TaskState.PACKING, TaskState.PACKED,
                                             TaskState.SHIPPED, TaskState.PROBLEM, TaskState.CANCELLED)


class StateTabs(QTabBar):
    """全部 / 待打包 N / 打包中 N / …: the state filter, with the number of tasks in each state."""

    state_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stateTabs")
        self.setAccessibleName(self.tr("Task states"))
        self.setExpanding(False)
        self.setDrawBase(False)
        # smaller than the workspace tabs (appearance/widget_sheet.py, by this object name): seven states with
        # their counts fit the window at 200% too
        for _state in TAB_STATES:
            index = self.addTab("")
            # screen readers read the current tab's tool tip as the bar's description
            self.setTabToolTip(index, self.tr("Shows the tasks in one state; the arrow keys switch between states"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.currentChanged.connect(lambda _index: self.state_changed.emit())
        self.show_counts({})

    @property
    def state(self) -> TaskState | None:
        return TAB_STATES[max(self.currentIndex(), 0)]

    def set_state(self, state: TaskState | None) -> None:
        self.setCurrentIndex(TAB_STATES.index(state))

    def show_counts(self, counts: dict[TaskState, int]) -> None:
        total = sum(counts.values())
        for index, state in enumerate(TAB_STATES):
            if state is None:
                self.setTabText(index, self.tr("All {count}").format(count=total))
            else:
                self.setTabText(index, f"{state_name(state)} {counts.get(state, 0)}")


class _Choice(QComboBox):
    """A combo whose entries carry any Python value (None = no filter)."""

    def __init__(self, accessible_name: str) -> None:
        super().__init__()
        self.setAccessibleName(accessible_name)
        self.setToolTip(self.tr("Shows only the tasks that match; the first entry shows them all"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(9)
        self._values: list[object] = []

    def fill(self, entries: list[tuple[str, object]]) -> None:
        current = self.value()
        self.blockSignals(True)
        self.clear()
        self._values = [value for _text, value in entries]
        self.addItems([text for text, _value in entries])
        self.setCurrentIndex(self._values.index(current) if current in self._values else 0)
        self.blockSignals(False)
        if self.value() != current:
            self.currentIndexChanged.emit(self.currentIndex())

    def value(self) -> object:
        index = self.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def reset(self) -> None:
        self.setCurrentIndex(0)


class FilterBar(QWidget):
    """Helper, product, platform, live session and search text; `changed` once the user has settled. Without
    a context (helper mode on a second PC) only the platform and the text: the rest needs this PC's data."""

    changed = Signal()

    def __init__(self, context: AppContext | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.helper = _Choice(self.tr("Helper"))
        self.product = _Choice(self.tr("Product"))
        self.platform = _Choice(self.tr("Platform"))
        self.session = _Choice(self.tr("Live session"))
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search order no., item or helper (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search tasks"))
        self.search.setMinimumWidth(200)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.platform.fill([(self.tr("All platforms"), None), (self.tr("Taobao"), "taobao"),
                            (self.tr("Douyin"), "douyin"), (self.tr("Kuaishou"), "kuaishou"),
                            (self.tr("Manual"), "manual"), (self.tr("Other"), "generic")])
        self.reload_choices()
        for combo in (self.helper, self.product, self.platform, self.session):
            combo.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        follow(self, self._arrange)
        for combo in (self.helper, self.product, self.session):
            combo.setVisible(context is not None)

    def _arrange(self) -> None:
        """One row at 100%; with large text the search on a row of its own above the four lists, so the
        workspace never gets wider than the window."""
        own_row = current().factor > 1
        combos = (self.helper, self.product, self.platform, self.session)
        for widget in (self.search, *combos):
            self._grid.removeWidget(widget)
        for column in range(len(combos) + 1):
            self._grid.setColumnStretch(column, 0)
        if own_row:
            self._grid.addWidget(self.search, 0, 0, 1, len(combos))
            for column, combo in enumerate(combos):
                self._grid.addWidget(combo, 1, column)
                self._grid.setColumnStretch(column, 1)
        else:
            self._grid.addWidget(self.search, 0, 0)
            self._grid.setColumnStretch(0, 2)
            for column, combo in enumerate(combos, start=1):
                self._grid.addWidget(combo, 0, column)
                self._grid.setColumnStretch(column, 1)

    def reload_choices(self) -> None:
        """Refill the helper, product and session lists (after tasks, products or sessions changed)."""
        if self._context is None:
            return
        self.reload_helpers()
        products = self._context.catalog.names_page(ProductQuery(sort="name"), MAX_PRODUCTS)
        self.product.fill([(self.tr("All products"), None), *((label, pid) for pid, label in products)])
        sessions = self._context.reports.recent_sessions(MAX_SESSIONS)
        self.session.fill([(self.tr("All live sessions"), None),
                           *((f"{s.started_at.astimezone():%m-%d %H:%M} {s.title}", s.id) for s in sessions)])

    def reload_helpers(self) -> None:
        if self._context is None:
            return
        self.helper.fill([(self.tr("All helpers"), None), (self.tr("Unassigned"), ""),
                          *((name, name) for name in self._context.tasks.helpers())])

    def query(self, state: TaskState | None) -> TaskFilter:
        text = self.search.text().strip()
        return replace(TaskFilter(), state=state, assignee=self.helper.value(),  # type: ignore[arg-type]
                       product_id=self.product.value(), platform=self.platform.value(),
                       session_id=self.session.value(), text=text or None)

    def is_narrowed(self) -> bool:
        return bool(self.search.text().strip()) or any(
            combo.currentIndex() > 0 for combo in (self.helper, self.product, self.platform, self.session))

    def clear(self) -> None:
        for combo in (self.helper, self.product, self.platform, self.session):
            combo.blockSignals(True)
            combo.reset()
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.changed.emit()

    def apply_now(self) -> None:
        """Skip the typing pause (Enter in the search field)."""
        if self._search_timer.isActive():
            self._search_timer.stop()
            self.changed.emit()


