from hypothesis import given
from hypothesis import strategies as st

from livehelper.domain.cues import (
    MISSING_VALUE_TEMPLATE,
    UNKNOWN_VARIABLE_PLACEHOLDER,
    Card,
    fill_variables,
    find_variables,
    format_deck,
    is_normal_card,
    normalise_card,
    parse_deck,
)

SAMPLE_DECK = """# 开场
家人们好，欢迎来到直播间！
今天给大家带来{名称}。

---
# 价格
{名称} {规格}，只要{价格}。

   ---
没有标题的卡片
#话题 不是标题
---

---
"""


def test_parse_sample_deck():
    assert parse_deck(SAMPLE_DECK) == [
        Card("开场", "家人们好，欢迎来到直播间！\n今天给大家带来{名称}。"),
        Card("价格", "{名称} {规格}，只要{价格}。"),
        Card("", "没有标题的卡片\n#话题 不是标题"),
    ]


def test_windows_line_endings_parse_like_unix_ones():
    assert parse_deck(SAMPLE_DECK.replace("\n", "\r\n")) == parse_deck(SAMPLE_DECK)


def test_title_only_card_and_bare_heading():
    assert parse_deck("# 下播\n\n---\n#\n") == [Card("下播", "")]
    assert parse_deck("#\u3000欢迎新粉\n  关注一下主播") == [Card("欢迎新粉", "  关注一下主播")]


def test_hashtag_without_space_is_body_text():
    assert parse_deck("#米脂小米#\n好吃") == [Card("", "#米脂小米#\n好吃")]


def test_format_deck_reads_naturally():
    cards = [Card("开场", "大家好"), Card("", "第二张")]
    assert format_deck(cards) == "# 开场\n大家好\n\n---\n\n第二张\n"
    assert format_deck([]) == ""


def test_untitled_card_whose_body_looks_like_a_heading_round_trips():
    cards = [Card("", "# 这行是正文"), Card("", "#")]
    assert parse_deck(format_deck(cards)) == cards


def test_normalise_card_escapes_separator_lines_and_joins_title_lines():
    card = normalise_card(Card(" 福利\r\n秒杀 ", "\n\n第一段\r\n ---\n第二段\n  \n"))
    assert card == Card("福利 秒杀", "第一段\n- - -\n第二段")
    assert is_normal_card(card)
    assert not is_normal_card(Card("", ""))


deck_lines = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["---", " --- ", "---x", "# 标题", "#", "#  ", "# ---", "#话题", "", "  ", "\t"]),
)
deck_texts = st.builds(
    lambda lines, newline: newline.join(lines),
    st.lists(deck_lines, max_size=12),
    st.sampled_from(["\n", "\r\n", "\r"]),
)
any_cards = st.lists(st.builds(Card, st.text(max_size=20), st.text(max_size=40)), max_size=6)


@given(deck_texts)
def test_text_cards_text_cards_is_stable(text):
    cards = parse_deck(text)
    assert parse_deck(format_deck(cards)) == cards
    assert all(is_normal_card(card) for card in cards)


@given(st.text())
def test_parse_deck_never_crashes_and_gives_normal_cards(text):
    cards = parse_deck(text)
    assert parse_deck(format_deck(cards)) == cards
    assert all(is_normal_card(card) for card in cards)


@given(any_cards)
def test_normalised_cards_round_trip(cards):
    normal = [card for card in map(normalise_card, cards) if card.title or card.body]
    assert parse_deck(format_deck(normal)) == normal


@given(st.builds(Card, st.text(), st.text()))
def test_normalise_card_is_idempotent(card):
    once = normalise_card(card)
    assert normalise_card(once) == once


# Variables

PRODUCT = {"名称": "米脂黄小米", "规格": "2.5kg/袋", "价格": "¥39.90", "库存": "120", "产地": "陕西米脂"}


def test_fill_chinese_and_english_names():
    filled = fill_variables("{名称}（{spec}）只要{ price }，产地{Origin}", PRODUCT)
    assert filled.text == "米脂黄小米（2.5kg/袋）只要¥39.90，产地陕西米脂"
    assert filled.ok


def test_values_may_be_keyed_by_english_names():
    assert fill_variables("{名称}{库存}", {"name": "锅巴", "stock": "0"}).text == "锅巴0"


def test_unknown_variable_is_reported_not_printed():
    text = "今天{折扣}，{名称}"
    filled = fill_variables(text, PRODUCT)
    assert filled.text == f"今天{UNKNOWN_VARIABLE_PLACEHOLDER}，米脂黄小米"
    (ref,) = filled.unknown
    assert (ref.start, ref.end, ref.name, ref.known) == (2, 6, "折扣", False)
    assert text[ref.start : ref.end] == "{折扣}"
    assert not filled.ok


def test_missing_value_gets_a_visible_placeholder():
    filled = fill_variables("卖点：{卖点}", PRODUCT)
    assert filled.text == "卖点：" + MISSING_VALUE_TEMPLATE.format("卖点")
    assert [ref.key for ref in filled.missing] == ["卖点"]
    assert fill_variables("{产地}", {**PRODUCT, "产地": ""}).missing


def test_double_braces_are_literal():
    filled = fill_variables("{{名称}} = {名称}，{{ 和 }}", PRODUCT)
    assert filled.text == "{名称} = 米脂黄小米，{ 和 }"
    assert [ref.name for ref in find_variables("{{名称}} {价格}")] == ["价格"]


def test_full_width_braces_only_around_known_names():
    assert fill_variables("｛价格｝｛福利｝", PRODUCT).text == "¥39.90｛福利｝"
    assert [ref.key for ref in find_variables("｛价格｝｛福利｝")] == ["价格"]


def test_unclosed_brace_is_literal():
    assert fill_variables("{名称", PRODUCT).text == "{名称"
    assert find_variables("{名称\n}") == []


def test_find_variables_reports_known_and_unknown():
    refs = find_variables("{名称}{}{库存 }{abc}")
    assert [(ref.name, ref.known, ref.key) for ref in refs] == [
        ("名称", True, "名称"),
        ("", False, None),
        ("库存", True, "库存"),
        ("abc", False, None),
    ]


@given(st.text(), st.dictionaries(st.text(max_size=6), st.text(max_size=6)))
def test_variables_never_crash_and_positions_are_inside_the_text(text, values):
    refs = find_variables(text)
    for ref in refs:
        assert 0 <= ref.start < ref.end <= len(text)
        assert text[ref.start] in "{｛" and text[ref.end - 1] in "}｝"
    filled = fill_variables(text, values)
    assert set(filled.unknown) | set(filled.missing) <= set(refs)


literal_text = st.text(st.characters(blacklist_characters="{}｛｝"), max_size=8)
variable_names = st.sampled_from(["名称", "规格", "价格", "库存", "产地", "卖点", "name", "price", "折扣"])


@given(st.lists(st.tuples(literal_text, variable_names), max_size=6), literal_text)
def test_fill_replaces_exactly_the_variables(parts, tail):
    values = {"名称": "N", "规格": "S", "价格": "P", "库存": "K", "产地": "O", "卖点": "X"}
    rendered = {"名称": "N", "规格": "S", "价格": "P", "库存": "K", "产地": "O", "卖点": "X"}
    rendered |= {"name": "N", "price": "P", "折扣": UNKNOWN_VARIABLE_PLACEHOLDER}
    text = "".join(f"{literal}{{{name}}}" for literal, name in parts) + tail
    expected = "".join(literal + rendered[name] for literal, name in parts) + tail
    filled = fill_variables(text, values)
    assert filled.text == expected
    assert len(filled.unknown) == sum(name == "折扣" for _, name in parts)
    assert not filled.missing
