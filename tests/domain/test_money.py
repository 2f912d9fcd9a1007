"""Money is an integer number of fen; parsing is exact and never uses float."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from livehelper.domain.errors import ValidationError
from livehelper.domain.money import MAX_PRICE_FEN, format_fen, parse_fen


@pytest.mark.parametrize(
    ("text", "fen"),
    [
        ("12.8", 1280),
        ("12.80", 1280),
        ("¥12.80", 1280),
        ("￥12.80", 1280),
        ("¥ 12.80", 1280),
        ("12.80元", 1280),
        ("12.80 元", 1280),
        ("¥12.8元", 1280),
        ("12.80RMB", 1280),
        ("12.80 cny", 1280),
        ("1,280.50", 128050),
        ("1,000,000", 100_000_000),
        (" 39.9 ", 3990),
        ("39.90\n", 3990),
        ("0.5", 50),
        (".5", 50),
        ("0.05", 5),
        ("0", 0),
        ("0.00", 0),
        ("128", 12800),
        ("12.", 1200),
        ("1000000.00", MAX_PRICE_FEN),
    ],
)
def test_parse_fen_accepts_what_people_type(text, fen):
    assert parse_fen(text) == fen


@pytest.mark.parametrize(
    ("text", "template_part"),
    [
        ("", "is not a price"),
        ("   ", "is not a price"),
        ("abc", "is not a price"),
        ("¥", "is not a price"),
        ("元", "is not a price"),
        (".", "is not a price"),
        ("12.8.1", "is not a price"),
        ("-3", "is not a price"),
        ("-0.5", "is not a price"),
        ("12,80", "is not a price"),
        ("1,2345", "is not a price"),
        ("12.805", "more than two decimals"),
        ("0.001", "more than two decimals"),
        ("13800138000", "too large for a price"),
        ("1000000.01", "too large for a price"),
        ("12.8 元 元", "is not a price"),
        ("1e3", "is not a price"),
    ],
)
def test_parse_fen_rejects_with_a_reason(text, template_part):
    with pytest.raises(ValidationError) as caught:
        parse_fen(text, "price_fen")
    assert caught.value.field_name == "price_fen"
    assert template_part in caught.value.message.template
    assert caught.value.message.params["value"] == text.strip()


def test_a_phone_number_in_the_price_says_so_in_chinese():
    with pytest.raises(ValidationError) as caught:
        parse_fen("13800138000")
    assert "电话号码" in caught.value.render("zh_CN")
    assert "13800138000" in caught.value.render("en")


def test_an_absurdly_long_number_is_a_validation_error():
    with pytest.raises(ValidationError):
        parse_fen("9" * 5000)


@pytest.mark.parametrize(
    ("fen", "text", "with_symbol"),
    [
        (0, "0.00", "¥0.00"),
        (5, "0.05", "¥0.05"),
        (50, "0.50", "¥0.50"),
        (1280, "12.80", "¥12.80"),
        (12800, "128.00", "¥128.00"),
        (MAX_PRICE_FEN, "1000000.00", "¥1000000.00"),
        (-1280, "-12.80", "-¥12.80"),
    ],
)
def test_format_fen(fen, text, with_symbol):
    assert format_fen(fen) == text
    assert format_fen(fen, symbol=True) == with_symbol


fens = st.integers(min_value=0, max_value=MAX_PRICE_FEN)


@given(fens)
def test_format_then_parse_is_identity(fen):
    assert parse_fen(format_fen(fen)) == fen


@given(fens, st.sampled_from(["¥", "￥", ""]), st.sampled_from(["元", " 元", ""]))
def test_format_then_parse_with_symbols_is_identity(fen, prefix, suffix):
    assert parse_fen(prefix + format_fen(fen) + suffix) == fen
    assert parse_fen(format_fen(fen, symbol=True) + suffix) == fen


@given(fens)
def test_thousands_separators_parse(fen):
    yuan, cents = divmod(fen, 100)
    assert parse_fen(f"{yuan:,}.{cents:02d}") == fen


@given(st.text())
def test_parse_fen_raises_only_validation_error(text):
    try:
        fen = parse_fen(text)
    except ValidationError:
        return
    assert isinstance(fen, int)
    assert 0 <= fen <= MAX_PRICE_FEN
