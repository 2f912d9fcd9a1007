"""Reading the platforms' order exports into normalised `Order` values.

The layout is recognised from the header row (never from the file name; header names may carry trailing
spaces or full-width brackets) and columns are found by name, so reordered or extra columns do not matter.
The layouts are tables in `order_tables` (Taobao order lists of 44, 67 and 71 columns, the masked Taobao
export, both Taobao item lists, 抖店, 快手, 拼多多, 微信小店/视频号, 有赞 and our generic template). Detection
scores each layout by how many of its distinctive columns the header has and takes the clear best; one
shared column name never decides (today's Taobao list ends in 主订单编号, a 抖店 column). `--platform`
chooses the layout instead, as long as the file has the columns it needs.

CSV comes as UTF-8 (with or without BOM) or GBK; workbooks (.xlsx, .xls, password-protected) are read
sheet by sheet (`workbooks`): every sheet whose header is an order layout is imported, item sheets are
joined to their orders, and the other sheets are named in `skipped_sheets`.

The generic template, for WeChat, phone and other orders, one row per product line; rows with the same
订单编号 form one order (order-level cells may be left empty on the following rows). Header::

      平台,订单编号,下单时间,收件人,手机号,省,市,区,详细地址,商品,规格,商家编码,数量,单价,运费,买家留言,订单状态

  Required: 订单编号, 收件人, 手机号, 详细地址, 商品, 数量, 单价. 平台 is free text (微信, 电话, 快手 …); a
  platform's name there files the order under that platform. 单价 and 运费 are in yuan ("12.80", "¥12.8").
  订单状态 empty means paid and waiting for shipment. 手机号: a mobile, masked, virtual (with its extension)
  or landline number (`phones`).

Export quirks are removed from every cell: ``="…"`` wrappers, one leading apostrophe, surrounding tabs and
spaces, and the placeholders ``null`` and ``-`` for empty. Cells that look like spreadsheet formulas are
kept as plain text (exports written by LiveHelper neutralise them again). An order number Excel rounded
(3.91235E+18) is refused for its row, with the reason.

Bad rows become `RowProblem`s (spreadsheet row number, Chinese column name, reason) and are left out; good
rows are still returned, so the caller decides between all-or-nothing and ``--skip-bad``. A file that is
not an order export of the expected kind raises `UnreadableFileError` naming what was found.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from operator import itemgetter

from livehelper.domain.csv_text import decode_text
from livehelper.domain.errors import RowProblem, UnreadableFileError
from livehelper.domain.messages import Message
from livehelper.domain.order_cells import (
    BEIJING,
    Layout,
    OrderImport,
    clean_cell,
    clean_column,
    normalise_mobile,
    person_field,
    split_address,
)
from livehelper.domain.order_layouts import READS, SHAPE_READERS, Columns, lines_total_problem
from livehelper.domain.order_sheet import Sheet
from livehelper.domain.order_tables import BY_LAYOUT, NO_ITEMS_TAOBAO, PLATFORM_CHOICES, TABLES, LayoutTable, Shape
from livehelper.domain.workbooks import is_workbook, read_sheets

__all__ = ["BEIJING", "GENERIC_HEADER", "PLATFORM_CHOICES", "Layout", "OrderImport", "clean_cell",
           "lines_total_problem", "normalise_mobile", "parse_orders", "person_field", "read_records",
           "split_address"]

GENERIC_HEADER = ("平台", "订单编号", "下单时间", "收件人", "手机号", "省", "市", "区", "详细地址", "商品", "规格",
                  "商家编码", "数量", "单价", "运费", "买家留言", "订单状态")
MIN_DISTINCTIVE = 2  # one shared column name never decides
MIN_SCORE = 0.25  # below this share of a layout's distinctive columns, a header only resembles it

_EXPECTED = {
    "auto": Message("an order export"),
    "taobao": Message("a Taobao order export"),
    "taobao-items": BY_LAYOUT[Layout.TAOBAO_ITEMS].kind,
    "douyin": BY_LAYOUT[Layout.DOUYIN].kind,
    "kuaishou": BY_LAYOUT[Layout.KUAISHOU].kind,
    "pinduoduo": BY_LAYOUT[Layout.PINDUODUO].kind,
    "channels": BY_LAYOUT[Layout.CHANNELS].kind,
    "youzan": BY_LAYOUT[Layout.YOUZAN].kind,
    "generic": BY_LAYOUT[Layout.GENERIC].kind,
}
Worksheet = tuple[str, Iterator[list[str]]]


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


def _sheets(data: bytes, source: str, password: str | None) -> list[Worksheet]:
    if is_workbook(data):
        return [(name, iter(rows)) for name, rows in read_sheets(data, source, password)]
    return [("", _records(decode_text(data, source), source))]


def read_records(data: bytes, source: str, password: str | None = None, sheet: str = "") -> list[list[str]]:
    """The rows of an order export as cell texts: CSV text, or a worksheet of a workbook (`sheet`, else the
    first; told apart by the bytes, never by the file name)."""
    sheets = _sheets(data, source, password)
    return list(next((rows for name, rows in sheets if sheet and name == sheet), sheets[0][1]))


def _header_row(records: Iterator[list[str]], source: str) -> tuple[int, list[str]]:
    """The first row that is not blank, and its index; the rows after it stay in `records`."""
    for index, cells in enumerate(records):
        if any(cell.strip() for cell in cells):
            return index, cells
    raise UnreadableFileError(Message("{source} is empty", source=source))


def _header_names(cells: list[str]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, cell in enumerate(cells):
        name = clean_cell(cell.replace("\ufeff", ""))
        if not name.isascii():
            name = unicodedata.normalize("NFKC", name).replace("\n", "")  # （元） as (元)
        columns.setdefault(name, index)
    columns.pop("", None)
    return columns


def _missing(table: LayoutTable, columns: dict[str, int]) -> list[str]:
    return [table.roles[role][0] for role in table.required if not any(name in columns for name in table.roles[role])]


def _ranked(columns: dict[str, int]) -> list[tuple[float, int, LayoutTable]]:
    """Every layout with the share and number of its distinctive columns the header has, best first."""
    scores = []
    for table in TABLES:
        present = sum(1 for name in table.distinctive if name in columns)
        scores.append((present / len(table.distinctive), present, table))
    return sorted(scores, key=lambda score: score[:2], reverse=True)


def _not_a_layout(columns: dict[str, int], header: list[str], source: str, expected: Message) -> UnreadableFileError:
    kind = None
    if {"名称", "价格"} <= columns.keys() or {"商品名称", "价格"} <= columns.keys():
        kind = Message("a catalog file")
    elif {"订单编号", "物流公司", "运单号"} <= columns.keys() or {"订单号", "快递公司", "快递单号"} == columns.keys():
        kind = Message("a batch-shipping file")
    if kind is not None:
        return UnreadableFileError(Message(
            "{source} is {kind}, not {expected}", source=source, kind=kind, expected=expected))
    found = "、".join(clean_cell(cell)[:20] for cell in header[:8])
    return UnreadableFileError(Message(
        "{source} is not {expected}: its header does not match a known layout (found: {found})",
        source=source, expected=expected, found=found))


def _detect(columns: dict[str, int], header: list[str], source: str, platform: str) -> LayoutTable:
    ranked = _ranked(columns)
    expected = _EXPECTED[platform]
    score, present, best = ranked[0]
    clear = present >= MIN_DISTINCTIVE and (score >= MIN_SCORE or not _missing(best, columns))
    if platform != "auto":
        chosen = [table for _, _, table in ranked if platform in table.forced_by]
        for table in chosen:
            if not _missing(table, columns):
                return table
        if clear and platform not in best.forced_by:
            raise UnreadableFileError(Message(
                "{source} is {kind}, not {expected}", source=source, kind=best.kind, expected=expected))
        raise UnreadableFileError(Message(
            "{source} is not {expected}: column {columns} is missing", source=source, expected=expected,
            columns="、".join(_missing(chosen[0], columns))))
    if present < MIN_DISTINCTIVE:
        raise _not_a_layout(columns, header, source, expected)
    if not clear:
        absent = _missing(best, columns) or sorted(name for name in best.distinctive if name not in columns)[:6]
        raise UnreadableFileError(Message(
            "{source} resembles {kind}, but columns {columns} are missing; export the orders again with every "
            "column, or choose the platform", source=source, kind=best.kind, columns="、".join(absent)))
    missing = _missing(best, columns)
    if missing:
        raise UnreadableFileError(Message(
            "{source} looks like {kind}, but column {columns} is missing",
            source=source, kind=best.kind, columns="、".join(missing)))
    return best


def _read(records: Iterator[list[str]], start: int, header: list[str], columns: dict[str, int],
          table: LayoutTable, result: OrderImport) -> None:
    needed = max(columns.values()) + 1  # up to the last named column: a shorter row was cut off
    names = tuple(name for name in columns if name in READS[table.layout])  # the required ones at least
    pick = itemgetter(*(columns[name] for name in names))
    seen: dict[str, int] = {}
    numbers: list[int] = []
    picked: list[object] = []  # the cells of the read columns of each row (the others are not kept)
    problems = result.problems
    reading = Columns(table, columns)
    first_column = reading.name(table.required[0])
    for number, cells in enumerate(records, start + 2):
        # One string serves both checks: blank (the unit separator counts as white space) and repeated rows.
        key = "\x1f".join(cells)
        if not key or key.isspace():  # = not key.strip(), without copying the row's text
            continue
        result.rows += 1
        if len(cells) < needed:
            problems.append(RowProblem(number, clean_cell(header[len(cells)]) or first_column, Message(
                "the row ends early ({found} of {expected} cells); the file may be cut off",
                found=len(cells), expected=needed)))
            continue
        first = seen.setdefault(key, number)
        if first != number:
            problems.append(RowProblem(number, first_column, Message("this row repeats row {row}", row=first)))
            continue
        numbers.append(number)
        picked.append(pick(cells))
    by_column = [picked] if len(names) == 1 else list(zip(*picked, strict=True)) or [()] * len(names)
    sheet = Sheet(numbers, {name: clean_column(cells) for name, cells in zip(names, by_column, strict=True)})
    SHAPE_READERS[table.shape](sheet, result, reading)
    sheet.flush(problems)
    if table.shape in (Shape.ORDERS, Shape.LINES):
        result.notes.extend(reading.missing_notes())


def _drain(records: Iterator[list[str]]) -> None:
    """A file that is not well-formed CSV further down is reported as that first."""
    for _ in records:
        pass


def _parse_sheet(records: Iterator[list[str]], source: str, platform: str) -> OrderImport:
    start, header = _header_row(records, source)
    columns = _header_names(header)
    try:
        table = _detect(columns, header, source, platform)
    except UnreadableFileError:
        _drain(records)
        raise
    result = OrderImport(source, table.layout, table.platform)
    _read(records, start, header, columns, table, result)
    return result


def parse_orders(data: bytes, source: str, platform: str = "auto", password: str | None = None) -> OrderImport:
    """Read an order export. Raises UnreadableFileError only; bad rows come back as `problems`."""
    if platform not in PLATFORM_CHOICES:
        raise ValueError(f"platform must be one of {PLATFORM_CHOICES}, not {platform!r}")
    sheets = _sheets(data, source, password)
    if len(sheets) == 1:
        return _parse_sheet(sheets[0][1], source, platform)
    return _parse_workbook(sheets, source, platform)


def _parse_workbook(sheets: list[Worksheet], source: str, platform: str) -> OrderImport:
    """Several worksheets (千牛's 订单报表 / 销售明细 / 发货报表): the order sheets of one layout together, item
    sheets joined to their orders, every other sheet named as skipped."""
    parsed: list[tuple[str, OrderImport]] = []
    skipped: list[str] = []
    first_error: UnreadableFileError | None = None
    for name, records in sheets:
        try:
            result = _parse_sheet(records, f"{source} [{name}]", "auto")
        except UnreadableFileError as error:
            first_error = first_error or error
            skipped.append(name)
            continue
        parsed.append((name, result))
    if platform != "auto":
        wanted = {table.platform for table in TABLES if platform in table.forced_by}
        skipped += [name for name, result in parsed if result.platform not in wanted]
        parsed = [(name, result) for name, result in parsed if result.platform in wanted]
    orders = [(name, result) for name, result in parsed if result.layout is not Layout.TAOBAO_ITEMS]
    if orders:
        layout = orders[0][1].layout
        skipped += [name for name, result in orders if result.layout is not layout]
        orders = [(name, result) for name, result in orders if result.layout is layout]
    items = [(name, result) for name, result in parsed if result.layout is Layout.TAOBAO_ITEMS]
    if not orders and not items:
        if platform != "auto":
            raise UnreadableFileError(Message(
                "{source} has no worksheet that is {expected}", source=source, expected=_EXPECTED[platform]))
        assert first_error is not None
        raise first_error
    head = (orders or items)[0][1]
    combined = OrderImport(source, head.layout, head.platform, skipped_sheets=skipped)
    for name, result in orders + items:
        combined.rows += result.rows
        combined.problems.extend(replace(problem, sheet=name) for problem in result.problems)
        combined.orders.extend(result.orders)
        for order_no, lines in result.lines_by_order.items():
            combined.lines_by_order.setdefault(order_no, []).extend(lines)
    for _, result in orders:
        combined.notes.extend(note for note in result.notes if note not in combined.notes)
    if orders and items:
        joined = [replace(order, lines=tuple(combined.lines_by_order.pop(order.order_no)))
                  if order.order_no in combined.lines_by_order and not order.lines else order
                  for order in combined.orders]
        combined.orders = joined
        combined.notes = [note for note in combined.notes if note != NO_ITEMS_TAOBAO]
    return combined

