"""Starting with nothing: the empty catalog says how to add the first product, and an empty general deck shows
an example of what it can say (greyed, not saved)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from livehelper.domain.decks import DeckKind
from livehelper.ui.main_window import MainWindow


def test_an_empty_shop_says_how_to_begin(qtbot, context, zh):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    hint = window.catalog.empty_hint
    assert hint.isVisible() and "Ctrl+N" in hint.text() and "新增第一个商品" in hint.text()
    window.cues.reload_decks()
    window.cues.decks.select_first()
    deck = window.cues.deck
    assert deck is not None and deck.kind == DeckKind.OPENING and deck.text == ""
    example = window.cues.editor.placeholderText()
    assert example.startswith("示例") and "# 开场问好" in example and "---" in example
    assert window.cues.editor.toPlainText() == ""  # an example to read, nothing saved


def test_the_hint_goes_once_there_is_a_product(qtbot, demo_context):
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert not window.catalog.empty_hint.isVisible()


def test_the_empty_shipping_page_shows_its_whole_help(qtbot, context, zh):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.shipping)
    shipping = window.shipping
    qtbot.waitUntil(lambda: shipping.stack.currentIndex() == 1)  # the 还没有订单 page
    page = shipping.stack.currentWidget()
    labels = [label for label in page.findChildren(QLabel) if label.wordWrap() and label.text()]
    assert labels, "the help under 还没有订单"
    for label in labels:
        assert label.height() >= label.heightForWidth(label.width()), f"cut off: {label.text()[:20]}"
        assert label.width() > 400  # lines of text, not a narrow column
