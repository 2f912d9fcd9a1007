"""One reader per shape of order export (see `order_tables`): rows in, `Order` values (or row problems) out.

The readers know shapes, never platforms: which column holds what comes from the layout's table, resolved
once against the file's header (`Columns`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime

from livehelper.domain.messages import Message
from livehelper.domain.money import format_fen
from livehelper.domain.order_cells import Layout, OrderImport, RowReader, person_field, split_address
from livehelper.domain.order_sheet import Sheet
from livehelper.domain.order_tables import BY_LAYOUT, NO_ADDRESS, LayoutTable, Quirk, Shape
from livehelper.domain.orders import (
    Buyer,
    Order,
    OrderLine,
    Platform,
    build_buyer,
    build_line,
    build_order,
    is_closed,
)
from livehelper.domain.phones import parse_phone

_GENERIC_PLATFORMS = {"淘宝": Platform.TAOBAO, "天猫": Platform.TAOBAO, "taobao": Platform.TAOBAO,
                      "抖音": Platform.DOUYIN, "抖店": Platform.DOUYIN, "douyin": Platform.DOUYIN,
                      "快手": Platform.KUAISHOU, "kuaishou": Platform.KUAISHOU,
                      "拼多多": Platform.PINDUODUO, "pinduoduo": Platform.PINDUODUO,
                      "视频号": Platform.CHANNELS, "微信小店": Platform.CHANNELS, "channels": Platform.CHANNELS,
                      "有赞": Platform.YOUZAN, "youzan": Platform.YOUZAN}
_ADDRESS_ROLES = ("address", "province", "city", "district", "street")


def lines_total_problem(order: Order, lines: list[OrderLine]) -> Message | None:
    """After joining Taobao details with the order list: do the lines add up to the goods amount?"""
    if order.goods_fen is None or not lines or any(line.unit_price_fen is None for line in lines):
        return None
    total = sum((line.unit_price_fen or 0) * line.qty for line in lines)
    if total == order.goods_fen:
        return None
    return Message("the items add up to {lines} but the order's goods amount is {goods}",
                   lines=format_fen(total), goods=format_fen(order.goods_fen))


class Columns:
    """A layout table's roles resolved against one file's header: for each role, the columns the file has."""

    def __init__(self, table: LayoutTable, header: Iterable[str]) -> None:
        names = set(header)
        self.table = table
        self.of = {role: tuple(name for name in columns if name in names) for role, columns in table.roles.items()}

    def has(self, role: str) -> bool:
        return bool(self.of.get(role))

    def name(self, role: str) -> str:
        """The first column of `role` the file has (for required roles and problems), else ""."""
        found = self.of.get(role, ())
        return found[0] if found else ""

    def pick(self, row: RowReader, role: str) -> str:
        """The column of `role` that has a value in this row (the first one the file has otherwise)."""
        found = self.of.get(role, ())
        if len(found) > 1:
            for name in found:
                if row.values.get(name):
                    return name
        return found[0] if found else ""

    def text(self, row: RowReader, role: str) -> str:
        return row.text(self.pick(row, role))

    def getter(self, role: str) -> Callable[[RowReader], str]:
        """`text` for one role, resolved once: a 50,000-row export reads each role 50,000 times."""
        found = self.of.get(role, ())
        if not found:
            return lambda row: ""
        if len(found) == 1:
            name = found[0]
            return lambda row: row.values.get(name, "")
        def first(row: RowReader) -> str:
            values = row.values
            for name in found:
                value = values.get(name)
                if value:
                    return value
            return ""

        return first

    def values(self, sheet: Sheet, role: str) -> Sequence[str]:
        """`getter` column by column: per row of `sheet`, the first column of `role` that has a value."""
        return sheet.first_filled(self.of.get(role, ()))

    def missing_notes(self) -> list[Message]:
        notes = list(self.table.missing)
        if not any(self.has(role) for role in _ADDRESS_ROLES):
            notes.append(NO_ADDRESS)
        return notes


def _phone(text: str) -> tuple[str, bool]:
    """A platform's phone cell in its stored form and whether it is hidden; an unknown shape is kept as it is."""
    if not text:
        return "", False
    if text.startswith(("##", "$$")):  # 抖店's ciphertext, as parse_phone reads it (no Phone made per row)
        return "", True
    phone = parse_phone(text)
    if phone is None:
        return person_field(text)
    return phone.text, phone.hidden


def _without_regions(address: str, *regions: str) -> str:
    """The detail of an address that repeats its province, city and district at the start (快手's 收货地址)."""
    for region in regions:
        if region and address.startswith(region):
            address = address[len(region):].lstrip()
    return address


def buyer_reader(sheet: Sheet, columns: Columns, hidden: bool = False) -> Callable[[int], Buyer]:
    """The recipient of the sheet's row `index`, with the layout's columns resolved once."""
    address_of, street_of = columns.values(sheet, "address"), columns.values(sheet, "street")
    province_of, city_of = columns.values(sheet, "province"), columns.values(sheet, "city")
    district_of, name_of, phone_of = (columns.values(sheet, role) for role in ("district", "name", "phone"))

    def read(index: int) -> Buyer:
        address, address_hidden = person_field(address_of[index])
        province, city, district = province_of[index], city_of[index], district_of[index]
        if address and (province or city):
            address = _without_regions(address, province, city, district)
        elif address:
            province, city, district, address = split_address(address)
        street = street_of[index]
        if street and not address.startswith(street):
            address = f"{street} {address}".strip()
        if hidden:
            return build_buyer("", "", address, province, city, district, True, True, True)
        name, name_hidden = person_field(name_of[index])
        phone, phone_hidden = _phone(phone_of[index])
        return build_buyer(name, phone, address, province, city, district, name_hidden, phone_hidden, address_hidden)

    return read


def _orders(sheet: Sheet, result: OrderImport, columns: Columns) -> None:
    """One row per order; the goods only as a title text (Taobao's order list, 有赞). Read column by column."""
    table = columns.table
    order_column, status_column, paid_column = columns.name("order_no"), columns.name("status"), columns.name("paid")
    goods_column, shipping_column, total_column = columns.name("goods"), columns.name("shipping"), columns.name("total")
    order_nos, statuses = sheet.order_no(order_column), sheet.required(status_column)
    goods, shipping = sheet.money(goods_column), sheet.money(shipping_column)
    totals, paid = sheet.money(total_column), sheet.money(paid_column, required=True)
    check = sheet.check()
    for index, (paid_fen, total) in enumerate(zip(paid, totals, strict=True)):
        if paid_fen is not None and total is not None and paid_fen > total:
            sheet.problem(index, paid_column, Message("the amount paid {paid} is more than the order total {total}",
                                                      paid=format_fen(paid_fen), total=format_fen(total)), check)
    created, paid_at = sheet.time(columns.name("created")), sheet.time(columns.name("paid_at"))
    item_counts = sheet.count(columns.name("item_count"))
    buyer_of = buyer_reader(sheet, columns, Quirk.BUYER_HIDDEN in table.quirks)
    buyer_notes, seller_notes = columns.values(sheet, "buyer_note"), columns.values(sheet, "seller_note")
    titles = columns.values(sheet, "title_summary")
    check, bad, numbers = sheet.check(), sheet.bad, sheet.numbers
    first_row: dict[str, int] = {}
    for index, order_no in enumerate(order_nos):
        if order_no and not bad[index]:
            first = first_row.setdefault(order_no, numbers[index])
            if first != numbers[index]:
                sheet.problem(index, order_column, Message("order {order_no} already appears in row {row}",
                                                           order_no=order_no, row=first), check)
        if bad[index]:
            continue
        result.orders.append(build_order(
            table.platform, order_no, statuses[index], paid[index], shipping[index] or 0, goods[index],
            buyer_of(index), buyer_notes[index], seller_notes[index], created[index], paid_at[index], (),
            titles[index], item_counts[index], "", "", numbers[index]))


def _items(rows: list[RowReader], result: OrderImport, columns: Columns) -> None:
    """Taobao's item list: lines by order number, joined with the order list later."""
    order_column, sub_column = columns.name("order_no"), columns.name("sub_order_no")
    title_column, price_column, qty_column = columns.name("title"), columns.name("unit_price"), columns.name("qty")
    for row in rows:
        order_no = row.order_no(columns.pick(row, "order_no") or order_column)
        title = row.required(title_column)
        price = row.money(price_column, required=True)
        qty = row.count(qty_column, required=True)
        sub_no = row.text(sub_column)
        if row.bad or qty is None:
            continue
        sku = " ".join(part for part in (columns.text(row, "sku"), columns.text(row, "sku_extra")) if part)
        result.lines_by_order.setdefault(order_no, []).append(OrderLine(
            title, qty, price, columns.text(row, "merchant_code"), sku, sub_no,
            status=columns.text(row, "status"), row=row.number))


def _unit_prices(sheet: Sheet, columns: Columns, qtys: list[int | None]) -> list[int | None]:
    """The unit price of each line; 拼多多 has none: there it is the line's goods total ÷ quantity, when it divides."""
    unit_column, goods_column = columns.name("unit_price"), columns.name("line_goods")
    units = sheet.money(unit_column) if unit_column else [None] * sheet.size
    wanted = [index for index, (unit, qty) in enumerate(zip(units, qtys, strict=True)) if unit is None and qty]
    if goods_column and wanted:
        line_goods = sheet.money(goods_column, rows=wanted)
        for index in wanted:
            goods, qty = line_goods[index], qtys[index]
            units[index] = goods // qty if goods is not None and qty and goods % qty == 0 else None
    return units


def _lines(sheet: Sheet, result: OrderImport, columns: Columns) -> None:
    """One row per product line, grouped by order number (抖店's 子订单, 快手, 拼多多, 视频号). A 50,000-row export
    passes through here: read column by column, each check once over a column (see `order_sheet`)."""
    table = columns.table
    per_order = Quirk.AMOUNT_PER_ORDER in table.quirks
    order_column, sub_column = columns.name("order_no"), columns.name("sub_order_no")
    paid_column, shipping_column = columns.name("line_paid"), columns.name("shipping")
    order_nos = sheet.order_no(order_column)
    sub_nos = sheet.order_no(sub_column) if sub_column else sheet.column("")
    titles = sheet.required(columns.name("title"))
    qtys = sheet.count(columns.name("qty"), required=True)
    units = _unit_prices(sheet, columns, qtys)
    amounts = sheet.money(paid_column, required=True)
    shippings = [fen or 0 for fen in sheet.money(shipping_column)]
    created, paid_at = sheet.time(columns.name("created")), sheet.time(columns.name("paid_at"))
    codes, skus = columns.values(sheet, "merchant_code"), columns.values(sheet, "sku")
    statuses, after_sales = columns.values(sheet, "status"), columns.values(sheet, "after_sale")
    amount_check, sub_check, bad, numbers = sheet.check(), sheet.check(), sheet.bad, sheet.numbers
    sub_orders: dict[str, int] = {}
    groups: dict[str, tuple[int, list[OrderLine], list[int]]] = {}
    for index, (unit, qty, amount, shipping) in enumerate(zip(units, qtys, amounts, shippings, strict=True)):
        # The last checks need the row's earlier ones (and the rows before it): one pass, row by row.
        if (not per_order and unit is not None and qty is not None and amount is not None
                and amount > unit * qty + shipping):
            sheet.problem(index, paid_column, Message(
                "the amount {amount} is more than {qty} × {price} plus shipping {shipping}", amount=format_fen(amount),
                qty=qty, price=format_fen(unit), shipping=format_fen(shipping)), amount_check)
        sub_no = sub_nos[index]
        if sub_no and not bad[index]:
            first = sub_orders.setdefault(sub_no, numbers[index])
            if first != numbers[index]:
                sheet.problem(index, sub_column, Message("sub-order {order_no} already appears in row {row}",
                                                         order_no=sub_no, row=first), sub_check)
        if bad[index] or qty is None:
            continue
        line = build_line(titles[index], qty, unit, codes[index], skus[index], sub_no, statuses[index],
                          after_sales[index], None if per_order else amount, numbers[index])
        group = groups.get(order_nos[index])
        if group is None:
            groups[order_nos[index]] = (index, [line], [(amount or 0) if per_order else shipping])
        else:
            group[1].append(line)
            group[2].append((amount or 0) if per_order else shipping)
    _group_orders(sheet, result, columns, groups, (shippings, created, paid_at))


def _group_orders(sheet: Sheet, result: OrderImport, columns: Columns,
                  groups: dict[str, tuple[int, list[OrderLine], list[int]]],
                  by_row: tuple[list[int], list[datetime | None], list[datetime | None]]) -> None:
    """One order of each group of lines; its buyer, notes and times from the group's first row."""
    table = columns.table
    per_order = Quirk.AMOUNT_PER_ORDER in table.quirks
    shippings, created, paid_at = by_row
    buyer_of = buyer_reader(sheet, columns)
    buyer_notes, seller_notes = columns.values(sheet, "buyer_note"), columns.values(sheet, "seller_note")
    closed: dict[tuple[str, str], bool] = {}  # what a status means, worked out once per status text
    goods_known = bool(columns.name("line_goods"))
    platform, numbers, orders = table.platform, sheet.numbers, result.orders
    for order_no, (first, lines, amounts) in groups.items():
        if len(lines) == 1:  # the usual order of one line, without the loops below
            line = lines[0]
            status, after_sale = line.status, line.after_sale
            paid, shipping = (amounts[0], shippings[first]) if per_order else (line.amount_fen or 0, amounts[0])
        else:
            for line in lines:
                key = (line.status, line.after_sale)
                if key not in closed:
                    closed[key] = is_closed(platform, *key)
            status = next((line for line in lines if not closed[(line.status, line.after_sale)]), lines[0]).status
            after_sale = next((line.after_sale for line in lines if line.after_sale), "")
            if per_order:
                paid, shipping = amounts[0], shippings[first]
            else:
                paid, shipping = sum(line.amount_fen or 0 for line in lines), max(amounts)
        goods = None
        if goods_known and all(line.unit_price_fen is not None for line in lines):
            goods = sum((line.unit_price_fen or 0) * line.qty for line in lines)
        orders.append(build_order(platform, order_no, status, paid, shipping, goods, buyer_of(first),
                                  buyer_notes[first], seller_notes[first], created[first], paid_at[first],
                                  tuple(lines), "", None, after_sale, "", numbers[first]))


def _template(rows: list[RowReader], result: OrderImport, columns: Columns) -> None:
    """Our own template: strict, since people fill it in by hand."""
    del columns  # its column names are its roles
    groups: dict[str, tuple[RowReader, Buyer, int, list[OrderLine]]] = {}
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
        parsed = parse_phone(phone) if phone else None
        if phone and parsed is None:
            row.problem("手机号", Message(
                "'{value}' is not a phone number (expected a mobile such as 13800138000, 138****5678, a virtual "
                "number with its extension such as 13800000000-1234, or a landline such as 0571-88881234)",
                value=phone[:40]))
        if row.bad or qty is None or unit is None:
            continue
        line = OrderLine(title, qty, unit, row.text("商家编码"), row.text("规格"), row=row.number)
        if group is None:
            stored, hidden = (parsed.text, parsed.hidden) if parsed is not None else ("", False)
            buyer = Buyer(name, stored, address, row.text("省"), row.text("市"), row.text("区"), "*" in name,
                          hidden)
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


# The columns each layout's reader looks at: only their cells are cleaned and kept (a Taobao export has 71).
READS: dict[Layout, frozenset[str]] = {layout: table.columns() for layout, table in BY_LAYOUT.items()}
SHAPE_READERS: dict[Shape, Callable[[Sheet, OrderImport, Columns], None]] = {
    Shape.ORDERS: _orders,
    Shape.ITEMS: lambda sheet, result, columns: _items(sheet.row_readers(result.problems), result, columns),
    Shape.LINES: _lines,
    Shape.TEMPLATE: lambda sheet, result, columns: _template(sheet.row_readers(result.problems), result, columns),
}
