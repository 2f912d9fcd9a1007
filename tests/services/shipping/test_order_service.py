"""Order imports on a real SQLite file: preview, all-or-nothing commit, idempotence, joins, product matching."""

from pathlib import Path

import pytest
from sqlalchemy import func, select

from livehelper.domain.errors import ImportRejected, NotFoundError, UnreadableFileError
from livehelper.domain.order_import import GENERIC_HEADER
from livehelper.domain.product import ProductDraft
from livehelper.domain.tasks import TaskState
from livehelper.services.context import AppContext
from livehelper.services.events import ChangeEvent
from livehelper.storage.models import (
    OrderItemRecord,
    OrderRecord,
    PackingTaskRecord,
    PendingItemRecord,
    TaskHistoryRecord,
)
from tests.data.orders.make_samples import xlsx_bytes

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "orders"
TAOBAO_ORDERS = "taobao_ExportOrderList.csv"
TAOBAO_ITEMS = "taobao_ExportOrderDetailList.csv"


def sample(name: str) -> bytes:
    return (SAMPLES / name).read_bytes()


def generic(*rows: str) -> bytes:
    return ("\r\n".join([",".join(GENERIC_HEADER), *rows]) + "\r\n").encode("utf-8-sig")


WX1 = ("微信,WX-1,2026-11-20 18:00,刘桂兰,13800138001,山东省,济南市,历下区,泉城路100号,米脂黄小米,2.5kg/袋,MZ-XM-25,"
       "2,29.90,8,,{status}")
WX2 = "微信,WX-2,2026-11-20 18:05,孙大伟,13912340002,陕西省,榆林市,米脂县,南街7号,巨鹿金银花,50g/罐,,1,36.00,0,,"
BAD = "微信,WX-3,2026-11-20 18:10,王芳,12345,陕西省,榆林市,米脂县,北街1号,小米锅巴,香辣味,,1,19.90,0,,"


def table_counts(context: AppContext) -> dict[str, int]:
    with context.database.sessions() as session:
        return {model.__tablename__: int(session.scalar(select(func.count()).select_from(model)) or 0)
                for model in (OrderRecord, OrderItemRecord, PackingTaskRecord, TaskHistoryRecord, PendingItemRecord)}


def imported(context: AppContext, data: bytes, source: str = "orders.csv", skip_bad: bool = False):
    return context.orders.commit(context.orders.preview(data, source), skip_bad=skip_bad)


def by_number(context: AppContext) -> dict[str, dict]:
    return {order["order_no"]: order for order in context.orders.list_orders()}


def test_preview_writes_nothing(context: AppContext, events: list[ChangeEvent]):
    preview = context.orders.preview(sample("douyin.csv"), "douyin.csv")
    assert (preview.orders_new, preview.lines_new, preview.problems) == (2, 3, [])
    assert set(table_counts(context).values()) == {0}
    assert events == []


def test_import_creates_orders_and_tasks_for_paid_orders_only(context: AppContext, events: list[ChangeEvent]):
    result = imported(context, sample("douyin.csv"), "douyin.csv")
    assert (result.orders_new, result.lines_new, result.tasks_touched) == (2, 3, 1)
    orders = by_number(context)
    assert orders["6928374650012345678"]["task_status"] == "pending"
    assert orders["6928374650099990001"]["task_status"] is None  # closed and refunded: no parcel
    assert {event.entity for event in events} == {"order", "task"}
    history = context.tasks.history(context.tasks.list()[0].id)
    assert [(h.from_state, h.to_state, h.who) for h in history] == [(None, TaskState.PENDING, "system")]


@pytest.mark.parametrize("name", ["douyin.csv", "generic.csv", TAOBAO_ORDERS, TAOBAO_ITEMS, "taobao_masked.csv"])
def test_importing_the_same_file_twice_changes_nothing(context: AppContext, events: list[ChangeEvent], name: str):
    imported(context, sample(name), name)
    before, listed = table_counts(context), context.orders.list_orders()
    events.clear()
    again = imported(context, sample(name), name)
    assert (again.orders_new, again.orders_changed, again.lines_new, again.lines_changed) == (0, 0, 0, 0)
    assert table_counts(context) == before
    assert context.orders.list_orders() == listed
    assert events == []


def test_status_change_updates_the_order_and_cancels_its_open_task(context: AppContext):
    imported(context, generic(WX1.format(status=""), WX2))
    task = context.tasks.list()[0]
    context.tasks.transition(task.id, "packing", task.version, "老王")
    result = imported(context, generic(WX1.format(status="已取消"), WX2))
    assert (result.orders_changed, result.orders_unchanged, result.tasks_touched) == (1, 1, 1)
    orders = by_number(context)
    assert orders["WX-1"]["status"] == "已取消"
    assert orders["WX-1"]["task_status"] == "cancelled"
    assert orders["WX-2"]["task_status"] == "pending"
    history = context.tasks.history(task.id)
    assert [(h.from_state, h.to_state, h.who, h.version) for h in history] == [
        (None, TaskState.PENDING, "system", 1), (TaskState.PENDING, TaskState.PACKING, "老王", 2),
        (TaskState.PACKING, TaskState.CANCELLED, "system", 3)]
    assert history[-1].reason == "已取消"


def test_a_shipped_task_is_not_cancelled_by_a_later_refund(context: AppContext):
    imported(context, generic(WX1.format(status="")))
    task = context.tasks.list()[0]
    for to in ("packing", "packed"):
        task = context.tasks.transition(task.id, to, task.version, "老王").task
    context.tasks.transition(task.id, "shipped", task.version, "老王", courier="中通", tracking_no="78512345678901")
    imported(context, generic(WX1.format(status="退款成功")))
    assert by_number(context)["WX-1"]["task_status"] == "shipped"


def test_a_file_with_bad_rows_writes_nothing(context: AppContext):
    preview = context.orders.preview(generic(WX1.format(status=""), BAD, WX2), "bad.csv")
    assert [(p.row, p.column) for p in preview.problems] == [(3, "手机号")]
    assert preview.orders_new == 2
    with pytest.raises(ImportRejected) as rejected:
        context.orders.commit(preview)
    assert len(rejected.value.problems) == 1
    assert set(table_counts(context).values()) == {0}


def test_skip_bad_imports_the_good_rows(context: AppContext):
    result = imported(context, generic(WX1.format(status=""), BAD, WX2), skip_bad=True)
    assert result.orders_new == 2
    assert set(by_number(context)) == {"WX-1", "WX-2"}


def test_item_list_before_the_order_list_is_joined(context: AppContext):
    first = imported(context, sample(TAOBAO_ITEMS), TAOBAO_ITEMS)
    assert (first.lines_new, first.lines_waiting, first.orders_new) == (4, 4, 0)
    assert by_number(context) == {}
    imported(context, sample(TAOBAO_ORDERS), TAOBAO_ORDERS)
    orders = by_number(context)
    assert [(i["title"], i["qty"]) for i in orders["3301928374650012348"]["items"]] == [
        ("米脂小米 2.5kg 包邮 新米", 2), ("小米锅巴 香辣味 10袋", 1)]
    assert orders["3301928374650012347"]["items"] == []  # no item rows for the closed order
    assert table_counts(context)["pending_order_items"] == 0


def test_item_list_after_the_order_list_is_joined(context: AppContext):
    imported(context, sample(TAOBAO_ORDERS), TAOBAO_ORDERS)
    assert by_number(context)["3301928374650012345"]["items"] == []
    result = imported(context, sample(TAOBAO_ITEMS), TAOBAO_ITEMS)
    assert (result.orders_changed, result.lines_new, result.lines_waiting) == (3, 4, 0)
    orders = by_number(context)
    assert [(i["title"], i["qty"]) for i in orders["3301928374650012345"]["items"]] == [("米脂小米 2.5kg 包邮 新米", 2)]
    assert orders["3301928374650012345"]["task_status"] == "pending"  # joining lines does not touch the task


def test_joined_results_are_the_same_in_either_order(data_dir: Path, tmp_path: Path, own_database):
    from livehelper.services.context import open_context

    results = []
    for name, files in (("a", (TAOBAO_ITEMS, TAOBAO_ORDERS)), ("b", (TAOBAO_ORDERS, TAOBAO_ITEMS))):
        ctx = open_context(tmp_path / name, own_database())
        try:
            for file in files:
                imported(ctx, sample(file), file)
            results.append([{k: v for k, v in o.items() if k != "id"} for o in ctx.orders.list_orders()])
        finally:
            ctx.close()
    assert results[0] == results[1]


def test_lines_match_products_by_merchant_code_then_by_confirmed_title(context: AppContext):
    millet = context.catalog.create(ProductDraft(name="米脂黄小米", spec="2.5kg/袋", price_fen=2990,
                                                 merchant_code="MZ-XM-25"))
    honeysuckle = context.catalog.create(ProductDraft(name="巨鹿金银花", spec="50g/罐", price_fen=3600))
    preview = context.orders.preview(generic(WX1.format(status=""), WX2), "orders.csv")
    assert preview.unmatched_titles == ("巨鹿金银花",)
    context.orders.commit(preview)
    orders = by_number(context)
    assert orders["WX-1"]["items"][0]["product_id"] == millet.id
    assert orders["WX-2"]["items"][0]["product_id"] is None
    assert context.orders.unmatched_titles() == [("巨鹿金银花", 1)]
    assert context.orders.confirm_title_rule(" 巨鹿金银花 ", honeysuckle.id) == 1
    assert by_number(context)["WX-2"]["items"][0]["product_id"] == honeysuckle.id
    assert context.orders.unmatched_titles() == []
    again = context.orders.preview(generic(WX1.format(status=""), WX2), "orders.csv")
    assert again.unmatched_titles == ()
    assert (again.orders_unchanged, again.orders_changed) == (2, 0)


def test_confirming_a_rule_for_a_missing_product_is_refused(context: AppContext):
    with pytest.raises(NotFoundError):
        context.orders.confirm_title_rule("巨鹿金银花", 999)


def test_list_orders_has_the_contract_fields(context: AppContext):
    imported(context, sample("generic.csv"), "generic.csv")
    order = by_number(context)["WX20261120-01"]
    assert {"platform", "order_no", "status", "task_status", "amount_fen", "items"} <= order.keys()
    assert (order["platform"], order["amount_fen"], order["task_status"]) == ("generic", 8770, "pending")
    assert all({"title", "qty", "product_id"} <= item.keys() for item in order["items"])
    assert [o["order_no"] for o in context.orders.list_orders("pending")] == ["WX20261120-01", "TEL-0002"]
    assert [o["order_no"] for o in context.orders.list_orders("已付款")] == ["TEL-0002"]
    assert context.orders.list_orders("shipped") == []


def test_taobao_xlsx_export_imports_like_its_csv_twin(context: AppContext):
    from_xlsx = imported(context, sample("taobao_masked.xlsx"), "ExportOrderList.xlsx")
    assert (from_xlsx.layout.value, from_xlsx.orders_new, from_xlsx.tasks_touched) == ("taobao-masked", 2, 1)
    listed = context.orders.list_orders()
    again = imported(context, sample("taobao_masked.csv"), "ExportOrderList.csv")
    assert (again.orders_new, again.orders_changed, again.orders_unchanged) == (0, 0, 2)
    assert context.orders.list_orders() == listed


@pytest.mark.parametrize("data", [
    sample("taobao_masked.xlsx")[:3000],  # cut off
    b"PK\x05\x06" + b"\x00" * 18,  # an empty zip
    xlsx_bytes(["货号", "件数"], [["A1", 3]]),  # a workbook of no known layout
])
def test_a_bad_workbook_writes_nothing(context: AppContext, events: list[ChangeEvent], data: bytes):
    with pytest.raises(UnreadableFileError):
        context.orders.preview(data, "orders.xlsx")
    with pytest.raises(UnreadableFileError):
        context.orders.import_file(data, "orders.xlsx")
    assert set(table_counts(context).values()) == {0}
    assert events == []


def test_a_big_export_is_written_in_bulk_and_reimported_unchanged(context: AppContext):
    """More orders than one IN (…) list holds: the bulk write path and the big-export lookup."""
    rows = [f"微信,BIG-{i:05d},2026-11-20 18:{i % 60:02d},刘桂兰,138{i:08d},山东省,济南市,历下区,泉城路{i}号,"
            f"米脂黄小米,2.5kg/袋,MZ-XM-25,{1 + i % 3},29.90,0,,{'已取消' if i % 10 == 0 else ''}" for i in range(4500)]
    first = imported(context, generic(*rows), "big.csv")
    assert (first.orders_new, first.lines_new, first.tasks_touched) == (4500, 4500, 4050)
    counts = table_counts(context)
    assert (counts["orders"], counts["order_items"], counts["packing_tasks"], counts["task_history"]) == (
        4500, 4500, 4050, 4050)
    order = by_number(context)["BIG-00007"]
    assert (order["amount_fen"], order["task_status"], order["items"][0]["qty"]) == (5980, "pending", 2)
    again = imported(context, generic(*rows), "big.csv")
    assert (again.orders_new, again.orders_changed, again.orders_unchanged, again.tasks_touched) == (0, 0, 4500, 0)
    assert table_counts(context) == counts
