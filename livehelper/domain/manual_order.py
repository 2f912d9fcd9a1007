"""Orders typed in by hand (WeChat regulars, phone orders): the form's values, checked and normalised.

`check_manual_order` gives the normalised order and every problem, field by field in the form's order, so a
form can mark all of them at once; `validated` raises the first. Whether the products exist and are on sale
is for the service to say (it needs the catalog).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from livehelper.domain.errors import ValidationError
from livehelper.domain.messages import Message
from livehelper.domain.money import MAX_PRICE_FEN, format_fen
from livehelper.domain.order_cells import normalise_mobile
from livehelper.domain.phones import PhoneKind, parse_phone

# The 34 provincial-level divisions in the order of the national standard (GB/T 2260).
PROVINCES = (
    "北京市", "天津市", "河北省", "山西省", "内蒙古自治区", "辽宁省", "吉林省", "黑龙江省", "上海市", "江苏省",
    "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "广西壮族自治区",
    "海南省", "重庆市", "四川省", "贵州省", "云南省", "西藏自治区", "陕西省", "甘肃省", "青海省", "宁夏回族自治区",
    "新疆维吾尔自治区", "台湾省", "香港特别行政区", "澳门特别行政区",
)
# Where the city may be written as the province itself (北京市 北京市 朝阳区).
CITY_MAY_REPEAT_PROVINCE = frozenset({"北京市", "天津市", "上海市", "重庆市", "香港特别行政区", "澳门特别行政区"})
_SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市")

MAX_NAME = 30
MAX_PLACE = 20  # a city or district name
MIN_DETAIL = 4
MAX_DETAIL = 120
MAX_NOTE = 500
MAX_QTY = 9999

_LANDLINE_SUBSCRIBER = re.compile(r"[1-9][0-9]{6,7}")
_SEPARATORS = re.compile(r"[\s\-()]")

FIELDS = ("buyer_name", "phone", "province", "city", "district", "detail", "note", "items", "shipping_fen")


@dataclass(frozen=True)
class ManualOrder:
    """What the manual order form holds. `items` are (catalog product id, quantity); money in fen."""

    buyer_name: str
    phone: str
    province: str
    city: str
    district: str
    detail: str
    note: str = ""
    items: tuple[tuple[int, int], ...] = ()
    shipping_fen: int = 0


def _short(name: str) -> str:
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[:-len(suffix)]
    return name


_BY_SHORT_NAME = {_short(name): name for name in PROVINCES}


def normalise_province(text: str) -> str | None:
    """The full name in PROVINCES for "陕西省", "陕西", "广西", "内蒙古自治区" …; None when it is none of them."""
    name = unicodedata.normalize("NFKC", text).strip()
    if name in PROVINCES:
        return name
    return _BY_SHORT_NAME.get(_short(name))


def _landline(digits: str) -> str | None:
    if not digits.startswith("0"):
        return None
    # 010 and 020–029 are the three-digit area codes; every other one has four digits (0912 榆林).
    area_length = 3 if digits.startswith(("010", "02")) else 4
    area, number = digits[:area_length], digits[area_length:]
    if area.startswith("01") and area != "010":
        return None
    if not _LANDLINE_SUBSCRIBER.fullmatch(number):
        return None
    return f"{area}-{number}"


def normalise_phone(text: str) -> str | None:
    """A mainland mobile number as 11 digits ("13800138000"), a landline as area code and number
    ("0912-1234567"), a virtual number with its extension ("13800000000-1234") or a platform's masked number
    ("138****5678"); None for anything else. Spaces, dashes, brackets, a +86 prefix and full-width
    characters are accepted."""
    plain = unicodedata.normalize("NFKC", text).strip()
    mobile = normalise_mobile(plain)
    if mobile is not None:
        return mobile
    digits = _SEPARATORS.sub("", plain)
    if digits.startswith(("+86", "0086")):
        digits = digits.removeprefix("+").removeprefix("00")[2:]
        if not digits.startswith("0"):
            digits = "0" + digits  # +86 912 1234567: the trunk 0 is dropped after the country code
    landline = _landline(digits) if digits.isascii() and digits.isdigit() else None
    if landline is None:  # a virtual number with its extension, or a masked one copied from a platform order
        phone = parse_phone(plain)
        if phone is not None and phone.kind in (PhoneKind.VIRTUAL, PhoneKind.MASKED):
            return phone.text
    return landline


def _text(value: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", value).split())


def _check_place(field_name: str, value: str, required: Message, problems: list[ValidationError]) -> None:
    if not value:
        problems.append(ValidationError(field_name, required))
    elif len(value) > MAX_PLACE:
        problems.append(ValidationError(field_name, Message("at most {limit} characters", limit=MAX_PLACE)))


def _merged_items(items: tuple[tuple[int, int], ...], problems: list[ValidationError]) -> tuple[tuple[int, int], ...]:
    quantities: dict[int, int] = {}
    for product_id, qty in items:
        if not isinstance(qty, int) or isinstance(qty, bool) or not 1 <= qty <= MAX_QTY:
            problems.append(ValidationError("items", Message(
                "the quantity of each product must be a whole number from 1 to {maximum}", maximum=MAX_QTY)))
            return items
        quantities[product_id] = quantities.get(product_id, 0) + qty
    if not quantities:
        problems.append(ValidationError("items", Message("add at least one product")))
    elif max(quantities.values()) > MAX_QTY:
        problems.append(ValidationError("items", Message(
            "the quantity of each product must be a whole number from 1 to {maximum}", maximum=MAX_QTY)))
    return tuple(quantities.items())


def check_manual_order(order: ManualOrder) -> tuple[ManualOrder, list[ValidationError]]:
    """The order with its texts tidied (phone and province normalised, one line per product) and its problems."""
    problems: list[ValidationError] = []
    name = _text(order.buyer_name)
    if not name:
        problems.append(ValidationError("buyer_name", Message("the buyer's name is required")))
    elif len(name) > MAX_NAME:
        problems.append(ValidationError("buyer_name", Message("at most {limit} characters", limit=MAX_NAME)))
    phone = normalise_phone(order.phone)
    if not order.phone.strip():
        problems.append(ValidationError("phone", Message("a phone number is required")))
    elif phone is None:
        problems.append(ValidationError("phone", Message(
            "'{value}' is not a phone number: a mobile number has 11 digits starting with 13 to 19, a landline "
            "starts with its area code (e.g. 0912-1234567)", value=order.phone.strip()[:40])))
    province = normalise_province(order.province)
    if not order.province.strip():
        problems.append(ValidationError("province", Message("a province is required")))
    elif province is None:
        problems.append(ValidationError("province", Message(
            "'{value}' is not a province, region or municipality of China (e.g. 陕西省, 北京市)",
            value=order.province.strip()[:40])))
    city, district = _text(order.city), _text(order.district)
    _check_place("city", city, Message("a city is required"), problems)
    if province and city and city not in CITY_MAY_REPEAT_PROVINCE and normalise_province(city) == province:
        problems.append(ValidationError("city", Message(
            "'{value}' is the province; give the city (e.g. 榆林市)", value=city)))
    _check_place("district", district, Message("a district or county is required"), problems)
    detail = _text(order.detail)
    if len(detail) < MIN_DETAIL:
        problems.append(ValidationError("detail", Message(
            "the detailed address needs at least {limit} characters (street, number, building)", limit=MIN_DETAIL)))
    elif len(detail) > MAX_DETAIL:
        problems.append(ValidationError("detail", Message("at most {limit} characters", limit=MAX_DETAIL)))
    note = order.note.strip()
    if len(note) > MAX_NOTE:
        problems.append(ValidationError("note", Message("at most {limit} characters", limit=MAX_NOTE)))
    items = _merged_items(order.items, problems)
    if not 0 <= order.shipping_fen <= MAX_PRICE_FEN:
        problems.append(ValidationError("shipping_fen", Message(
            "the shipping fee must be from 0.00 to {maximum}", maximum=format_fen(MAX_PRICE_FEN))))
    tidy = replace(order, buyer_name=name, phone=phone or order.phone, province=province or order.province,
                   city=city, district=district, detail=detail, note=note, items=items)
    return tidy, problems


def validated(order: ManualOrder) -> ManualOrder:
    """The tidied order; ValidationError for the first problem (in the form's order)."""
    tidy, problems = check_manual_order(order)
    if problems:
        raise problems[0]
    return tidy
