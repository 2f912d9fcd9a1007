"""The catalog CSV: reading what people give us, and writing what Excel on Chinese Windows opens."""

import csv
import io
from dataclasses import replace

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from livehelper.domain.catalog_csv import COLUMNS, catalog_csv, parse_catalog
from livehelper.domain.csv_text import neutralise
from livehelper.domain.errors import ImportRejected, UnreadableFileError, ValidationError
from livehelper.domain.money import MAX_PRICE_FEN
from livehelper.domain.product import MAX_STOCK, ProductDraft

HEADER = "商家编码,名称,规格,价格,库存,产地,卖点,店铺链接,预警库存,状态"
GOOD = (
    HEADER + "\r\n"
    "MZ-XM-2500,米脂黄小米,2.5kg/袋,¥39.90,126,陕西榆林米脂,\"旱地种植\n当年新米\",https://shop.example.cn/p/1,20,在售\r\n"
    "JL-JYH-50,巨鹿金银花,50g/罐,29.9元,8,河北邢台巨鹿,清香,,,停售\r\n"
)
EXPECTED = [
    ProductDraft(name="米脂黄小米", price_fen=3990, spec="2.5kg/袋", stock=126, merchant_code="MZ-XM-2500",
                 origin="陕西榆林米脂", selling_points="旱地种植\n当年新米", shop_link="https://shop.example.cn/p/1",
                 low_stock_threshold=20, active=True),
    ProductDraft(name="巨鹿金银花", price_fen=2990, spec="50g/罐", stock=8, merchant_code="JL-JYH-50",
                 origin="河北邢台巨鹿", selling_points="清香", active=False),
]


def drafts(data: bytes) -> list[ProductDraft]:
    return [row.draft for row in parse_catalog(data, "catalog.csv")]


def rejected(data: bytes) -> list[tuple[int, str, str]]:
    """(row, column, English reason) of every problem."""
    with pytest.raises(ImportRejected) as caught:
        parse_catalog(data, "catalog.csv")
    assert caught.value.message.params["count"] == len(caught.value.problems)
    return [(p.row, p.column, p.message.render("en")) for p in caught.value.problems]


def unreadable(data: bytes, source: str = "catalog.csv") -> UnreadableFileError:
    with pytest.raises(UnreadableFileError) as caught:
        parse_catalog(data, source)
    return caught.value


# encodings and headers

def test_utf8_with_bom():
    assert drafts(b"\xef\xbb\xbf" + GOOD.encode("utf-8")) == EXPECTED


def test_utf8_without_bom():
    assert drafts(GOOD.encode("utf-8")) == EXPECTED


def test_gbk():
    # GBK has no U+00A5 ¥, only the full-width ￥ that Chinese keyboards type
    data = GOOD.replace("¥", "￥").encode("gbk")
    assert b"\xa3\xa4" in data  # ￥ in GBK
    assert drafts(data) == EXPECTED


def test_gb18030():
    assert drafts(GOOD.encode("gb18030")) == EXPECTED


def test_unix_line_ends():
    assert drafts(GOOD.replace("\r\n", "\n").encode()) == EXPECTED


def test_english_headers():
    data = (b"merchant_code,name,spec,price,stock,origin,selling_points,shop_link,low_stock_threshold,active\n"
            b"MZ-1,Millet,2.5kg,12.8,5,Mizhi,tasty,https://x.cn/1,3,inactive\n")
    assert drafts(data) == [ProductDraft(name="Millet", price_fen=1280, spec="2.5kg", stock=5, merchant_code="MZ-1",
                                         origin="Mizhi", selling_points="tasty", shop_link="https://x.cn/1",
                                         low_stock_threshold=3, active=False)]


def test_headers_ignore_case_space_and_order():
    data = " Price ,商品名称,SKU\n12.80,小米锅巴,XM-1\n".encode()
    assert drafts(data) == [ProductDraft(name="小米锅巴", price_fen=1280, merchant_code="XM-1")]


def test_only_the_required_columns():
    assert drafts("名称,价格(元)\n小米锅巴,19.9\n".encode()) == [ProductDraft(name="小米锅巴", price_fen=1990)]


def test_unknown_columns_are_ignored():
    data = "名称,备注,价格\n小米锅巴,随便写,19.9\n".encode()
    assert drafts(data) == [ProductDraft(name="小米锅巴", price_fen=1990)]


@pytest.mark.parametrize(("header", "missing"),
                         [("名称,规格", "价格"), ("价格,规格", "名称"), ("商家编码", "名称、价格")])
def test_missing_required_column_is_named(header, missing):
    error = unreadable((header + "\nx,y\n").encode())
    assert error.message.params["columns"] == missing
    assert missing in error.render("en")
    assert missing in error.render("zh_CN")
    assert "catalog.csv" in error.render("en")


def test_leading_blank_lines_before_the_header_are_skipped():
    assert drafts(("\n,,\n" + GOOD).encode()) == EXPECTED


def test_blank_lines_are_skipped_and_row_numbers_stay_as_in_a_spreadsheet():
    data = "名称,价格\n\n小米锅巴,19.9\n,\n\n坏的,abc\n".encode()
    assert rejected(data) == [(6, "价格", "'abc' is not a price (expected e.g. 12.80 or ¥12.80)")]


def test_a_quoted_line_break_is_one_spreadsheet_row():
    data = '名称,卖点,价格\n小米锅巴,"香脆\n不腻",19.9\n金银花,清香,x\n'.encode()
    assert [row for row, _, _ in rejected(data)] == [3]


def test_row_numbers_of_parsed_rows():
    rows = parse_catalog(("名称,价格\n\nA,1\nB,2\n").encode(), "c.csv")
    assert [(r.row, r.draft.name) for r in rows] == [(3, "A"), (4, "B")]


def test_short_rows_take_defaults():
    assert drafts("名称,价格,库存,预警库存\n小米,1\n".encode()) == [ProductDraft(name="小米", price_fen=100)]


@pytest.mark.parametrize("word", ["在售", "上架", "active", "1", "yes", "YES", ""])
def test_active_words(word):
    assert drafts(f"名称,价格,状态\nx,1,{word}\n".encode())[0].active is True


@pytest.mark.parametrize("word", ["停售", "下架", "inactive", "0", "no"])
def test_inactive_words(word):
    assert drafts(f"名称,价格,状态\nx,1,{word}\n".encode())[0].active is False


# unreadable files

@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 40, "Excel (.xlsx)"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 40, "Excel 97–2003 (.xls) or password-protected"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "PNG image"),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 40, "JPEG image"),
        (b"%PDF-1.7\n", "PDF file"),
    ],
)
def test_foreign_files_are_named(data, kind):
    error = unreadable(data, "orders.xlsx")
    english = error.render("en")
    assert kind in english
    assert "orders.xlsx" in english
    assert "CSV" in error.render("zh_CN")


def test_binary_with_nul_is_not_a_text_file():
    error = unreadable(b"\x01\x02\x00\x03binary\x00stuff")
    assert error.render("en") == "catalog.csv is not a text file"


def test_bytes_that_are_neither_utf8_nor_gbk():
    error = unreadable(b"\x81\x30\xff\xfe\xff")
    assert "neither UTF-8 nor GBK" in error.render("en")


@pytest.mark.parametrize("data", [b"", b"\xef\xbb\xbf", b"\r\n\r\n", b" , ,\n"])
def test_an_empty_file(data):
    assert unreadable(data).render("en") == "catalog.csv is empty"


def test_header_only_gives_no_rows():
    assert parse_catalog((HEADER + "\r\n").encode(), "c.csv") == []


# bad rows

def test_every_bad_row_is_reported_with_its_row_column_and_reason():
    data = (
        "名称,价格,库存,商家编码,店铺链接,状态,预警库存\n"
        "米脂黄小米,39.9,10,MZ-1,,,\n"            # row 2: fine
        "巨鹿金银花,13800138000,10,,,,\n"         # row 3: a phone number in the price
        ",19.9,10,,,,\n"                          # row 4: no name
        "小米锅巴,19.9,很多,,,,\n"                 # row 5: stock is not a number
        "礼盒,88,1,MZ-1,,,\n"                      # row 6: merchant code used in row 2
        "红枣,12.805,1,,,,\n"                      # row 7: three decimals
        "挂面,16.8,1,坏 码,,,\n"                   # row 8: bad merchant code
        "锅巴,16.8,1,,shop.cn,,\n"                 # row 9: link without https://
        "锅巴2,16.8,1,,,卖完了,\n"                 # row 10: unknown status
        "锅巴3,16.8,1,,,,-1\n"                     # row 11: negative low-stock level
        "锅巴4,-3,1,,,,\n"                         # row 12: negative price
    ).encode()
    assert rejected(data) == [
        (3, "价格", "'13800138000' is too large for a price (at most 1,000,000.00 yuan)"),
        (4, "名称", "a name is required"),
        (5, "库存", "'很多' is not a whole number (expected e.g. 120)"),
        (6, "商家编码", "'MZ-1' is already used in row 2"),
        (7, "价格", "'12.805' has more than two decimals (fen is the smallest unit)"),
        (8, "商家编码", "'坏 码' is not a merchant code (letters, digits and - _ . / only)"),
        (9, "店铺链接", "'shop.cn' is not a web link (it should start with https://)"),
        (10, "状态", "'卖完了' should be 在售 or 停售"),
        (11, "预警库存", "'-1' is not a whole number (expected e.g. 120)"),
        (12, "价格", "'-3' is not a price (expected e.g. 12.80 or ¥12.80)"),
    ]


def test_a_row_problem_renders_in_both_languages():
    with pytest.raises(ImportRejected) as caught:
        parse_catalog("名称,价格\n米脂黄小米,39.9\n巨鹿金银花,13800138000\n".encode(), "c.csv")
    (problem,) = caught.value.problems
    assert problem.render("en") == (
        "Row 3, 价格: '13800138000' is too large for a price (at most 1,000,000.00 yuan)")
    assert problem.render("zh_CN").startswith("第 3 行，价格：“13800138000”")
    assert caught.value.render("en") == "1 bad rows; nothing was imported"


def test_a_duplicate_code_repeated_three_times_points_at_the_first():
    data = "名称,价格,商家编码\nA,1,X\nB,1,X\nC,1,X\n".encode()
    assert [(row, reason) for row, _, reason in rejected(data)] == [
        (3, "'X' is already used in row 2"), (4, "'X' is already used in row 2")]


def test_a_too_long_name_is_reported_on_the_name_column():
    assert rejected(f"名称,价格\n{'米' * 61},1\n".encode()) == [(2, "名称", "at most 60 characters")]


# export

def test_export_is_utf8_with_bom_and_crlf():
    data = catalog_csv(EXPECTED)
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert text.startswith(HEADER + "\r\n")
    assert text.endswith("\r\n")
    records = text.split("\r\n")
    assert records[1] == ('MZ-XM-2500,米脂黄小米,2.5kg/袋,39.90,126,陕西榆林米脂,"旱地种植\n当年新米",'
                          "https://shop.example.cn/p/1,20,在售")
    assert records[2] == "JL-JYH-50,巨鹿金银花,50g/罐,29.90,8,河北邢台巨鹿,清香,,10,停售"


def test_export_header_is_the_chinese_column_names():
    header = catalog_csv([]).decode("utf-8-sig").rstrip("\r\n").split(",")
    assert header == [chinese for chinese, _ in COLUMNS.values()]


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_export_neutralises_formulas(start):
    draft = ProductDraft(name=f"{start}HYPERLINK(\"http://evil\")", price_fen=100, origin=f"{start}1+1",
                         selling_points=f"{start}cmd|' /C calc'!A0")
    (row,) = list(csv.reader(io.StringIO(catalog_csv([draft]).decode("utf-8-sig"), newline="")))[1:]
    assert row[1] == "'" + draft.name
    assert row[5] == "'" + draft.origin
    assert row[6] == "'" + draft.selling_points
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in row)


@pytest.mark.parametrize(("cell", "out"), [("=1", "'=1"), ("+1", "'+1"), ("-1", "'-1"), ("@x", "'@x"),
                                           ("\t=1", "'\t=1"), ("\r=1", "'\r=1"), ("a=1", "a=1"), ("", ""),
                                           ("'=1", "''=1")])  # so that import gives '=1 back
def test_neutralise(cell, out):
    assert neutralise(cell) == out


def test_export_then_parse():
    assert drafts(catalog_csv(EXPECTED)) == EXPECTED


# property: drafts -> CSV -> drafts

_FORMULA_STARTS = ("=", "+", "-", "@")
_text_chars = st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="\ufeff")


def _text(max_size: int, newlines: bool = False) -> st.SearchStrategy[str]:
    chars = st.one_of(_text_chars, st.sampled_from("\n\r\t")) if newlines else _text_chars
    return st.text(chars, max_size=max_size).filter(lambda s: not s.strip().startswith(_FORMULA_STARTS))


draft_strategy = st.builds(
    ProductDraft,
    name=_text(60).filter(lambda s: s.strip()),
    price_fen=st.integers(0, MAX_PRICE_FEN),
    spec=_text(40),
    stock=st.integers(0, MAX_STOCK),
    merchant_code=st.one_of(st.just(""), st.from_regex(r"[A-Za-z0-9][A-Za-z0-9._\-/]{0,30}", fullmatch=True)),
    origin=_text(40),
    selling_points=_text(200, newlines=True),
    shop_link=st.one_of(st.just(""), st.from_regex(r"https?://[A-Za-z0-9./?=&%_-]{1,60}", fullmatch=True)),
    low_stock_threshold=st.integers(0, MAX_STOCK),
    active=st.booleans(),
)


def _valid(draft: ProductDraft) -> ProductDraft:
    try:
        return draft.validate()
    except ValidationError:
        assume(False)
        raise


@given(st.lists(draft_strategy, max_size=8, unique_by=lambda d: d.merchant_code or object()))
def test_round_trip(generated):
    originals = [_valid(d) for d in generated]
    assert drafts(catalog_csv(originals)) == originals


@given(draft_strategy, st.sampled_from(_FORMULA_STARTS), st.sampled_from(["name", "spec", "origin",
                                                                          "selling_points"]))
def test_round_trip_of_texts_that_start_like_a_formula(draft, start, field):
    draft = _valid(draft)
    value = (start + getattr(draft, field))[: {"name": 60, "spec": 40, "origin": 40}.get(field, 1000)]
    assume(value == value.strip())
    draft = replace(draft, **{field: value})
    assert drafts(catalog_csv([draft])) == [draft]
