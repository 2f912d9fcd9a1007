"""Merging orders of one buyer and address into one parcel, shipping it, and orders leaving it again."""

import csv
import io

import pytest

from livehelper.domain.errors import NotFoundError, ValidationError
from livehelper.domain.tasks import TaskState
from livehelper.services.context import AppContext
from livehelper.services.shipping.tasks import PackingTask, TaskFilter
from tests.services.task_data import add_products, by_order_no, generic_row, import_rows, ship

HOME = ("浙江省", "杭州市", "西湖区", "文三路478号华星时代广场A座9楼")
OFFICE = ("浙江省", "杭州市", "西湖区", "文二路8号")
PAID = "买家已付款，等待卖家发货"


def rows(status_of_tb3: str = PAID) -> list[str]:
    return [
        generic_row("淘宝", "TB-1", "2026-11-20 20:05", "周敏", "13533334406", HOME, "米脂小米", "MZ-XM-2500", 2,
                    note="请发顺丰", status=PAID),
        generic_row("淘宝", "TB-2", "2026-11-20 20:06", "周敏", "13533334406", OFFICE, "锅巴", "XM-GB-600",
                    status=PAID),
        generic_row("淘宝", "TB-3", "2026-11-20 20:30", "周敏", "13533334406", HOME, "金银花", "JL-JYH-50",
                    note="送人的，别放发票", status=status_of_tb3),
        generic_row("微信", "WX-4", "2026-11-20 20:40", "周敏", "135 3333 4406", HOME, "锅巴", "XM-GB-600"),
        generic_row("微信", "WX-5", "2026-11-20 20:41", "周小敏", "13533334406", HOME, "锅巴", "XM-GB-600"),
    ]


@pytest.fixture
def tasks(context: AppContext) -> dict[str, PackingTask]:
    add_products(context)
    import_rows(context, rows())
    return by_order_no(context)


def test_candidates_are_the_same_buyer_phone_and_address(context: AppContext, tasks: dict[str, PackingTask]):
    assert context.tasks.merge_candidates(tasks["TB-1"].id) == [tasks["TB-3"].id, tasks["WX-4"].id]
    assert context.tasks.merge_candidates(tasks["TB-2"].id) == []  # another address
    assert context.tasks.merge_candidates(tasks["WX-5"].id) == []  # another name
    context.tasks.transition(tasks["TB-3"].id, "packing", 1, "王姐")
    assert context.tasks.merge_candidates(tasks["TB-1"].id) == [tasks["WX-4"].id]
    assert context.tasks.merge_candidates(tasks["TB-3"].id) == []  # not 待打包 itself
    with pytest.raises(NotFoundError):
        context.tasks.merge_candidates(999)


def test_merge_keeps_the_lowest_id_and_cancels_the_others(context: AppContext, tasks: dict[str, PackingTask]):
    first, third = tasks["TB-1"], tasks["TB-3"]
    parcel = context.tasks.merge([third.id, first.id], "主播")
    assert parcel.id == first.id and parcel.state == TaskState.PENDING and parcel.version == 2
    assert parcel.merged_order_nos == ("TB-3",)
    assert [(item.title, item.qty) for item in parcel.items] == [("米脂小米", 2), ("金银花", 1)]
    assert parcel.buyer_note == "请发顺丰 / 送人的，别放发票"
    merged = context.tasks.get(third.id)
    assert (merged.state, merged.merged_into_id, merged.problem_reason) == (TaskState.CANCELLED, first.id, "")
    change = context.tasks.history(third.id)[-1]
    assert (change.who, change.from_state, change.to_state, change.reason) == (
        "主播", TaskState.PENDING, TaskState.CANCELLED, f"合并到 #{first.id}")
    change = context.tasks.history(first.id)[-1]
    assert (change.who, change.from_state, change.to_state, change.reason) == (
        "主播", TaskState.PENDING, TaskState.PENDING, f"合并 #{third.id}")
    # the parcel is found by the merged order's number and product too
    assert [t.id for t in context.tasks.list(TaskFilter(text="TB-3"))] == [first.id, third.id]
    jyh = next(item.product_id for item in parcel.items if item.title == "金银花")
    assert context.tasks.ids(TaskFilter(product_id=jyh, state="pending")) == [first.id]


def test_a_parcel_takes_more_orders_later(context: AppContext, tasks: dict[str, PackingTask]):
    context.tasks.merge([tasks["TB-3"].id, tasks["WX-4"].id], "主播")
    parcel = context.tasks.merge([tasks["TB-3"].id, tasks["TB-1"].id], "主播")
    assert parcel.id == tasks["TB-1"].id and parcel.merged_order_nos == ("TB-3", "WX-4")
    moved = context.tasks.history(tasks["WX-4"].id)[-1]
    assert (moved.from_state, moved.to_state, moved.reason) == (
        TaskState.CANCELLED, TaskState.CANCELLED, f"合并到 #{parcel.id}")


@pytest.mark.parametrize("numbers", [("TB-1",), ("TB-1", "TB-1"), ("TB-1", "TB-2"), ("TB-1", "WX-5")])
def test_merging_is_refused_for_other_buyers_or_addresses(context: AppContext, tasks: dict[str, PackingTask],
                                                         numbers: tuple[str, ...]):
    with pytest.raises(ValidationError) as refused:
        context.tasks.merge([tasks[number].id for number in numbers], "主播")
    assert refused.value.field_name == "task_ids"
    assert all(context.tasks.get(tasks[number].id).version == 1 for number in numbers)


def test_merging_is_refused_for_a_task_not_to_pack(context: AppContext, tasks: dict[str, PackingTask]):
    context.tasks.transition(tasks["TB-3"].id, "packing", 1, "王姐")
    with pytest.raises(ValidationError) as refused:
        context.tasks.merge([tasks["TB-1"].id, tasks["TB-3"].id], "主播")
    assert "打包中" in refused.value.render("zh_CN")
    assert context.tasks.get(tasks["TB-1"].id).version == 1
    with pytest.raises(NotFoundError):
        context.tasks.merge([tasks["TB-1"].id, 999], "主播")
    with pytest.raises(ValidationError):
        context.tasks.merge([tasks["TB-1"].id, tasks["WX-4"].id], " ")


def test_a_shipped_parcel_gives_every_order_its_shipment_line(context: AppContext, tasks: dict[str, PackingTask]):
    parcel = context.tasks.merge([tasks["TB-1"].id, tasks["TB-3"].id, tasks["WX-4"].id], "主播")
    ship(context, parcel, "SF1428376509214", courier="顺丰")
    ship(context, tasks["TB-2"], "78341256098712")
    shipments = context.tasks.pending_shipments()
    lines = list(csv.reader(io.StringIO(shipments.data.decode("utf-8-sig"))))[1:]
    assert lines == [["TB-1", "顺丰", "SF1428376509214"], ["TB-3", "顺丰", "SF1428376509214"],
                     ["WX-4", "顺丰", "SF1428376509214"], ["TB-2", "中通", "78341256098712"]]
    assert set(shipments.task_ids) == {parcel.id, tasks["TB-2"].id}
    context.tasks.shipments_csv()
    assert context.tasks.pending_shipments().task_ids == ()


def test_a_merged_order_closed_later_leaves_the_parcel(context: AppContext, tasks: dict[str, PackingTask]):
    parcel = context.tasks.merge([tasks["TB-1"].id, tasks["TB-3"].id], "主播")
    import_rows(context, rows(status_of_tb3="交易关闭"))
    parcel = context.tasks.get(parcel.id)
    assert parcel.merged_order_nos == () and [item.title for item in parcel.items] == ["米脂小米"]
    assert parcel.state == TaskState.PENDING and parcel.version == 3
    note = context.tasks.history(parcel.id)[-1]
    assert (note.who, note.to_state) == ("system", TaskState.PENDING) and "TB-3" in (note.reason or "")
    left = context.tasks.get(tasks["TB-3"].id)
    assert (left.state, left.merged_into_id) == (TaskState.CANCELLED, None)
    ship(context, parcel, "SF1428376509214", courier="顺丰")
    assert context.tasks.pending_shipments().data.decode("utf-8-sig").count("SF1428376509214") == 1


def test_when_the_parcels_own_order_closes_the_merged_orders_go_back_to_the_queue(context: AppContext,
                                                                                  tasks: dict[str, PackingTask]):
    first, third = tasks["TB-1"], tasks["TB-3"]
    context.tasks.merge([first.id, third.id], "主播")
    closed = rows()
    closed[0] = closed[0].replace(PAID, "交易关闭")
    import_rows(context, closed)
    assert context.tasks.get(first.id).state == TaskState.CANCELLED
    back = context.tasks.get(third.id)
    assert (back.state, back.merged_into_id) == (TaskState.PENDING, None)
    assert "TB-1" in (context.tasks.history(third.id)[-1].reason or "")
