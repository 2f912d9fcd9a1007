"""发货: the shipping workspace — state tabs with counts, filters, the lazy task queue and big action buttons.

The same workspace serves helper mode on a second PC: built on another PC's queue (a TaskQueue, without an
AppContext), it shows the actions that queue allows and hides the ones that need this PC's own data."""

from __future__ import annotations

from importlib.util import find_spec
from itertools import pairwise

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from livehelper.domain.tasks import TaskState
from livehelper.services.catalog.products import ENTITY as PRODUCT_ENTITY
from livehelper.services.context import AppContext
from livehelper.services.events import ChangeEvent
from livehelper.services.shipping.local_queue import LocalQueue
from livehelper.services.shipping.queue import TaskQueue, TaskRow
from livehelper.services.shipping.tasks import ENTITY as TASK_ENTITY
from livehelper.ui.appearance.theme import current, follow, table_follows_scale
from livehelper.ui.bridge import EventBridge
from livehelper.ui.keys.commands import command_button, command_shortcut, describe
from livehelper.ui.shipping.filter_bar import FilterBar, StateTabs
from livehelper.ui.shipping.queue_hints import hint_page
from livehelper.ui.shipping.queue_model import COLUMNS, ORDER_ENTITY, TaskQueueModel, state_name
from livehelper.ui.shipping.shipping_export import ShippingExport
from livehelper.ui.shipping.task_actions import STARTS_FROM, TaskActions, who_acts
from livehelper.ui.tasks import BackgroundRunner
from livehelper.ui.widgets.announce import announce
from livehelper.ui.widgets.column_scroll import ColumnScrollArea
from livehelper.ui.widgets.flow_layout import FlowLayout
from livehelper.ui.widgets.row_selection import select_only_row

COLUMN_WIDTHS = {"id": 56, "state": 104, "order": 250, "items": 270, "buyer": 140, "city": 72, "note": 150,
                 "assignee": 70, "tracking": 190, "updated": 100}
ROW_HEIGHT = 36


class ShippingWorkspace(QWidget):
    """This PC's queue (`context`), or another PC's (`queue`, helper mode: `context` None)."""

    def __init__(self, context: AppContext | None, bridge: EventBridge, parent: QWidget | None = None,
                 queue: TaskQueue | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shippingWorkspace")
        self._context = context
        self._runner = BackgroundRunner(self)
        self._shipping_export: ShippingExport | None = None  # made on first use
        desk = None if context is None else LocalQueue(context.tasks, context.catalog, context.events,
                                                       lambda: who_acts(context))
        self.queue: TaskQueue = queue or desk  # type: ignore[assignment]
        if desk is not None:
            self.destroyed.connect(desk.close)
        self.model = TaskQueueModel(self.queue, self)
        self.actions = TaskActions(self.queue, self, self.selected_tasks, self.model.reload_tasks, self.select_task,
                                   desk)
        self._counts_timer = QTimer(self, singleShot=True, interval=0)
        self._counts_timer.timeout.connect(self._update_counts)
        self._counts: dict[TaskState, int] = {}
        bridge.changed.connect(self._on_change)

        self.import_button = command_button("shipping.import", self.tr("Import &orders…"), self, self.import_orders)
        self.manual_button = command_button("shipping.manual", self.tr("Man&ual order…"), self, self.manual_order)
        self.pick_button = command_button("shipping.pick_list", self.tr("Pic&k list…"), self,
                                          lambda: self.open_documents("pick_list"))
        self.slips_button = command_button("shipping.slips", self.tr("P&acking slips…"), self,
                                           lambda: self.open_documents("slips"))
        self.reconcile_button = command_button("shipping.reconcile", self.tr("Reconcile &with tallies…"), self,
                                               self.reconcile)
        self.export_button = command_button("shipping.export", self.tr("E&xport shipping file…"), self,
                                            self.export_shipments)
        self.start_button = command_button("shipping.start", self.tr("Sta&rt packing"), self,
                                           self.actions.start_packing)
        self.packed_button = command_button("shipping.packed", self.tr("Mark packe&d"), self, self.actions.mark_packed)
        self.ship_button = command_button("shipping.ship", self.tr("Sh&ip…"), self, self.actions.ship)
        self.problem_button = command_button("shipping.problem", self.tr("Pro&blem…"), self, self.actions.mark_problem)
        self.reopen_button = command_button("shipping.reopen", self.tr("R&eopen"), self, self.actions.reopen)
        self.cancel_button = command_button("shipping.cancel", self.tr("Ca&ncel task"), self, self.actions.cancel)
        self.assign_button = command_button("shipping.assign", self.tr("Assi&gn to…"), self, self.actions.assign)
        self.history_button = command_button("shipping.history", self.tr("Histor&y"), self, self.actions.show_history)
        self.merge_button = command_button("shipping.merge", self.tr("&Merge parcels"), self, self.actions.merge)
        for button, description in (
                (self.import_button, self.tr("Reads an order export of Taobao, Douyin or Kuaishou into packing tasks")),
                (self.manual_button, self.tr("Enters an order by hand, e.g. for a WeChat regular")),
                (self.pick_button, self.tr("Prints or saves the goods to fetch for the selected tasks")),
                (self.slips_button, self.tr("Prints or saves a packing slip for each selected task")),
                (self.reconcile_button, self.tr("Compares the units tallied in a stream with the units ordered")),
                (self.export_button, self.tr("Saves couriers and tracking numbers in the platform's upload file")),
                (self.start_button, self.tr("Moves the selected tasks to packing")),
                (self.packed_button, self.tr("Moves the selected tasks to packed")),
                (self.ship_button, self.tr("Records the courier and tracking number, and marks the task shipped")),
                (self.problem_button, self.tr("Sets the selected tasks aside with a note on what is wrong")),
                (self.reopen_button, self.tr("Puts the selected tasks back to be packed")),
                (self.cancel_button, self.tr("Cancels the selected tasks after asking")),
                (self.assign_button, self.tr("Gives the selected tasks to a helper")),
                (self.history_button, self.tr("Shows who changed the task's state, and when")),
                (self.merge_button, self.tr("Packs the selected tasks of one buyer in one parcel"))):
            describe(button, description)
        self._action_buttons = {"start": self.start_button, "packed": self.packed_button, "ship": self.ship_button,
                                "problem": self.problem_button, "reopen": self.reopen_button,
                                "cancel": self.cancel_button, "assign": self.assign_button,
                                "merge": self.merge_button}
        for button in (*self._action_buttons.values(), self.history_button):
            button.setObjectName("shippingAction")  # the looks: appearance/widget_sheet.py
        self.start_button.setObjectName("shippingStart")
        self.actions.acted.connect(self._update_actions)
        for button, module in ((self.import_button, "import_dialog"), (self.manual_button, "manual_order_dialog"),
                               (self.pick_button, "documents_dialog"), (self.slips_button, "documents_dialog"),
                               (self.reconcile_button, "reconcile_dialog")):
            button.setEnabled(find_spec(f"livehelper.ui.shipping.{module}") is not None)
        for name, button in (*self._action_buttons.items(), ("history", self.history_button),
                             ("import", self.import_button), ("manual", self.manual_button),
                             ("pick_list", self.pick_button), ("slips", self.slips_button),
                             ("reconcile", self.reconcile_button), ("export", self.export_button)):
            if name not in self.queue.actions:  # a helper's window: packing and shipping only, keys included
                button.hide()
                button.setEnabled(False)

        self.tabs = StateTabs()
        self.tabs.state_changed.connect(self._apply_filter)
        self.filters = FilterBar(context)
        self.filters.changed.connect(self._apply_filter)
        self.filters.search.returnPressed.connect(self._search_entered)
        command_shortcut("shipping.find", self, self._focus_search)
        self.count_label = QLabel()
        self.count_label.setObjectName("shippingCount")

        self.table = self._build_table()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self._build_empty_hint())
        self.stack.addWidget(self._build_no_match_hint())

        toolbar = FlowLayout()  # two groups of buttons on one row, wrapping when large text leaves no room
        for button in (self.import_button, self.manual_button):
            toolbar.addWidget(button)
        toolbar.add_group_gap(18)
        for button in (self.pick_button, self.slips_button, self.reconcile_button, self.export_button):
            toolbar.addWidget(button)
        action_column = QWidget()
        actions = QVBoxLayout(action_column)
        actions.setContentsMargins(0, 0, 0, 0)
        for button in (self.start_button, self.packed_button, self.ship_button, self.problem_button,
                       self.reopen_button, self.cancel_button):
            actions.addWidget(button)
        actions.addSpacing(16)
        for button in (self.assign_button, self.merge_button, self.history_button):
            actions.addWidget(button)
        actions.addStretch(1)
        queue_row = QHBoxLayout()
        queue_row.addWidget(self.stack, 1)
        queue_row.addWidget(ColumnScrollArea(action_column))  # with large text the column scrolls, not the window
        state_row = QGridLayout()

        def arrange_states() -> None:  # with large text the count goes under the tabs: every state stays in view
            own_row = current().factor > 1
            for widget in (self.tabs, self.count_label):
                state_row.removeWidget(widget)
            state_row.addWidget(self.tabs, 0, 0, 1, 1 if not own_row else 2)
            state_row.addWidget(self.count_label, int(own_row), 0 if own_row else 1, Qt.AlignmentFlag.AlignRight)
            state_row.setColumnStretch(0, 1)
        follow(self, arrange_states)
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addLayout(state_row)
        layout.addWidget(self.filters)
        layout.addLayout(queue_row, 1)

        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._update_view)
        self.model.dataChanged.connect(lambda *_: self._update_actions())
        self._update_counts()
        self._update_view()
        self._order_tab_stops()

    # building
    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("shippingQueue")
        table.setAccessibleName(self.tr("Packing tasks"))
        table.setAccessibleDescription(self.tr(
            "Enter moves the selected tasks one step on: to packing, to packed, then to shipping"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move in it): no keyboard trap
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, name in enumerate(COLUMNS):
            table.setColumnWidth(column, COLUMN_WIDTHS[name])
        table_follows_scale(table, ROW_HEIGHT)
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        command_shortcut("shipping.next_step", table, self.actions.next_step, Qt.ShortcutContext.WidgetShortcut)
        return table

    def _build_empty_hint(self) -> QWidget:
        page = QWidget()
        heading = QLabel(self.tr("No orders yet"))
        body = QLabel(self.tr("Import the order export of your shop (Taobao, Douyin, or our CSV template), "
                              "or type in an order from WeChat or the phone. Paid orders become packing tasks.")
                      if "import" in self.queue.actions else
                      self.tr("The tasks show here as soon as the main PC has orders to pack."))
        body.setWordWrap(True)
        self.hint_import_button = QPushButton(self.tr("Import orders…"))
        self.hint_manual_button = QPushButton(self.tr("Enter an order by hand…"))
        self.hint_import_button.clicked.connect(lambda _checked=False: self.import_orders())
        self.hint_manual_button.clicked.connect(lambda _checked=False: self.manual_order())
        for button, action in ((self.hint_import_button, "import"), (self.hint_manual_button, "manual")):
            if action not in self.queue.actions:  # not setVisible(True): a button not yet in a layout would
                button.hide()  # open as a window of its own for a moment, and take the activation from ours
        return hint_page(page, heading, body, (self.hint_import_button, self.hint_manual_button))

    def _build_no_match_hint(self) -> QWidget:
        page = QWidget()
        heading = QLabel(self.tr("No task matches"))
        self.no_match_text = QLabel()
        self.show_all_button = QPushButton(self.tr("Show all tasks"))
        self.show_all_button.clicked.connect(lambda _checked=False: self.show_all())
        return hint_page(page, heading, self.no_match_text, (self.show_all_button,))

    # selection
    def selected_tasks(self) -> list[TaskRow]:
        rows = [index.row() for index in self.table.selectionModel().selectedRows()]
        tasks = (self.model.task_at(row) for row in sorted(rows))
        return [task for task in tasks if task is not None]

    def selected_ids(self) -> list[int]:
        return self.model.ids_in_rows(index.row() for index in self.table.selectionModel().selectedRows())

    def select_task(self, task_id: int) -> None:
        self.model.reload_tasks([task_id])
        row = self.model.row_of(task_id)
        if row is not None:
            select_only_row(self.table, row, scroll=True)

    def _update_actions(self) -> None:
        tasks = self.selected_tasks()
        states = {task.state for task in tasks}
        allowed = self.queue.actions
        for name, button in self._action_buttons.items():
            button.setEnabled(name in allowed and bool(states & STARTS_FROM[name]))
        self.history_button.setEnabled("history" in allowed and len(tasks) == 1)
        self.count_label.setText(self.tr("%n task(s) shown", "", self.model.rowCount()) + (
            self.tr(", %n selected", "", len(tasks)) if tasks else ""))

    # filtering and counting
    def _apply_filter(self) -> None:
        self.model.set_filter(self.filters.query(self.tabs.state))

    def _search_entered(self) -> None:
        self.filters.apply_now()
        self.table.setFocus()
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            select_only_row(self.table, 0)

    def _focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    def show_all(self) -> None:
        self.tabs.blockSignals(True)
        self.tabs.set_state(None)
        self.tabs.blockSignals(False)
        self.filters.clear()

    def _update_counts(self) -> None:
        opening, before = not self._counts, sum(self._counts.values())
        if not opening:  # on opening the filter bar has just filled its lists
            self.filters.reload_helpers()
        self._counts = self.queue.counts()
        added = sum(self._counts.values()) - before
        if not opening and added > 0:
            announce(self.table, self.tr("%n new packing task(s)", "", added))
        self.tabs.show_counts(self._counts)
        self._update_view()

    def _update_view(self) -> None:
        if not sum(self._counts.values()):
            self.stack.setCurrentIndex(1)
        elif self.model.rowCount() == 0:
            state = self.tabs.state
            self.no_match_text.setText(
                self.tr("No task is {state} right now.").format(state=state_name(state)) if state is not None and
                not self.filters.is_narrowed() else self.tr("Change or clear the filters to see more tasks."))
            self.stack.setCurrentIndex(2)
        else:
            self.stack.setCurrentIndex(0)
            self._keep_a_selection()
        self._update_actions()

    def _keep_a_selection(self) -> None:
        """The list reloaded (filters refreshed on arrival, a change from a phone) while the keyboard is in it:
        a task stays selected, so the selection shows where the arrows and Enter act."""
        if self.table.hasFocus() and not self.table.selectionModel().hasSelection() and self.model.rowCount():
            current = self.table.currentIndex()
            select_only_row(self.table, current.row() if current.isValid() else 0)

    def _on_change(self, event: ChangeEvent) -> None:
        self.model.on_change(event)
        if event.entity in (TASK_ENTITY, ORDER_ENTITY):
            self._counts_timer.start()
        elif event.entity == PRODUCT_ENTITY:
            self.filters.reload_choices()

    def showEvent(self, event: QShowEvent) -> None:
        self.filters.reload_choices()  # new live sessions and helpers since the tab was last shown
        super().showEvent(event)
        QTimer.singleShot(0, self.focus_queue)

    def focus_queue(self) -> None:
        """Arriving at 发货: the keyboard is in the task list with a task selected, so the arrows and Enter work
        at once and the selection shows where they act."""
        if not self.isVisible() or self.stack.currentWidget() is not self.table:
            return
        if QApplication.focusWidget() is self.filters.search:
            return  # Ctrl+F brought the user here to search
        if not self.table.selectionModel().hasSelection() and self.model.rowCount() > 0:
            current = self.table.currentIndex()
            select_only_row(self.table, current.row() if current.isValid() else 0)
        self.table.setFocus(Qt.FocusReason.TabFocusReason)

    def _order_tab_stops(self) -> None:
        """The task list first, then what acts on the selected tasks, then the toolbar and the filters."""
        order = [self.table, self.start_button, self.packed_button, self.ship_button, self.problem_button,
                 self.reopen_button, self.cancel_button, self.assign_button, self.merge_button,
                 self.history_button, self.import_button, self.manual_button, self.pick_button, self.slips_button,
                 self.reconcile_button, self.export_button, self.tabs, self.filters.search, self.filters.helper,
                 self.filters.product, self.filters.platform, self.filters.session]
        for before, after in pairwise(order):
            QWidget.setTabOrder(before, after)

    # the toolbar: other parts of the 发货 workspace
    def import_orders(self) -> None:
        from livehelper.ui.shipping.import_dialog import OrderImportDialog

        OrderImportDialog(self._context, self).exec()
        self.model.refresh()
        self._update_counts()

    def manual_order(self) -> None:
        from livehelper.ui.shipping.manual_order_dialog import ManualOrderDialog

        ManualOrderDialog(self._context, self).exec()

    def open_documents(self, kind: str) -> None:
        from livehelper.ui.shipping.documents_dialog import DocumentsDialog

        task_ids = self.selected_ids() or self.model.task_ids()
        if not task_ids:
            QMessageBox.information(self, self.tr("Nothing to print"), self.tr("There is no task to print."))
            return
        DocumentsDialog(self._context, task_ids, kind, self).exec()

    def reconcile(self) -> None:
        from livehelper.ui.shipping.reconcile_dialog import ReconcileDialog

        ReconcileDialog(self._context, self).exec()

    def export_shipments(self) -> None:
        """Each platform's own upload file (see shipping_export)."""
        if self._shipping_export is None:
            self._shipping_export = ShippingExport(self._context, self, self._runner,
                                                   lambda busy: self.export_button.setEnabled(not busy))
        self._shipping_export.start()

    def is_empty(self) -> bool:
        return self.stack.currentIndex() == 1

