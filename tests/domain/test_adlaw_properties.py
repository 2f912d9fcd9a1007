"""Property tests of the advertising-law engine and the streamer's word list (hypothesis)."""

import contextlib

from hypothesis import given
from hypothesis import strategies as st

from livehelper.domain.adlaw import (
    BannedWord,
    Finding,
    WordList,
    check_text,
    default_rules,
    format_wordlist,
    merge_wordlists,
    parse_wordlist,
)
from livehelper.domain.adlaw.normalize import fold

PIECES = ("最", "好", "第一", "批", "唯一", "正宗", "全网最低价", "最近", "最好放冰箱", "治", "咽炎", "养胃", "降",
          "血压", "对", "有好处", "ＮＯ．１", "NO.1", "１００％", "絕對", "蕞", "zui", "第1", "第10", "百分之百",
          " ", "-",
          "，", "。", "\n", "\r\n", "🔥", "İ", "ǰ", "ﬁ", "㎏", "\u200b", "别家", "都是假的", "小米", "有机")
scripts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=30).map("".join)


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
        assert finding.reason and finding.category


@given(scripts)
def test_the_check_never_crashes_and_its_spans_lie_in_the_text(text):
    assert_findings_are_consistent(text, check_text(text))


@given(st.text())
def test_any_text_at_all(text):
    assert_findings_are_consistent(text, check_text(text))


@given(scripts)
def test_folding_keeps_offsets(text):
    folded = fold(text, default_rules().variants)
    assert len(folded.text) == len(folded.starts) == len(folded.ends)
    previous_start = 0
    for start, end in zip(folded.starts, folded.ends, strict=True):
        assert 0 <= start < end <= len(text)
        assert start >= previous_start, "folded characters come from the text in order"
        previous_start = start


@given(scripts)
def test_folding_is_stable(text):
    variants = default_rules().variants
    once = fold(text, variants).text
    assert fold(once, variants).text == once


small_words = st.text(alphabet="ab最第一好治İ\n -", min_size=0, max_size=4)
wordlists = st.builds(
    WordList,
    banned=st.lists(st.builds(BannedWord, small_words, st.just("r")), max_size=6).map(tuple),
    allowed=st.lists(small_words, max_size=4).map(tuple),
)


@given(st.text(alphabet="ab最第一好治批近İ\n -c", max_size=40), wordlists)
def test_the_check_never_crashes_on_any_word_list(text, wordlist):
    assert_findings_are_consistent(text, check_text(text, wordlist))


@given(scripts, wordlists, small_words)
def test_adding_an_allowed_phrase_never_adds_findings(text, wordlist, phrase):
    before = {(f.start, f.end) for f in check_text(text, wordlist)}
    more = WordList(banned=wordlist.banned, allowed=(*wordlist.allowed, phrase))
    after = {(f.start, f.end) for f in check_text(text, more)}
    assert after <= before


@given(scripts, small_words.filter(lambda word: word.strip(" -")))
def test_an_allowed_phrase_is_never_flagged_inside(text, phrase):
    text = text + phrase + text
    for finding in check_text(text, WordList(allowed=(phrase,))):
        index = text.find(phrase)
        while index != -1:
            assert not (index <= finding.start and finding.end <= index + len(phrase))
            index = text.find(phrase, index + 1)


@given(st.text(alphabet="ab神器㐀", min_size=1, max_size=4).filter(str.strip), st.text(alphabet="，。xy\n", max_size=4))
def test_a_banned_word_standing_alone_is_found(word, around):
    text = around + word + around
    findings = check_text(text, WordList(banned=(BannedWord(word, "r"),)))
    assert any(finding.start <= len(around) < finding.end for finding in findings)
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
