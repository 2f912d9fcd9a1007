from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCharFormat, QTextCursor

from livehelper.domain.decks import DeckKind
from livehelper.ui.cues.card_list import card_starts
from livehelper.ui.cues.highlighter import FINDING_COLOUR, VERIFY_COLOUR, code_point_index, utf16_index
from livehelper.ui.cues.wordlist_dialog import WordListDialog
from tests.ui.conftest import type_text


def open_product_deck(window, name: str):
    workspace = window.cues
    for row in range(workspace.decks.count()):
        entry = workspace.decks.item(row).data(Qt.ItemDataRole.UserRole + 1)
        if entry is not None and entry.title.startswith(name):
            workspace.decks.setCurrentRow(row)
            return workspace
    raise AssertionError(name)


def formats_at(editor, line: int) -> list[QTextCharFormat]:
    block = editor.document().findBlockByNumber(line)
    return list(block.layout().formats())


def test_text_edits_show_up_in_the_card_list(qtbot, window):
    workspace = open_product_deck(window, "米脂黄小米")
    assert workspace.cards.list.count() == 4
    cursor = workspace.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    workspace.editor.setTextCursor(cursor)
    type_text(workspace.editor, "\n---\n# 福利\n拍两袋送锅巴")
    qtbot.waitUntil(lambda: workspace.cards.list.count() == 5)
    assert workspace.cards.cards[-1].title == "福利"


def test_card_list_edits_rewrite_the_text(qtbot, window):
    workspace = open_product_deck(window, "米脂黄小米")
    first_titles = [card.title for card in workspace.cards.cards]
    workspace.cards.list.setCurrentRow(0)
    workspace.cards.down_button.click()
    assert [c.title for c in workspace.cards.cards] == [first_titles[1], first_titles[0], *first_titles[2:]]
    assert workspace.editor.toPlainText().index(first_titles[1]) < workspace.editor.toPlainText().index(
        first_titles[0])
    workspace.cards.list.setCurrentRow(3)
    workspace.cards.delete_button.click()
    assert len(workspace.cards.cards) == 3
    assert first_titles[3] not in workspace.editor.toPlainText()
    workspace.editor.undo()  # one undo step brings the card back
    qtbot.waitUntil(lambda: len(workspace.cards.cards) == 4)


def test_risky_words_are_underlined_and_listed(qtbot, window):
    workspace = open_product_deck(window, "米脂黄小米")
    workspace.editor.setPlainText("# 介绍\n全网最低价，喝了降血压\n第一批新米，有机种植")
    qtbot.waitUntil(lambda: workspace.findings.count() == 3)
    underlined = [f for f in formats_at(workspace.editor, 1)
                  if f.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline]
    spans = sorted((f.start, f.length) for f in underlined)
    assert spans == [(0, 5), (8, 3)]  # 全网最低价 and 降血压
    assert all(f.format.underlineColor() == FINDING_COLOUR for f in underlined)  # 违规: red
    (verify,) = formats_at(workspace.editor, 2)  # 第一批 is an ordinal; 有机 needs proof
    assert (verify.start, verify.length, verify.format.underlineColor()) == (6, 2, VERIFY_COLOUR)
    assert "3" in workspace.findings_label.text()
    assert "【需核实·需证实宣称】" in workspace.findings.item(2).text()
    workspace.findings.itemActivated.emit(workspace.findings.item(1))
    assert workspace.editor.textCursor().selectedText() == "降血压"
    assert workspace.editor.finding_at(workspace.editor.textCursor().selectionStart()).word == "降血压"


def test_unknown_variable_is_highlighted_and_never_shown_raw(qtbot, window):
    workspace = open_product_deck(window, "米脂黄小米")
    workspace.editor.setPlainText("# 价格\n今天{价格}，颜色{颜色}")
    qtbot.waitUntil(lambda: "颜色" in workspace.preview.text())
    assert "今天¥39.90" in workspace.preview.text()
    assert "{颜色}" not in workspace.preview.text().split("\n\n")[0]
    assert "〔未知变量〕" in workspace.preview.text()
    formats = formats_at(workspace.editor, 1)
    backgrounds = [f for f in formats if f.format.background().color().name() == "#ffe08a"]
    assert [(f.start, f.length) for f in backgrounds] == [(9, 4)]


def test_edits_are_saved_and_survive_a_reopen(qtbot, window, demo_context):
    workspace = window.cues
    deck = demo_context.cues.general_deck(DeckKind.CLOSING)
    open_product_deck(window, "下播")
    workspace.editor.setPlainText("# 再见\n谢谢家人们")
    qtbot.waitUntil(lambda: demo_context.cues.get(deck.id).text == "# 再见\n谢谢家人们", timeout=3000)
    assert workspace.save_state.text() == "Saved"


def test_a_stale_save_keeps_the_text_in_the_editor(qtbot, window, demo_context, modal):
    workspace = open_product_deck(window, "开场")
    deck = workspace.deck
    workspace.editor.setPlainText("我在这台电脑上写的")
    demo_context.cues.save_text(deck.id, "另一台电脑改的", deck.version)  # someone else saved meanwhile
    modal.next(lambda box: box.buttons()[-1].click())  # keep editing
    assert workspace.save_now() is False
    assert workspace.editor.toPlainText() == "我在这台电脑上写的"
    assert workspace.save_state.text() == "Not saved"
    assert "changed this cue deck" in modal.texts[0]
    modal.next(lambda box: box.buttons()[-1].click())
    window.close()
    assert window.isVisible()  # closing would lose the text, so the window stays
    modal.next(lambda box: box.buttons()[0].click())  # load their version, mine goes to the clipboard
    assert workspace.save_now() is True
    assert workspace.editor.toPlainText() == "另一台电脑改的"
    assert QGuiApplication.clipboard().text() == "我在这台电脑上写的"


def test_a_deck_changed_elsewhere_reloads_when_nothing_is_typed(qtbot, window, demo_context):
    workspace = open_product_deck(window, "开场")
    demo_context.cues.save_text(workspace.deck.id, "# 新开场\n另一台电脑改的", workspace.deck.version)
    qtbot.waitUntil(lambda: workspace.editor.toPlainText() == "# 新开场\n另一台电脑改的")
    assert workspace.cards.cards[0].title == "新开场"


def test_word_list_dialog_adds_a_word(qtbot, window, demo_context):
    dialog = WordListDialog(demo_context.cues, window)
    qtbot.addWidget(dialog)
    row = dialog.add_row(banned=True, word="特供")
    dialog.accept()
    assert dialog.isVisible() is False or dialog.problem.isVisible()
    assert "特供" in dialog.problem.text()  # a word to flag needs a reason
    dialog.table.item(row, 2).setText("平台规则")
    dialog.accept()
    assert [w.word for w in demo_context.cues.user_words().banned] == ["特供"]
    assert demo_context.cues.check("特供小米")[0].reason == "平台规则"


def test_positions_count_utf16_for_emoji():
    text = "🔥全网最低"
    assert utf16_index(text, 1) == 2 and code_point_index(text, 2) == 1


def test_card_starts():
    assert card_starts("# 一\n正文\n---\n\n# 二\n正文\n---\n---\n三") == [0, 4, 8]


def test_a_big_catalog_lists_a_page_of_product_decks_and_search_finds_the_rest(qtbot, window, demo_context):
    from livehelper.services.cues.decks import DECK_LIST_LIMIT
    from tests.ui.catalog.test_catalog_model import insert_products

    insert_products(demo_context, DECK_LIST_LIMIT + 50)
    workspace = window.cues
    workspace.reload_decks()
    titles = [workspace.decks.item(r).text() for r in range(workspace.decks.count())]
    assert "More products: type in the search box above" in titles
    assert any(t.startswith("米脂黄小米") for t in titles)  # products with a deck come first
    type_text(workspace.deck_search, "商品000249")
    qtbot.waitUntil(lambda: any(workspace.decks.item(r).text().startswith("商品000249")
                                for r in range(workspace.decks.count())))


def test_the_deck_list_checks_each_deck_once_per_refill(qtbot, window, demo_context):
    """The list marks each deck with its finding count and colour; both come from one check of its text (the
    list is refilled after every save, with up to DECK_LIST_LIMIT product decks)."""
    from livehelper.ui.cues.deck_list import DeckList

    checked: list[str] = []

    def check(text: str):
        checked.append(text)
        return demo_context.cues.check(text)

    decks = DeckList(check)
    qtbot.addWidget(decks)
    entries = demo_context.cues.entries()
    decks.show_entries(entries)
    with_text = [entry.text for entry in entries if entry.text]
    assert with_text and sorted(checked) == sorted(with_text)
    risky = [row for row in range(decks.count()) if "⚠" in decks.item(row).text()]
    assert risky and all(decks.item(row).toolTip() for row in risky)
