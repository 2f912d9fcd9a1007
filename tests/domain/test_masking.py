"""Masking of buyer phones, names and addresses: the conventions, and that nothing more than they allow shows."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from livehelper.domain.masking import COMPOUND_SURNAMES, mask_address, mask_name, mask_phone


@pytest.mark.parametrize(("text", "expected"), [
    ("13812345678", "138****5678"),
    ("+86 138-1234-5678", "138****5678"),
    ("+8613812345678", "138****5678"),
    ("008613812345678", "138****5678"),
    ("86 138 1234 5678", "138****5678"),
    ("１３８１２３４５６７８", "138****5678"),
    ("138****5678", "138****5678"),
    ("+86 138****5678", "138****5678"),
    ("010-12345678", "010-****5678"),
    ("(021) 6123 4567", "021-****4567"),
    ("0571-8888 1234-801", "0571-****1234"),
    ("057188881234", "0571-****1234"),
    ("+86 571 8888 1234", "0571-****1234"),
    ("400-123-4567", "****4567"),
    ("+1 415 555 0100", "****0100"),
    ("12345", "****"),
    ("未知", "****"),
    ("", ""),
    ("   ", ""),
])
def test_mask_phone(text, expected):
    assert mask_phone(text) == expected


separators = st.sampled_from(["", " ", "-", "\u3000"])


@given(st.from_regex(r"1[0-9]{10}", fullmatch=True), st.sampled_from(["", "+86", "+86 ", "0086", "86 "]), separators)
def test_a_mobile_keeps_exactly_the_first_3_and_last_4_digits(mobile, prefix, sep):
    written = prefix + sep.join([mobile[:3], mobile[3:7], mobile[7:]])
    assert mask_phone(written) == mobile[:3] + "****" + mobile[7:]


@given(st.text())
def test_a_masked_phone_shows_at_most_7_digits_and_nothing_but_digits_stars_and_a_dash(text):
    masked = mask_phone(text)
    assert re.fullmatch(r"|[0-9]{0,4}-?\*{4}[0-9]{0,4}", masked), masked
    assert len(re.sub("[^0-9]", "", masked)) <= 8  # a landline: 3–4 digits of area code and 4 of the number


@pytest.mark.parametrize(("name", "expected"), [
    ("王小明", "王**"), ("王二", "王*"), ("林", "*"), ("欧阳娜娜", "欧阳**"), ("司马光", "司马*"), ("欧阳", "欧*"),
    ("诸葛亮", "诸葛*"), (" 王 小明 ", "王**"), ("王先生", "王**"), ("迪丽热巴·迪力木拉提", "迪*********"),
    ("Li Lei", "L*****"), ("  John   Smith ", "J*********"), ("ＬＩ", "L*"), ("", ""), ("   ", ""),
])
def test_mask_name(name, expected):
    assert mask_name(name) == expected


cjk = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)


@given(st.text(cjk, min_size=2, max_size=6))
def test_a_masked_chinese_name_keeps_only_the_surname(name):
    masked = mask_name(name)
    kept = 2 if name[:2] in COMPOUND_SURNAMES and len(name) > 2 else 1
    assert masked == name[:kept] + "*" * (len(name) - kept)


@given(st.sampled_from(sorted(COMPOUND_SURNAMES)), st.text(cjk, min_size=1, max_size=3))
def test_compound_surnames_are_kept(surname, given_name):
    assert mask_name(surname + given_name) == surname + "*" * len(given_name)


@given(st.text())
def test_a_masked_name_shows_at_most_two_characters(name):
    masked = mask_name(name)
    visible = masked.rstrip("*")
    assert len(visible) <= 2
    assert masked == "" or set(masked[len(visible):]) == {"*"}


@pytest.mark.parametrize(("parts", "expected"), [
    (("江苏省", "南京市", "建邺区", "江东中路 100 号 3 栋"), "江苏省 南京市 建邺区 ****"),
    (("北京市", "北京市", "朝阳区", "建国路 88 号"), "北京市 朝阳区 ****"),
    (("陕西省", "榆林市", "米脂县", ""), "陕西省 榆林市 米脂县"),
    (("陕西省", "", "", "米脂县银州镇 12 号"), "陕西省 ****"),
    (("北京市朝阳区建国路88号", "", "", ""), "****"),  # a whole address in the province column shows nothing
    (("江苏省", "南京市建邺区江东中路100号", "", "3栋"), "江苏省 ****"),
    (("", "", "", ""), ""),
])
def test_mask_address(parts, expected):
    assert mask_address(*parts) == expected


def test_mask_address_can_show_the_street_or_town():
    assert mask_address("陕西省", "榆林市", "米脂县", "银州镇 北街 12 号", with_street=True) == (
        "陕西省 榆林市 米脂县 银州镇 ****")
    assert mask_address("江苏省", "南京市", "建邺区", "沙洲街道江东中路100号", with_street=True) == (
        "江苏省 南京市 建邺区 沙洲街道 ****")
    assert mask_address("江苏省", "南京市", "建邺区", "江东中路100号", with_street=True) == "江苏省 南京市 建邺区 ****"


@given(st.text(), st.text(), st.text(), st.text(min_size=1).filter(str.strip), st.booleans())
def test_the_detail_never_shows_beyond_a_street(province, city, district, detail, with_street):
    masked = mask_address(province, city, district, detail, with_street=with_street)
    assert masked.endswith("****")
    assert not any(char.isdigit() for char in masked)


@given(st.text(), st.text(), st.text(), st.text(), st.booleans())
def test_mask_address_never_raises(province, city, district, detail, with_street):
    assert isinstance(mask_address(province, city, district, detail, with_street=with_street), str)
