"""Each platform's bulk-shipping upload file (REFERENCE.md, "Bulk-shipping upload templates"), written and read
back: header rows, courier spellings, text cells for long numbers, 拼多多's 5,000 rows a file."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook

from livehelper.domain.orders import Platform
from livehelper.domain.shipping_files import TEMPLATES, file_name, read_back, template_for, write_files

ROWS = [("4201928374650012345", "ZTO", "78512345678901"), ("4201928374650012346", "SF", "SF1428376509214")]


@pytest.mark.parametrize(("platform", "header", "zto", "sf"), [
    (Platform.TAOBAO, [["订单编号", "物流公司", "运单号"]], "中通快递", "顺丰速运"),
    (Platform.PINDUODUO, [["订单号", "快递公司（必填）", "快递单号"], ["order_sn", "shipping_name", "shipping_sn"]],
     "中通快递", "顺丰快递"),
    (Platform.DOUYIN, [["主订单编号", "快递公司", "快递单号"]], "中通快递", "顺丰速运"),
    (Platform.KUAISHOU, [["订单号", "快递公司", "快递单号"]], "中通快递", "顺丰速运"),
    (Platform.CHANNELS, [["订单号", "快递公司", "快递单号"]], "ZTO", "SF"),
    (Platform.YOUZAN, [["订单号", "快递公司", "快递单号"]], "中通快递", "顺丰速运"),
    (Platform.GENERIC, [["订单编号", "物流公司", "运单号"]], "中通", "顺丰"),
])
def test_each_platforms_file_is_written_and_read_back(platform, header, zto, sf):
    template = TEMPLATES[platform]
    (data,) = write_files(template, ROWS)
    rows = read_back(template, data)
    assert rows[:len(header)] == header
    assert rows[len(header):] == [["4201928374650012345", zto, "78512345678901"],
                                  ["4201928374650012346", sf, "SF1428376509214"]]


@pytest.mark.parametrize("platform", [p for p, t in TEMPLATES.items() if t.xlsx])
def test_order_and_tracking_numbers_are_text_cells(platform):
    (data,) = write_files(TEMPLATES[platform], ROWS)
    sheet = load_workbook(io.BytesIO(data)).worksheets[0]
    body = list(sheet.iter_rows(min_row=len(TEMPLATES[platform].header) + 1))
    assert all(cell.data_type == "s" and cell.number_format == "@" for row in body for cell in row)


def test_pinduoduo_takes_5000_rows_a_file():
    rows = [(f"241123-{index:015d}", "YTO", f"YT{index:013d}") for index in range(5001)]
    first, second = write_files(TEMPLATES[Platform.PINDUODUO], rows)
    assert len(read_back(TEMPLATES[Platform.PINDUODUO], first)) == 2 + 5000
    assert read_back(TEMPLATES[Platform.PINDUODUO], second)[2:] == [["241123-000000000005000", "圆通快递",
                                                                   "YT0000000005000"]]


def test_an_empty_queue_still_gives_the_template():
    (data,) = write_files(TEMPLATES[Platform.PINDUODUO], [])
    assert len(read_back(TEMPLATES[Platform.PINDUODUO], data)) == 2


def test_csv_is_utf8_with_bom_and_formula_safe():
    (data,) = write_files(TEMPLATES[Platform.TAOBAO], [("=1+1", "ZTO", "78512345678901")])
    assert data.startswith("\ufeff".encode())
    assert "'=1+1" in data.decode("utf-8-sig") and read_back(TEMPLATES[Platform.TAOBAO], data)[1][0] == "=1+1"


def test_file_names():
    pdd = TEMPLATES[Platform.PINDUODUO]
    assert file_name("发货.csv", pdd, 1, 1, False) == "发货.xlsx"
    assert file_name("发货.csv", pdd, 2, 2, True) == "发货-pinduoduo-2.xlsx"
    assert file_name("shipments", TEMPLATES[Platform.TAOBAO], 1, 1, True) == "shipments-taobao.csv"
    assert template_for("manual") is TEMPLATES[Platform.GENERIC] and template_for("nope") is TEMPLATES[Platform.GENERIC]
