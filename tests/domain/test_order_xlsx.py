"""Order exports saved as Excel workbooks (.xlsx): the same orders as their CSV twins, and bad workbooks."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from datetime import date, datetime, time
from pathlib import Path

import pytest
from openpyxl import Workbook

from livehelper.domain import xlsx_rows
from livehelper.domain.errors import UnreadableFileError
from livehelper.domain.order_import import Layout, parse_orders, read_records
from livehelper.domain.xlsx_rows import cell_text, read_xlsx_rows
from tests.data.orders.make_samples import xlsx_bytes

DATA = Path(__file__).resolve().parents[1] / "data" / "orders"


def sample(name: str) -> bytes:
    return (DATA / name).read_bytes()


def csv_rows(name: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(sample(name).decode("utf-8-sig"), newline="")))


def unreadable(data: bytes, source: str = "订单.xlsx") -> str:
    with pytest.raises(UnreadableFileError) as caught:
        parse_orders(data, source)
    english = caught.value.render("en")
    assert source in english and "\n" not in english
    assert caught.value.render("zh_CN").startswith(source)
    return english


def test_taobao_masked_xlsx_gives_the_same_orders_as_the_csv():
    from_xlsx = parse_orders(sample("taobao_masked.xlsx"), "ExportOrderList.xlsx")
    from_csv = parse_orders(sample("taobao_masked.csv"), "ExportOrderList.csv")
    assert (from_xlsx.layout, from_xlsx.problems, from_xlsx.rows) == (Layout.TAOBAO_MASKED, [], 2)
    assert from_xlsx.orders == from_csv.orders
    first = from_xlsx.orders[0]
    assert first.order_no == "3512345678901234567" and first.paid_fen == 5980  # 59.8 in the cell
    assert first.buyer.name_hidden and first.buyer.city == "南京市"


def test_cells_become_text_as_the_platform_prints_them():
    rows = read_xlsx_rows(sample("taobao_masked.xlsx"), "a.xlsx")
    header, first, second = rows
    assert header[:3] == ["订单编号", "支付单号", "买家应付货款"]
    assert first[2:6] == ["59.8", "0", "59.8", "59.8"]  # numbers without ".0"
    assert first[9] == "2026-11-21 19:05:33" and first[20] == ""  # times as printed, empty cells ""
    assert second[20] == "2026-11-22 10:00:00"
    assert len({len(row) for row in rows}) == 1


@pytest.mark.parametrize(("value", "text"), [
    (None, ""), ("文本", "文本"), (3, "3"), (3.0, "3"), (19.9, "19.9"), (0.1 + 0.2, "0.30000000000000004"),
    (1e-05, "0.00001"), (True, "TRUE"), (datetime(2026, 11, 21, 19, 5, 32, 999_500), "2026-11-21 19:05:33"),
    (date(2026, 11, 21), "2026-11-21"), (time(8, 30), "08:30:00")])
def test_cell_text(value, text):
    assert cell_text(value) == text


def test_a_douyin_export_saved_as_xlsx_works_the_same():
    header, *rows = csv_rows("douyin.csv")
    data = xlsx_bytes(header, rows)  # Excel keeps the ids' leading tabs and the "-" placeholders as text
    from_xlsx = parse_orders(data, "抖店订单.xlsx")
    from_csv = parse_orders(sample("douyin.csv"), "抖店订单.csv")
    assert from_xlsx.layout is Layout.DOUYIN and from_xlsx.problems == []
    assert from_xlsx.orders == from_csv.orders


def test_the_layout_comes_from_the_header_not_the_file_name():
    assert parse_orders(sample("taobao_masked.xlsx"), "orders.csv").layout is Layout.TAOBAO_MASKED


def test_rows_keep_their_spreadsheet_numbers():
    header, *rows = csv_rows("generic.csv")
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(header)
    sheet.append(rows[0])
    sheet.cell(row=4, column=1, value="电话")  # row 3 left empty, a bad row 4
    for column, value in enumerate(rows[2][1:], start=2):
        sheet.cell(row=4, column=column, value=value)
    sheet.cell(row=4, column=header.index("手机号") + 1, value="12345")
    saved = io.BytesIO()
    workbook.save(saved)
    result = parse_orders(saved.getvalue(), "g.xlsx")
    assert [(problem.row, problem.column) for problem in result.problems] == [(4, "手机号")]
    assert read_records(saved.getvalue(), "g.xlsx")[2] == [""] * len(header)


# --- bad workbooks: one clear message each ------------------------------------------------------------------


def zip_of(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def test_a_corrupt_xlsx():
    data = sample("taobao_masked.xlsx")
    assert "damaged or cut off" in unreadable(data[: len(data) // 2])
    assert "damaged or cut off" in unreadable(b"PK\x03\x04" + b"\x00" * 200)


def test_an_xlsx_whose_parts_are_broken():
    with zipfile.ZipFile(io.BytesIO(sample("taobao_masked.xlsx"))) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    files["xl/worksheets/sheet1.xml"] = b"<worksheet><sheetData><row r='1'><c r='A1' t='s'><v>9"
    assert "damaged or cut off" in unreadable(zip_of(files))


def test_a_zip_that_is_not_a_workbook():
    message = unreadable(zip_of({"orders.csv": b"a,b\r\n", "readme.txt": b"hi"}))
    assert message == "订单.xlsx is a zip file, not an Excel (.xlsx) workbook or CSV file"
    assert "zip file" in unreadable(zip_of({}))  # an empty zip


def test_an_xlsx_of_an_unknown_layout():
    message = unreadable(xlsx_bytes(["货号", "件数"], [["A1", 3]]))
    assert message == "订单.xlsx is not an order export: its header does not match a known layout (found: 货号、件数)"


def test_an_empty_workbook():
    assert unreadable(xlsx_bytes([], [])) == "订单.xlsx is empty"


def test_a_workbook_without_a_worksheet():
    with zipfile.ZipFile(io.BytesIO(sample("taobao_masked.xlsx"))) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    files["xl/workbook.xml"] = re.sub(rb"<sheets>.*</sheets>", b"<sheets/>", files["xl/workbook.xml"])
    assert unreadable(zip_of(files)) == "订单.xlsx has no worksheet"


def test_a_huge_sheet(monkeypatch: pytest.MonkeyPatch):
    header, *rows = csv_rows("generic.csv")
    monkeypatch.setattr(xlsx_rows, "MAX_ROWS", 3)
    message = unreadable(xlsx_bytes(header, rows))
    assert message == "订单.xlsx is too big to be an order export (more than 3 rows)"
    monkeypatch.setattr(xlsx_rows, "MAX_COLUMNS", 5)
    monkeypatch.setattr(xlsx_rows, "MAX_ROWS", 100)
    assert unreadable(xlsx_bytes(header, rows)).endswith("(more than 5 columns)")


def test_a_zip_bomb_is_refused_before_unpacking(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(xlsx_rows, "MAX_UNPACKED_BYTES", 1024 * 1024)
    with zipfile.ZipFile(io.BytesIO(sample("taobao_masked.xlsx"))) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    files["xl/media/padding.bin"] = b"\x00" * (2 * 1024 * 1024)
    message = unreadable(zip_of(files))
    assert message == "订单.xlsx is too big to be an order export (2 MB unpacked, at most 1 MB)"


def test_a_cell_longer_than_a_csv_cell_may_be(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(xlsx_rows, "MAX_CELL_CHARACTERS", 10)
    header, *rows = csv_rows("generic.csv")
    assert "cell longer than 10 characters (line 2)" in unreadable(xlsx_bytes(header, rows))
