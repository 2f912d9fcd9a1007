"""Issue 15 on the command line: today's platform exports (a protected workbook with --password), and
`shipments export` writing one upload file per platform."""

from __future__ import annotations

import json
from pathlib import Path

from livehelper.domain.orders import Platform
from livehelper.domain.shipping_files import TEMPLATES, read_back
from livehelper.services.context import open_context
from tests.data.orders.make_platform_samples import KUAISHOU_PASSWORD

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "orders"


def test_a_protected_workbook_needs_its_password(run, tmp_path):
    data = tmp_path / "data"
    locked = SAMPLES / "kuaishou_64_locked.xlsx"
    missing = run("--data-dir", data, "--lang", "en", "orders", "import", locked)
    assert missing.returncode == 2 and "--password" in missing.stderr and "old Excel" not in missing.stderr
    assert len(missing.stderr.strip().splitlines()) == 1
    wrong = run("--data-dir", data, "--lang", "en", "orders", "import", locked, "--password", "nope")
    assert wrong.returncode == 2 and "wrong" in wrong.stderr
    done = run("--data-dir", data, "orders", "import", locked, "--password", KUAISHOU_PASSWORD, "--json")
    summary = json.loads(done.stdout)
    assert done.returncode == 0 and summary["layout"] == "kuaishou" and summary["orders"]["new"] == 2
    assert summary["skipped_sheets"] == ["说明"]


def test_platform_overrides_detection_on_the_command_line(run, tmp_path):
    result = run("--data-dir", tmp_path / "data", "orders", "import", SAMPLES / "youzan_60.csv", "--platform",
                 "youzan", "--json")
    assert result.returncode == 0 and json.loads(result.stdout)["platform"] == "youzan"


def test_shipments_export_writes_one_file_per_platform(run, tmp_path):
    data = tmp_path / "data"
    for name in ("pinduoduo_43.xls", "taobao_ExportOrderList_67.csv"):
        assert run("--data-dir", data, "orders", "import", SAMPLES / name).returncode == 0
    context = open_context(data)
    try:
        for task in context.tasks.list():
            for to in ("packing", "packed"):
                task = context.tasks.transition(task.id, to, task.version, "老王").task
            number = "YT1234567890123" if task.platform == "pinduoduo" else "78512345678901"
            context.tasks.transition(task.id, "shipped", task.version, "老王", courier="YTO", tracking_no=number)
    finally:
        context.close()
    result = run("--data-dir", data, "--lang", "en", "shipments", "export", tmp_path / "发货.csv")
    assert result.returncode == 0, result.stderr
    pdd, taobao = tmp_path / "发货-pinduoduo.xlsx", tmp_path / "发货-taobao.csv"
    assert f"exported 1 shipments to {pdd}: the file for Pinduoduo (拼多多) bulk shipping (.xlsx)" in result.stdout
    assert f"to {taobao}: the file for Taobao" in result.stdout
    assert read_back(TEMPLATES[Platform.PINDUODUO], pdd.read_bytes())[2] == [
        "241123-098765432109876", "圆通快递", "YT1234567890123"]
    assert read_back(TEMPLATES[Platform.TAOBAO], taobao.read_bytes())[1] == [
        "4101928374650012345", "圆通速递", "78512345678901"]
    again = run("--data-dir", data, "--lang", "en", "shipments", "export", tmp_path / "pdd.xlsx", "--platform",
                "pinduoduo")
    assert again.stdout.strip().startswith(f"exported 0 shipments to {tmp_path / 'pdd.xlsx'}")
    assert len(read_back(TEMPLATES[Platform.PINDUODUO], (tmp_path / "pdd.xlsx").read_bytes())) == 2
