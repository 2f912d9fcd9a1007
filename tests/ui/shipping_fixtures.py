"""A shown shipping workspace over imported orders, shared by the shipping UI tests."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel

from livehelper.services.context import AppContext
from livehelper.services.shipping.local_queue import LocalQueue
from livehelper.ui.shipping.workspace import ShippingWorkspace
from tests.ui.conftest import show_workspace
from tests.ui.shipping_orders import add_products, import_orders


def desk_queue(context: AppContext, who: str = "主播") -> LocalQueue:
    """The desktop's queue over this context, as the shipping workspace builds it."""
    return LocalQueue(context.tasks, context.catalog, context.events, lambda: who)


def open_workspace(qtbot, context: AppContext) -> ShippingWorkspace:
    return show_workspace(qtbot, ShippingWorkspace, context, 1280, 760)


def prepared_workspace(qtbot, context: AppContext) -> ShippingWorkspace:
    """30 orders of three buyers (tasks 1, 4, 7 … share a buyer), the products they name, the workspace shown."""
    add_products(context)
    import_orders(context, 30)
    return open_workspace(qtbot, context)


def select_tasks(workspace: ShippingWorkspace, *task_ids: int) -> None:
    selection = workspace.table.selectionModel()
    selection.clearSelection()
    for task_id in task_ids:
        row = workspace.model.row_of(task_id)
        assert row is not None, task_id
        selection.select(workspace.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    workspace.table.setFocus()


def state_of(workspace: ShippingWorkspace, task_id: int) -> str:
    row = workspace.model.row_of(task_id)
    return workspace.model.data(workspace.model.index(row, 1)) if row is not None else ""
