import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from livehelper.domain.adlaw import (
    BannedWord,
    Finding,
    WordList,
    WordListError,
    check_text,
    default_wordlist,
    format_wordlist,
    merge_wordlists,
    parse_wordlist,
)

REFERENCE_WORDS = (
    *("最", "第一", "唯一", "顶级", "极品", "首个", "全网最低", "万能", "百分百", "绝对", "国家级", "最高级"),
    *("最佳", "特效", "治疗", "治愈", "根治", "药效", "疗效", "抗癌", "防癌", "降血压", "降血糖", "降血脂"),
    *("消炎", "杀菌", "排毒", "减肥", "增强免疫力", "药到病除"),
)


def words_of(findings: list[Finding]) -> list[str]:
    return [finding.word for finding in findings]


def test_default_wordlist_has_the_reference_words_with_reasons_and_suggestions():
    wordlist = default_wordlist()
    listed = {entry.word: entry for entry in wordlist.banned}
    for word in REFERENCE_WORDS:
        assert word in listed, word
        assert listed[word].reason and listed[word].suggestion
    assert {"第一批", "最近", "最后一单", "最后一批", "第一次", "第一天"} <= set(wordlist.allowed)


@pytest.mark.parametrize("word", REFERENCE_WORDS)
def test_each_reference_word_is_flagged_in_a_sentence(word):
    assert words_of(check_text(f"家人们，这个{word}！", default_wordlist())) == [word]


def test_allowed_phrase_is_not_flagged_but_the_word_elsewhere_is():
    findings = check_text("这是第一批新米，品质第一。", default_wordlist())
    assert words_of(findings) == ["第一"]
    assert findings[0].start == 10


def test_common_live_phrases_are_fine():
    text = "最近好多老粉问，最后一单了，每人最多拍两单，第一次来的家人点个关注"
    assert check_text(text, default_wordlist()) == []


def test_freshest_is_still_an_absolute_claim():
    assert words_of(check_text("最新鲜的金银花", default_wordlist())) == ["最"]


def test_longest_match_wins_without_duplicates():
    findings = check_text("全网最低价，最高级", default_wordlist())
    assert words_of(findings) == ["全网最低", "最高级"]


def test_line_and_column_are_one_based():
    text = "小米粥\r\n好吃\n吃了能治疗失眠"
    (finding,) = check_text(text, default_wordlist())
    assert (finding.line, finding.column, finding.word) == (3, 4, "治疗")
    assert "第十七条" in finding.reason


def test_letter_case_is_ignored_and_the_text_is_reported_as_written():
    (finding,) = check_text("销量No.1的小米", default_wordlist())
    assert finding.word == "No.1"


def test_user_words_extend_and_switch_off_default_words():
    user = parse_wordlist("kind\tword\treason\nbanned\t神器\t夸大用语\nallowed\t顶级\n")
    merged = merge_wordlists(default_wordlist(), user)
    assert words_of(check_text("顶级厨房神器", merged)) == ["神器"]
    assert merged.is_banned("第一") and merged.is_banned("神器")


def test_later_wordlist_replaces_the_entry_for_the_same_word():
    first = WordList(banned=(BannedWord("最", "旧原因"),))
    second = WordList(banned=(BannedWord("最", "新原因"),))
    (finding,) = check_text("最", merge_wordlists(first, second))
    assert finding.reason == "新原因"


def test_parse_wordlist_skips_comments_and_blank_lines_and_accepts_bom_and_crlf():
    text = "\ufeff# comment\r\n\r\nword\tkind\treason\r\n  # indented comment\r\n最\tbanned\t原因\r\n"
    assert parse_wordlist(text) == WordList(banned=(BannedWord("最", "原因"),))
    assert parse_wordlist("") == WordList()


@pytest.mark.parametrize(
    ("text", "line_number"),
    [
        ("banned\t最\t原因\n", 1),
        ("kind\tword\tcolour\n", 1),
        ("kind\treason\n", 1),
        ("kind\tword\treason\n\nbanned\t最\n", 3),
        ("kind\tword\treason\nforbidden\t最\t原因\n", 2),
        ("kind\tword\treason\nbanned\t\t原因\n", 2),
        ("kind\tword\nallowed\t最近\textra\n", 2),
    ],
)
def test_bad_lines_name_their_line_number(text, line_number):
    with pytest.raises(ValueError, match=f"line {line_number}:") as raised:
        parse_wordlist(text)
    assert isinstance(raised.value, WordListError)
    assert raised.value.line_number == line_number


def test_format_wordlist_round_trips_the_default():
    assert parse_wordlist(format_wordlist(default_wordlist())) == default_wordlist()


def assert_findings_are_consistent(text: str, findings: list[Finding]) -> None:
    previous_end = 0
    for finding in findings:
        assert 0 <= finding.start < finding.end <= len(text)
        assert text[finding.start : finding.end] == finding.word
        assert finding.start >= previous_end, "findings overlap or are out of order"
        previous_end = finding.end
        lines_before = text[: finding.start].split("\n")
        assert finding.line == len(lines_before)
        assert finding.column == len(lines_before[-1]) + 1


script_pieces = st.sampled_from(
    [*REFERENCE_WORDS, "第一批", "最近", "最后一单", "NO.1", "no.", "小米", "，", "\n", "\r\n", "🔥", "İ"]
)
scripts = st.lists(st.one_of(script_pieces, st.text(max_size=3)), max_size=30).map("".join)


@given(scripts)
def test_default_check_reports_consistent_positions(text):
    findings = check_text(text, default_wordlist())
    assert_findings_are_consistent(text, findings)
    for finding in findings:
        for phrase in ("第一批", "最近", "最后一单"):
            index = text.find(phrase)
            while index != -1:
                assert not (index <= finding.start and finding.end <= index + len(phrase))
                index = text.find(phrase, index + 1)


small_words = st.text(alphabet="ab最第一İ\n ", min_size=0, max_size=4)
wordlists = st.builds(
    WordList,
    banned=st.lists(st.builds(BannedWord, small_words, st.just("r")), max_size=6).map(tuple),
    allowed=st.lists(small_words, max_size=4).map(tuple),
)


@given(st.text(alphabet="ab最第一İ\n c", max_size=40), wordlists)
def test_checker_never_crashes_on_any_word_list(text, wordlist):
    assert_findings_are_consistent(text, check_text(text, wordlist))


@given(st.text(), wordlists)
def test_checker_never_crashes_on_any_text(text, wordlist):
    assert_findings_are_consistent(text, check_text(text, wordlist))


@given(st.text())
def test_parse_wordlist_either_parses_or_raises_value_error(text):
    with contextlib.suppress(ValueError):
        parse_wordlist(text)


field_text = st.text(st.characters(blacklist_characters="\t\r\n"), max_size=8).map(str.strip)
entries = st.builds(BannedWord, field_text.filter(bool), field_text.filter(bool), field_text, field_text)


@given(st.lists(entries, max_size=5), st.lists(field_text.filter(bool), max_size=5))
def test_wordlist_text_round_trips(banned, allowed):
    wordlist = merge_wordlists(WordList(banned=tuple(banned), allowed=tuple(allowed)))
    assert parse_wordlist(format_wordlist(wordlist)) == wordlist
