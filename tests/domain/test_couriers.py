"""Couriers and tracking numbers: names as platforms write them, refusals, warnings and the S10 check digit."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from livehelper.domain.couriers import (
    COURIERS,
    MAX_TRACKING_LEN,
    courier_by_code,
    find_courier,
    is_valid_s10,
    normalise_tracking,
    s10_check_digit,
    tracking_number_problem,
    tracking_warnings,
)
from livehelper.domain.messages import Message


@pytest.mark.parametrize(("text", "code"), [
    ("顺丰", "SF"), ("顺丰速运", "SF"), ("SF", "SF"), ("sf express", "SF"), ("ＳＦ", "SF"),
    ("中通", "ZTO"), ("中通快递", "ZTO"), ("ZTO", "ZTO"),
    ("圆通", "YTO"), ("圆通速递", "YTO"), ("YTO", "YTO"),
    ("韵达", "YD"), ("韵达快递", "YD"), ("YD", "YD"),
    ("申通", "STO"), ("STO", "STO"),
    ("邮政", "EMS"), ("EMS", "EMS"), ("中国邮政", "EMS"), ("邮政快递包裹", "EMS"), ("中国邮政速递物流", "EMS"),
    ("极兔", "JT"), ("J&T", "JT"), ("JT", "JT"), ("Ｊ＆Ｔ", "JT"), ("极兔速递", "JT"),
    ("京东", "JD"), ("JD", "JD"), ("京东物流", "JD"),
    ("德邦", "DB"), ("德邦快递", "DB"), ("百世", "BEST"), ("百世快递", "BEST"),
    (" 顺丰 速运 ", "SF"),
])
def test_find_courier_by_the_names_platforms_write(text, code):
    courier = find_courier(text)
    assert courier is not None and courier.code == code


@pytest.mark.parametrize("text", ["", "  ", "顺风车", "快递", "物流", "unknown", "S"])
def test_unknown_couriers(text):
    assert find_courier(text) is None


def test_codes_are_unique_and_round_trip():
    assert len({courier.code for courier in COURIERS}) == len(COURIERS)
    for courier in COURIERS:
        assert courier_by_code(courier.code) is courier
        assert find_courier(courier.name) is courier
        assert all(find_courier(alias) is courier for alias in courier.aliases)


@pytest.mark.parametrize(("text", "expected"), [
    ("sf 1234-5678-9012", "SF123456789012"),
    ("ＳＦ１２３４５６７８９０１２", "SF123456789012"),
    ("\ufeff YT1234567890123\u200b", "YT1234567890123"),
    ("ea 123 456 785 cn", "EA123456785CN"),
    ("75\u3000123—456", "75123456"),
])
def test_normalise_tracking(text, expected):
    assert normalise_tracking(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "--", "顺丰1234567890", "SF12345678.9", "SF1234", "1" * 31, "ABCDEFGHIJ"])
def test_surely_wrong_numbers_are_refused(text):
    problem = tracking_number_problem(text)
    assert isinstance(problem, Message)
    assert problem.render("en") and problem.render("zh_CN")


def test_refusal_names_the_bad_character():
    problem = tracking_number_problem("SF123456789012号")
    assert problem is not None and "号" in problem.render("en")


@pytest.mark.parametrize("text", ["SF1234567890123", "75123456789012", "12345678", "1" * MAX_TRACKING_LEN])
def test_plausible_numbers_are_not_refused(text):
    assert tracking_number_problem(text) is None


def _courier(code):
    courier = courier_by_code(code)
    assert courier is not None
    return courier


@pytest.mark.parametrize(("code", "good", "bad"), [
    ("SF", ["SF123456789012", "SF1234567890123", "sf 1234 5678 9012 3"],
     ["SF12345678901", "123456789012", "SF12345678901234"]),
    ("ZTO", ["123456789012", "12345678901234"], ["12345678901", "123456789012345", "ZT123456789012"]),
    ("YTO", ["YT1234567890123"], ["YT123456789012", "1234567890123"]),
    ("YD", ["1234567890123", "123456789012345"], ["12345678901234", "123456789012"]),
    ("STO", ["123456789012", "123456789012345"], ["12345678901", "1234567890123456"]),
    ("JT", ["JT1234567890123"], ["JT12345678901", "1234567890123"]),
    ("JD", ["JD0012345678901", "JDVA12345678901", "JD12345678"], ["12345678901", "JDABC1234567"]),
    ("EMS", ["1123456789012", "9812345678901", "EA473124829CN", "RR473124829GB"],
     ["2123456789012", "112345678901", "EA47312482CN"]),
])
def test_tracking_shapes(code, good, bad):
    courier = _courier(code)
    for number in good:
        assert tracking_warnings(courier, number) == [], number
    for number in bad:
        warnings = tracking_warnings(courier, number)
        assert warnings, number
        assert courier.name in warnings[0].render("zh_CN")


def test_couriers_without_a_known_shape_and_no_courier_give_no_warnings():
    assert tracking_warnings(_courier("DB"), "whatever") == []
    assert tracking_warnings(None, "SF123") == []
    assert tracking_warnings(_courier("SF"), "") == []


def test_a_number_of_another_courier_is_pointed_out():
    warnings = tracking_warnings(_courier("ZTO"), "SF1234567890123")
    assert [w.template for w in warnings][1] == "{number} looks like a {courier} tracking number"
    assert "顺丰" in warnings[1].render("zh_CN")


def test_s10_check_digit_of_the_upu_example():
    # 4·8 + 7·6 + 3·4 + 1·2 + 2·3 + 4·5 + 8·9 + 2·7 = 200; 200 mod 11 = 2; 11 − 2 = 9
    assert s10_check_digit("47312482") == 9
    assert is_valid_s10("RR473124829GB")
    assert not is_valid_s10("RR473124828GB")


def test_s10_special_cases_10_and_11():
    # sum mod 11 == 1 → 10 → 0; sum mod 11 == 0 → 11 → 5
    assert s10_check_digit("00000000") == 5  # sum 0
    assert s10_check_digit("00060000") == 0  # 6·2 = 12, 12 mod 11 = 1
    assert s10_check_digit("10000000") == 3  # 8 → 11 − 8


serials = st.text(alphabet="0123456789", min_size=8, max_size=8)
letters = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=2)


def _reference_check_digit(serial):
    total = sum(int(d) * w for d, w in zip(serial, [8, 6, 4, 2, 3, 5, 9, 7], strict=True))
    check = 11 - total % 11
    return 0 if check == 10 else 5 if check == 11 else check


@given(serials)
def test_s10_check_digit_matches_the_reference_rule(serial):
    assert s10_check_digit(serial) == _reference_check_digit(serial)
    assert 0 <= s10_check_digit(serial) <= 9


@given(letters, serials, letters)
def test_every_valid_s10_number_passes(service, serial, country):
    number = f"{service}{serial}{s10_check_digit(serial)}{country}"
    assert is_valid_s10(number)
    assert tracking_number_problem(number) is None
    assert tracking_warnings(_courier("EMS"), number) == []
    assert tracking_warnings(_courier("EMS"), number.lower()) == []


@given(letters, serials, letters, st.integers(min_value=0, max_value=8), st.integers(min_value=1, max_value=9))
def test_any_single_digit_change_is_flagged(service, serial, country, position, delta):
    digits = serial + str(s10_check_digit(serial))
    changed = digits[:position] + str((int(digits[position]) + delta) % 10) + digits[position + 1:]
    number = f"{service}{changed}{country}"
    # The S10 rule maps two sums to the check digit 5 (sum mod 11 = 0 gives 11 → 5, sum mod 11 = 6 gives 5), so a
    # change that moves the sum between those two residues cannot be seen. Every other single-digit change can.
    residues = {_weighted_sum(serial) % 11, _weighted_sum(changed[:8]) % 11}
    blind_spot = position < 8 and residues == {0, 6}
    assert is_valid_s10(number) == blind_spot
    warnings = tracking_warnings(_courier("EMS"), number)
    expected = [] if blind_spot else ["the check digit of {number} does not match; please look for a typo"]
    assert [w.template for w in warnings] == expected


def _weighted_sum(serial):
    return sum(int(d) * w for d, w in zip(serial, [8, 6, 4, 2, 3, 5, 9, 7], strict=True))


def test_the_s10_blind_spot_is_real_and_narrow():
    assert is_valid_s10("AA915666775AA") and is_valid_s10("AA905666775AA")  # 1 → 0 at weight 6 is not detected
    undetected = total = 0
    for serial in (f"{n:08d}" for n in range(0, 100_000_000, 9_999_991)):
        digits = serial + str(s10_check_digit(serial))
        for position in range(9):
            for digit in "0123456789":
                if digit != digits[position]:
                    total += 1
                    undetected += is_valid_s10(f"EA{digits[:position]}{digit}{digits[position + 1:]}CN")
    assert undetected < total * 0.05


def test_s10_check_digit_rejects_a_bad_serial():
    with pytest.raises(ValueError):
        s10_check_digit("1234567")


@given(st.text())
def test_arbitrary_text_never_raises(text):
    normalised = normalise_tracking(text)
    assert normalise_tracking(normalised) == normalised
    assert tracking_number_problem(text) is None or isinstance(tracking_number_problem(text), Message)
    find_courier(text)
    for courier in (*COURIERS, None):
        for warning in tracking_warnings(courier, text):
            assert warning.render("en") and warning.render("zh_CN")


@given(st.text())
def test_accepted_numbers_are_ascii_letters_and_digits(text):
    if tracking_number_problem(text) is None:
        number = normalise_tracking(text)
        assert number.isascii() and number.isalnum() and number == number.upper()
        assert 8 <= len(number) <= MAX_TRACKING_LEN
