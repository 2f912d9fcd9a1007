"""Bulk-shipping files from a queue that mixes platforms: one file per platform, each in that platform's
template, read back; exported tasks are not exported again."""

from __future__ import annotations

from pathlib import Path

from livehelper.domain.orders import Platform
from livehelper.domain.shipping_files import TEMPLATES, read_back
from livehelper.services.context import AppContext

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "orders"
SHIPPED = {"taobao": ("ZTO", "78512345678901"), "pinduoduo": ("YTO", "YT1234567890123"),
           "douyin": ("SF", "SF1428376509214"), "generic": ("JT", "JT1234567890123")}


def shipped_queue(context: AppContext) -> None:
    for name in ("taobao_ExportOrderList_67.csv", "pinduoduo_43.xls", "douyin_75.xlsx", "generic.csv"):
        context.orders.commit(context.orders.preview((SAMPLES / name).read_bytes(), name))
    for task in context.tasks.list():
        courier, number = SHIPPED[task.platform]
        for to in ("packing", "packed"):
            task = context.tasks.transition(task.id, to, task.version, "老王").task
        number = number if task.platform != "generic" else number[:-1] + str(task.id)
        context.tasks.transition(task.id, "shipped", task.version, "老王", courier=courier, tracking_no=number)


def test_one_file_per_platform_in_its_own_template(context: AppContext):
    shipped_queue(context)
    entries = {entry.template.platform: entry for entry in context.tasks.shipment_files()}
    assert set(entries) == {Platform.TAOBAO, Platform.PINDUODUO, Platform.DOUYIN, Platform.GENERIC}
    (pdd,) = entries[Platform.PINDUODUO].files
    assert read_back(TEMPLATES[Platform.PINDUODUO], pdd) == [
        ["订单号", "快递公司（必填）", "快递单号"], ["order_sn", "shipping_name", "shipping_sn"],
        ["241123-098765432109876", "圆通快递", "YT1234567890123"]]
    (taobao,) = entries[Platform.TAOBAO].files
    assert read_back(TEMPLATES[Platform.TAOBAO], taobao) == [
        ["订单编号", "物流公司", "运单号"], ["4101928374650012345", "中通快递", "78512345678901"]]
    (douyin,) = entries[Platform.DOUYIN].files
    assert read_back(TEMPLATES[Platform.DOUYIN], douyin)[1] == ["6931000000000000001", "顺丰速运", "SF1428376509214"]
    assert entries[Platform.GENERIC].lines == 2
    context.tasks.mark_exported([task for entry in entries.values() for task in entry.task_ids])
    assert context.tasks.shipment_files() == []


def test_one_platform_only(context: AppContext):
    shipped_queue(context)
    (entry,) = context.tasks.shipment_files("pinduoduo")
    assert entry.template.platform is Platform.PINDUODUO and len(entry.task_ids) == 1
    context.tasks.mark_exported(entry.task_ids)
    (empty,) = context.tasks.shipment_files("pinduoduo")
    assert empty.task_ids == () and len(read_back(empty.template, empty.files[0])) == 2
    assert {entry.template.platform for entry in context.tasks.shipment_files()} == {
        Platform.TAOBAO, Platform.DOUYIN, Platform.GENERIC}
