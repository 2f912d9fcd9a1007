"""The queue as the lazy table model reads it: ids by filter, tasks by ids, helpers, masked addresses, demo data."""

from datetime import UTC, datetime

import pytest

from livehelper.domain.live import Platform as LivePlatform
from livehelper.domain.tasks import TaskState
from livehelper.services.context import AppContext
from livehelper.services.live.report import history
from livehelper.services.shipping.tasks import PackingTask, TaskFilter
from tests.services.task_data import add_products, by_order_no, generic_row, import_rows

JINAN = ("山东省", "济南市", "历下区", "泉城路100号3单元502")
PAID_TAOBAO = "买家已付款，等待卖家发货"
MIZHI = ("陕西省", "榆林市", "米脂县", "银州镇南大街27号")


@pytest.fixture
def products(context: AppContext) -> dict[str, int]:
    return add_products(context)


@pytest.fixture
def tasks(context: AppContext, products: dict[str, int]) -> dict[str, PackingTask]:
    import_rows(context, [
        generic_row("微信", "WX-1", "2026-11-20 20:05", "刘桂兰", "13800138001", JINAN, "米脂小米", "MZ-XM-2500", 2),
        generic_row("淘宝", "TB-2", "2026-11-20 20:30", "孙大伟", "13912340002", MIZHI, "金银花茶", "JL-JYH-50",
                    status=PAID_TAOBAO),
        generic_row("淘宝", "TB-2", "", "", "", ("", "", "", ""), "小米锅巴", "XM-GB-600"),
        generic_row("抖音", "DY-3", "2026-11-20 21:10", "王芳", "13712340003", MIZHI, "锅巴 香辣", "XM-GB-600",
                    status="待发货"),
        generic_row("微信", "WX-4", "2026-11-19 12:00", "赵红梅", "15011112204", JINAN, "自家红薯", "", 3),
    ])
    return by_order_no(context)


def session_between(context: AppContext, started: datetime, product_id: int) -> int:
    context.live.start("米脂专场", LivePlatform.DOUYIN, 0, [product_id], started_at=started)
    return context.live.stop().id


def numbers(context: AppContext, query: TaskFilter) -> list[str]:
    return [task.order_no for task in context.tasks.by_ids(context.tasks.ids(query))]


def test_ids_are_oldest_first_and_by_ids_keeps_the_given_order(context: AppContext, tasks: dict[str, PackingTask]):
    ids = context.tasks.ids()
    assert ids == sorted(ids) and len(ids) == 4
    assert [t.order_no for t in context.tasks.by_ids(ids)] == ["WX-1", "TB-2", "DY-3", "WX-4"]
    backwards = [t.id for t in context.tasks.by_ids([ids[2], 9999, ids[0]])]
    assert backwards == [ids[2], ids[0]]  # a missing id is skipped
    assert context.tasks.by_ids([]) == []
    assert context.tasks.by_ids(ids) == context.tasks.list()


def test_each_filter_alone(context: AppContext, tasks: dict[str, PackingTask], products: dict[str, int]):
    context.tasks.assign(tasks["TB-2"].id, "李叔", 1, "主播")
    context.tasks.transition(tasks["DY-3"].id, "packing", 1, "王姐")
    assert numbers(context, TaskFilter(state="packing")) == ["DY-3"]
    assert numbers(context, TaskFilter(assignee="李叔")) == ["TB-2"]
    assert numbers(context, TaskFilter(platform="taobao")) == ["TB-2"]
    assert numbers(context, TaskFilter(text="锅巴")) == ["TB-2", "DY-3"]
    assert numbers(context, TaskFilter(text="李")) == ["TB-2"]  # helper name
    assert numbers(context, TaskFilter(product_id=products["XM-GB-600"])) == ["TB-2", "DY-3"]
    assert numbers(context, TaskFilter(product_id=products["MZ-XM-2500"])) == ["WX-1"]
    assert numbers(context, TaskFilter(product_id=99)) == []


def test_session_filter_uses_the_session_window(context: AppContext, tasks: dict[str, PackingTask],
                                                 products: dict[str, int]):
    # 20:00 Beijing = 12:00 UTC; WX-4 was ordered the day before; the session ends now
    evening = session_between(context, datetime(2026, 11, 20, 12, 0, tzinfo=UTC), products["MZ-XM-2500"])
    assert numbers(context, TaskFilter(session_id=evening)) == ["WX-1", "TB-2", "DY-3"]
    assert numbers(context, TaskFilter(session_id=12345)) == []
    assert context.tasks.count(TaskFilter(session_id=evening)) == 3


def test_an_unfinished_session_runs_to_now(context: AppContext, tasks: dict[str, PackingTask],
                                            products: dict[str, int]):
    context.live.start("还在播", LivePlatform.DOUYIN, 0, [products["MZ-XM-2500"]],
                       started_at=datetime(2026, 11, 20, 13, 0, tzinfo=UTC))
    session_id = context.live.snapshot().session.id
    assert numbers(context, TaskFilter(session_id=session_id)) == ["DY-3"]
    context.live.stop()


def test_filters_combined(context: AppContext, tasks: dict[str, PackingTask], products: dict[str, int]):
    evening = session_between(context, datetime(2026, 11, 20, 12, 0, tzinfo=UTC), products["MZ-XM-2500"])
    context.tasks.assign(tasks["DY-3"].id, "王姐", 1, "主播")
    context.tasks.assign(tasks["WX-4"].id, "王姐", 1, "主播")
    both = TaskFilter(assignee="王姐", session_id=evening)
    assert numbers(context, both) == ["DY-3"]
    assert numbers(context, TaskFilter(product_id=products["XM-GB-600"], platform="douyin", state="pending",
                                       session_id=evening, text="DY")) == ["DY-3"]
    assert numbers(context, TaskFilter(product_id=products["XM-GB-600"], platform="taobao", assignee="王姐")) == []
    assert context.tasks.count(TaskFilter(product_id=products["XM-GB-600"], session_id=evening)) == 2


def test_helpers_are_distinct_and_sorted(context: AppContext, tasks: dict[str, PackingTask]):
    assert context.tasks.helpers() == []
    for number, helper in (("WX-1", "王姐"), ("TB-2", "李叔"), ("DY-3", "王姐")):
        context.tasks.assign(tasks[number].id, helper, 1, "主播")
    context.tasks.assign(tasks["WX-4"].id, "", 1, "主播")
    assert context.tasks.helpers() == sorted(["李叔", "王姐"])


def test_address_is_masked(context: AppContext, tasks: dict[str, PackingTask]):
    task = tasks["WX-1"]
    assert task.address_masked == "山东省 济南市 历下区 ****"
    assert "泉城路" not in task.address_masked and task.merged_order_nos == ()
    assert [(i.title, i.qty, i.sku_text) for i in tasks["TB-2"].items] == [("金银花茶", 1, ""), ("小米锅巴", 1, "")]


def test_demo_has_orders_in_every_state(demo_context: AppContext):
    counts = demo_context.tasks.counts()
    assert sum(counts.values()) == 38
    assert counts == {TaskState.PENDING: 25, TaskState.PACKING: 4, TaskState.PACKED: 3, TaskState.SHIPPED: 4,
                      TaskState.PROBLEM: 1, TaskState.CANCELLED: 1}
    assert demo_context.tasks.helpers() == sorted(["王姐", "李叔"])
    tasks = demo_context.tasks.by_ids(demo_context.tasks.ids())
    assert {task.platform for task in tasks} == {"taobao", "douyin", "manual"}
    assert all(task.items and all(item.product_id for item in task.items) for task in tasks)
    assert any("顺丰" in task.buyer_note for task in tasks)
    problem = next(task for task in tasks if task.state == TaskState.PROBLEM)
    assert problem.problem_reason
    assert all(task.tracking_no for task in tasks if task.state == TaskState.SHIPPED)
    pairs = [task.id for task in tasks if demo_context.tasks.merge_candidates(task.id)]
    assert len(pairs) == 2
    session_id = history(demo_context.database, 1)[0].session.id
    assert demo_context.tasks.count(TaskFilter(session_id=session_id)) == 38
