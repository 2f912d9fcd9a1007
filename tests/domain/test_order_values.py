"""The bulk builders of domain.orders give exactly what the dataclass constructors give."""

from __future__ import annotations

import inspect
from dataclasses import fields, replace
from datetime import UTC, datetime

import pytest

from livehelper.domain.orders import Buyer, Order, OrderLine, Platform, build_buyer, build_line, build_order

LINE = ("米脂小米 2.5kg", 2, 2990, "MZ-1", "2.5kg", "6931000000000000001", "待发货", "退款成功", 5980, 7)
BUYER = ("王*", "138****5678", "银州街道 东大街1号", "陕西省", "榆林市", "米脂县", True, True, False)


def _order_values(buyer: Buyer, lines: tuple[OrderLine, ...]) -> tuple[object, ...]:
    return (Platform.DOUYIN, "6931000000000000000", "待发货", 6580, 600, 5980, buyer, "晚上送", "加急",
            datetime(2026, 11, 20, 12, 31, 5, tzinfo=UTC), datetime(2026, 11, 20, 12, 31, 9, tzinfo=UTC), lines,
            "米脂小米", 2, "退款成功", "微信", 7)


@pytest.mark.parametrize(("cls", "builder"), [(OrderLine, build_line), (Buyer, build_buyer), (Order, build_order)])
def test_builders_take_every_field_in_order(cls, builder):
    assert list(inspect.signature(builder).parameters) == [field.name for field in fields(cls)]


def test_builders_equal_the_constructors_field_for_field():
    line, buyer = build_line(*LINE), build_buyer(*BUYER)
    assert line == OrderLine(*LINE) and buyer == Buyer(*BUYER)
    order = build_order(*_order_values(buyer, (line,)))
    expected = Order(*_order_values(Buyer(*BUYER), (OrderLine(*LINE),)))
    assert order == expected and hash(order) == hash(expected)
    assert [getattr(order, field.name) for field in fields(Order)] == list(_order_values(buyer, (line,)))
    assert replace(order, status="已发货").status == "已发货"


def test_built_values_stay_frozen():
    order = build_order(*_order_values(build_buyer(*BUYER), ()))
    with pytest.raises(AttributeError):
        order.status = "已发货"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        build_line(*LINE).qty = 3  # type: ignore[misc]
