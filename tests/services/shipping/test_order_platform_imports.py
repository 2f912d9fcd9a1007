"""Every platform layout of issue 15 imported into a real database: orders, items, amounts in fen, packing
tasks and masked buyers as the file says, and a second import of the same file changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from livehelper.services.context import AppContext
from tests.data.orders.make_platform_samples import KUAISHOU_PASSWORD

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "orders"

# file -> {order number: (platform, amount_fen, [(title, qty)], task state or None, masked buyer)}
EXPECTED = {
    "taobao_ExportOrderList_67.csv": {
        "4101928374650012345": ("taobao", 5980, [], "pending", "李* 虚拟号 138****0000 转 1234"),
        "4101928374650012346": ("taobao", 4200, [], None, None)},
    "qianniu_workbook.xlsx": {
        "4201928374650012345": ("taobao", 8970, [("米脂小米 2.5kg 包邮 新米", 2), ("小米锅巴 香辣味 10袋", 1)],
                                "pending", "陈* 虚拟号 138****0000 转 5678"),
        "4201928374650012346": ("taobao", 2590, [("小米锅巴 香辣味 10袋", 1)], None, None)},
    "douyin_21.csv": {
        "6930000000000000001": ("douyin", 5980, [("【新米】米脂黄小米 2.5kg/袋", 2)], "pending", ""),
        "6930000000000000003": ("douyin", 3600, [("巨鹿金银花 50g 罐装", 1)], None, None)},
    "douyin_75.xlsx": {
        "6931000000000000001": ("douyin", 8960, [("小米锅巴 香辣味 10袋", 3), ("米脂黄小米 2.5kg/袋", 1)], "pending",
                                "孙* 虚拟号 138****0000 转 1234")},
    "kuaishou_64_locked.xlsx": {
        "2411220012345678901": ("kuaishou", 5580, [("米脂黄小米 2.5kg/袋", 2)], "pending", "周* 138****5678"),
        "2411220012345678902": ("kuaishou", 1990, [("小米锅巴 香辣味 10袋", 1)], None, None)},
    "pinduoduo_27.csv": {
        "241122-012345678901234": ("pinduoduo", 5580, [("米脂黄小米 2.5kg 新米", 2)], "pending", ""),
        "241122-012345678901235": ("pinduoduo", 3600, [("巨鹿金银花 50g", 1)], None, None)},
    "pinduoduo_43.xls": {
        "241123-098765432109876": ("pinduoduo", 3980, [("小米锅巴 香辣味 10袋", 2)], "pending",
                                   "郑* 虚拟号 138****0000 转 1234")},
    "channels_38.csv": {
        "3721000000000000001": ("channels", 6580, [("米脂黄小米 2.5kg/袋", 1), ("小米锅巴 香辣味 10袋", 1)], "pending",
                                "冯* 0531-****1234")},
    "youzan_60.csv": {"E20261124100000012345": ("youzan", 6600, [], "pending", "钱* 138****8000")},
}


def imported(context: AppContext, name: str):
    password = KUAISHOU_PASSWORD if "locked" in name else None
    preview = context.orders.preview((SAMPLES / name).read_bytes(), name, "auto", password)
    return context.orders.commit(preview)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_layout_imports_right_and_a_second_import_changes_nothing(context: AppContext, name: str):
    first = imported(context, name)
    assert first.problems == [] and first.orders_new == len(EXPECTED[name])
    orders = {order["order_no"]: order for order in context.orders.list_orders()}
    assert set(orders) == set(EXPECTED[name])
    tasks = {task.order_no: task for task in context.tasks.list()}
    for order_no, (platform, amount, items, state, buyer) in EXPECTED[name].items():
        order = orders[order_no]
        assert (order["platform"], order["amount_fen"], order["task_status"]) == (platform, amount, state)
        assert [(item["title"], item["qty"]) for item in order["items"]] == items
        if state is not None:
            assert tasks[order_no].buyer_masked == buyer
    again = imported(context, name)
    assert (again.orders_new, again.orders_changed, again.lines_new, again.lines_changed, again.tasks_touched) == (
        0, 0, 0, 0, 0)
    assert again.orders_unchanged == len(EXPECTED[name])


def test_the_new_item_list_joins_the_71_column_list_in_either_order(context: AppContext):
    imported(context, "taobao_ExportOrderDetailList_new.csv")
    result = imported(context, "taobao_ExportOrderList_71.xlsx")
    assert result.problems == [] and result.warnings == ()
    orders = {order["order_no"]: order for order in context.orders.list_orders()}
    assert [item["qty"] for item in orders["4201928374650012345"]["items"]] == [2, 1]


def test_notes_tell_what_the_file_lacks(context: AppContext):
    preview = context.orders.preview((SAMPLES / "pinduoduo_27.csv").read_bytes(), "pinduoduo_27.csv")
    assert any("no recipient address" in note for note in preview.as_dict()["notes"])
    preview = context.orders.preview((SAMPLES / "qianniu_workbook.xlsx").read_bytes(), "q.xlsx")
    assert preview.as_dict()["skipped_sheets"] == ["发货报表"] and preview.as_dict()["notes"] == []


def test_tasks_say_what_their_file_lacked_until_it_comes(context: AppContext):
    from livehelper.server.views import task_json

    imported(context, "taobao_ExportOrderList_67.csv")
    (task,) = context.tasks.list()
    (gap,) = task.missing
    assert "ExportOrderDetailList" in gap.render("en") and "米脂小米 2.5kg 包邮 新米" in gap.render("en")
    assert "销售明细" in task_json(task)["missing"][0]
    imported(context, "pinduoduo_27.csv")
    pdd = next(task for task in context.tasks.list() if task.platform == "pinduoduo")
    assert [gap.render("en") for gap in pdd.missing] == [
        "the export had no address: print the label in the platform's own shipping tool"]
    joined = next(task for task in context.tasks.list() if task.platform == "taobao")
    assert joined.missing == (gap,)  # still no item list for this order
    channels = imported(context, "channels_38.csv")
    assert channels.problems == []
    assert next(task for task in context.tasks.list() if task.platform == "channels").missing == ()

