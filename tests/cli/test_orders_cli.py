"""`livehelper orders import|list` and `livehelper shipments export` as real subprocesses on a real SQLite file."""

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from livehelper.cli.orders import ORDER_PLATFORMS
from livehelper.domain.order_import import GENERIC_HEADER, PLATFORM_CHOICES
from livehelper.services.context import open_context

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "orders"
GOOD = "微信,WX-1,2026-11-20 18:00,刘桂兰,13800138001,山东省,济南市,历下区,泉城路100号,米脂黄小米,2.5kg/袋,,2,29.90,8,,"
BAD = "微信,WX-2,2026-11-20 18:10,王芳,12345,陕西省,榆林市,米脂县,北街1号,小米锅巴,香辣味,,1,19.90,0,,"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


def write_generic(path: Path, *rows: str) -> Path:
    path.write_bytes(("\r\n".join([",".join(GENERIC_HEADER), *rows]) + "\r\n").encode("utf-8-sig"))
    return path


def test_platform_choices_match_the_parser():
    assert ORDER_PLATFORMS == PLATFORM_CHOICES


def test_import_prints_a_json_summary_and_is_idempotent(run, data, tmp_path):
    file = shutil.copy(SAMPLES / "douyin.csv", tmp_path / "douyin.csv")
    first = run("--data-dir", data, "--lang", "en", "orders", "import", file, "--json")
    assert first.returncode == 0, first.stderr
    summary = json.loads(first.stdout)
    assert summary["orders"] == {"new": 2, "changed": 0, "unchanged": 0}
    assert (summary["layout"], summary["written"], summary["bad_rows"]) == ("douyin", True, [])
    again = json.loads(run("--data-dir", data, "orders", "import", file, "--json").stdout)
    assert again["orders"] == {"new": 0, "changed": 0, "unchanged": 2}
    assert again["lines"]["new"] == 0


def test_import_text_summary(run, data, tmp_path):
    file = shutil.copy(SAMPLES / "generic.csv", tmp_path / "generic.csv")
    result = run("--data-dir", data, "--lang", "en", "orders", "import", file)
    assert result.returncode == 0
    assert "orders 2 new, 0 changed, 0 unchanged" in result.stdout
    assert "no catalog product for “米脂黄小米”" in result.stdout
    assert "刘桂兰" not in result.stdout + result.stderr  # personal data stays out of the output


def test_bad_rows_exit_1_and_write_nothing(run, data, tmp_path):
    file = write_generic(tmp_path / "orders.csv", GOOD, BAD)
    result = run("--data-dir", data, "--lang", "en", "orders", "import", file)
    assert result.returncode == 1
    assert "Row 3, 手机号: '12345' is not a phone number" in result.stderr
    assert result.error_lines[-1] == "livehelper: 1 bad rows; nothing was imported"
    assert json.loads(run("--data-dir", data, "orders", "list", "--json").stdout) == []
    assert not (tmp_path / "orders.rejected.csv").exists()


def test_skip_bad_imports_good_rows_and_writes_the_rejected_file(run, data, tmp_path):
    file = write_generic(tmp_path / "orders.csv", GOOD, BAD)
    result = run("--data-dir", data, "--lang", "en", "orders", "import", file, "--skip-bad", "--json")
    assert result.returncode == 1
    summary = json.loads(result.stdout)
    assert summary["written"] is True
    assert summary["bad_rows"][0]["row"] == 3
    rejected = tmp_path / "orders.rejected.csv"
    assert summary["rejected_file"] == str(rejected)
    rows = list(csv.reader(io.StringIO(rejected.read_bytes().decode("utf-8-sig"))))
    assert rows[0] == [*GENERIC_HEADER, "错误原因"]
    assert len(rows) == 2 and rows[1][1] == "WX-2" and "12345" in rows[1][-1]
    listed = json.loads(run("--data-dir", data, "orders", "list", "--json").stdout)
    assert [order["order_no"] for order in listed] == ["WX-1"]


@pytest.mark.parametrize("content", [b"\x00\x01\x02binary", b"", "名称,价格\r\n小米,1\r\n".encode()])
def test_unusable_files_exit_2_with_one_line(run, data, tmp_path, content):
    file = tmp_path / "weird.csv"
    file.write_bytes(content)
    result = run("--data-dir", data, "--lang", "en", "orders", "import", file)
    assert result.returncode == 2
    assert len(result.error_lines) == 1 and result.error_lines[0].startswith("livehelper: ")


def test_wrong_platform_is_refused(run, data):
    result = run("--data-dir", data, "--lang", "en", "orders", "import", SAMPLES / "generic.csv",
                 "--platform", "douyin")
    assert result.returncode == 2
    assert "not a Douyin (抖店) order export" in result.stderr


def test_orders_list_json_shape(run, data):
    run("--data-dir", data, "orders", "import", SAMPLES / "taobao_ExportOrderDetailList.csv")
    run("--data-dir", data, "orders", "import", SAMPLES / "taobao_ExportOrderList.csv")
    result = run("--data-dir", data, "orders", "list", "--json")
    assert result.returncode == 0
    orders = json.loads(result.stdout)
    assert isinstance(orders, list) and len(orders) == 4
    for order in orders:
        assert {"platform", "order_no", "status", "task_status", "amount_fen", "items"} <= order.keys()
        assert order["platform"] == "taobao" and isinstance(order["amount_fen"], int)
        assert all({"title", "qty", "product_id"} <= item.keys() for item in order["items"])
    first = next(o for o in orders if o["order_no"] == "3301928374650012345")  # ="…" quirk removed
    assert (first["status"], first["task_status"], first["amount_fen"]) == ("买家已付款，等待卖家发货", "pending", 5480)
    assert first["items"] == [{"title": "米脂小米 2.5kg 包邮 新米", "qty": 2, "product_id": None,
                               "unit_price_fen": 2990, "merchant_code": "MZ-XM-25"}]
    closed = next(o for o in orders if o["order_no"] == "3301928374650012347")
    assert closed["task_status"] is None
    pending = json.loads(run("--data-dir", data, "orders", "list", "--status", "pending", "--json").stdout)
    assert sorted(o["order_no"] for o in pending) == ["3301928374650012345", "3301928374650012348"]


def test_shipments_export_only_once(run, data, tmp_path):
    run("--data-dir", data, "orders", "import", SAMPLES / "generic.csv")
    context = open_context(data)
    try:
        task = context.tasks.list()[0]
        for to in ("packing", "packed"):
            task = context.tasks.transition(task.id, to, task.version, "老王").task
        context.tasks.transition(task.id, "shipped", task.version, "老王", courier="ZTO", tracking_no="78512345678901")
    finally:
        context.close()
    target = tmp_path / "发货.csv"
    result = run("--data-dir", data, "--lang", "en", "shipments", "export", target)
    assert result.returncode == 0
    assert result.stdout.strip() == f"exported 1 shipments to {target}"
    assert target.read_bytes() == "\ufeff订单编号,物流公司,运单号\r\nWX20261120-01,中通,78512345678901\r\n".encode()
    second = run("--data-dir", data, "--lang", "en", "shipments", "export", target)
    assert second.stdout.strip() == f"exported 0 shipments to {target}"
    assert target.read_bytes() == "\ufeff订单编号,物流公司,运单号\r\n".encode()
