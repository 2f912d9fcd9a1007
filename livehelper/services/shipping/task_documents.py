"""What goes on paper: the pick list (拣货单) and the packing slips (发货单) of selected tasks.

Plain values only; the UI lays them out and prints them. A parcel counts once, with the items of the orders
merged into it; cancelled tasks (a merged order's own task among them) have nothing to pick or pack, and a parcel
already shipped is not packed again, so neither goes on paper even when selected.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from livehelper.domain.product import product_label
from livehelper.domain.tasks import TaskState
from livehelper.storage import products as product_repo
from livehelper.storage.engine import Database
from livehelper.storage.tasks import PackingTask, TaskItem, tasks_by_ids

QR_PREFIX = "livehelper-task:"
LEFT_OUT = (TaskState.CANCELLED, TaskState.SHIPPED)  # nothing left to pick or pack


@dataclass(frozen=True)
class PickLine:
    product_id: int | None  # None: an order line matched to no catalog product (named by its title and 规格)
    name: str
    spec: str
    qty: int

    @property
    def label(self) -> str:
        """米脂黄小米 2.5kg/袋"""
        return product_label(self.name, self.spec)


@dataclass(frozen=True)
class PackingSlip:
    task_id: int
    platform: str
    order_nos: tuple[str, ...]  # the task's order first, then the orders merged into its parcel
    items: tuple[tuple[str, int], ...]  # (label, qty)
    buyer_note: str
    buyer_masked: str
    address_masked: str
    assignee: str
    qr_payload: str  # livehelper-task:<id>, opened by the helper page's scanner


def qr_payload(task_id: int) -> str:
    return f"{QR_PREFIX}{task_id}"


def _parcels(database: Database, task_ids: Sequence[int]) -> tuple[list[PackingTask], dict[int, tuple[str, str]]]:
    """The tasks to put on paper, in the given order, and (name, spec) of their catalog products."""
    with database.sessions() as session:
        tasks = [task for task in tasks_by_ids(session, list(dict.fromkeys(task_ids)))
                 if task.state not in LEFT_OUT]
        product_ids = {item.product_id for task in tasks for item in task.items if item.product_id is not None}
        products = product_repo.names_and_specs(session, product_ids)
    return tasks, products


def _key(item: TaskItem, products: dict[int, tuple[str, str]]) -> tuple[int | None, str, str]:
    if item.product_id is not None and item.product_id in products:
        return (item.product_id, *products[item.product_id])
    return None, item.title.strip(), item.sku_text.strip()


def pick_list(database: Database, task_ids: Sequence[int]) -> list[PickLine]:
    """The selected tasks' items added up per catalog product (unmatched lines per title and 规格), by name."""
    tasks, products = _parcels(database, task_ids)
    totals: Counter[tuple[int | None, str, str]] = Counter()
    for task in tasks:
        for item in task.items:
            totals[_key(item, products)] += item.qty
    lines = [PickLine(pid, name, spec, qty) for (pid, name, spec), qty in totals.items()]
    return sorted(lines, key=lambda line: (line.name, line.spec, line.product_id is None, line.product_id or 0))


def packing_slips(database: Database, task_ids: Sequence[int]) -> list[PackingSlip]:
    """One slip per parcel, in the given order: order numbers, items, note, masked buyer and address, QR code."""
    tasks, products = _parcels(database, task_ids)
    slips = []
    for task in tasks:
        quantities: Counter[str] = Counter()
        for item in task.items:
            _, name, spec = _key(item, products)
            quantities[product_label(name, spec)] += item.qty
        slips.append(PackingSlip(task.id, task.platform, (task.order_no, *task.merged_order_nos),
                                 tuple(quantities.items()), task.buyer_note, task.buyer_masked, task.address_masked,
                                 task.assignee, qr_payload(task.id)))
    return slips
