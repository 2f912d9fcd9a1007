"""Today's platform exports (issue 15): every layout of REFERENCE.md's "Platform order exports as sellers
download them today", their detection, quirks, workbooks, passwords and Excel-rounded order numbers."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from livehelper.domain.errors import PasswordNeeded, UnreadableFileError
from livehelper.domain.order_import import Layout, parse_orders
from livehelper.domain.order_tables import BY_LAYOUT, NO_ADDRESS, NO_ITEMS_TAOBAO, PLATFORM_CHOICES, TABLES
from livehelper.domain.orders import Platform
from livehelper.domain.phones import PhoneKind, parse_phone
from tests.data.orders import make_platform_samples as made

DATA = Path(__file__).resolve().parents[1] / "data" / "orders"


def sample(name: str) -> bytes:
    return (DATA / name).read_bytes()


def parsed(name: str, platform: str = "auto", password: str | None = None):
    return parse_orders(sample(name), name, platform, password)


def csv_bytes(rows: list[list[str]], encoding: str = "utf-8-sig") -> bytes:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode(encoding)


def test_the_samples_are_what_the_generator_writes():
    pytest.importorskip("xlwt")  # writes the .xls sample
    for name, make in made.SAMPLES.items():
        if name not in made.RANDOM_BYTES:
            assert sample(name) == make(), f"rerun tests/data/orders/make_platform_samples.py ({name})"


def test_the_locked_sample_holds_the_plain_workbook():
    import msoffcrypto

    office = msoffcrypto.OfficeFile(io.BytesIO(sample("kuaishou_64_locked.xlsx")))
    office.load_key(password=made.KUAISHOU_PASSWORD)
    plain = io.BytesIO()
    office.decrypt(plain)
    assert parse_orders(plain.getvalue(), "k.xlsx").orders == parsed("kuaishou_64_locked.xlsx",
                                                                     password=made.KUAISHOU_PASSWORD).orders


@pytest.mark.parametrize(("header", "layout"), [
    (made.TAOBAO_67, Layout.TAOBAO_ORDERS), (made.TAOBAO_71, Layout.TAOBAO_ORDERS),
    (made.TAOBAO_ITEMS_NEW, Layout.TAOBAO_ITEMS), (made.DOUYIN_21, Layout.DOUYIN), (made.DOUYIN_75, Layout.DOUYIN),
    (made.KUAISHOU_64, Layout.KUAISHOU), (made.PINDUODUO_27, Layout.PINDUODUO), (made.PINDUODUO_43, Layout.PINDUODUO),
    (made.CHANNELS_38, Layout.CHANNELS), (made.YOUZAN_60, Layout.YOUZAN),
])
def test_every_public_header_is_detected(header, layout):
    assert len(header) == int(header_size(header))
    assert parse_orders(csv_bytes([header]), "x.csv").layout is layout


def header_size(header: list[str]) -> int:
    """The column counts REFERENCE.md gives (and the sizes the issue names)."""
    sizes = {id(made.TAOBAO_67): 67, id(made.TAOBAO_71): 71, id(made.TAOBAO_ITEMS_NEW): 18, id(made.DOUYIN_21): 21,
             id(made.DOUYIN_75): 75, id(made.KUAISHOU_64): 64, id(made.PINDUODUO_27): 27, id(made.PINDUODUO_43): 43,
             id(made.CHANNELS_38): 38, id(made.YOUZAN_60): 60}
    return sizes[id(header)]


def test_distinctive_columns_belong_to_one_layout_only():
    for table in TABLES:
        for other in TABLES:
            if other is not table:
                assert not table.distinctive & other.distinctive, (table.layout, other.layout)


def test_one_shared_column_never_decides():
    # 主订单编号 ends today's Taobao list and is a 抖店 column: with it alone nothing is recognised
    with pytest.raises(UnreadableFileError, match="does not match a known layout"):
        parse_orders(csv_bytes([["主订单编号", "订单编号", "订单状态"], ["1", "2", "待发货"]]), "x.csv")


def test_a_near_miss_names_the_layout_and_the_missing_columns():
    header = ["订单号", "实付款", "快递费", "商品名称", "订单状态"]
    with pytest.raises(UnreadableFileError) as caught:
        parse_orders(csv_bytes([header]), "x.csv")
    message = caught.value.render("en")
    assert "Kuaishou" in message and "成交数量" in message
    assert caught.value.render("zh_CN").startswith("x.csv 像是快手小店订单导出文件")


@pytest.mark.parametrize(("name", "platform", "layout"), [
    ("taobao_ExportOrderList_67.csv", "taobao", Layout.TAOBAO_ORDERS),
    ("taobao_ExportOrderDetailList_new.csv", "taobao-items", Layout.TAOBAO_ITEMS),
    ("douyin_21.csv", "douyin", Layout.DOUYIN), ("pinduoduo_27.csv", "pinduoduo", Layout.PINDUODUO),
    ("channels_38.csv", "channels", Layout.CHANNELS), ("youzan_60.csv", "youzan", Layout.YOUZAN),
])
def test_platform_overrides_detection(name, platform, layout):
    assert parsed(name, platform).layout is layout


def test_the_platform_choices_are_the_tables():
    forced = {choice for table in TABLES for choice in table.forced_by}
    assert set(PLATFORM_CHOICES) == forced | {"auto"}


def test_another_platforms_file_when_one_is_chosen():
    with pytest.raises(UnreadableFileError, match=r"is a Youzan .* not a Kuaishou"):
        parsed("youzan_60.csv", "kuaishou")


def test_taobao_67_in_gbk_with_quirks_and_a_virtual_number():
    result = parsed("taobao_ExportOrderList_67.csv")
    assert (result.platform, result.problems) == (Platform.TAOBAO, [])
    paid, closed = result.orders
    assert paid.order_no == "4101928374650012345" and paid.awaiting_shipment and closed.closed
    assert (paid.paid_fen, paid.goods_fen, paid.shipping_fen) == (5980, 5980, 0)
    assert (paid.buyer.phone, paid.buyer.phone_hidden) == ("13800000000-1234", False)
    assert (closed.buyer.phone, closed.buyer.phone_hidden) == ("138****5678", True)
    assert result.notes == [NO_ITEMS_TAOBAO]


def test_taobao_71_xlsx_and_the_new_item_list():
    orders = parsed("taobao_ExportOrderList_71.xlsx")
    assert (orders.layout, orders.problems) == (Layout.TAOBAO_ORDERS, [])
    first, shipped = orders.orders
    assert first.seller_note == "送试吃装" and first.buyer.phone == "13800000000-5678"  # 商家备忘, …转5678
    assert first.item_count == 3 and not shipped.awaiting_shipment
    items = parsed("taobao_ExportOrderDetailList_new.csv")
    lines = items.lines_by_order["4201928374650012345"]
    assert [(line.sub_order_no, line.qty, line.unit_price_fen, line.merchant_code) for line in lines] == [
        ("4201928374650012347", 2, 2990, "MZ-XM-25"), ("4201928374650012348", 1, 2990, "GB-XL-10")]


def test_a_qianniu_workbook_joins_its_sheets_and_names_the_skipped_one():
    result = parsed("qianniu_workbook.xlsx")
    assert (result.layout, result.problems, result.skipped_sheets) == (Layout.TAOBAO_ORDERS, [], ["发货报表"])
    first, shipped = result.orders
    assert [(line.title, line.qty) for line in first.lines] == [
        ("米脂小米 2.5kg 包邮 新米", 2), ("小米锅巴 香辣味 10袋", 1)]
    assert len(shipped.lines) == 1 and result.lines_by_order == {}
    assert NO_ITEMS_TAOBAO not in result.notes


def test_douyin_21_custom_export_with_tab_ids_and_ciphertext():
    result = parsed("douyin_21.csv")
    assert (result.layout, result.problems) == (Layout.DOUYIN, [])
    first, shipped = result.orders
    assert first.order_no == "6930000000000000001" and first.lines[0].sub_order_no == "6930000000000000002"
    buyer = first.buyer
    assert (buyer.name, buyer.phone, buyer.name_hidden, buyer.phone_hidden) == ("", "", True, True)
    assert (first.paid_fen, first.lines[0].unit_price_fen) == (5980, 2990) and not shipped.awaiting_shipment


def test_douyin_75_reads_the_unit_price_from_its_goods_amount_column():
    (order,) = parsed("douyin_75.xlsx").orders
    assert [(line.qty, line.unit_price_fen) for line in order.lines] == [(3, 1990), (1, 2990)]
    assert order.paid_fen == 5970 + 2990 and order.buyer_note == "周末送"
    assert (order.buyer.province, order.buyer.district, order.buyer.phone) == ("江苏省", "建邺区", "13800000000-1234")


def test_kuaishou_needs_its_password():
    with pytest.raises(PasswordNeeded) as caught:
        parsed("kuaishou_64_locked.xlsx")
    assert not caught.value.wrong and "password" in caught.value.render("en")
    assert "old Excel" not in caught.value.render("en") and "旧" not in caught.value.render("zh_CN")
    with pytest.raises(PasswordNeeded) as wrong:
        parsed("kuaishou_64_locked.xlsx", password="nope")
    assert wrong.value.wrong and "wrong" in wrong.value.render("en")
    result = parsed("kuaishou_64_locked.xlsx", password=made.KUAISHOU_PASSWORD)
    assert (result.layout, result.problems, result.skipped_sheets) == (Layout.KUAISHOU, [], ["说明"])
    paid, refunded = result.orders
    assert (paid.paid_fen, paid.lines[0].qty, paid.lines[0].unit_price_fen) == (5580, 2, 2990)
    assert (paid.buyer.province, paid.buyer.city, paid.buyer.district) == ("广东省", "深圳市", "南山区")
    assert paid.buyer.address == "粤海街道科技园****" and paid.awaiting_shipment
    assert refunded.closed and refunded.after_sale == "退款成功"


def test_pinduoduo_27_has_no_address_and_says_so():
    result = parsed("pinduoduo_27.csv")
    assert (result.layout, result.problems, result.notes) == (Layout.PINDUODUO, [], [NO_ADDRESS])
    paid, shipped = result.orders
    assert (paid.paid_fen, paid.goods_fen, paid.lines[0].unit_price_fen) == (5580, 5980, 2990)
    assert paid.awaiting_shipment and not shipped.awaiting_shipment


def test_pinduoduo_43_old_excel_with_a_bracketed_extension():
    result = parsed("pinduoduo_43.xls")
    (order,) = result.orders
    assert (result.layout, result.problems, result.notes) == (Layout.PINDUODUO, [], [])
    assert (order.buyer.phone, order.buyer.address, order.buyer.district) == ("13800000000-1234", "五常街道文一西路***",
                                                                               "余杭区")
    assert order.lines[0].merchant_code == "GB-XL-10"


def test_channels_38_one_order_over_two_rows_with_a_landline_and_a_two_line_note():
    (order,) = parsed("channels_38.csv").orders
    assert (order.paid_fen, order.shipping_fen, len(order.lines)) == (6580, 600, 2)
    assert order.buyer_note == "请放门口\n谢谢" and order.buyer.phone == "0531-86001234"
    assert order.awaiting_shipment and order.platform is Platform.CHANNELS


def test_youzan_60_in_utf8_without_bom():
    result = parsed("youzan_60.csv")
    (order,) = result.orders
    assert (result.layout, order.paid_fen, order.title_summary) == (Layout.YOUZAN, 6600, "米脂黄小米;巨鹿金银花")
    assert order.awaiting_shipment and order.seller_note == "老客户" and order.buyer.city == "西安市"
    assert result.notes == list(BY_LAYOUT[Layout.YOUZAN].missing)


@pytest.mark.parametrize("name", ["excel_rounded.xlsx", "excel_rounded.csv"])
def test_an_order_number_excel_rounded_is_refused_with_the_reason(name):
    result = parsed(name)
    (problem,) = result.problems
    assert (problem.row, problem.column) == (2, "订单编号")
    assert "Excel rounded" in problem.render("en") and "without opening" in problem.render("en")
    assert all(not order.order_no.startswith("42019283746500") or order.order_no.endswith("346")
               for order in result.orders)


@pytest.mark.parametrize(("text", "stored", "kind", "extension"), [
    ("13800138000", "13800138000", PhoneKind.MOBILE, ""), ("138****5678", "138****5678", PhoneKind.MASKED, ""),
    ("13800000000-1234", "13800000000-1234", PhoneKind.VIRTUAL, "1234"),
    ("13800000000转1234", "13800000000-1234", PhoneKind.VIRTUAL, "1234"),
    ("13800000000[1234]", "13800000000-1234", PhoneKind.VIRTUAL, "1234"),
    ("0571-88881234", "0571-88881234", PhoneKind.LANDLINE, ""),
    ("(010)62345678", "010-62345678", PhoneKind.LANDLINE, ""),
    ("##A1B2", "", PhoneKind.CIPHER, ""),
])
def test_phones_as_platforms_export_them(text, stored, kind, extension):
    phone = parse_phone(text)
    assert phone is not None and (phone.text, phone.kind, phone.extension) == (stored, kind, extension)


def test_the_generic_template_takes_every_kind_of_phone():
    result = parsed("generic_phones.csv")
    assert result.problems == []
    assert [order.buyer.phone for order in result.orders] == [
        "138****5678", "13800000000-1234", "13800000000-1234", "13800000000-1234", "0571-88881234", "010-62345678"]
    assert result.orders[0].buyer.phone_hidden and not result.orders[1].buyer.phone_hidden


def test_a_full_address_helper_sees_the_virtual_number_marked():
    from livehelper.domain.masking import courier_phone

    assert courier_phone("13800000000-1234") == "虚拟号 13800000000 转 1234"
    assert courier_phone("13800138000") == "13800138000"


_cells = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=12),
    st.sampled_from(["1", "0", "29.90", "-", "null", "138****5678", "13800000000-1234", "3.91235E+18", "待发货",
                     "##x", "2026-11-20 20:00", "\t6930000000000000001"]))


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from([made.TAOBAO_71, made.TAOBAO_ITEMS_NEW, made.DOUYIN_75, made.KUAISHOU_64, made.PINDUODUO_43,
                        made.CHANNELS_38, made.YOUZAN_60]),
       st.lists(st.lists(_cells, min_size=80, max_size=80), max_size=4))
def test_arbitrary_cells_under_todays_headers_never_raise(header, rows):
    result = parse_orders(csv_bytes([header, *[row[:len(header)] for row in rows]]), "x.csv")
    assert all(problem.row >= 2 for problem in result.problems)
    assert all(order.order_no and "E+" not in order.order_no for order in result.orders)


@pytest.mark.parametrize("data", [
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600,  # an OLE2 header and nothing behind it
    (DATA / "pinduoduo_43.xls").read_bytes()[:3000],  # an .xls cut off
    (DATA / "kuaishou_64_locked.xlsx").read_bytes()[:4000],  # a protected workbook cut off
])
def test_damaged_old_or_protected_workbooks_are_one_clear_error(data):
    with pytest.raises(UnreadableFileError) as caught:
        parse_orders(data, "坏.xls", password=made.KUAISHOU_PASSWORD)
    assert caught.value.render("en").startswith("坏.xls")


def test_a_short_qianniu_list_without_address_says_what_to_import_next():
    header = ["订单编号", "买家会员名", "订单状态", "订单创建时间", "订单付款时间", "买家应付货款", "买家应付邮费",
              "总金额", "买家实际支付金额", "宝贝标题", "宝贝种类", "宝贝总数量", "订单备注", "店铺名称"]
    row = ['="4301928374650012345"', "tb_x", "买家已付款，等待卖家发货", "2026-11-25 10:00:00", "2026-11-25 10:00:09",
           "29.90", "0.00", "29.90", "29.90", "米脂小米", "1", "1", "", "米脂小米山货铺"]
    result = parse_orders(csv_bytes([header, row], "gbk"), "千牛.csv")
    assert (result.layout, result.problems) == (Layout.TAOBAO_ORDERS, [])
    assert result.notes == [NO_ITEMS_TAOBAO, NO_ADDRESS]
    assert result.orders[0].awaiting_shipment and result.orders[0].buyer.address == ""


def test_the_rejected_rows_of_a_workbook_come_from_the_sheet_they_are_in():
    from openpyxl import load_workbook

    from livehelper.cli.orders import rejected_csv

    workbook = load_workbook(io.BytesIO(sample("qianniu_workbook.xlsx")))
    workbook["销售明细"]["D3"] = "不是价格"
    saved = io.BytesIO()
    workbook.save(saved)
    result = parse_orders(saved.getvalue(), "q.xlsx")
    (problem,) = result.problems
    assert (problem.sheet, problem.row, problem.column) == ("销售明细", 3, "价格")
    assert problem.render("en").startswith("Sheet 销售明细, row 3, 价格:")
    rows = rejected_csv(saved.getvalue(), "q.xlsx", result.problems, "en").decode("utf-8-sig").splitlines()
    assert rows[0].startswith("子订单编号,主订单编号") and rows[1].startswith("4201928374650012348,")


def test_order_sheets_of_one_layout_are_imported_together():
    from openpyxl import load_workbook

    workbook = load_workbook(io.BytesIO(sample("douyin_75.xlsx")))
    second = workbook.copy_worksheet(workbook["订单"])
    second.title = "订单(2)"
    second["A2"] = second["A3"] = "6931000000000000009"
    second["B2"], second["B3"] = "6931000000000000010", "6931000000000000011"
    saved = io.BytesIO()
    workbook.save(saved)
    result = parse_orders(saved.getvalue(), "两张表.xlsx", "douyin")
    assert result.problems == [] and result.skipped_sheets == []
    assert [order.order_no for order in result.orders] == ["6931000000000000001", "6931000000000000009"]
