"""Issue 19, finding 3: the queue API pages through every task (offset/next_offset), however many there are."""

from __future__ import annotations

from livehelper.domain.manual_order import ManualOrder
from livehelper.domain.tasks import TaskState
from livehelper.services.context import AppContext
from livehelper.services.shipping.tasks import TaskFilter
from livehelper.storage.products import ProductQuery


def add_pending(context: AppContext, count: int) -> None:
    """`count` more pending tasks (one manual order each)."""
    product = context.catalog.page(ProductQuery(), 0, 1)[0]
    for n in range(count):
        context.orders.add_manual(ManualOrder(
            buyer_name=f"买家{n}", phone="13812345678", province="陕西省", city="榆林市", district="米脂县",
            detail=f"银州镇东街 {n} 号", note="", items=((product.id, 1),)))


def test_paging_reaches_every_task_once(packer, demo_context):
    add_pending(demo_context, 25)
    expected = demo_context.tasks.ids(TaskFilter(state=TaskState.PENDING))
    seen: list[int] = []
    offset: int | None = 0
    pages = 0
    while offset is not None:
        body = packer.get(f"/api/v1/tasks?status=pending&offset={offset}&limit=7").json()
        assert body["total"] == len(expected) == body["counts"]["pending"]
        assert body["offset"] == offset and len(body["tasks"]) <= 7
        seen += [task["id"] for task in body["tasks"]]
        offset = body["next_offset"]
        pages += 1
    assert sorted(seen) == sorted(expected) and len(seen) == len(set(seen))
    assert pages == -(-len(expected) // 7)


def test_the_default_page_still_holds_up_to_500_tasks(packer, demo_context):
    body = packer.get("/api/v1/tasks?status=pending").json()
    assert len(body["tasks"]) == body["total"] <= 500
    assert body["next_offset"] is None
