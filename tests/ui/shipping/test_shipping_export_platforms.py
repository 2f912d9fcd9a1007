"""The 发货 workspace's export with a queue that mixes platforms: one upload file per platform, each named
after the one chosen, and the message says which platform each file is for (issue 15)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from livehelper.domain.orders import Platform
from livehelper.domain.shipping_files import TEMPLATES, read_back
from livehelper.services.context import AppContext
from tests.ui.conftest import choose_file
from tests.ui.shipping_fixtures import open_workspace

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "orders"


def ship_everything(context: AppContext, names: tuple[str, ...]) -> None:
    for name in names:
        context.orders.commit(context.orders.preview((SAMPLES / name).read_bytes(), name))
    for task in context.tasks.list():
        for to in ("packing", "packed"):
            task = context.tasks.transition(task.id, to, task.version, "李姐").task
        number = {"pinduoduo": "YT1234567890123", "douyin": "SF1428376509214"}.get(task.platform, "78512345678901")
        courier = {"pinduoduo": "YTO", "douyin": "SF"}.get(task.platform, "ZTO")
        context.tasks.transition(task.id, "shipped", task.version, "李姐", courier=courier, tracking_no=number)


def test_a_mixed_queue_gives_one_file_per_platform(qtbot, modal, context: AppContext, tmp_path: Path):
    ship_everything(context, ("pinduoduo_43.xls", "douyin_75.xlsx"))
    workspace = open_workspace(qtbot, context)
    chosen = tmp_path / "发货"

    def save_as(dialog: QFileDialog) -> None:
        assert "one per platform" in dialog.windowTitle()
        choose_file(dialog, str(chosen))
        modal.press(QMessageBox.StandardButton.Ok)

    modal.next(save_as)
    workspace.export_button.click()
    qtbot.waitUntil(lambda: len(modal.texts) == 1, timeout=10_000)
    pdd, douyin = tmp_path / "发货-pinduoduo.xlsx", tmp_path / "发货-douyin.xlsx"
    assert f"{pdd}: Pinduoduo (拼多多) bulk shipping (.xlsx), 1 line(s)" in modal.texts[0]
    assert f"{douyin}: Douyin (抖店) bulk shipping (.xlsx), 1 line(s)" in modal.texts[0]
    assert read_back(TEMPLATES[Platform.PINDUODUO], pdd.read_bytes())[1] == ["order_sn", "shipping_name",
                                                                             "shipping_sn"]
    assert read_back(TEMPLATES[Platform.DOUYIN], douyin.read_bytes())[1] == [
        "6931000000000000001", "顺丰速运", "SF1428376509214"]
    assert context.tasks.shipment_files() == []


def test_one_platform_says_where_to_upload(qtbot, modal, context: AppContext, tmp_path: Path):
    ship_everything(context, ("pinduoduo_43.xls",))
    workspace = open_workspace(qtbot, context)

    def save_as(dialog: QFileDialog) -> None:
        assert "Pinduoduo" in dialog.windowTitle()
        choose_file(dialog, str(tmp_path / "pdd.xlsx"))
        modal.press(QMessageBox.StandardButton.Ok)

    modal.next(save_as)
    workspace.export_button.click()
    qtbot.waitUntil(lambda: len(modal.texts) == 1, timeout=10_000)
    assert "1 line(s) written" in modal.texts[0] and "Upload it in: Pinduoduo" in modal.texts[0]
    assert (tmp_path / "pdd.xlsx").exists()
