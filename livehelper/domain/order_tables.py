"""The platforms' order-export layouts as data: one table per layout, read by the shape parsers.

A table says how to recognise the layout (its distinctive columns: names no other known layout uses),
where each piece of an order lives (its column roles, each a list of column names tried in turn: the first
one the header has, and per row the first one with a value), and its quirks. Adding a platform means
adding a table here and samples in tests/data/orders; the parsers in `order_layouts` know shapes, not
platforms. Header rows: REFERENCE.md, "Platform order exports as sellers download them today".

Shapes:
- ``orders``: one row per order, goods only as a summary text (Taobao's order list, 有赞);
- ``lines``: one row per product line, rows of one order number form one order (抖店, 快手, 拼多多, 视频号);
- ``items``: Taobao's item list, lines joined to the order list by order number;
- ``template``: our own generic template (its own strict checks).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from livehelper.domain.messages import Message
from livehelper.domain.order_cells import Layout
from livehelper.domain.orders import Platform


class Shape(StrEnum):
    ORDERS = "orders"
    LINES = "lines"
    ITEMS = "items"
    TEMPLATE = "template"


class Quirk(StrEnum):
    BUYER_HIDDEN = "buyer-hidden"  # no name or phone at all: every buyer field counts as hidden
    AMOUNT_PER_ORDER = "amount-per-order"  # the paid amount repeats the order's total on each line row


@dataclass(frozen=True)
class LayoutTable:
    layout: Layout
    platform: Platform
    kind: Message  # "a Kuaishou (快手小店) order export", for messages
    shape: Shape
    distinctive: frozenset[str]  # names only this layout uses: how many of them a header has is its score
    roles: Mapping[str, tuple[str, ...]]
    required: tuple[str, ...]  # roles every file of this layout must have a column for
    quirks: frozenset[Quirk] = frozenset()
    missing: tuple[Message, ...] = ()  # what such a file never carries, and what to import next
    forced_by: tuple[str, ...] = ()  # the --platform values that choose this layout
    extra_columns: frozenset[str] = field(default_factory=frozenset)  # other columns a parser reads

    def columns(self) -> frozenset[str]:
        """Every column name a parser of this layout may read."""
        return frozenset(name for names in self.roles.values() for name in names) | self.extra_columns


NO_ITEMS_TAOBAO = Message("this file has no item lines, only each order's title text: import the Taobao item "
                          "list (ExportOrderDetailList / 销售明细) next")
NO_ADDRESS = Message("this file has no recipient address: pack from the order number, items and note, and print the "
                     "labels in the platform's own shipping tool")

_TAOBAO_ORDER_ROLES: dict[str, tuple[str, ...]] = {
    "order_no": ("订单编号",), "status": ("订单状态",), "goods": ("买家应付货款",), "shipping": ("买家应付邮费",),
    "total": ("总金额",), "paid": ("买家实际支付金额", "买家实付金额"),
    "address": ("修改后的收货地址", "收货地址"), "name": ("收货人姓名",), "phone": ("联系手机", "联系电话"),
    "created": ("订单创建时间",), "paid_at": ("订单付款时间",), "item_count": ("宝贝总数量",),
    "buyer_note": ("买家留言",), "seller_note": ("订单备注", "商家备注", "商家备忘"),
    "title_summary": ("宝贝标题", "商品标题"),
}

TABLES: tuple[LayoutTable, ...] = (
    LayoutTable(
        Layout.TAOBAO_ORDERS, Platform.TAOBAO, Message("a Taobao order list (ExportOrderList)"), Shape.ORDERS,
        frozenset({"买家会员名", "买家支付宝账号", "买家实际支付金额", "订单付款时间", "买家支付积分", "返点积分",
                   "买家实际支付积分", "宝贝标题",
                   "宝贝种类", "联系手机", "是否手机订单", "店铺Id", "买家服务费", "修改后的收货地址", "天猫卡券抵扣",
                   "集分宝抵扣", "是否是O2O交易", "买家会员昵称", "虚拟号过期时间"}),
        _TAOBAO_ORDER_ROLES, ("order_no", "status", "paid"), missing=(NO_ITEMS_TAOBAO,), forced_by=("taobao",)),
    LayoutTable(
        Layout.TAOBAO_MASKED, Platform.TAOBAO, Message("a Taobao order export (masked buyer data)"), Shape.ORDERS,
        frozenset({"买家实付金额", "商品标题", "备注标签", "开票信息", "手机订单", "商品属性SKU"}),
        _TAOBAO_ORDER_ROLES, ("order_no", "status", "paid"), frozenset({Quirk.BUYER_HIDDEN}),
        missing=(NO_ITEMS_TAOBAO,), forced_by=("taobao",)),
    LayoutTable(
        Layout.TAOBAO_ITEMS, Platform.TAOBAO, Message("a Taobao order item list (ExportOrderDetailList)"), Shape.ITEMS,
        frozenset({"标题", "价格", "购买数量", "外部系统编号", "套餐信息", "退款状态"}),
        {"order_no": ("主订单编号", "订单编号"), "sub_order_no": ("子订单编号",), "title": ("标题",),
         "unit_price": ("价格",), "qty": ("购买数量",), "merchant_code": ("商家编码", "外部系统编号"),
         "sku": ("商品属性",), "sku_extra": ("套餐信息",), "status": ("订单状态",)},
        ("order_no", "title", "unit_price", "qty"), forced_by=("taobao-items",)),
    LayoutTable(
        Layout.DOUYIN, Platform.DOUYIN, Message("a Douyin (抖店) order export"), Shape.LINES,
        frozenset({"选购商品", "订单应付金额", "收件人手机号", "订单提交时间", "支付完成时间", "商品金额", "达人昵称",
                   "APP渠道", "是否修改过地址", "平台实际承担优惠金额"}),
        {"order_no": ("主订单编号",), "sub_order_no": ("子订单编号",), "title": ("选购商品",), "qty": ("商品数量",),
         "unit_price": ("商品单价", "商品金额"), "line_paid": ("订单应付金额",), "shipping": ("运费",),
         "sku": ("商品规格",), "merchant_code": ("商家编码",), "name": ("收件人",), "phone": ("收件人手机号",),
         "address": ("详细地址",), "province": ("省",), "city": ("市",), "district": ("区",), "street": ("街道",),
         "created": ("订单提交时间",), "paid_at": ("支付完成时间",), "buyer_note": ("买家留言",),
         "seller_note": ("商家备注",), "status": ("订单状态",), "after_sale": ("售后状态",)},
        ("order_no", "sub_order_no", "title", "qty", "line_paid", "status"), forced_by=("douyin",)),
    LayoutTable(
        Layout.KUAISHOU, Platform.KUAISHOU, Message("a Kuaishou (快手小店) order export"), Shape.LINES,
        frozenset({"实付款", "快递费", "成交数量", "主播补贴", "收货人电话", "收货地址-省", "收货地址-市",
                   "收货地址-区", "SKU编码", "订单支付时间", "赠品订单号", "旗帜颜色", "订单载体", "快赚客ID"}),
        {"order_no": ("订单号",), "title": ("商品名称",), "qty": ("成交数量",), "unit_price": ("商品单价",),
         "line_paid": ("实付款",), "shipping": ("快递费",), "sku": ("商品规格",), "merchant_code": ("SKU编码",),
         "name": ("收货人姓名",), "phone": ("收货人电话",), "address": ("收货地址",), "province": ("收货地址-省",),
         "city": ("收货地址-市",), "district": ("收货地址-区",), "street": ("收货地址-街道",),
         "created": ("订单创建时间",), "paid_at": ("订单支付时间",), "buyer_note": ("买家留言",),
         "seller_note": ("订单备注",), "status": ("订单状态",), "after_sale": ("售后状态",)},
        ("order_no", "title", "qty", "line_paid", "status"), forced_by=("kuaishou",)),
    LayoutTable(
        Layout.PINDUODUO, Platform.PINDUODUO, Message("a Pinduoduo (拼多多) order export"), Shape.LINES,
        frozenset({"商品总价(元)", "邮费(元)", "用户实付金额(元)", "商品数量(件)", "店铺优惠折扣(元)",
                   "平台优惠折扣(元)", "商家编码-商品维度", "商家编码-规格维度", "商家编码-SKU维度", "样式ID",
                   "订单成交时间", "拼单成功时间", "用户购买手机号", "多多支付立减金额(元)"}),
        {"order_no": ("订单号",), "title": ("商品",), "qty": ("商品数量(件)",), "line_goods": ("商品总价(元)",),
         "line_paid": ("用户实付金额(元)",), "shipping": ("邮费(元)",), "sku": ("商品规格",),
         "merchant_code": ("商家编码-SKU维度", "商家编码-规格维度", "商家编码-商品维度"), "name": ("收货人",),
         "phone": ("手机",), "address": ("街道",), "province": ("省",), "city": ("市",), "district": ("区",),
         "created": ("订单成交时间", "支付时间"), "paid_at": ("支付时间",), "buyer_note": ("买家留言",),
         "seller_note": ("商家备注",), "status": ("订单状态",), "after_sale": ("售后状态",)},
        ("order_no", "title", "qty", "line_paid", "status"), forced_by=("pinduoduo",)),  # its 街道 is the detail
    LayoutTable(
        Layout.CHANNELS, Platform.CHANNELS, Message("a WeChat shop (微信小店 / 视频号) order export"), Shape.LINES,
        frozenset({"收件人姓名", "收件人地址", "收件人手机", "订单实际支付金额", "订单运费", "商品价格", "带货人昵称",
                   "商品编码(平台)", "商品编码(自定义)", "SKU编码(自定义)", "商品发货", "商品售后", "商品已退款金额"}),
        {"order_no": ("订单号",), "title": ("商品名称",), "qty": ("商品数量",), "unit_price": ("商品价格",),
         "line_paid": ("订单实际支付金额",), "shipping": ("订单运费",), "sku": ("商品属性",),
         "merchant_code": ("SKU编码(自定义)", "商品编码(自定义)"), "name": ("收件人姓名",), "phone": ("收件人手机",),
         "address": ("收件人地址",), "province": ("省",), "city": ("市",), "district": ("区",),
         "created": ("下单时间",), "paid_at": ("支付时间",), "buyer_note": ("买家备注",),
         "seller_note": ("商家备注",), "status": ("订单状态",), "after_sale": ("商品售后",)},
        ("order_no", "title", "qty", "line_paid", "status"), frozenset({Quirk.AMOUNT_PER_ORDER}),
        forced_by=("channels",)),
    LayoutTable(
        Layout.YOUZAN, Platform.YOUZAN, Message("a Youzan (有赞) order export"), Shape.ORDERS,
        frozenset({"归属店铺", "商品金额合计", "应收订单金额", "订单实付金额", "全部商品名称", "收货人/提货人",
                   "收货人手机号/提货人手机号", "收货人省份", "收货人城市", "收货人地区", "详细收货地址/提货地址",
                   "订单星级", "支付流水号", "店铺优惠合计"}),
        {"order_no": ("订单号",), "status": ("订单状态",), "goods": ("商品金额合计",), "shipping": ("运费",),
         "total": ("应收订单金额",), "paid": ("订单实付金额",), "address": ("详细收货地址/提货地址",),
         "province": ("收货人省份",), "city": ("收货人城市",), "district": ("收货人地区",),
         "name": ("收货人/提货人",), "phone": ("收货人手机号/提货人手机号",), "created": ("订单创建时间",),
         "paid_at": ("买家付款时间",), "buyer_note": ("买家备注",), "seller_note": ("商家订单备注",),
         "title_summary": ("全部商品名称",)},
        ("order_no", "status", "paid"),
        missing=(Message("this file has no item lines, only each order's product names: match them to the catalog "
                         "in the preview"),), forced_by=("youzan",)),
    LayoutTable(
        Layout.GENERIC, Platform.GENERIC, Message("a LiveHelper order template"), Shape.TEMPLATE,
        frozenset({"平台", "手机号", "单价", "数量", "规格"}),
        {name: (name,) for name in ("平台", "订单编号", "下单时间", "收件人", "手机号", "省", "市", "区", "详细地址",
                                    "商品", "规格", "商家编码", "数量", "单价", "运费", "买家留言", "订单状态")},
        ("订单编号", "收件人", "手机号", "详细地址", "商品", "数量", "单价"), forced_by=("generic",)),
)

BY_LAYOUT: dict[Layout, LayoutTable] = {table.layout: table for table in TABLES}
PLATFORM_CHOICES = ("auto", "taobao", "taobao-items", "douyin", "kuaishou", "pinduoduo", "channels", "youzan",
                    "generic")
