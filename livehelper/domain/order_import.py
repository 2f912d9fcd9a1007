"""Reading the platforms' order exports into normalised `Order` values.

The layout is recognised from the header row (never from the file name; header names may carry trailing
spaces) and columns are found by name, so reordered or extra columns do not matter. Layouts:

- ``taobao``: Taobao / 千牛 classic ``ExportOrderList`` (GBK, one row per order; goods only as 宝贝标题).
- ``taobao-masked``: Taobao's newer export without buyer name and phone and with a masked address (CSV, or
  .xlsx: any layout may come as an Excel workbook, recognised by its bytes; its first worksheet is read).
- ``taobao-items``: Taobao ``ExportOrderDetailList`` line items, returned in ``lines_by_order``; the service
  joins them with the order list by order number, whichever file comes first (see `lines_total_problem`).
- ``douyin``: Douyin 抖店 export, one row per 子订单, grouped by 主订单编号.
- ``generic``: our own template for WeChat, phone and other orders, one row per product line; rows with the
  same 订单编号 form one order (order-level cells may be left empty on the following rows). Header::

      平台,订单编号,下单时间,收件人,手机号,省,市,区,详细地址,商品,规格,商家编码,数量,单价,运费,买家留言,订单状态

  Required: 订单编号, 收件人, 手机号, 详细地址, 商品, 数量, 单价. 平台 is free text (微信, 电话, 快手 …);
  淘宝/抖音/快手 there file the order under that platform. 单价 and 运费 are in yuan ("12.80", "¥12.8").
  订单状态 empty means paid and waiting for shipment. 手机号 must be a mainland mobile number.

Export quirks are removed from every cell: ``="…"`` wrappers, one leading apostrophe, surrounding tabs and
spaces, and the placeholders ``null`` and ``-`` for empty. Cells that look like spreadsheet formulas are
kept as plain text (exports written by LiveHelper neutralise them again).

Bad rows become `RowProblem`s (spreadsheet row number, Chinese column name, reason) and are left out; good
rows are still returned, so the caller decides between all-or-nothing and ``--skip-bad``. A file that is
not an order export of the expected kind raises `UnreadableFileError` naming what was found.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from operator import itemgetter

from livehelper.domain.csv_text import decode_text
from livehelper.domain.errors import UnreadableFileError
from livehelper.domain.messages import Message
from livehelper.domain.order_cells import (
    BEIJING,
    Layout,
    OrderImport,
    RowReader,
    clean_cell,
    clean_cells,
    normalise_mobile,
    person_field,
    split_address,
)
from livehelper.domain.order_layouts import PARSERS, READS, lines_total_problem
from livehelper.domain.orders import Platform
from livehelper.domain.xlsx_rows import is_zip, read_xlsx_rows

__all__ = ["BEIJING", "GENERIC_HEADER", "PLATFORM_CHOICES", "Layout", "OrderImport", "clean_cell",
           "lines_total_problem", "normalise_mobile", "parse_orders", "person_field", "read_records",
           "split_address"]

PLATFORM_CHOICES = ("auto", "taobao", "taobao-items", "douyin", "generic")
GENERIC_HEADER = ("平台", "订单编号", "下单时间", "收件人", "手机号", "省", "市", "区", "详细地址", "商品", "规格",
                  "商家编码", "数量", "单价", "运费", "买家留言", "订单状态")

@dataclass(frozen=True)
class _Spec:
    layout: Layout
    platform: Platform
    kind: Message
    distinctive: tuple[str, ...]  # any of these in the header points to this layout
    required: tuple[str, ...]


_SPECS = (
    _Spec(Layout.DOUYIN, Platform.DOUYIN, Message("a Douyin (抖店) order export"),
          ("主订单编号", "子订单编号"),
          ("主订单编号", "子订单编号", "选购商品", "商品数量", "订单应付金额", "订单状态")),
    _Spec(Layout.TAOBAO_ITEMS, Platform.TAOBAO, Message("a Taobao order item list (ExportOrderDetailList)"),
          ("购买数量", "外部系统编号", "套餐信息"), ("订单编号", "标题", "价格", "购买数量")),
    _Spec(Layout.TAOBAO_ORDERS, Platform.TAOBAO, Message("a Taobao order list (ExportOrderList)"),
          ("买家会员名", "买家实际支付金额", "买家支付宝账号"), ("订单编号", "订单状态", "买家实际支付金额")),
    _Spec(Layout.TAOBAO_MASKED, Platform.TAOBAO, Message("a Taobao order export (masked buyer data)"),
          ("买家实付金额", "支付单号"), ("订单编号", "订单状态", "买家实付金额")),
    _Spec(Layout.GENERIC, Platform.GENERIC, Message("a LiveHelper order template"),
          ("收件人", "手机号"), ("订单编号", "收件人", "手机号", "详细地址", "商品", "数量", "单价")),
)
_FORCED = {
    "taobao": (Layout.TAOBAO_ORDERS, Layout.TAOBAO_MASKED),
    "taobao-items": (Layout.TAOBAO_ITEMS,),
    "douyin": (Layout.DOUYIN,),
    "generic": (Layout.GENERIC,),
}
_EXPECTED = {
    "auto": Message("an order export"),
    "taobao": Message("a Taobao order export"),
    "taobao-items": Message("a Taobao order item list (ExportOrderDetailList)"),
    "douyin": Message("a Douyin (抖店) order export"),
    "generic": Message("a LiveHelper order template"),
}

def _records(text: str, source: str) -> Iterator[list[str]]:
    """The CSV rows one by one (an export is read as it is parsed: its 44-column rows are not all kept)."""
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        yield from reader
    except csv.Error as error:
        if "field limit" in str(error):
            raise UnreadableFileError(Message(
                "{source} has a cell longer than {limit} characters (line {line}); it is not an order export",
                source=source, limit=csv.field_size_limit(), line=reader.line_num)) from None
        raise UnreadableFileError(Message(
            "{source} is not a well-formed CSV file (line {line})", source=source, line=reader.line_num)) from None


def _iter_records(data: bytes, source: str) -> Iterator[list[str]]:
    if is_zip(data):
        return iter(read_xlsx_rows(data, source))
    return _records(decode_text(data, source), source)


def read_records(data: bytes, source: str) -> list[list[str]]:
    """The rows of an order export as cell texts: CSV text, or the first worksheet of an .xlsx workbook (told
    apart by the bytes, never by the file name)."""
    return list(_iter_records(data, source))


def _header_row(records: Iterator[list[str]], source: str) -> tuple[int, list[str]]:
    """The first row that is not blank, and its index; the rows after it stay in `records`."""
    for index, cells in enumerate(records):
        if any(cell.strip() for cell in cells):
            return index, cells
    raise UnreadableFileError(Message("{source} is empty", source=source))


def _header_names(cells: list[str]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, cell in enumerate(cells):
        columns.setdefault(clean_cell(cell.replace("\ufeff", "")), index)
    columns.pop("", None)
    return columns


def _detect(columns: dict[str, int], header: list[str], source: str, platform: str) -> _Spec:
    spec = next((s for s in _SPECS if any(name in columns for name in s.distinctive)), None)
    expected = _EXPECTED[platform]
    if spec is None:
        kind = None
        if {"名称", "价格"} <= columns.keys() or {"商品名称", "价格"} <= columns.keys():
            kind = Message("a catalog file")
        elif {"订单编号", "物流公司", "运单号"} <= columns.keys():
            kind = Message("a batch-shipping file")
        if kind is not None:
            raise UnreadableFileError(Message(
                "{source} is {kind}, not {expected}", source=source, kind=kind, expected=expected))
        found = "、".join(clean_cell(cell)[:20] for cell in header[:8])
        raise UnreadableFileError(Message(
            "{source} is not {expected}: its header does not match a known layout (found: {found})",
            source=source, expected=expected, found=found))
    if platform != "auto" and spec.layout not in _FORCED[platform]:
        raise UnreadableFileError(Message(
            "{source} is {kind}, not {expected}", source=source, kind=spec.kind, expected=expected))
    missing = [name for name in spec.required if name not in columns]
    if missing:
        raise UnreadableFileError(Message(
            "{source} looks like {kind}, but column {columns} is missing",
            source=source, kind=spec.kind, columns="、".join(missing)))
    return spec


def parse_orders(data: bytes, source: str, platform: str = "auto") -> OrderImport:
    """Read an order export. Raises UnreadableFileError only; bad rows come back as `problems`."""
    if platform not in PLATFORM_CHOICES:
        raise ValueError(f"platform must be one of {PLATFORM_CHOICES}, not {platform!r}")
    records = _iter_records(data, source)
    start, header = _header_row(records, source)
    columns = _header_names(header)
    try:
        spec = _detect(columns, header, source, platform)
    except UnreadableFileError:
        for _ in records:  # a file that is not well-formed CSV further down is reported as that first
            pass
        raise
    result = OrderImport(source, spec.layout, spec.platform)
    needed = max(columns.values()) + 1  # up to the last named column: a shorter row was cut off
    names = tuple(name for name in columns if name in READS[spec.layout])  # the required ones at least
    pick = itemgetter(*(columns[name] for name in names))  # several names: it always gives a tuple
    seen: dict[str, int] = {}
    rows: list[RowReader] = []
    problems = result.problems
    for number, cells in enumerate(records, start + 2):
        # One string serves both checks: blank (the unit separator counts as white space) and repeated rows.
        key = "\x1f".join(cells)
        if not key.strip():
            continue
        result.rows += 1
        if len(cells) < needed:
            row = RowReader(number, {}, problems)
            missing = clean_cell(header[len(cells)]) or spec.required[0]
            row.problem(missing, Message(
                "the row ends early ({found} of {expected} cells); the file may be cut off",
                found=len(cells), expected=needed))
            continue
        first = seen.setdefault(key, number)
        row = RowReader(number, dict(zip(names, clean_cells(pick(cells)), strict=True)), problems)
        if first != number:
            row.problem(spec.required[0], Message("this row repeats row {row}", row=first))
            continue
        rows.append(row)
    PARSERS[spec.layout](rows, result)
    return result
