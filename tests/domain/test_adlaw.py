"""The advertising-law engine: context, variants, levels, legal basis, the streamer's own words."""

import pytest

from livehelper.domain.adlaw import (
    BannedWord,
    Finding,
    Level,
    WordList,
    WordListError,
    check_text,
    default_rules,
    default_wordlist,
    merge_wordlists,
    parse_wordlist,
)


def words_of(findings: list[Finding]) -> list[str]:
    return [finding.word for finding in findings]


@pytest.mark.parametrize("text", ["最好的小米", "全网最低价", "销量第一", "唯一正宗", "最新鲜的金银花",
                                  "国家级的品质", "顶级红枣", "百分百纯天然"])
def test_claims_about_the_product_are_flagged(text):
    findings = check_text(f"家人们，{text}！")
    assert findings and {finding.category for finding in findings} >= {"绝对化用语"}


@pytest.mark.parametrize("text", ["最近", "最后一天发货", "最低气温零下五度", "最好放冰箱", "第一次来",
                                  "第一批新米", "第一茬金银花", "县第一中学", "最晚明天发货", "每人最多拍两单",
                                  "最后一单了", "第一时间发货", "最好用温水冲", "我最喜欢熬粥"])
def test_time_order_weather_advice_and_names_are_not(text):
    assert check_text(f"家人们，{text}。") == []


def test_the_finding_outside_an_exception_is_still_found():
    findings = check_text("这是第一批新米，品质第一。")
    assert words_of(findings) == ["品质第一"]
    assert findings[0].start == 8


def test_longest_match_wins_without_duplicates():
    assert words_of(check_text("全网最低价，最高级")) == ["全网最低价", "最高级"]


@pytest.mark.parametrize(("text", "category"), [
    ("喝了能治咽炎", "疾病治疗预防"), ("天天喝，预防老年痴呆", "疾病治疗预防"), ("红枣对高血压有好处", "疾病治疗预防"),
    ("我妈喝了以后失眠都好了", "疾病治疗预防"), ("小米粥养胃", "保健功能"), ("核桃补肾", "保健功能"),
    ("吃了能提高抵抗力", "保健功能"), ("对身体有好处", "保健功能"), ("医生都推荐", "权威背书"),
    ("特供北京", "权威背书"), ("无效退款", "功效保证"), ("三天见效", "功效保证"), ("再不买就没了", "虚假紧迫诱导"),
    ("仅此一次", "虚假紧迫诱导"), ("吃了转运", "封建迷信"), ("别家的都是陈米", "贬低他人"),
])
def test_claims_are_caught_as_patterns_with_their_category(text, category):
    assert category in {finding.category for finding in check_text(text)}


@pytest.mark.parametrize("text", ["今天降价了", "包装防潮防压", "红枣补货了", "我们村养蜂三十年", "这个品种抗旱",
                                  "快递到了转运中心", "营养成分表在详情页", "家里有糖尿病人的，吃之前问问医生",
                                  "坏果包赔", "七天无理由退货", "库存还剩两百单", "别家的我不评价"])
def test_the_same_characters_in_ordinary_speech_are_not(text):
    assert check_text(text) == []


@pytest.mark.parametrize(("text", "word"), [
    ("ＮＯ．１的核桃", "ＮＯ．１"), ("１００％纯蜂蜜", "１００％"), ("最 好 的蜂蜜", "最 好"),
    ("第-一名的品质", "第-一"),
    ("絕對正宗", "絕對"), ("这是蕞好的小米", "蕞好"), ("全网zui低价", "全网zui低价"), ("销量第1的红枣", "销量第1"),
    ("销量NO.1", "NO.1"), ("百分之百纯正", "百分之百"), ("能降 血 壓", "降 血 壓"), ("喝了能降xue压", "降xue压"),
    ("金银花zhi疗咽炎", "zhi疗咽炎"), ("jian肥神器", "jian肥"), ("销量di1", "销量di1"),
    ("百分之一百纯天然", "百分之一百"),
])
def test_variants_are_found_and_underlined_as_written(text, word):
    findings = check_text(text)
    assert word in words_of(findings), words_of(findings)
    for finding in findings:
        assert text[finding.start : finding.end] == finding.word


def test_levels_basis_and_safer_wording():
    (unlawful,) = check_text("最好的小米")
    assert unlawful.level == Level.VIOLATION and unlawful.basis == "广告法第九条第三项"
    assert unlawful.reason.startswith("广告法第九条第三项：") and unlawful.suggestion
    (verify,) = check_text("我们的小米是有机的")
    assert (verify.word, verify.level, verify.category) == ("有机", Level.VERIFY, "需证实宣称")
    assert verify.explanation.endswith("【需核实·需证实宣称】")
    for finding in check_text("喝金银花能治咽炎，国宴专用，无效退款，仅此一次，招财进宝，别家都是假货"):
        assert finding.basis and finding.reason and finding.suggestion and finding.category


def test_line_and_column_are_one_based():
    text = "小米粥\r\n好吃\n吃了能治疗失眠"
    findings = check_text(text)
    assert [(f.line, f.column, f.word) for f in findings] == [(3, 4, "治疗失眠")]
    assert "第十七条" in findings[0].reason


def test_user_words_extend_and_switch_off_rules():
    user = parse_wordlist("kind\tword\treason\nbanned\t神器\t夸大用语\nallowed\t顶级\n")
    findings = check_text("顶级厨房神器", user)
    assert words_of(findings) == ["神器"]
    assert findings[0].category == "自定义" and findings[0].reason == "夸大用语"
    assert user.is_banned("神器") and not user.is_banned("顶级")


def test_an_allowed_phrase_switches_off_what_the_rules_find_inside_it():
    brand = WordList(allowed=("金牌农家",))
    assert check_text("金牌农家的小米", brand) == []
    assert words_of(check_text("金牌小米", brand)) == ["金牌"]


def test_a_users_word_is_folded_like_the_text():
    user = WordList(banned=(BannedWord("神 器", "夸大用语"),))
    assert words_of(check_text("厨房神器", user)) == ["神器"]


def test_later_wordlist_replaces_the_entry_for_the_same_word():
    first = WordList(banned=(BannedWord("神器", "旧原因"),))
    second = WordList(banned=(BannedWord("神器", "新原因"),))
    (finding,) = check_text("神器", merge_wordlists(first, second))
    assert finding.reason == "新原因"


def test_rules_are_loaded_once():
    assert default_rules() is default_rules()


def test_the_earlier_call_with_the_default_word_list_runs_the_full_check():
    assert check_text("全网最低价", default_wordlist()) == check_text("全网最低价") != []


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


@pytest.mark.parametrize("text", ["能治肩周炎", "预防心血管病", "喝了能防冻疮"])
def test_an_illness_named_by_its_ending_is_caught_without_a_list(text):
    assert "疾病治疗预防" in {finding.category for finding in check_text(text)}


@pytest.mark.parametrize("text", ["这个品种抗病性好", "防治病虫害", "治理盐碱地的时候种的"])
def test_farming_words_with_the_same_endings_are_not(text):
    assert check_text(text) == []
