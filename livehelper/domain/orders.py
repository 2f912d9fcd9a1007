"""Orders as the platforms export them, normalised: platform, order number, status text, money in fen, buyer.

Pure values, no storage. Status texts are kept exactly as the platform writes them; the helpers below say
what a status means for the shipping queue (paid and waiting for shipment, or closed/refunded).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class Platform(StrEnum):
    TAOBAO = "taobao"
    DOUYIN = "douyin"
    KUAISHOU = "kuaishou"
    PINDUODUO = "pinduoduo"
    CHANNELS = "channels"  # 微信小店 / 视频号小店
    YOUZAN = "youzan"
    GENERIC = "generic"
    MANUAL = "manual"


@dataclass(frozen=True)
class OrderLine:
    """One product line of an order (a Taobao detail row, a Douyin 子订单, a row of our template)."""

    title: str
    qty: int
    unit_price_fen: int | None = None  # None when the export does not say
    merchant_code: str = ""  # 商家编码, the seller's own SKU; matched against the catalog
    sku_text: str = ""  # 商品规格 / 商品属性 / 规格 as the platform writes it
    sub_order_no: str = ""  # Douyin 子订单编号
    status: str = ""  # the line's own status where the export has one (Taobao details, Douyin sub-orders)
    after_sale: str = ""  # Douyin 售后状态, e.g. 退款成功
    amount_fen: int | None = None  # what the buyer pays for this line, where the export says (Douyin)
    row: int = 0  # spreadsheet row it came from; 0 for manual entry


@dataclass(frozen=True)
class Buyer:
    """Recipient. A `*_hidden` flag means the platform masked or encrypted the value; never show it as real."""

    name: str = ""
    phone: str = ""
    address: str = ""  # the detail part (street, building), without province/city/district when known
    province: str = ""
    city: str = ""
    district: str = ""
    name_hidden: bool = False
    phone_hidden: bool = False
    address_hidden: bool = False


@dataclass(frozen=True)
class Order:
    platform: Platform
    order_no: str  # exactly as the platform shows it, without export quirks (="…", leading ' or tab)
    status: str  # as the platform writes it
    paid_fen: int | None  # what the buyer paid (实付) incl. shipping; None when the export does not say
    shipping_fen: int = 0
    goods_fen: int | None = None  # goods amount payable before payment discounts (Taobao 买家应付货款)
    buyer: Buyer = field(default_factory=Buyer)
    buyer_note: str = ""  # 买家留言
    seller_note: str = ""  # 订单备注 / 商家备注
    created_at: datetime | None = None  # aware, UTC
    paid_at: datetime | None = None  # aware, UTC
    lines: tuple[OrderLine, ...] = ()
    title_summary: str = ""  # Taobao order lists name the goods only as one text (宝贝标题)
    item_count: int | None = None  # Taobao 宝贝总数量
    after_sale: str = ""  # Douyin 售后状态 of the order (the first sub-order that has one)
    channel: str = ""  # the 平台 cell of our generic template (微信, 电话 …)
    row: int = 0  # first spreadsheet row of the order

    @property
    def awaiting_shipment(self) -> bool:
        return is_awaiting_shipment(self.platform, self.status, self.after_sale)

    @property
    def closed(self) -> bool:
        return is_closed(self.platform, self.status, self.after_sale)


# Building values in bulk. A frozen dataclass's __init__ sets each field through object.__setattr__, which costs
# more than the rest of reading a row: a 50,000-row export makes 150,000 of these values. The builders below fill
# the instance dict in one step instead, with every field given positionally, in the classes' field order
# (tests/domain/test_order_values.py checks that they give what the constructors give, field for field).
_new = object.__new__
_set = object.__setattr__


def build_line(title: str, qty: int, unit_price_fen: int | None, merchant_code: str, sku_text: str,
               sub_order_no: str, status: str, after_sale: str, amount_fen: int | None, row: int) -> OrderLine:
    """`OrderLine(...)` with every field, for the readers of big exports."""
    line = _new(OrderLine)
    _set(line, "__dict__", {"title": title, "qty": qty, "unit_price_fen": unit_price_fen,
                            "merchant_code": merchant_code, "sku_text": sku_text, "sub_order_no": sub_order_no,
                            "status": status, "after_sale": after_sale, "amount_fen": amount_fen, "row": row})
    return line  # type: ignore[no-any-return]


def build_buyer(name: str, phone: str, address: str, province: str, city: str, district: str, name_hidden: bool,
                phone_hidden: bool, address_hidden: bool) -> Buyer:
    """`Buyer(...)` with every field, for the readers of big exports."""
    buyer = _new(Buyer)
    _set(buyer, "__dict__", {"name": name, "phone": phone, "address": address, "province": province, "city": city,
                             "district": district, "name_hidden": name_hidden, "phone_hidden": phone_hidden,
                             "address_hidden": address_hidden})
    return buyer  # type: ignore[no-any-return]


def build_order(platform: Platform, order_no: str, status: str, paid_fen: int | None, shipping_fen: int,
                goods_fen: int | None, buyer: Buyer, buyer_note: str, seller_note: str, created_at: datetime | None,
                paid_at: datetime | None, lines: tuple[OrderLine, ...], title_summary: str, item_count: int | None,
                after_sale: str, channel: str, row: int) -> Order:
    """`Order(...)` with every field, for the readers of big exports."""
    order = _new(Order)
    _set(order, "__dict__", {
        "platform": platform, "order_no": order_no, "status": status, "paid_fen": paid_fen,
        "shipping_fen": shipping_fen, "goods_fen": goods_fen, "buyer": buyer, "buyer_note": buyer_note,
        "seller_note": seller_note, "created_at": created_at, "paid_at": paid_at, "lines": lines,
        "title_summary": title_summary, "item_count": item_count, "after_sale": after_sale, "channel": channel,
        "row": row})
    return order  # type: ignore[no-any-return]


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip().replace(" ", "")


# NFKC turns the full-width comma of 买家已付款，等待卖家发货 into ",": both spellings compare equal.
_AWAITING = {
    Platform.TAOBAO: {_norm("买家已付款，等待卖家发货"), _norm("卖家部分发货"), _norm("等待卖家发货")},
    Platform.DOUYIN: {"待发货", "备货中", "部分发货"},
    Platform.KUAISHOU: {"待发货", "已付款"},
    Platform.PINDUODUO: {"待发货", _norm("已付款，待发货"), "待配送"},
    Platform.CHANNELS: {"待发货", "部分发货"},
    Platform.YOUZAN: {"待发货", "等待商家发货", _norm("买家已付款，等待商家发货"), "商家部分发货"},
}
_GENERIC_AWAITING = {"", "待发货", "已付款", "待打包", "已付款待发货", "paid"}
_CLOSED_WORDS = ("交易关闭", "已关闭", "已取消", "取消", "退款成功", "已退款", "全额退款", "closed", "cancelled",
                 "refunded")
_REFUNDED_AFTER_SALE = {"退款成功", "已退款", "退货退款成功", "仅退款成功", "全额退款成功"}


def is_closed(platform: Platform | str, status: str, after_sale: str = "") -> bool:
    """True when the order was closed, cancelled or refunded: it must not be (or stay) in the packing queue."""
    del platform  # every platform words closing the same way so far; kept for symmetry and future exports
    text = _norm(status).lower()
    if any(word in text for word in _CLOSED_WORDS):
        return True
    return _norm(after_sale) in _REFUNDED_AFTER_SALE


def is_awaiting_shipment(platform: Platform | str, status: str, after_sale: str = "") -> bool:
    """True when the order is paid and waiting for the seller to ship it (it becomes a packing task)."""
    if is_closed(platform, status, after_sale):
        return False
    text = _norm(status)
    known = _AWAITING.get(Platform(platform))
    if known is None:  # generic and manual orders: our own words, empty means "paid, please ship"
        return text.lower() in _GENERIC_AWAITING
    return text in known
