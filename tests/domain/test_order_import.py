"""Order exports of every layout, their quirks, and a corpus of bad files."""

from __future__ import annotations

import contextlib
import csv
import io
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from livehelper.domain.errors import UnreadableFileError
from livehelper.domain.order_import import (
    GENERIC_HEADER,
    Layout,
    clean_cell,
    lines_total_problem,
    normalise_mobile,
    parse_orders,
    split_address,
)
from livehelper.domain.orders import Platform, is_awaiting_shipment, is_closed

DATA = Path(__file__).resolve().parents[1] / "data" / "orders"


def sample(name: str) -> bytes:
    return (DATA / name).read_bytes()


def csv_bytes(rows: list[list[str]], encoding: str = "utf-8-sig") -> bytes:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode(encoding)


def generic_row(**values: str) -> list[str]:
    defaults = {"平台": "微信", "订单编号": "WX-1", "下单时间": "2026-11-20 18:00", "收件人": "刘桂兰",
                "手机号": "13800138001", "省": "山东省", "市": "济南市", "区": "历下区", "详细地址": "泉城路100号",
                "商品": "米脂黄小米", "规格": "2.5kg/袋", "商家编码": "MZ-XM-25", "数量": "1", "单价": "29.90",
                "运费": "0", "买家留言": "", "订单状态": ""}
    defaults.update(values)
    return [defaults[name] for name in GENERIC_HEADER]


def generic_file(*rows: list[str]) -> bytes:
    return csv_bytes([list(GENERIC_HEADER), *rows])


def unreadable(data: bytes, platform: str = "auto", source: str = "订单.csv") -> str:
    with pytest.raises(UnreadableFileError) as caught:
        parse_orders(data, source, platform)
    english = caught.value.render("en")
    assert source in english
    return english


# --- the five layouts -------------------------------------------------------------------------------------


def test_the_samples_are_what_the_generator_writes():
    from tests.data.orders.make_samples import SAMPLES

    for name, make in SAMPLES.items():
        assert sample(name) == make(), f"rerun tests/data/orders/make_samples.py ({name})"


def test_taobao_classic_export_in_gbk():
    data = sample("taobao_ExportOrderList.csv")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    result = parse_orders(data, "ExportOrderList202611.csv")
    assert (result.layout, result.platform, result.problems) == (Layout.TAOBAO_ORDERS, Platform.TAOBAO, [])
    first, shipped, closed, masked = result.orders
    assert first.order_no == "3301928374650012345"  # ="…" removed
    assert shipped.order_no == "3301928374650012346"  # leading apostrophe removed
    assert first.status == "买家已付款，等待卖家发货" and first.awaiting_shipment and not first.closed
    assert (first.paid_fen, first.shipping_fen, first.goods_fen) == (5480, 0, 5980)
    assert (first.buyer.name, first.buyer.phone) == ("李秀英", "13800138000")
    assert (first.buyer.province, first.buyer.city, first.buyer.district) == ("陕西省", "榆林市", "米脂县")
    assert first.buyer.address == "银州街道 东大街18号"  # the postcode is dropped
    assert first.buyer_note == "晚上七点后送，谢谢"
    assert first.created_at == datetime(2026, 11, 20, 12, 31, 5, tzinfo=UTC)
    assert first.paid_at == datetime(2026, 11, 20, 12, 31, 40, tzinfo=UTC)
    assert first.title_summary == "米脂小米 2.5kg 包邮 新米" and first.item_count == 2
    assert not shipped.awaiting_shipment and shipped.shipping_fen == 600
    assert closed.closed and not closed.awaiting_shipment and closed.buyer_note == ""  # null is empty
    assert (masked.buyer.name, masked.buyer.name_hidden, masked.buyer.phone_hidden) == ("陈*", True, True)
    assert masked.buyer.district == "" and masked.buyer.city == "东莞市"  # 东莞 has no district level
    assert masked.created_at == datetime(2026, 11, 20, 13, 15, tzinfo=UTC)


def test_taobao_line_items_are_keyed_by_order_number():
    result = parse_orders(sample("taobao_ExportOrderDetailList.csv"), "ExportOrderDetailList.csv")
    assert (result.layout, result.orders, result.problems) == (Layout.TAOBAO_ITEMS, [], [])
    lines = result.lines_by_order["3301928374650012348"]
    assert [(line.title, line.qty, line.unit_price_fen, line.merchant_code) for line in lines] == [
        ("米脂小米 2.5kg 包邮 新米", 2, 2990, "MZ-XM-25"), ("小米锅巴 香辣味 10袋", 1, 2990, "GB-XL-10")]
    assert lines[1].sku_text == "口味:香辣" and lines[1].row == 5
    # 外部系统编号 stands in when 商家编码 is empty
    assert result.lines_by_order["3301928374650012346"][0].merchant_code == "JL-JYH-50"


def test_joined_lines_are_checked_against_the_goods_amount():
    orders = {o.order_no: o for o in parse_orders(sample("taobao_ExportOrderList.csv"), "a.csv").orders}
    lines = parse_orders(sample("taobao_ExportOrderDetailList.csv"), "b.csv").lines_by_order
    assert lines_total_problem(orders["3301928374650012345"], lines["3301928374650012345"]) is None
    assert lines_total_problem(orders["3301928374650012348"], lines["3301928374650012348"]) is None
    one_less = [replace(lines["3301928374650012348"][0], qty=1), lines["3301928374650012348"][1]]
    problem = lines_total_problem(orders["3301928374650012348"], one_less)
    assert problem is not None
    assert problem.render("en") == "the items add up to 59.80 but the order's goods amount is 89.70"


def test_taobao_masked_export_hides_name_and_phone():
    result = parse_orders(sample("taobao_masked.csv"), "orders.csv")
    assert (result.layout, result.platform, result.problems) == (Layout.TAOBAO_MASKED, Platform.TAOBAO, [])
    first, done = result.orders
    assert first.order_no == "3512345678901234567"  # tab prefix removed
    assert (first.buyer.name, first.buyer.phone, first.buyer.name_hidden, first.buyer.phone_hidden) == (
        "", "", True, True)
    assert first.buyer.address_hidden and first.buyer.district == "建邺区"
    assert first.awaiting_shipment and not done.awaiting_shipment and not done.closed
    assert (done.paid_fen, done.shipping_fen, done.seller_note) == (4000, 600, "老客户")


def test_douyin_sub_orders_are_grouped_and_ciphertext_is_never_a_name():
    result = parse_orders(sample("douyin.csv"), "抖店订单.csv")
    assert (result.layout, result.platform, result.problems) == (Layout.DOUYIN, Platform.DOUYIN, [])
    two_lines, refunded = result.orders
    assert two_lines.order_no == "6928374650012345678"
    assert [line.sub_order_no for line in two_lines.lines] == ["6928374650012345679", "6928374650012345680"]
    assert [(line.qty, line.unit_price_fen, line.merchant_code) for line in two_lines.lines] == [
        (1, 2990, "MZ-XM-25"), (2, 1990, "GB-XL-10")]
    assert two_lines.paid_fen == 2990 + 3580
    buyer = two_lines.buyer
    assert (buyer.name, buyer.phone, buyer.name_hidden, buyer.phone_hidden, buyer.address_hidden) == (
        "", "", True, True, True)
    assert "##" not in buyer.address and (buyer.province, buyer.city, buyer.district) == ("浙江省", "杭州市", "西湖区")
    assert two_lines.awaiting_shipment and two_lines.buyer_note == ""  # "-" is empty
    assert two_lines.created_at == datetime(2026, 11, 20, 12, 35, 10, tzinfo=UTC)
    assert refunded.closed and refunded.after_sale == "退款成功" and refunded.buyer_note == "麻烦发顺丰"


def test_douyin_default_header_without_unit_price_or_province():
    header = ["主订单编号", "子订单编号", "选购商品", "商品规格", "商品数量", "商家编码", "订单应付金额", "运费",
              "收件人", "收件人手机号", "详细地址", "订单提交时间", "商家备注", "订单完成时间", "订单状态", "售后状态"]
    row = ["\t6900000000000000001", "\t6900000000000000002", "小米锅巴", "香辣", "1", "GB-XL-10", "19.90", "-",
           "##AB12", "$$CD34", "四川省 成都市 武侯区 ****", "2026-11-20 20:00:00", "-", "-", "待发货", "-"]
    result = parse_orders(csv_bytes([header, row]), "d.csv")
    assert result.problems == []
    (order,) = result.orders
    assert (order.buyer.province, order.buyer.district, order.lines[0].unit_price_fen) == ("四川省", "武侯区", None)


def test_generic_template_groups_rows_and_checks_phones():
    result = parse_orders(sample("generic.csv"), "微信订单.csv")
    assert (result.layout, result.platform, result.problems) == (Layout.GENERIC, Platform.GENERIC, [])
    wechat, phone = result.orders
    assert wechat.order_no == "WX20261120-01" and wechat.channel == "微信" and wechat.platform is Platform.GENERIC
    assert [(line.title, line.qty, line.unit_price_fen) for line in wechat.lines] == [
        ("米脂黄小米", 2, 2990), ("小米锅巴", 1, 1990)]
    assert (wechat.paid_fen, wechat.shipping_fen, wechat.goods_fen) == (2990 * 2 + 1990 + 800, 800, 7970)
    assert wechat.buyer.phone == "13800138001" and wechat.awaiting_shipment
    assert phone.buyer.phone == "13912340002" and phone.status == "已付款" and phone.awaiting_shipment


@pytest.mark.parametrize("phone", ["12345678901", "1380013800", "12-345", "138001380011", "王小明"])
def test_generic_rejects_what_is_not_a_phone_number(phone):
    result = parse_orders(generic_file(generic_row(手机号=phone), generic_row(订单编号="WX-2")), "w.csv")
    assert [o.order_no for o in result.orders] == ["WX-2"]
    (problem,) = result.problems
    assert (problem.row, problem.column) == (2, "手机号")
    assert "is not a phone number" in problem.render("en")


def test_generic_rows_of_one_order_must_agree():
    result = parse_orders(generic_file(generic_row(), generic_row(商品="锅巴", 收件人="别人")), "w.csv")
    (problem,) = result.problems
    assert (problem.row, problem.column) == (3, "收件人")
    assert problem.render("en") == "Row 3, 收件人: differs from row 2 of the same order ('刘桂兰' there)"


def test_generic_platform_column_files_orders_under_that_platform():
    result = parse_orders(generic_file(generic_row(平台="快手")), "k.csv")
    assert result.orders[0].platform is Platform.KUAISHOU


# --- quirks and helpers -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("raw", "clean"), [
    ('="3301928374650012345"', "3301928374650012345"), ("'3301928374650012345", "3301928374650012345"),
    ("\t6928374650012345678", "6928374650012345678"), ("null", ""), ("-", ""), ("  米脂小米 ", "米脂小米"),
    ("=cmd|' /C calc'!A0", "=cmd|' /C calc'!A0"), ("-12", "-12"),
])
def test_clean_cell(raw, clean):
    assert clean_cell(raw) == clean


def test_split_address():
    assert split_address("浙江省 杭州市 西湖区 文三路 100号 (310000)") == ("浙江省", "杭州市", "西湖区", "文三路 100号")
    assert split_address("广东省 东莞市 南城街道 鸿福路88号") == ("广东省", "东莞市", "", "南城街道 鸿福路88号")
    assert split_address("文三路100号") == ("", "", "", "文三路100号")


def test_normalise_mobile():
    assert normalise_mobile("+86 138-0013-8000") == "13800138000"
    assert normalise_mobile("8613800138000") == "13800138000"
    assert normalise_mobile("12800138000") is None


@pytest.mark.parametrize(("platform", "status", "after_sale", "awaiting", "closed"), [
    (Platform.TAOBAO, "买家已付款，等待卖家发货", "", True, False),
    (Platform.TAOBAO, "买家已付款,等待卖家发货", "", True, False),  # half-width comma
    (Platform.TAOBAO, "卖家部分发货", "", True, False),
    (Platform.TAOBAO, "等待买家付款", "", False, False),
    (Platform.TAOBAO, "卖家已发货，等待买家确认", "", False, False),
    (Platform.TAOBAO, "交易成功", "", False, False),
    (Platform.TAOBAO, "交易关闭", "", False, True),
    (Platform.DOUYIN, "待发货", "", True, False),
    (Platform.DOUYIN, "待发货", "退款成功", False, True),
    (Platform.DOUYIN, "已关闭", "", False, True),
    (Platform.DOUYIN, "已发货", "", False, False),
    (Platform.GENERIC, "", "", True, False),
    (Platform.GENERIC, "已取消", "", False, True),
    (Platform.MANUAL, "已发货", "", False, False),
])
def test_status_meaning(platform, status, after_sale, awaiting, closed):
    assert is_awaiting_shipment(platform, status, after_sale) is awaiting
    assert is_closed(platform, status, after_sale) is closed


# --- bad rows: reported, the good rows still parsed ----------------------------------------------------


def test_bad_cells_become_row_problems_with_chinese_column_names():
    data = generic_file(
        generic_row(订单编号="A1", 单价="12.345"),
        generic_row(订单编号="A2", 数量="两袋"),
        generic_row(订单编号="A3", 下单时间="昨天晚上"),
        generic_row(订单编号="A4", 商品=""),
        generic_row(订单编号="A5", 数量="0"),
        generic_row(订单编号="A6"),
    )
    result = parse_orders(data, "w.csv")
    assert [o.order_no for o in result.orders] == ["A6"]
    assert [(p.row, p.column) for p in result.problems] == [(2, "单价"), (3, "数量"), (4, "下单时间"), (5, "商品"),
                                                            (6, "数量")]
    assert result.problems[0].render("zh_CN") == "第 2 行，单价：“12.345”超过两位小数（最小单位是分）"


def test_formula_injection_cells_are_plain_text():
    formula = "=cmd|' /C calc'!A0"
    result = parse_orders(generic_file(generic_row(商品=formula, 买家留言="@SUM(A1:A2)")), "w.csv")
    assert result.orders[0].lines[0].title == formula and result.orders[0].buyer_note == "@SUM(A1:A2)"
    result = parse_orders(generic_file(generic_row(订单编号=formula)), "w.csv")
    assert result.orders == [] and result.problems[0].column == "订单编号"


def test_duplicated_rows_are_reported_once_each():
    row = generic_row()
    result = parse_orders(generic_file(row, row), "w.csv")
    assert len(result.orders) == 1
    assert [p.render("en") for p in result.problems] == ["Row 3, 订单编号: this row repeats row 2"]


def test_an_order_number_twice_in_a_one_row_per_order_export():
    text = sample("taobao_ExportOrderList.csv").decode("gbk").splitlines()
    changed = text[1].replace("54.80", "50.00")
    result = parse_orders("\r\n".join([*text, changed]).encode("gbk"), "t.csv")
    assert [p.render("en") for p in result.problems] == [
        "Row 6, 订单编号: order 3301928374650012345 already appears in row 2"]


def test_douyin_amount_larger_than_price_times_quantity():
    text = sample("douyin.csv").decode("utf-8-sig").replace('"35.80"', '"358.00"').replace(",35.80,", ",358.00,")
    result = parse_orders(text.encode("utf-8-sig"), "d.csv")
    (problem,) = result.problems
    assert (problem.row, problem.column) == (3, "订单应付金额")
    assert problem.render("en").endswith("the amount 358.00 is more than 2 × 19.90 plus shipping 0.00")
    assert [len(o.lines) for o in result.orders] == [1, 1]


def test_douyin_bad_rows_are_reported_row_by_row_in_the_order_of_their_checks():
    """A line sheet is checked column by column (domain.order_sheet), yet its problems come out as a reading row by
    row finds them: by row, and within a row order number, sub-order, title, quantity, amount, time."""
    header = ["主订单编号", "子订单编号", "选购商品", "商品数量", "订单应付金额", "运费", "收件人", "收件人手机号",
              "详细地址", "订单提交时间", "订单状态"]

    def row(order_no: str, sub_no: str, title: str = "小米锅巴", qty: str = "1", paid: str = "19.90",
            at: str = "2026-11-20 20:00:00") -> list[str]:
        return [order_no, sub_no, title, qty, paid, "0", "##AB12", "$$CD34", "四川省 成都市 武侯区 ****", at, "待发货"]

    result = parse_orders(csv_bytes([
        header, row("\t6900000000000000001", "\t6900000000000000002"),
        row("3.91235E+18", "\t6900000000000000003", qty="abc", at="yesterday"),
        row("\t6900000000000000004", "\t6900000000000000002"),
        row("\t6900000000000000005", "\t6900000000000000006", title="", paid="x"),
        row("\t6900000000000000001", "\t6900000000000000007", qty="2", paid="39.80")]), "d.csv")
    assert [(p.row, p.column) for p in result.problems] == [
        (3, "主订单编号"), (3, "商品数量"), (3, "订单提交时间"), (4, "子订单编号"), (5, "选购商品"),
        (5, "订单应付金额")]
    assert "Excel rounded" in result.problems[0].render("en")
    assert result.problems[3].render("en").endswith("sub-order 6900000000000000002 already appears in row 2")
    (order,) = result.orders
    assert [(line.sub_order_no, line.qty, line.row) for line in order.lines] == [
        ("6900000000000000002", 1, 2), ("6900000000000000007", 2, 6)]
    assert (order.paid_fen, order.row, result.rows) == (1990 + 3980, 2, 5)


def test_taobao_paid_more_than_the_total():
    text = sample("taobao_ExportOrderList.csv").decode("gbk").replace("54.80", "540.80")
    result = parse_orders(text.encode("gbk"), "t.csv")
    assert [(p.row, p.column) for p in result.problems] == [(2, "买家实际支付金额")]
    assert len(result.orders) == 3


def test_truncated_mid_row():
    data = sample("taobao_ExportOrderList.csv")
    result = parse_orders(data[: data.rindex(b"\r\n", 0, len(data) - 2) + 60], "t.csv")
    assert len(result.orders) == 3
    (problem,) = result.problems
    assert problem.row == 5 and "cut off" in problem.render("en")


def test_truncated_mid_quote():
    data = sample("generic.csv") + '"微信","WX-9","2026-11-20","刘","13800138000","山东省","济南市'.encode()
    result = parse_orders(data, "g.csv")
    assert len(result.orders) == 2
    (problem,) = result.problems
    assert problem.row == 5 and "cut off" in problem.render("en")


# --- files that are not what they should be: one clear message ---------------------------------------------


def test_wrong_encoding():
    assert "neither UTF-8 nor GBK" in unreadable("Bestellnummer,Empfänger,Betrag €\r\n".encode("cp1252"))
    # Big5 bytes happen to be valid GB18030: the header comes out garbled and matches no layout
    assert "does not match a known layout" in unreadable(",".join(GENERIC_HEADER).encode("big5", "replace"))


def test_utf16_text_is_refused():
    assert "not a text file" in unreadable(",".join(GENERIC_HEADER).encode("utf-16"))


def test_binary_file():
    assert "not a text file" in unreadable(bytes(range(256)) * 4)


def test_xlsx_bytes():
    assert "Excel (.xlsx)" in unreadable(b"PK\x03\x04" + b"\x00" * 200)


def test_empty_file():
    assert unreadable(b"\r\n\r\n") == "订单.csv is empty"


def test_catalog_csv():
    data = csv_bytes([["商家编码", "名称", "规格", "价格", "库存"],
                      ["MZ-XM-25", "米脂黄小米", "2.5kg/袋", "29.90", "100"]])
    assert unreadable(data) == "订单.csv is a catalog file, not an order export"


def test_batch_shipping_file():
    data = csv_bytes([["订单编号", "物流公司", "运单号"], ["3301", "中通", "78512345678901"]])
    assert unreadable(data) == "订单.csv is a batch-shipping file, not an order export"


def test_unknown_header():
    message = unreadable(csv_bytes([["name", "qty"], ["a", "1"]]))
    assert message == "订单.csv is not an order export: its header does not match a known layout (found: name、qty)"


def test_another_platforms_export_when_one_is_chosen():
    message = unreadable(sample("taobao_ExportOrderList.csv"), platform="douyin")
    assert message == "订单.csv is a Taobao order list (ExportOrderList), not a Douyin (抖店) order export"
    assert "LiveHelper order template, not a Taobao order export" in unreadable(sample("generic.csv"), "taobao")
    assert parse_orders(sample("taobao_masked.csv"), "m.csv", "taobao").layout is Layout.TAOBAO_MASKED


def test_missing_columns():
    text = sample("douyin.csv").decode("utf-8-sig").replace("订单应付金额", "应付")
    assert unreadable(text.encode("utf-8-sig")) == (
        "订单.csv looks like a Douyin (抖店) order export, but column 订单应付金额 is missing")


def test_a_20_mb_cell():
    data = generic_file(generic_row(买家留言="好" * (20 * 1024 * 1024 // 3)))
    message = unreadable(data)
    assert "cell longer than" in message


def test_messages_render_in_chinese():
    with pytest.raises(UnreadableFileError) as caught:
        parse_orders(sample("taobao_ExportOrderList.csv"), "订单.csv", "douyin")
    assert caught.value.render("zh_CN").startswith("订单.csv")


# --- properties -------------------------------------------------------------------------------------------


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400), st.sampled_from(["auto", "taobao", "taobao-items", "douyin", "generic"]))
def test_arbitrary_bytes_only_ever_raise_unreadable_file_error(data, platform):
    with contextlib.suppress(UnreadableFileError):
        parse_orders(data, "x.csv", platform)


_HEADERS = [list(GENERIC_HEADER), ["主订单编号", "子订单编号", "选购商品", "商品数量", "订单应付金额", "订单状态"],
            ["订单编号", "标题", "价格", "购买数量"],
            ["订单编号", "订单状态", "买家实际支付金额", "订单创建时间", "宝贝标题"]]


_cells = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=12),
    st.sampled_from(["1", "0", "29.90", "-", "null", "13800138000", "2026-11-20 20:00", '="123"', "待发货", "##x"]))


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_HEADERS), st.lists(st.lists(_cells, max_size=20), max_size=6))
def test_arbitrary_cells_under_a_real_header_never_raise(header, rows):
    result = parse_orders(csv_bytes([header, *rows]), "x.csv")
    assert all(problem.row >= 2 for problem in result.problems)


_order_numbers = st.one_of(st.from_regex(r"[0-9]{15,19}", fullmatch=True),
                           st.from_regex(r"[A-Z]{2}[0-9]{4,10}-[0-9]{1,3}", fullmatch=True))


@given(_order_numbers, st.sampled_from(['="{}"', "'{}", "\t{}", "{}", " {} "]))
def test_quirk_stripping_round_trips_order_numbers(order_no, quirk):
    data = generic_file(generic_row(订单编号=quirk.format(order_no)))
    result = parse_orders(data, "w.csv")
    assert result.problems == []
    assert [o.order_no for o in result.orders] == [order_no]
    assert clean_cell(quirk.format(order_no)) == order_no


def test_each_layout_reads_only_the_columns_it_declares(monkeypatch: pytest.MonkeyPatch):
    """parse_orders keeps (and cleans) only the columns in READS: a column read but not declared would read "".
    Layouts read row by row go through RowReader.text, those read column by column through Sheet.column."""
    from livehelper.domain.order_cells import RowReader
    from livehelper.domain.order_layouts import READS
    from livehelper.domain.order_sheet import Sheet

    read: set[str] = set()
    by_row, by_column = RowReader.text, Sheet.column

    def row_text(self: RowReader, name: str) -> str:
        read.add(name)
        return by_row(self, name)

    def column(self: Sheet, name: str) -> Sequence[str]:
        read.add(name)
        return by_column(self, name)

    monkeypatch.setattr(RowReader, "text", row_text)
    monkeypatch.setattr(Sheet, "column", column)
    for name in ("taobao_ExportOrderList.csv", "taobao_ExportOrderDetailList.csv", "taobao_masked.csv",
                 "douyin.csv", "generic.csv"):
        read.clear()
        result = parse_orders(sample(name), name)
        read.discard("")  # a role whose column the file lacks
        assert read and read <= READS[result.layout], read - READS[result.layout]
