"""`livehelper orders import` with the documented template and with Excel workbooks, as real subprocesses."""

import csv
import io
import json
import re
import shutil
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "orders"
TEMPLATE_DOC = Path(__file__).resolve().parents[2] / "docs" / "order-template.md"


def documented_example() -> str:
    match = re.search(r"```csv\n(.*?)```", TEMPLATE_DOC.read_text("utf-8"), re.S)
    assert match, "docs/order-template.md lost its example"
    return match.group(1)


def test_the_documented_template_example_imports(run, tmp_path):
    file = tmp_path / "订单.csv"
    file.write_bytes(documented_example().encode("utf-8-sig"))
    result = run("--data-dir", tmp_path / "data", "--lang", "en", "orders", "import", file, "--json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert (summary["layout"], summary["orders"]["new"], summary["bad_rows"]) == ("generic", 2, [])
    listed = json.loads(run("--data-dir", tmp_path / "data", "orders", "list", "--json").stdout)
    amounts = {order["order_no"]: order["amount_fen"] for order in listed}
    assert amounts == {"WX20261120-01": 8770, "TEL-0002": 3600}  # the sums the document states
    assert "87.70" in TEMPLATE_DOC.read_text("utf-8")


def test_the_documented_columns_are_the_template(run):
    from livehelper.domain.order_import import GENERIC_HEADER

    header = next(csv.reader(io.StringIO(documented_example())))
    assert tuple(header) == GENERIC_HEADER
    table = TEMPLATE_DOC.read_text("utf-8")
    assert all(f"| {name} |" in table for name in GENERIC_HEADER)


def test_an_xlsx_export_imports_from_the_command_line(run, tmp_path):
    file = shutil.copy(SAMPLES / "taobao_masked.xlsx", tmp_path / "ExportOrderList.xlsx")
    result = run("--data-dir", tmp_path / "data", "--lang", "en", "orders", "import", file, "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["layout"] == "taobao-masked"


def test_a_damaged_xlsx_is_one_clear_line_and_exit_2(run, tmp_path):
    file = tmp_path / "ExportOrderList.xlsx"
    file.write_bytes((SAMPLES / "taobao_masked.xlsx").read_bytes()[:2000])
    result = run("--data-dir", tmp_path / "data", "--lang", "en", "orders", "import", file)
    assert result.returncode == 2
    assert result.error_lines == ["livehelper: ExportOrderList.xlsx looks like an Excel (.xlsx) file but is damaged "
                                  "or cut off; open it in Excel and save it again"]
    assert json.loads(run("--data-dir", tmp_path / "data", "orders", "list", "--json").stdout) == []


def test_skip_bad_on_an_xlsx_writes_the_rejected_rows_as_csv(run, tmp_path):
    from tests.data.orders.make_samples import xlsx_bytes

    header, *rows = list(csv.reader(io.StringIO((SAMPLES / "generic.csv").read_text("utf-8-sig"))))
    rows[2][header.index("手机号")] = "12345"
    file = tmp_path / "微信订单.xlsx"
    file.write_bytes(xlsx_bytes(header, rows))
    result = run("--data-dir", tmp_path / "data", "--lang", "en", "orders", "import", file, "--skip-bad", "--json")
    assert result.returncode == 1
    rejected = list(csv.reader(io.StringIO((tmp_path / "微信订单.rejected.csv").read_bytes().decode("utf-8-sig"))))
    assert rejected[0] == [*header, "错误原因"]
    assert [row[1] for row in rejected[1:]] == ["TEL-0002"] and "12345" in rejected[1][-1]
