"""Pick list and packing slips of selected tasks: items added up per product, masked buyers, QR payloads."""

import pytest

from livehelper.services.context import AppContext
from livehelper.services.shipping.task_documents import PickLine
from livehelper.services.shipping.tasks import PackingTask
from tests.services.task_data import add_products, by_order_no, generic_row, import_rows

HOME = ("浙江省", "杭州市", "西湖区", "文三路478号华星时代广场A座9楼")
JINAN = ("山东省", "济南市", "历下区", "泉城路100号3单元502")


@pytest.fixture
def tasks(context: AppContext) -> dict[str, PackingTask]:
    add_products(context)
    import_rows(context, [
        generic_row("微信", "WX-1", "2026-11-20 20:05", "周敏", "13533334406", HOME, "米脂小米 新米", "MZ-XM-2500", 2,
                    note="请发顺丰"),
        generic_row("微信", "WX-1", "", "", "", ("", "", "", ""), "自家红薯", "", 3, spec="5斤装"),
        generic_row("微信", "WX-2", "2026-11-20 20:06", "周敏", "13533334406", HOME, "黄小米2.5kg", "MZ-XM-2500",
                    note="送人的，别放发票"),
        generic_row("微信", "WX-3", "2026-11-20 20:30", "刘桂兰", "13800138001", JINAN, "锅巴", "XM-GB-600", 4),
        generic_row("微信", "WX-4", "2026-11-20 20:31", "刘桂兰", "13800138001", JINAN, "自家红薯", "", 1,
                    spec="5斤装"),
        generic_row("微信", "WX-5", "2026-11-20 20:32", "刘桂兰", "13800138001", JINAN, "自家红薯", "", 1,
                    spec="10斤装"),
    ])
    return by_order_no(context)


def test_pick_list_adds_up_per_product_and_unmatched_title_and_spec(context: AppContext,
                                                                    tasks: dict[str, PackingTask]):
    ids = [task.id for task in tasks.values()]
    lines = context.tasks.pick_list(ids)
    millet = next(line for line in lines if line.product_id is not None and line.name == "米脂黄小米")
    assert (millet.spec, millet.qty, millet.label) == ("2.5kg/袋", 3, "米脂黄小米 2.5kg/袋")
    assert [(line.label, line.qty) for line in lines] == [  # by name, then spec
        ("小米锅巴 200g×3袋", 4), ("米脂黄小米 2.5kg/袋", 3), ("自家红薯 10斤装", 1), ("自家红薯 5斤装", 4)]
    assert all(line.product_id is None for line in lines if line.name == "自家红薯")
    assert context.tasks.pick_list([tasks["WX-3"].id, 999]) == [
        PickLine(millet.product_id + 2, "小米锅巴", "200g×3袋", 4)]
    assert context.tasks.pick_list([]) == []


def test_a_merged_parcel_counts_once(context: AppContext, tasks: dict[str, PackingTask]):
    parcel = context.tasks.merge([tasks["WX-1"].id, tasks["WX-2"].id], "主播")
    lines = context.tasks.pick_list([parcel.id, tasks["WX-2"].id])  # the merged task adds nothing of its own
    assert [(line.label, line.qty) for line in lines] == [("米脂黄小米 2.5kg/袋", 3), ("自家红薯 5斤装", 3)]
    slips = context.tasks.packing_slips([tasks["WX-2"].id, parcel.id])
    assert len(slips) == 1
    slip = slips[0]
    assert slip.order_nos == ("WX-1", "WX-2") and slip.qr_payload == f"livehelper-task:{parcel.id}"
    assert slip.items == (("米脂黄小米 2.5kg/袋", 3), ("自家红薯 5斤装", 3))
    assert slip.buyer_note == "请发顺丰 / 送人的，别放发票"


def test_packing_slips_in_the_given_order_with_masked_buyers(context: AppContext, tasks: dict[str, PackingTask]):
    context.tasks.assign(tasks["WX-3"].id, "王姐", 1, "主播")
    slips = context.tasks.packing_slips([tasks["WX-3"].id, tasks["WX-1"].id])
    assert [slip.order_nos for slip in slips] == [("WX-3",), ("WX-1",)]
    first = slips[0]
    assert (first.platform, first.assignee, first.items) == ("generic", "王姐", (("小米锅巴 200g×3袋", 4),))
    assert first.buyer_masked == "刘** 138****8001" and first.address_masked == "山东省 济南市 历下区 ****"
    assert first.qr_payload == f"livehelper-task:{tasks['WX-3'].id}"
    rendered = repr(slips)
    assert "刘桂兰" not in rendered and "13800138001" not in rendered and "泉城路" not in rendered


def test_a_shipped_parcel_is_left_off_the_pick_list_and_the_slips_even_when_selected(
        context: AppContext, tasks: dict[str, PackingTask]):
    shipped = tasks["WX-3"]
    for to in ("packing", "packed"):
        shipped = context.tasks.transition(shipped.id, to, shipped.version, "老王").task
    context.tasks.transition(shipped.id, "shipped", shipped.version, "老王", courier="中通",
                             tracking_no="75312345678901")
    selected = [tasks["WX-3"].id, tasks["WX-4"].id]
    assert [(line.label, line.qty) for line in context.tasks.pick_list(selected)] == [("自家红薯 5斤装", 1)]
    assert [slip.order_nos for slip in context.tasks.packing_slips(selected)] == [("WX-4",)]
