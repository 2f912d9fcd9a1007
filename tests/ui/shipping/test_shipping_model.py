"""The lazy shipping-queue model: qtmodeltester, page-wise loading, and updates that keep the selection."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractItemView, QTableView

from livehelper.domain.tasks import TaskState
from livehelper.services.shipping.tasks import TaskFilter
from livehelper.ui.bridge import EventBridge
from livehelper.ui.shipping import queue_model
from livehelper.ui.shipping.queue_model import COLUMNS, PAGE_SIZE, TaskIdRole, TaskQueueModel
from tests.ui.shipping_fixtures import desk_queue
from tests.ui.shipping_orders import add_products, import_orders

ITEMS = COLUMNS.index("items")
STATE = COLUMNS.index("state")
ORDER = COLUMNS.index("order")


@pytest.fixture
def model(qtbot, context):
    add_products(context)
    import_orders(context, 12)
    queue = TaskQueueModel(desk_queue(context))
    bridge = EventBridge(context.events, queue)
    bridge.changed.connect(queue.on_change)
    return queue


def test_passes_qtmodeltester(qtmodeltester, model):
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 12
    assert model.data(model.index(0, 0)) == "#1"


def test_rows_show_the_catalog_names_masked_buyers_and_the_state(model):
    row = model.row_of(3)
    assert model.data(model.index(row, ITEMS)) == "米脂黄小米 2.5kg/袋 ×1"
    assert model.data(model.index(row, COLUMNS.index("buyer"))) == "刘** 138****8001"
    assert model.data(model.index(row, ORDER)) == "Other WX-00003"
    assert model.data(model.index(row, STATE)) == "to pack"
    assert model.data(model.index(row, STATE), queue_model.Qt.ItemDataRole.BackgroundRole).color() == \
        queue_model.STATE_BACKGROUND[TaskState.PENDING]


def test_only_the_pages_on_screen_are_fetched(qtbot, context, monkeypatch):
    import_orders(context, PAGE_SIZE * 3 + 20)
    model = TaskQueueModel(desk_queue(context))
    assert model.rowCount() == PAGE_SIZE * 3 + 20
    assert model.page_loads == 0
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(800, 400)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: model.is_loaded(0))
    assert model.is_loaded(0) and not model.is_loaded(PAGE_SIZE) and not model.is_loaded(PAGE_SIZE * 3)
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.is_loaded(PAGE_SIZE * 3 + 19))
    assert not model.is_loaded(PAGE_SIZE * 2 - 1)
    monkeypatch.setattr(queue_model, "MAX_CACHED_PAGES", 2)
    for row in (0, PAGE_SIZE, PAGE_SIZE * 2):
        model.task_at(row)
    assert not model.is_loaded(PAGE_SIZE * 3)  # the oldest page was dropped
    assert model.task_at(PAGE_SIZE * 3).id == PAGE_SIZE * 3 + 1  # and comes back on demand


def test_a_change_elsewhere_reloads_that_row_and_keeps_the_selection(qtbot, qtmodeltester, model, context):
    qtmodeltester.check(model, force_py=True)
    model.set_filter(TaskFilter(state=TaskState.PENDING))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.selectRow(model.row_of(8))
    loads = model.page_loads
    task = context.tasks.get(2)
    context.tasks.transition(task.id, TaskState.PACKING, task.version, "李姐")
    qtbot.waitUntil(lambda: model.rowCount() == 11)  # no longer pending: its row left the filtered queue
    selected = view.selectionModel().selectedRows()
    assert [index.data(TaskIdRole) for index in selected] == [8]
    assert model.page_loads <= loads + 1
    model.set_filter(TaskFilter())
    assert model.data(model.index(model.row_of(2), STATE)) == "packing"


def test_new_orders_are_inserted_as_rows(qtbot, model, context):
    inserted = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    import_orders(context, 3, prefix="DY")
    qtbot.waitUntil(lambda: model.rowCount() == 15)
    assert inserted == [(12, 14)]
    assert model.data(model.index(14, ORDER)) == "Other DY-00003"


def test_a_merged_parcel_shows_its_other_orders(qtbot, model, context):
    context.tasks.merge([1, 4], "主播")  # the same buyer and address
    qtbot.waitUntil(lambda: model.data(model.index(0, ORDER)) == "Other WX-00001 +1")
    assert model.data(model.index(0, ORDER), queue_model.Qt.ItemDataRole.ToolTipRole) == "WX-00001\nWX-00004"
    assert model.data(model.index(0, ITEMS)) == "巨鹿金银花 50g/罐 ×2，巨鹿金银花 50g/罐 ×2"
    assert model.data(model.index(model.row_of(4), STATE)) == "cancelled"
