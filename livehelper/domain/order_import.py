"""Reading the platforms' order exports into normalised `Order` values.

The layout is recognised from the header row (never from the file name; header names may carry trailing
spaces) and columns are found by name, so reordered or extra columns do not matter. Layouts:

- ``taobao``: Taobao / 千牛 classic ``ExportOrderList`` (GBK, one row per order; goods only as 宝贝标题).
- ``taobao-masked``: Taobao's newer export without buyer name and phone and with a masked address.
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
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from enum import StrEnum

from livehelper.domain.csv_text import decode_text
from livehelper.domain.errors import RowProblem, UnreadableFileError, ValidationError
from livehelper.domain.messages import Message
from livehelper.domain.money import format_fen, parse_fen
from livehelper.domain.orders import Buyer, Order, OrderLine, Platform, is_closed
from livehelper.domain.product import parse_count

BEIJING = timezone(timedelta(hours=8), "Asia/Shanghai")
PLATFORM_CHOICES = ("auto", "taobao", "taobao-items", "douyin", "generic")
GENERIC_HEADER = ("平台", "订单编号", "下单时间", "收件人", "手机号", "省", "市", "区", "详细地址", "商品", "规格",
                  "商家编码", "数量", "单价", "运费", "买家留言", "订单状态")

_TIME_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M",
                 "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d", "%Y/%m/%d")
_ORDER_NO = re.compile(r"[0-9A-Za-z][0-9A-Za-z_\-./#]{0,63}")
_MOBILE = re.compile(r"1[3-9]\d{9}")
_EMPTY_WORDS = frozenset({"null", "NULL", "-", "--"})
_QUIRK_STARTS = frozenset("'=nN-")
_PLAIN_TIME = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?")
_POSTCODE = re.compile(r"\s*[(（]\s*\d{6}\s*[)）]\s*$")
_DISTRICT_ENDINGS = ("区", "县", "市", "旗")


class Layout(StrEnum):
    TAOBAO_ORDERS = "taobao"
    TAOBAO_MASKED = "taobao-masked"
    TAOBAO_ITEMS = "taobao-items"
    DOUYIN = "douyin"
    GENERIC = "generic"


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
_GENERIC_PLATFORMS = {"淘宝": Platform.TAOBAO, "天猫": Platform.TAOBAO, "taobao": Platform.TAOBAO,
                      "抖音": Platform.DOUYIN, "抖店": Platform.DOUYIN, "douyin": Platform.DOUYIN,
                      "快手": Platform.KUAISHOU, "kuaishou": Platform.KUAISHOU}


@dataclass
class OrderImport:
    """What one file holds. `orders` and `lines_by_order` hold only good rows; `problems` the bad ones."""

    source: str
    layout: Layout
    platform: Platform
    orders: list[Order] = field(default_factory=list)
    lines_by_order: dict[str, list[OrderLine]] = field(default_factory=dict)  # taobao-items only
    problems: list[RowProblem] = field(default_factory=list)
    rows: int = 0  # data rows read (blank rows not counted)

    @property
    def bad_rows(self) -> set[int]:
        return {problem.row for problem in self.problems}


def clean_cell(cell: str) -> str:
    """Remove export quirks: ="…" wrappers, a leading apostrophe or tab, null and - for empty."""
    if cell and cell[0] not in _QUIRK_STARTS and not cell[0].isspace() and not cell[-1].isspace():
        return cell  # the common case, kept cheap: a 50,000-row export has over a million cells
    text = cell.strip()
    if len(text) >= 3 and text.startswith('="') and text.endswith('"'):
        text = text[2:-1].strip()
    elif text.startswith("'"):
        text = text[1:].strip()
    return "" if text in _EMPTY_WORDS else text


def split_address(address: str) -> tuple[str, str, str, str]:
    """"浙江省 杭州市 西湖区 文三路100号 (310000)" -> (province, city, district, detail)."""
    parts = _POSTCODE.sub("", address).split()
    if len(parts) < 3:
        return "", "", "", " ".join(parts)
    province, city = parts[0], parts[1]
    if parts[2].endswith(_DISTRICT_ENDINGS) and len(parts) > 3:
        return province, city, parts[2], " ".join(parts[3:])
    return province, city, "", " ".join(parts[2:])


def person_field(text: str) -> tuple[str, bool]:
    """(value, hidden): Douyin ciphertext (##…, $$…) is never a name; masks like 王* or 138****5678 are flagged."""
    if text.startswith(("##", "$$")):
        return "", True
    return text, "*" in text


def normalise_mobile(text: str) -> str | None:
    """A mainland mobile number as 11 digits, or None. Accepts spaces, dashes and a +86 prefix."""
    digits = re.sub(r"[\s\-()]", "", text)
    if digits.startswith("+86"):
        digits = digits[3:]
    elif digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    return digits if _MOBILE.fullmatch(digits) else None


def lines_total_problem(order: Order, lines: list[OrderLine]) -> Message | None:
    """After joining Taobao details with the order list: do the lines add up to the goods amount?"""
    if order.goods_fen is None or not lines or any(line.unit_price_fen is None for line in lines):
        return None
    total = sum((line.unit_price_fen or 0) * line.qty for line in lines)
    if total == order.goods_fen:
        return None
    return Message("the items add up to {lines} but the order's goods amount is {goods}",
                   lines=format_fen(total), goods=format_fen(order.goods_fen))


class _Row:
    """Cells of one data row by column name, collecting problems instead of raising."""

    def __init__(self, number: int, cells: list[str], columns: dict[str, int], problems: list[RowProblem]) -> None:
        self.number = number
        self.cells = cells
        self.columns = columns
        self.problems = problems
        self.bad = False

    def problem(self, column: str, message: Message) -> None:
        self.bad = True
        self.problems.append(RowProblem(self.number, column, message))

    def text(self, name: str) -> str:
        index = self.columns.get(name)
        if index is None or index >= len(self.cells):
            return ""
        cell = self.cells[index]
        if cell and cell[0] not in _QUIRK_STARTS and not cell[0].isspace() and not cell[-1].isspace():
            return cell  # clean_cell's fast path, inlined: this runs for every cell read
        return clean_cell(cell)

    def required(self, name: str) -> str:
        value = self.text(name)
        if not value:
            self.problem(name, Message("this field is required"))
        return value

    def order_no(self, name: str) -> str:
        value = self.required(name)
        if value and not _ORDER_NO.fullmatch(value):
            self.problem(name, Message("'{value}' is not an order number", value=value[:40]))
        return value

    def money(self, name: str, required: bool = False) -> int | None:
        value = self.required(name) if required else self.text(name)
        if not value:
            return None
        try:
            return parse_fen(value, name)
        except ValidationError as error:
            self.problem(name, error.message)
            return None

    def count(self, name: str, required: bool = False) -> int | None:
        value = self.required(name) if required else self.text(name)
        if not value:
            return None
        try:
            number = parse_count(value, name)
        except ValidationError as error:
            self.problem(name, error.message)
            return None
        if number < 1 and required:
            self.problem(name, Message("the quantity must be at least 1"))
            return None
        return number

    def time(self, name: str) -> datetime | None:
        value = self.text(name)
        if not value:
            return None
        plain = _PLAIN_TIME.fullmatch(value)
        if plain and 2000 <= int(plain[1]) <= 2099:
            try:
                moment = datetime(*(int(part or 0) for part in plain.groups()), tzinfo=BEIJING)  # type: ignore[misc]
            except ValueError:
                pass
            else:
                return moment.astimezone(UTC)
        for pattern in _TIME_FORMATS:
            try:
                moment = datetime.strptime(value, pattern)
            except ValueError:
                continue
            if 2000 <= moment.year <= 2099:
                return moment.replace(tzinfo=BEIJING).astimezone(UTC)
            break
        self.problem(name, Message("'{value}' is not a date and time (expected e.g. 2026-11-20 20:31:05)",
                                   value=value[:40]))
        return None


def _records(text: str, source: str) -> list[list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""))
    records: list[list[str]] = []
    try:
        for cells in reader:
            records.append(cells)
    except csv.Error as error:
        if "field limit" in str(error):
            raise UnreadableFileError(Message(
                "{source} has a cell longer than {limit} characters (line {line}); it is not an order export",
                source=source, limit=csv.field_size_limit(), line=reader.line_num)) from None
        raise UnreadableFileError(Message(
            "{source} is not a well-formed CSV file (line {line})", source=source, line=reader.line_num)) from None
    return records


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
    records = _records(decode_text(data, source), source)
    start = next((i for i, cells in enumerate(records) if any(cell.strip() for cell in cells)), None)
    if start is None:
        raise UnreadableFileError(Message("{source} is empty", source=source))
    header = records[start]
    columns = _header_names(header)
    spec = _detect(columns, header, source, platform)
    result = OrderImport(source, spec.layout, spec.platform)
    needed = max(columns.values()) + 1  # up to the last named column: a shorter row was cut off
    seen: dict[tuple[str, ...], int] = {}
    rows: list[_Row] = []
    for index in range(start + 1, len(records)):
        cells = records[index]
        if not any(cell.strip() for cell in cells):
            continue
        result.rows += 1
        row = _Row(index + 1, cells, columns, result.problems)
        if len(cells) < needed:
            missing = clean_cell(header[len(cells)]) or spec.required[0]
            row.problem(missing, Message(
                "the row ends early ({found} of {expected} cells); the file may be cut off",
                found=len(cells), expected=needed))
            continue
        key = tuple(cells)
        first = seen.setdefault(key, row.number)
        if first != row.number:
            row.problem(spec.required[0], Message("this row repeats row {row}", row=first))
            continue
        rows.append(row)
    _PARSERS[spec.layout](rows, result)
    return result


def _taobao_orders(rows: list[_Row], result: OrderImport) -> None:
    masked = result.layout is Layout.TAOBAO_MASKED
    paid_column = "买家实付金额" if masked else "买家实际支付金额"
    first_row: dict[str, int] = {}
    for row in rows:
        order_no = row.order_no("订单编号")
        status = row.required("订单状态")
        goods = row.money("买家应付货款")
        shipping = row.money("买家应付邮费")
        total = row.money("总金额")
        paid = row.money(paid_column, required=True)
        if paid is not None and total is not None and paid > total:
            row.problem(paid_column, Message("the amount paid {paid} is more than the order total {total}",
                                             paid=format_fen(paid), total=format_fen(total)))
        address = row.text("修改后的收货地址") or row.text("收货地址")
        province, city, district, detail = split_address(address)
        if masked:
            buyer = Buyer(address=detail, province=province, city=city, district=district,
                          name_hidden=True, phone_hidden=True, address_hidden=True)
        else:
            name, name_hidden = person_field(row.text("收货人姓名"))
            phone, phone_hidden = person_field(row.text("联系手机") or row.text("联系电话"))
            buyer = Buyer(name, phone, detail, province, city, district, name_hidden, phone_hidden, "*" in address)
        created, paid_at = row.time("订单创建时间"), row.time("订单付款时间")
        item_count = row.count("宝贝总数量")
        if order_no and not row.bad:
            first = first_row.setdefault(order_no, row.number)
            if first != row.number:
                row.problem("订单编号", Message("order {order_no} already appears in row {row}",
                                              order_no=order_no, row=first))
        if row.bad:
            continue
        result.orders.append(Order(
            Platform.TAOBAO, order_no, status, paid, shipping or 0, goods, buyer,
            buyer_note=row.text("买家留言"), seller_note=row.text("商家备注" if masked else "订单备注"),
            created_at=created, paid_at=paid_at, title_summary=row.text("商品标题" if masked else "宝贝标题"),
            item_count=item_count, row=row.number))


def _taobao_items(rows: list[_Row], result: OrderImport) -> None:
    for row in rows:
        order_no = row.order_no("订单编号")
        title = row.required("标题")
        price = row.money("价格", required=True)
        qty = row.count("购买数量", required=True)
        if row.bad or qty is None:
            continue
        sku = " ".join(part for part in (row.text("商品属性"), row.text("套餐信息")) if part)
        result.lines_by_order.setdefault(order_no, []).append(OrderLine(
            title, qty, price, row.text("商家编码") or row.text("外部系统编号"), sku,
            status=row.text("订单状态"), row=row.number))


def _douyin(rows: list[_Row], result: OrderImport) -> None:
    groups: dict[str, tuple[_Row, list[OrderLine], list[int]]] = {}
    sub_orders: dict[str, int] = {}
    for row in rows:
        main_no = row.order_no("主订单编号")
        sub_no = row.order_no("子订单编号")
        title = row.required("选购商品")
        qty = row.count("商品数量", required=True)
        unit = row.money("商品单价")
        amount = row.money("订单应付金额", required=True)
        shipping = row.money("运费") or 0
        row.time("订单提交时间")
        row.time("支付完成时间")
        if unit is not None and qty is not None and amount is not None and amount > unit * qty + shipping:
            row.problem("订单应付金额", Message(
                "the amount {amount} is more than {qty} × {price} plus shipping {shipping}", amount=format_fen(amount),
                qty=qty, price=format_fen(unit), shipping=format_fen(shipping)))
        if sub_no and not row.bad:
            first = sub_orders.setdefault(sub_no, row.number)
            if first != row.number:
                row.problem("子订单编号", Message("sub-order {order_no} already appears in row {row}",
                                               order_no=sub_no, row=first))
        if row.bad or qty is None:
            continue
        line = OrderLine(title, qty, unit, row.text("商家编码"), row.text("商品规格"), sub_no,
                         row.text("订单状态"), row.text("售后状态"), amount, row.number)
        group = groups.setdefault(main_no, (row, [], []))
        group[1].append(line)
        group[2].append(shipping)
    for main_no, (first, lines, shippings) in groups.items():
        open_lines = [line for line in lines if not is_closed(Platform.DOUYIN, line.status, line.after_sale)]
        status = (open_lines or lines)[0].status
        name, name_hidden = person_field(first.text("收件人"))
        phone, phone_hidden = person_field(first.text("收件人手机号"))
        address, address_hidden = person_field(first.text("详细地址"))
        province, city, district = first.text("省"), first.text("市"), first.text("区")
        if not province and address:
            province, city, district, address = split_address(address)
        street = first.text("街道")
        if street and not address.startswith(street):
            address = f"{street} {address}".strip()
        buyer = Buyer(name, phone, address, province, city, district, name_hidden, phone_hidden, address_hidden)
        result.orders.append(Order(
            Platform.DOUYIN, main_no, status, sum(line.amount_fen or 0 for line in lines), max(shippings),
            buyer=buyer, buyer_note=first.text("买家留言"), seller_note=first.text("商家备注"),
            created_at=first.time("订单提交时间"), paid_at=first.time("支付完成时间"), lines=tuple(lines),
            after_sale=next((line.after_sale for line in lines if line.after_sale), ""), row=first.number))


def _generic(rows: list[_Row], result: OrderImport) -> None:
    groups: dict[str, tuple[_Row, Buyer, int, list[OrderLine]]] = {}
    for row in rows:
        order_no = row.order_no("订单编号")
        title = row.required("商品")
        qty = row.count("数量", required=True)
        unit = row.money("单价", required=True)
        shipping = row.money("运费")
        row.time("下单时间")
        group = groups.get(order_no)
        name, phone, address = row.text("收件人"), row.text("手机号"), row.text("详细地址")
        if group is None:
            name, phone, address = row.required("收件人"), row.required("手机号"), row.required("详细地址")
        elif not row.bad:
            first, _, first_shipping, _ = group
            for column, value in (("收件人", name), ("手机号", phone), ("详细地址", address)):
                earlier = first.text(column)
                if value and value != earlier:
                    row.problem(column, Message("differs from row {row} of the same order ('{value}' there)",
                                                row=first.number, value=earlier[:40]))
            if shipping and shipping != first_shipping:
                row.problem("运费", Message("differs from row {row} of the same order ('{value}' there)",
                                          row=first.number, value=format_fen(first_shipping)))
        mobile = normalise_mobile(phone) if phone else None
        if phone and mobile is None:
            row.problem("手机号", Message(
                "'{value}' is not a mainland mobile number (11 digits starting with 13 to 19)", value=phone[:40]))
        if row.bad or qty is None or unit is None:
            continue
        line = OrderLine(title, qty, unit, row.text("商家编码"), row.text("规格"), row=row.number)
        if group is None:
            buyer = Buyer(name, mobile or "", address, row.text("省"), row.text("市"), row.text("区"))
            groups[order_no] = (row, buyer, shipping or 0, [line])
        else:
            group[3].append(line)
    for order_no, (first, buyer, shipping, lines) in groups.items():
        channel = first.text("平台")
        platform = _GENERIC_PLATFORMS.get(channel.lower(), Platform.GENERIC)
        paid = sum((line.unit_price_fen or 0) * line.qty for line in lines) + shipping
        result.orders.append(Order(
            platform, order_no, first.text("订单状态"), paid, shipping, paid - shipping, buyer,
            buyer_note=first.text("买家留言"), created_at=first.time("下单时间"), lines=tuple(lines),
            channel=channel, row=first.number))


_PARSERS: dict[Layout, Callable[[list[_Row], OrderImport], None]] = {
    Layout.TAOBAO_ORDERS: _taobao_orders,
    Layout.TAOBAO_MASKED: _taobao_orders,
    Layout.TAOBAO_ITEMS: _taobao_items,
    Layout.DOUYIN: _douyin,
    Layout.GENERIC: _generic,
}
