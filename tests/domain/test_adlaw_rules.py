"""The rule data in resources/adlaw: well-formed, cited, and several hundred entries strong."""

import tomllib
from pathlib import Path

import pytest

from livehelper.domain.adlaw import Level, RuleDataError, build_rules, check_text, default_rules

RULES = Path(__file__).resolve().parents[2] / "resources" / "adlaw"
CATEGORY_FILES = sorted(path for path in RULES.glob("*.toml") if path.name not in ("vocab.toml", "variants.toml"))
VOCAB = (RULES / "vocab.toml").read_text("utf-8")
VARIANTS = (RULES / "variants.toml").read_text("utf-8")
GOOD = '[category]\nname = "测试"\nlevel = "违规"\nbasis = "广告法"\nreason = "r"\n'


@pytest.mark.parametrize("path", CATEGORY_FILES, ids=lambda path: path.name)
def test_every_category_file_cites_its_sources_and_the_law(path):
    data = tomllib.loads(path.read_text("utf-8"))
    category = data["category"]
    assert category["sources"] and all(source.startswith("http") for source in category["sources"])
    assert category["basis"] and category["reason"] and category["suggestion"]
    assert Level(category["level"])
    assert data.get("words") or data.get("patterns")


def test_there_are_several_hundred_entries_and_both_levels():
    rules = default_rules()
    assert len(rules.words) + len(rules.rules) >= 600
    assert {rule.verdict.level for rule in rules.rules} | {verdict.level for verdict in rules.words.values()} \
        == {Level.VIOLATION, Level.VERIFY}
    assert len(rules.categories) == 9


def test_traditional_table_maps_one_char_to_one_simplified_char():
    table = tomllib.loads(VARIANTS)["traditional"]
    assert len(table) >= 150
    assert all(len(key) == len(value) == 1 and key != value for key, value in table.items())


@pytest.mark.parametrize(("text", "problem"), [
    (GOOD + "[[patterns]]\nregex = '最('\n", "bad.toml patterns #1: bad regular expression"),
    (GOOD + "[[patterns]]\nregex = '{nothing}'\n", "bad.toml patterns #1: unknown list {nothing}"),
    (GOOD + "[[words]]\nlevel = \"红\"\nlist = [\"a\"]\n", "bad.toml words #1: level must be"),
    ("[category]\nname = \"x\"\n", "bad.toml: needs a [category]"),
    ("[category\n", "bad.toml:"),
])
def test_bad_rule_data_names_the_file_and_entry(text, problem):
    with pytest.raises(RuleDataError) as raised:
        build_rules({"bad.toml": text}, VOCAB, VARIANTS)
    assert str(raised.value).startswith(problem)


def test_a_rule_file_alone_builds_a_working_checker():
    rules = build_rules({"t.toml": GOOD + '[[words]]\nlist = ["神器"]\n'}, VOCAB, VARIANTS)
    (finding,) = check_text("厨房神 器", rules=rules)
    assert (finding.word, finding.category, finding.reason) == ("神 器", "测试", "广告法：r")


def test_patterns_split_only_at_top_level_alternatives():
    from livehelper.domain.adlaw.rules import _top_level_alternatives

    assert _top_level_alternatives(r"a|(b|c)d|[|]e|\|f") == ["a", "(b|c)d", "[|]e", r"\|f"]
    assert _top_level_alternatives("x") == ["x"]
