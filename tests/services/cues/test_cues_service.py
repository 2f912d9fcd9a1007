from __future__ import annotations

import pytest

from livehelper.domain.adlaw import BannedWord, Level, WordList
from livehelper.domain.cues import UNKNOWN_VARIABLE_PLACEHOLDER
from livehelper.domain.decks import GENERAL_DECKS, DeckKind
from livehelper.domain.errors import ConflictError
from livehelper.domain.product import ProductDraft
from livehelper.services.events import ChangeEvent


def product(context, name="米脂黄小米", price=3990):
    return context.catalog.create(ProductDraft(name=name, spec="2.5kg/袋", price_fen=price, stock=20,
                                               origin="陕西米脂", selling_points="颗粒饱满\n熬粥有米油"))


def test_general_decks_exist_first_and_products_follow(context):
    millet = product(context)
    entries = context.cues.entries()
    assert [e.kind for e in entries[: len(GENERAL_DECKS)]] == list(GENERAL_DECKS)
    assert [e.title for e in entries[: len(GENERAL_DECKS)]] == list(GENERAL_DECKS.values())
    last = entries[-1]
    assert (last.kind, last.product_id, last.deck_id) == (DeckKind.PRODUCT, millet.id, None)
    assert len(context.cues.entries()) == len(entries)  # general decks are created once


def test_product_deck_is_created_once_and_saved_text_round_trips(context):
    millet = product(context)
    deck = context.cues.deck_for_product(millet.id)
    assert context.cues.deck_for_product(millet.id).id == deck.id
    saved = context.cues.save_text(deck.id, "# 介绍\n这是{名称}，{价格}\n---\n# 下单\n一号链接", deck.version)
    assert [card.title for card in saved.cards] == ["介绍", "下单"]
    assert saved.version == deck.version + 1


def test_stale_save_is_refused(context):
    deck = context.cues.general_deck(DeckKind.OPENING)
    context.cues.save_text(deck.id, "新的开场", deck.version)
    with pytest.raises(ConflictError):
        context.cues.save_text(deck.id, "旧版本上的修改", deck.version)
    assert context.cues.get(deck.id).text == "新的开场"


def test_variables_are_filled_from_the_catalog(context):
    millet = product(context)
    filled = context.cues.fill("{名称} {规格} 只要{价格}，还有{库存}袋，{产地}，{卖点}，{颜色}", millet.id)
    assert filled.text.startswith("米脂黄小米 2.5kg/袋 只要¥39.90，还有20袋，陕西米脂，颗粒饱满，熬粥有米油，")
    assert filled.text.endswith(UNKNOWN_VARIABLE_PLACEHOLDER)
    assert "{" not in filled.text and [ref.name for ref in filled.unknown] == ["颜色"]


def test_user_words_extend_the_built_in_rules(context):
    assert context.cues.check("家人们，这是全网最低价") != []
    assert context.cues.check("这款蜂蜜是神器") == []
    special = BannedWord("神器", "平台规则：不得使用夸大用语", "改说“好用”")
    context.cues.save_user_words(WordList((special,), ("最低价格表",)))
    findings = context.cues.check("这款蜂蜜是神器")
    assert [(f.word, f.reason, f.category) for f in findings] == [("神器", "平台规则：不得使用夸大用语", "自定义")]
    assert context.cues.check("最低价格表") == []  # the allowed phrase switches the built-in 最低 off
    assert context.cues.user_words().banned[0].suggestion == "改说“好用”"


def test_prompter_cards_carry_their_findings(context):
    millet = product(context)
    deck = context.cues.deck_for_product(millet.id)
    text = "# 开场\n{名称}，全网最低价\n---\n# 种植\n有机种植\n---\n# 吃法\n熬粥香"
    context.cues.save_text(deck.id, text, deck.version)
    cards = context.prompter.show_product(millet.id).cards
    assert [(card.findings, card.violations) for card in cards] == [(1, 1), (1, 0), (0, 0)]
    context.cues.save_user_words(WordList((BannedWord("熬粥", "测试"),), ()))
    assert context.prompter.state().cards[2].findings == 1  # the streamer's words re-render the prompter


def test_prompter_follows_the_deck_and_its_edits(context):
    millet = product(context)
    deck = context.cues.deck_for_product(millet.id)
    context.cues.save_text(deck.id, "# 一\n{名称}\n---\n# 二\n第二张\n---\n# 三\n第三张", deck.version)
    seen: list[ChangeEvent] = []
    context.events.subscribe(seen.append)
    state = context.prompter.show_product(millet.id)
    assert (state.progress, state.card.text, state.paused) == ("1/3", "米脂黄小米", True)
    assert context.prompter.next_card().progress == "2/3"
    assert context.prompter.next_card().progress == "3/3"
    assert context.prompter.next_card().progress == "3/3"  # stays on the last card
    assert context.prompter.toggle_pause().paused is False
    context.catalog.update(millet.id, ProductDraft(name="米脂小米", spec="2.5kg/袋", price_fen=3990), millet.version)
    context.prompter.go_to(0)
    assert context.prompter.state().card.text == "米脂小米"  # a catalog edit shows on the prompter
    fresh = context.cues.get(deck.id)
    context.cues.save_text(deck.id, "# 一\n改过的第一张", fresh.version)
    assert context.prompter.state().cards[0].text == "改过的第一张"
    assert any(event.entity == "prompter" for event in seen)


def test_deleting_the_product_clears_the_prompter(context):
    millet = product(context)
    deck = context.cues.deck_for_product(millet.id)
    context.cues.save_text(deck.id, "一张卡", deck.version)
    context.prompter.show_deck(deck.id)
    context.catalog.delete(millet.id)
    assert context.prompter.state().deck_id is None and context.prompter.state().card is None


def test_demo_has_decks_for_each_product_and_the_general_decks(demo_context):
    entries = demo_context.cues.entries()
    general = [e for e in entries if e.product_id is None]
    assert len(general) == len(GENERAL_DECKS) and all(e.text.strip() for e in general)
    with_text = {e.title.split()[0] for e in entries if e.product_id is not None and e.text.strip()}
    assert {"米脂黄小米", "巨鹿金银花", "小米锅巴", "富硒小米礼盒"} <= with_text
    for entry in entries:
        unlawful = [f.word for f in demo_context.cues.check(entry.text) if f.level == Level.VIOLATION]
        assert unlawful == [], entry.title  # the demo scripts are lawful (富硒 is 需核实: it has its report)
        filled = demo_context.cues.fill(entry.text, entry.product_id)
        assert filled.ok, entry.title
