"""The shipping queue on a real SQLite file: versioned transitions, history, tracking numbers, batch shipping."""

import csv
import io

import pytest

from livehelper.domain.errors import ConflictError, NotFoundError, ValidationError
from livehelper.domain.order_import import GENERIC_HEADER
from livehelper.domain.tasks import TaskState
from livehelper.services.context import AppContext
from livehelper.services.events import ChangeEvent, ChangeKind
from livehelper.services.shipping.tasks import PackingTask, TaskFilter

ROWS = (
    "微信,WX-1,2026-11-20 18:00,刘桂兰,13800138001,山东省,济南市,历下区,泉城路100号,米脂黄小米,2.5kg/袋,,2,29.90,8,,",
    "快手,KS-2,2026-11-20 18:05,孙大伟,13912340002,陕西省,榆林市,米脂县,南街7号,巨鹿金银花,50g/罐,,1,36.00,0,,待发货",
    "微信,WX-3,2026-11-20 18:10,王芳,13712340003,陕西省,榆林市,米脂县,北街1号,小米锅巴,香辣味,,1,19.90,0,,",
)


@pytest.fixture
def tasks(context: AppContext) -> list[PackingTask]:
    data = ("\r\n".join([",".join(GENERIC_HEADER), *ROWS]) + "\r\n").encode("utf-8-sig")
    context.orders.commit(context.orders.preview(data, "orders.csv"))
    return context.tasks.list()


def ship(context: AppContext, task: PackingTask, tracking_no: str, courier: str = "中通") -> PackingTask:
    for to in ("packing", "packed"):
        task = context.tasks.transition(task.id, to, task.version, "老王").task
    return context.tasks.transition(task.id, "shipped", task.version, "老王", courier=courier,
                                    tracking_no=tracking_no).task


def test_tasks_list_with_masked_buyers(context: AppContext, tasks: list[PackingTask]):
    assert [t.order_no for t in tasks] == ["WX-1", "KS-2", "WX-3"]
    first = tasks[0]
    assert (first.state, first.version, first.city) == (TaskState.PENDING, 1, "济南市")
    assert "13800138001" not in first.buyer_masked and "刘桂兰" not in first.buyer_masked
    assert [(i.title, i.qty) for i in first.items] == [("米脂黄小米", 2)]


def test_filters_and_counts(context: AppContext, tasks: list[PackingTask]):
    context.tasks.assign(tasks[0].id, "小李", tasks[0].version, "主播")
    context.tasks.transition(tasks[1].id, "packing", tasks[1].version, "老王")
    assert [t.order_no for t in context.tasks.list(TaskFilter(state="packing"))] == ["KS-2"]
    assert [t.order_no for t in context.tasks.list(TaskFilter(state="待打包"))] == ["WX-1", "WX-3"]
    assert [t.order_no for t in context.tasks.list(TaskFilter(assignee="小李"))] == ["WX-1"]
    assert [t.order_no for t in context.tasks.list(TaskFilter(platform="kuaishou"))] == ["KS-2"]
    assert [t.order_no for t in context.tasks.list(TaskFilter(text="锅巴"))] == ["WX-3"]
    assert [t.order_no for t in context.tasks.list(TaskFilter(text="wx-"))] == ["WX-1", "WX-3"]
    assert [t.order_no for t in context.tasks.list(TaskFilter(text="%"))] == []
    assert [t.order_no for t in context.tasks.list(offset=1, limit=1)] == ["KS-2"]
    assert context.tasks.count(TaskFilter(state="pending")) == 2
    counts = context.tasks.counts()
    assert counts[TaskState.PENDING] == 2 and counts[TaskState.PACKING] == 1 and counts[TaskState.SHIPPED] == 0
    assert set(counts) == set(TaskState)


def test_transitions_carry_versions_and_history(context: AppContext, tasks: list[PackingTask],
                                                 events: list[ChangeEvent]):
    task = tasks[0]
    moved = context.tasks.transition(task.id, "packing", 1, "老王")
    assert (moved.task.state, moved.task.version, moved.warnings) == (TaskState.PACKING, 2, ())
    assert events == [ChangeEvent("task", ChangeKind.UPDATED, (task.id,))]
    with pytest.raises(ConflictError) as stale:
        context.tasks.transition(task.id, "packed", 1, "小李")
    assert "version 2" in stale.value.render("en")
    assert context.tasks.get(task.id).state == TaskState.PACKING
    problem = context.tasks.transition(task.id, "problem", 2, "老王", reason="少一袋")
    assert problem.task.problem_reason == "少一袋"
    back = context.tasks.transition(task.id, "packing", 3, "老王")
    assert back.task.problem_reason == ""
    history = context.tasks.history(task.id)
    assert [(h.from_state, h.to_state, h.who, h.version, h.reason) for h in history] == [
        (None, TaskState.PENDING, "system", 1, None),
        (TaskState.PENDING, TaskState.PACKING, "老王", 2, None),
        (TaskState.PACKING, TaskState.PROBLEM, "老王", 3, "少一袋"),
        (TaskState.PROBLEM, TaskState.PACKING, "老王", 4, None)]
    assert all(h.at.tzinfo is not None for h in history)


def test_illegal_transitions_are_refused_and_change_nothing(context: AppContext, tasks: list[PackingTask]):
    task = tasks[0]
    with pytest.raises(ValidationError):
        context.tasks.transition(task.id, "shipped", 1, "老王", courier="中通", tracking_no="78512345678901")
    with pytest.raises(ValidationError):
        context.tasks.transition(task.id, "problem", 1, "老王")  # no reason
    with pytest.raises(ValidationError):
        context.tasks.transition(task.id, "packing", 1, "  ")  # nobody
    with pytest.raises(NotFoundError):
        context.tasks.transition(999, "packing", 1, "老王")
    assert context.tasks.get(task.id).version == 1
    assert len(context.tasks.history(task.id)) == 1


def test_shipping_normalises_courier_and_tracking_and_warns(context: AppContext, tasks: list[PackingTask]):
    task = tasks[0]
    for to in ("packing", "packed"):
        task = context.tasks.transition(task.id, to, task.version, "老王").task
    result = context.tasks.transition(task.id, "shipped", task.version, "老王", courier="顺丰速运",
                                      tracking_no=" 7851-2345-6789-01 ")
    assert (result.task.courier, result.task.tracking_no) == ("SF", "78512345678901")
    assert result.warnings  # 14 digits is not a usual SF number: a warning, not a refusal


def test_duplicate_tracking_numbers_are_refused(context: AppContext, tasks: list[PackingTask]):
    ship(context, tasks[0], "78512345678901")
    task = tasks[1]
    for to in ("packing", "packed"):
        task = context.tasks.transition(task.id, to, task.version, "老王").task
    with pytest.raises(ConflictError) as duplicate:
        context.tasks.transition(task.id, "shipped", task.version, "老王", courier="中通",
                                 tracking_no="785 1234 5678 901")
    assert "WX-1" in duplicate.value.render("en")
    assert context.tasks.get(task.id).state == TaskState.PACKED


def test_assign_is_versioned_and_kept_in_history(context: AppContext, tasks: list[PackingTask]):
    task = context.tasks.assign(tasks[0].id, "小李", 1, "主播")
    assert (task.assignee, task.version) == ("小李", 2)
    with pytest.raises(ConflictError):
        context.tasks.assign(tasks[0].id, "老王", 1, "主播")
    last = context.tasks.history(task.id)[-1]
    assert (last.who, last.from_state, last.to_state, last.version) == ("主播", TaskState.PENDING,
                                                                        TaskState.PENDING, 2)


def test_shipments_are_exported_once(context: AppContext, tasks: list[PackingTask]):
    ship(context, tasks[0], "78512345678901")
    ship(context, tasks[2], "SF1234567890123", courier="SF")
    data = context.tasks.shipments_csv()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == ["订单编号", "物流公司", "运单号"]
    assert [row[0] for row in rows[1:]] == ["WX-1", "WX-3"]
    assert rows[1][1:] == ["中通", "78512345678901"]
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)
    assert list(csv.reader(io.StringIO(context.tasks.shipments_csv().decode("utf-8-sig")))) == [rows[0]]
    assert context.tasks.get(tasks[0].id).exported_at is not None


def test_shipments_preview_does_not_mark(context: AppContext, tasks: list[PackingTask]):
    ship(context, tasks[0], "78512345678901")
    first = context.tasks.shipments_csv(mark_exported=False)
    assert context.tasks.shipments_csv(mark_exported=False) == first
    assert b"WX-1" in first
