"""Product drafts: the rules a product must satisfy before it is stored."""

from dataclasses import fields

import pytest
from hypothesis import given
from hypothesis import strategies as st

from livehelper.domain.errors import ValidationError
from livehelper.domain.product import DEFAULT_LOW_STOCK, MAX_STOCK, Product, ProductDraft, parse_count


def test_validate_strips_every_text_field():
    draft = ProductDraft(name="  米脂黄小米 ", price_fen=3990, spec=" 2.5kg/袋\n", merchant_code=" MZ-1 ",
                         origin=" 米脂 ", selling_points="\t好吃 ", shop_link=" https://shop.example.cn/1 ")
    assert draft.validate() == ProductDraft(name="米脂黄小米", price_fen=3990, spec="2.5kg/袋", merchant_code="MZ-1",
                                            origin="米脂", selling_points="好吃",
                                            shop_link="https://shop.example.cn/1")


def test_defaults():
    draft = ProductDraft(name="小米锅巴", price_fen=1990)
    assert draft.stock == 0
    assert draft.low_stock_threshold == DEFAULT_LOW_STOCK
    assert draft.active is True
    assert draft.validate() == draft


@pytest.mark.parametrize(
    ("changes", "field_name"),
    [
        ({"name": ""}, "name"),
        ({"name": "   "}, "name"),
        ({"name": "米" * 61}, "name"),
        ({"spec": "g" * 41}, "spec"),
        ({"merchant_code": "A" * 65}, "merchant_code"),
        ({"origin": "地" * 41}, "origin"),
        ({"selling_points": "好" * 1001}, "selling_points"),
        ({"shop_link": "https://x.cn/" + "a" * 490}, "shop_link"),
        ({"price_fen": -1}, "price_fen"),
        ({"stock": -1}, "stock"),
        ({"stock": MAX_STOCK + 1}, "stock"),
        ({"low_stock_threshold": -1}, "low_stock_threshold"),
        ({"low_stock_threshold": MAX_STOCK + 1}, "low_stock_threshold"),
        ({"merchant_code": "-MZ"}, "merchant_code"),
        ({"merchant_code": "MZ 01"}, "merchant_code"),
        ({"merchant_code": "编码1"}, "merchant_code"),
        ({"shop_link": "shop.example.cn/p/1"}, "shop_link"),
        ({"shop_link": "javascript:alert(1)"}, "shop_link"),
        ({"shop_link": "https://shop example.cn"}, "shop_link"),
    ],
)
def test_validate_names_the_bad_field(changes, field_name):
    values = {"name": "米脂黄小米", "price_fen": 3990} | changes
    with pytest.raises(ValidationError) as caught:
        ProductDraft(**values).validate()
    assert caught.value.field_name == field_name
    assert caught.value.render("zh_CN") != caught.value.render("en")


@pytest.mark.parametrize("code", ["MZ-XM-2500", "a", "9", "JL_JYH.50/2"])
def test_merchant_codes_accepted(code):
    assert ProductDraft(name="x", price_fen=1, merchant_code=code).validate().merchant_code == code


@pytest.mark.parametrize("link", ["https://shop.example.cn/p/1", "HTTP://SHOP.CN", "http://a.b/?q=1&x=2"])
def test_links_accepted(link):
    assert ProductDraft(name="x", price_fen=1, shop_link=link).validate().shop_link == link


def test_limits_are_inclusive():
    draft = ProductDraft(name="米" * 60, spec="g" * 40, price_fen=0, stock=MAX_STOCK, origin="地" * 40,
                         merchant_code="A" * 64, selling_points="好" * 1000, low_stock_threshold=MAX_STOCK)
    assert draft.validate() == draft


def test_low_stock_is_at_or_below_the_threshold():
    assert Product(name="x", price_fen=1, stock=10, low_stock_threshold=10).is_low_stock
    assert Product(name="x", price_fen=1, stock=0, low_stock_threshold=0).is_low_stock
    assert not Product(name="x", price_fen=1, stock=11, low_stock_threshold=10).is_low_stock


def test_product_draft_keeps_every_draft_field_and_drops_the_rest():
    product = Product(name="巨鹿金银花", price_fen=2990, spec="50g/罐", stock=8, merchant_code="JL-JYH-50",
                      origin="巨鹿", selling_points="清香", shop_link="https://x.cn/1", low_stock_threshold=5,
                      active=False, id=7, version=3, has_photo=True)
    draft = product.draft()
    assert type(draft) is ProductDraft
    for field in fields(ProductDraft):
        assert getattr(draft, field.name) == getattr(product, field.name)


@pytest.mark.parametrize(
    ("text", "value"),
    [("120", 120), (" 1,200 ", 1200), ("120件", 120), ("120 个", 120), ("0", 0), (str(MAX_STOCK), MAX_STOCK)],
)
def test_parse_count(text, value):
    assert parse_count(text, "stock") == value


@pytest.mark.parametrize("text", ["", "abc", "-1", "1.5", "１２０", "十", str(MAX_STOCK + 1)])
def test_parse_count_rejects(text):
    with pytest.raises(ValidationError) as caught:
        parse_count(text, "stock")
    assert caught.value.field_name == "stock"


def test_parse_count_of_an_absurdly_long_number_is_a_validation_error():
    with pytest.raises(ValidationError):
        parse_count("9" * 5000, "stock")


@given(st.text(max_size=200))
def test_parse_count_raises_only_validation_error(text):
    try:
        value = parse_count(text, "stock")
    except ValidationError:
        return
    assert 0 <= value <= MAX_STOCK
