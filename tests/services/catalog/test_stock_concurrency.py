"""Two helpers shipping at once, from two LiveHelper contexts (two PCs: two engines, two connections) in real
threads started together, on SQLite and PostgreSQL: no shipment's stock movement is lost, and a parcel shipped
twice at the same moment moves stock once."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from livehelper.domain.errors import ConflictError
from livehelper.domain.stock import MovementKind
from livehelper.services.context import AppContext, open_context
from livehelper.services.shipping.tasks import PackingTask
from tests.services.task_data import add_products, by_order_no, generic_row, import_rows

PARCELS = 12  # per helper
HOME = ("陕西省", "榆林市", "米脂县", "南街{n}号")


@pytest.fixture
def two_pcs(database_url: str, tmp_path: Path) -> Iterator[tuple[AppContext, AppContext]]:
    first = open_context(tmp_path / "pc1", db_url=database_url)
    second = open_context(tmp_path / "pc2", db_url=database_url)
    yield first, second
    first.close()
    second.close()


def packed_tasks(context: AppContext, count: int) -> tuple[int, list[PackingTask]]:
    """`count` orders of 2 bags of millet, each with its own buyer, moved to 已打包; (millet's id, the tasks)."""
    millet = add_products(context)["MZ-XM-2500"]
    import_rows(context, [generic_row("微信", f"WX-{n}", "2026-11-20 20:05", f"买家{n}", f"1390000{n:04d}",
                                      (*HOME[:3], HOME[3].format(n=n)), "米脂小米", "MZ-XM-2500", 2)
                          for n in range(count)])
    tasks = sorted(by_order_no(context).values(), key=lambda task: task.id)
    moved = []
    for task in tasks:
        for to in ("packing", "packed"):
            task = context.tasks.transition(task.id, to, task.version, "主播").task
        moved.append(task)
    return millet, moved


def run_together(*jobs: Callable[[], object]) -> list[object]:
    """Run the jobs in threads released at the same moment; what each returned or raised."""
    gate = threading.Barrier(len(jobs))
    outcomes: list[object] = [None] * len(jobs)

    def run(index: int) -> None:
        gate.wait()
        try:
            outcomes[index] = jobs[index]()
        except Exception as error:  # kept for the test to look at
            outcomes[index] = error

    threads = [threading.Thread(target=run, args=(index,)) for index in range(len(jobs))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


def ship_all(context: AppContext, tasks: list[PackingTask], who: str, prefix: str) -> int:
    for n, task in enumerate(tasks):
        context.tasks.transition(task.id, "shipped", task.version, who, courier="中通",
                                 tracking_no=f"7310{prefix}{n:09d}")
    return len(tasks)


def test_two_helpers_shipping_at_once_both_move_stock(two_pcs):
    first, second = two_pcs
    millet, tasks = packed_tasks(first, 2 * PARCELS)
    assert first.stock.level(millet).reserved == 4 * PARCELS

    outcomes = run_together(lambda: ship_all(first, tasks[:PARCELS], "王姐", "1"),
                            lambda: ship_all(second, tasks[PARCELS:], "李叔", "2"))

    assert outcomes == [PARCELS, PARCELS]
    for context in (first, second):
        level = context.stock.level(millet)
        assert (level.on_hand, level.reserved, level.available) == (100 - 4 * PARCELS, 0, 100 - 4 * PARCELS)
    shipments = [m for m in second.stock.history(millet) if m.kind is MovementKind.SHIPMENT]
    assert len(shipments) == 2 * PARCELS and {m.who for m in shipments} == {"王姐", "李叔"}
    assert sorted(m.balance for m in shipments) == list(range(100 - 4 * PARCELS, 100, 2))  # each saw the other
    assert first.stock.ledger_matches()


def test_one_parcel_shipped_from_two_pcs_at_once_moves_stock_once(two_pcs):
    first, second = two_pcs
    millet, [task] = packed_tasks(first, 1)

    outcomes = run_together(lambda: ship_all(first, [task], "王姐", "1"),
                            lambda: ship_all(second, [task], "李叔", "2"))

    assert sorted(type(outcome).__name__ for outcome in outcomes) == ["ConflictError", "int"]
    assert isinstance(next(o for o in outcomes if not isinstance(o, int)), ConflictError)
    assert second.stock.level(millet).on_hand == 98
    assert [m.kind for m in first.stock.history(millet)] == [MovementKind.SHIPMENT, MovementKind.COUNT]
    assert first.stock.ledger_matches()
