"""Manual order entry: phone numbers, provinces, and the form's checks field by field."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from livehelper.domain.errors import ValidationError
from livehelper.domain.manual_order import (
    FIELDS,
    PROVINCES,
    ManualOrder,
    check_manual_order,
    normalise_phone,
    normalise_province,
    validated,
)
from livehelper.domain.order_import import normalise_mobile

GOOD = ManualOrder(buyer_name="刘桂兰", phone="138 0013 8001", province="山东", city="济南市", district="历下区",
                   detail="泉城路100号 3单元502", note="要新米", items=((1, 2), (2, 1)), shipping_fen=800)


def problem(order: ManualOrder) -> tuple[str, str]:
    with pytest.raises(ValidationError) as caught:
        validated(order)
    assert caught.value.field_name in FIELDS
    assert caught.value.render("zh_CN") != caught.value.render("en")  # a Chinese text exists
    return caught.value.field_name, caught.value.render("en")


def test_the_34_provincial_level_divisions():
    assert len(PROVINCES) == len(set(PROVINCES)) == 34
    assert (PROVINCES[0], PROVINCES[-1]) == ("北京市", "澳门特别行政区")
    assert {"陕西省", "内蒙古自治区", "广西壮族自治区", "新疆维吾尔自治区", "台湾省", "香港特别行政区"} <= set(
        PROVINCES)


@pytest.mark.parametrize(("typed", "province"), [
    ("陕西省", "陕西省"), ("陕西", "陕西省"), ("山西", "山西省"), (" 北京 ", "北京市"), ("北京市", "北京市"),
    ("内蒙古", "内蒙古自治区"), ("广西", "广西壮族自治区"), ("广西自治区", "广西壮族自治区"),
    ("新疆", "新疆维吾尔自治区"),
    ("宁夏", "宁夏回族自治区"), ("西藏", "西藏自治区"), ("香港", "香港特别行政区"), ("黑龙江", "黑龙江省"),
    ("加州", None), ("", None), ("省", None), ("榆林市", None)])
def test_province_short_forms(typed, province):
    assert normalise_province(typed) == province


@pytest.mark.parametrize(("typed", "phone"), [
    ("13800138000", "13800138000"), ("138 0013 8000", "13800138000"), ("138-0013-8000", "13800138000"),
    ("+86 138 0013 8000", "13800138000"), ("+86-13800138000", "13800138000"), ("0086 13800138000", "13800138000"),
    ("１３８００１３８０００", "13800138000"), ("（+86）13800138000", "13800138000"),
    ("0912-1234567", "0912-1234567"), ("0912 1234567", "0912-1234567"), ("(0912)1234567", "0912-1234567"),
    ("09121234567", "0912-1234567"), ("010-12345678", "010-12345678"), ("021 6123 4567", "021-61234567"),
    ("+86 912 1234567", "0912-1234567"), ("０９１２－１２３４５６７", "0912-1234567"),
    ("12345678901", None), ("1380013800", None), ("138001380001", None), ("0912-0234567", None),
    ("0912-123456", None), ("0912-123456789", None), ("0112-1234567", None), ("12345", None), ("", None),
    ("138 0013 800O", None), ("١٣٨٠٠١٣٨٠٠٠", None)])
def test_phone_numbers(typed, phone):
    assert normalise_phone(typed) == phone


_MOBILES = st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True)
_FULL_WIDTH = str.maketrans("0123456789+-", "０１２３４５６７８９＋－")


@st.composite
def decorated_mobiles(draw: st.DrawFn) -> tuple[str, str]:
    """A mobile number and how someone might type it: spaces, dashes, +86, full-width digits."""
    mobile = draw(_MOBILES)
    cuts = sorted(draw(st.sets(st.integers(1, 10), max_size=3)))
    parts = [mobile[start:end] for start, end in zip([0, *cuts], [*cuts, 11], strict=True)]
    text = draw(st.sampled_from([" ", "-", "", "　"])).join(parts)
    text = draw(st.sampled_from(["", "+86 ", "+86-", "0086 ", "86"])) + text
    if draw(st.booleans()):
        text = text.translate(_FULL_WIDTH)
    return mobile, f" {text} " if draw(st.booleans()) else text


@given(decorated_mobiles())
def test_any_way_of_typing_a_mobile_number_normalises_to_its_11_digits(case):
    mobile, typed = case
    assert normalise_phone(typed) == mobile
    assert normalise_mobile(typed) == mobile


@given(st.text(max_size=24))
def test_normalised_phones_are_canonical(text):
    phone = normalise_phone(text)
    if phone is not None:
        assert re.fullmatch(r"1[3-9][0-9]{9}|0[0-9]{2,3}-[1-9][0-9]{6,7}|1[3-9][0-9]{9}-[0-9]{1,6}|[0-9]*\*+[0-9]+",
                            phone)
        assert normalise_phone(phone) == phone


def test_a_good_order_is_tidied():
    tidy = validated(replace(GOOD, buyer_name=" 刘桂兰 ", items=((1, 2), (2, 1), (1, 3)), detail="泉城路 100号  3单元"))
    assert (tidy.buyer_name, tidy.phone, tidy.province) == ("刘桂兰", "13800138001", "山东省")
    assert tidy.items == ((1, 5), (2, 1))  # one line per product
    assert tidy.detail == "泉城路 100号 3单元"


@pytest.mark.parametrize(("changes", "field", "text"), [
    ({"buyer_name": "  "}, "buyer_name", "the buyer's name is required"),
    ({"buyer_name": "王" * 31}, "buyer_name", "at most 30 characters"),
    ({"phone": ""}, "phone", "a phone number is required"),
    ({"phone": "12345"}, "phone", "'12345' is not a phone number"),
    ({"province": ""}, "province", "a province is required"),
    ({"province": "加州"}, "province", "'加州' is not a province, region or municipality of China"),
    ({"city": ""}, "city", "a city is required"),
    ({"city": "山东省"}, "city", "'山东省' is the province; give the city"),
    ({"district": " "}, "district", "a district or county is required"),
    ({"detail": "泉城路"}, "detail", "the detailed address needs at least 4 characters"),
    ({"detail": "路" * 121}, "detail", "at most 120 characters"),
    ({"note": "好" * 501}, "note", "at most 500 characters"),
    ({"items": ()}, "items", "add at least one product"),
    ({"items": ((1, 0),)}, "items", "a whole number from 1 to 9999"),
    ({"items": ((1, 10_000),)}, "items", "a whole number from 1 to 9999"),
    ({"items": ((1, 5000), (1, 5000))}, "items", "a whole number from 1 to 9999"),
    ({"shipping_fen": -1}, "shipping_fen", "the shipping fee must be from 0.00 to 1000000.00"),
])
def test_each_field_is_checked(changes, field, text):
    name, message = problem(replace(GOOD, **changes))
    assert name == field
    assert text in message


def test_a_municipality_may_repeat_its_name_as_the_city():
    tidy = validated(replace(GOOD, province="北京", city="北京市", district="朝阳区"))
    assert (tidy.province, tidy.city) == ("北京市", "北京市")


def test_every_problem_is_reported_in_the_forms_order():
    _, problems = check_manual_order(ManualOrder("", "1", "", "", "", "", items=()))
    assert [p.field_name for p in problems] == ["buyer_name", "phone", "province", "city", "district", "detail",
                                                "items"]
