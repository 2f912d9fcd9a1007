"""Each platform's bulk-shipping upload file (批量发货): the order numbers with their courier and tracking number.

One small table says, per platform, the header rows, the file format, the courier names in that platform's
spelling and how many rows one file may hold (REFERENCE.md, "Bulk-shipping upload templates"): 拼多多's .xlsx
with two header rows (订单号 | 快递公司（必填） | 快递单号, then order_sn | shipping_name | shipping_sn, at most
5,000 rows), Taobao's classic CSV 订单编号,物流公司,运单号, and for 抖店, 快手, 视频号 and 有赞 (whose templates
were not found in public) their own order-number column, 快递公司, 快递单号. A seller whose console wants
something else changes one entry here. Order and tracking numbers are text cells in every .xlsx (Excel
would turn 19 digits into 3.9E+18), and CSV is UTF-8 with BOM with formula-like cells neutralised.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from livehelper.domain.couriers import courier_by_code
from livehelper.domain.csv_text import write_csv
from livehelper.domain.messages import Message
from livehelper.domain.orders import Platform

# Courier spellings (REFERENCE.md); a courier a platform's table lacks is written with its usual Chinese name.
_FULL_NAMES = {"SF": "顺丰速运", "ZTO": "中通快递", "YTO": "圆通速递", "YD": "韵达快递", "STO": "申通快递",
               "JT": "极兔速递", "JD": "京东快递", "EMS": "邮政快递包裹", "DB": "德邦快递", "BEST": "百世快递",
               "UC": "优速快递", "ZJS": "宅急送"}
_PINDUODUO_NAMES = {"SF": "顺丰快递", "YTO": "圆通快递", "ZTO": "中通快递", "YD": "韵达快递", "STO": "申通快递",
                    "JT": "极兔快递", "EMS": "邮政EMS", "JD": "京东配送", "DB": "德邦快递", "BEST": "百世快递"}
_CHANNELS_CODES = {"ZTO": "ZTO", "YTO": "YTO", "YD": "YUNDA", "JT": "JTSD", "STO": "STO", "SF": "SF", "JD": "JD",
                   "EMS": "EMS"}


@dataclass(frozen=True)
class ShippingTemplate:
    platform: Platform
    label: Message  # which platform's console takes the file, for the UI and the command line
    header: tuple[tuple[str, ...], ...]  # one or two header rows
    xlsx: bool  # else CSV
    couriers: Mapping[str, str] = field(default_factory=dict)  # courier code -> the platform's spelling
    max_rows: int = 0  # rows one file may hold (0: no limit)
    key: str = ""  # a word for file names: shipments-pinduoduo.xlsx

    @property
    def suffix(self) -> str:
        return ".xlsx" if self.xlsx else ".csv"

    def courier_name(self, code: str) -> str:
        if code in self.couriers:
            return self.couriers[code]
        courier = courier_by_code(code)
        return courier.name if courier else code


TEMPLATES: dict[Platform, ShippingTemplate] = {template.platform: template for template in (
    ShippingTemplate(Platform.TAOBAO, Message("Taobao / 千牛 batch shipping (CSV)"),
                     (("订单编号", "物流公司", "运单号"),), False, _FULL_NAMES, key="taobao"),
    ShippingTemplate(Platform.PINDUODUO, Message("Pinduoduo (拼多多) bulk shipping (.xlsx)"),
                     (("订单号", "快递公司（必填）", "快递单号"), ("order_sn", "shipping_name", "shipping_sn")), True,
                     _PINDUODUO_NAMES, max_rows=5000, key="pinduoduo"),
    ShippingTemplate(Platform.DOUYIN, Message("Douyin (抖店) bulk shipping (.xlsx)"),
                     (("主订单编号", "快递公司", "快递单号"),), True, _FULL_NAMES, key="douyin"),
    ShippingTemplate(Platform.KUAISHOU, Message("Kuaishou (快手小店) bulk shipping (.xlsx)"),
                     (("订单号", "快递公司", "快递单号"),), True, _FULL_NAMES, key="kuaishou"),
    ShippingTemplate(Platform.CHANNELS, Message("WeChat shop (微信小店 / 视频号) bulk shipping (.xlsx)"),
                     (("订单号", "快递公司", "快递单号"),), True, _CHANNELS_CODES, key="channels"),
    ShippingTemplate(Platform.YOUZAN, Message("Youzan (有赞) bulk shipping (.xlsx)"),
                     (("订单号", "快递公司", "快递单号"),), True, _FULL_NAMES, key="youzan"),
    ShippingTemplate(Platform.GENERIC, Message("shipping list for your own records (CSV)"),
                     (("订单编号", "物流公司", "运单号"),), False, key="other"),
)}
TEMPLATES[Platform.MANUAL] = TEMPLATES[Platform.GENERIC]

ShipmentRow = tuple[str, str, str]  # order number, courier code, tracking number


def template_for(platform: Platform | str) -> ShippingTemplate:
    try:
        return TEMPLATES[Platform(platform)]
    except ValueError:
        return TEMPLATES[Platform.GENERIC]


def _xlsx(header: Sequence[Sequence[str]], rows: Sequence[Sequence[str]]) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Sheet1"
    for values in (*header, *rows):
        sheet.append(list(values))
    for cells in sheet.iter_rows():
        for cell in cells:
            cell.number_format = "@"  # text: order and tracking numbers keep every digit when opened in Excel
            cell.data_type = "s"
    saved = io.BytesIO()
    workbook.save(saved)
    return saved.getvalue()


def write_files(template: ShippingTemplate, rows: Sequence[ShipmentRow]) -> list[bytes]:
    """The template's file(s) for these rows: several when the platform limits the rows per file; one (with
    only the header) when there are none."""
    lines = [(order_no, template.courier_name(code), tracking) for order_no, code, tracking in rows]
    size = template.max_rows or max(1, len(lines))
    parts = [lines[start:start + size] for start in range(0, len(lines), size)] or [[]]
    if template.xlsx:
        return [_xlsx(template.header, part) for part in parts]
    return [write_csv(template.header[0], part) for part in parts]


def read_back(template: ShippingTemplate, data: bytes) -> list[list[str]]:
    """The rows of a file `write_files` wrote, headers included, as texts (for checks and tests)."""
    if template.xlsx:
        from openpyxl import load_workbook

        workbook = load_workbook(io.BytesIO(data), read_only=True)
        try:
            return [["" if value is None else str(value) for value in row]
                    for row in workbook.worksheets[0].iter_rows(values_only=True)]
        finally:
            workbook.close()
    import csv

    from livehelper.domain.csv_text import unneutralise

    return [[unneutralise(cell) for cell in row]
            for row in csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""))]


def file_name(chosen: str, template: ShippingTemplate, part: int, parts: int, several_platforms: bool) -> str:
    """The name of one written file, from the name the user chose: its suffix made the template's, and the
    platform (and part) added when one name stands for several files: 发货.xlsx → 发货-pinduoduo-2.xlsx."""
    stem = chosen.rsplit(".", 1)[0] if "." in chosen.rsplit("/", 1)[-1] else chosen
    if several_platforms:
        stem += f"-{template.key}"
    if parts > 1:
        stem += f"-{part}"
    return stem + template.suffix
