"""One reader per order-export layout: rows in, `Order` values (or row problems) out."""

from __future__ import annotations

from collections.abc import Callable

from livehelper.domain.messages import Message
from livehelper.domain.money import format_fen
from livehelper.domain.order_cells import (
    Layout,
    OrderImport,
    RowReader,
    normalise_mobile,
    person_field,
    split_address,
)
from livehelper.domain.orders import Buyer, Order, OrderLine, Platform, is_closed

_GENERIC_PLATFORMS = {"淘宝": Platform.TAOBAO, "天猫": Platform.TAOBAO, "taobao": Platform.TAOBAO,
                      "抖音": Platform.DOUYIN, "抖店": Platform.DOUYIN, "douyin": Platform.DOUYIN,
                      "快手": Platform.KUAISHOU, "kuaishou": Platform.KUAISHOU}



def lines_total_problem(order: Order, lines: list[OrderLine]) -> Message | None:
    """After joining Taobao details with the order list: do the lines add up to the goods amount?"""
    if order.goods_fen is None or not lines or any(line.unit_price_fen is None for line in lines):
        return None
    total = sum((line.unit_price_fen or 0) * line.qty for line in lines)
    if total == order.goods_fen:
        return None
    return Message("the items add up to {lines} but the order's goods amount is {goods}",
                   lines=format_fen(total), goods=format_fen(order.goods_fen))



def _taobao_orders(rows: list[RowReader], result: OrderImport) -> None:
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


def _taobao_items(rows: list[RowReader], result: OrderImport) -> None:
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


def _douyin(rows: list[RowReader], result: OrderImport) -> None:
    groups: dict[str, tuple[RowReader, list[OrderLine], list[int]]] = {}
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


def _generic(rows: list[RowReader], result: OrderImport) -> None:
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


_TAOBAO_READS = frozenset({
    "订单编号", "订单状态", "买家应付货款", "买家应付邮费", "总金额", "买家实际支付金额", "买家实付金额",
    "修改后的收货地址", "收货地址", "收货人姓名", "联系手机", "联系电话", "订单创建时间", "订单付款时间", "宝贝总数量",
    "买家留言", "订单备注", "商家备注", "宝贝标题", "商品标题"})
# The columns each reader looks at: only their cells are cleaned and kept (a Taobao export has 44 columns).
READS: dict[Layout, frozenset[str]] = {
    Layout.TAOBAO_ORDERS: _TAOBAO_READS,
    Layout.TAOBAO_MASKED: _TAOBAO_READS,
    Layout.TAOBAO_ITEMS: frozenset({"订单编号", "标题", "价格", "购买数量", "外部系统编号", "商品属性", "套餐信息",
                                    "订单状态", "商家编码"}),
    Layout.DOUYIN: frozenset({
        "主订单编号", "子订单编号", "选购商品", "商品规格", "商品数量", "商家编码", "商品单价", "订单应付金额", "运费",
        "收件人", "收件人手机号", "省", "市", "区", "街道", "详细地址", "买家留言", "订单提交时间", "支付完成时间",
        "商家备注", "订单状态", "售后状态"}),
    Layout.GENERIC: frozenset({"平台", "订单编号", "下单时间", "收件人", "手机号", "省", "市", "区", "详细地址", "商品",
                               "规格", "商家编码", "数量", "单价", "运费", "买家留言", "订单状态"}),
}
PARSERS: dict[Layout, Callable[[list[RowReader], OrderImport], None]] = {
    Layout.TAOBAO_ORDERS: _taobao_orders,
    Layout.TAOBAO_MASKED: _taobao_orders,
    Layout.TAOBAO_ITEMS: _taobao_items,
    Layout.DOUYIN: _douyin,
    Layout.GENERIC: _generic,
}
