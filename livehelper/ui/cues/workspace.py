"""话术: cue decks edited as plain text beside their cards, a filled-in preview and the word check."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QGuiApplication, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from livehelper.domain.adlaw import Level
from livehelper.domain.cues import Card, format_deck
from livehelper.domain.errors import ConflictError, LiveHelperError
from livehelper.services.catalog.products import ENTITY as PRODUCT_ENTITY
from livehelper.services.context import AppContext
from livehelper.services.cues.decks import DECK_LIST_LIMIT, WORDS_ENTITY, Deck, DeckEntry
from livehelper.services.cues.decks import ENTITY as DECK_ENTITY
from livehelper.services.events import ChangeEvent
from livehelper.ui.appearance.theme import restyle, scrollable
from livehelper.ui.bridge import EventBridge
from livehelper.ui.cues.card_list import CardList, card_starts
from livehelper.ui.cues.deck_list import DeckList
from livehelper.ui.cues.editor import DeckEditor, tooltip_text
from livehelper.ui.cues.examples import DeckExamples
from livehelper.ui.cues.highlighter import VERIFY_COLOUR
from livehelper.ui.i18n import current_language
from livehelper.ui.keys.commands import DEFAULT_KEYS, command_shortcut, describe, show_keys_in_tooltip, tag
from livehelper.ui.widgets.column_scroll import ColumnScrollArea
from livehelper.ui.widgets.errors import show_error
from livehelper.ui.widgets.flow_layout import FlowLayout

if TYPE_CHECKING:
    from livehelper.ui.prompter.window import TeleprompterWindow

SAVE_DELAY_MS = 800
SYNC_DELAY_MS = 250
FindingRole = Qt.ItemDataRole.UserRole + 1


class CueWorkspace(QWidget):
    def __init__(self, context: AppContext, bridge: EventBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cueWorkspace")
        self._context = context
        self._cues = context.cues
        self._bridge = bridge
        self._deck: Deck | None = None
        self._dirty = False
        self._prompter_window: QWidget | None = None

        self.decks = DeckList(self._cues.check)
        self.decks.entry_chosen.connect(self.open_entry)
        self.decks.setMinimumWidth(250)
        self.deck_search = QLineEdit()
        self.deck_search.setPlaceholderText(self.tr("Find a product's deck…"))
        self.deck_search.setAccessibleName(self.tr("Find a product's deck"))
        self.deck_search.setClearButtonEnabled(True)
        self.title = QLabel()
        self.title.setObjectName("cueTitle")  # the looks: appearance/widget_sheet.py
        self.title.setWordWrap(True)  # a long product name, or large text, takes two lines
        self.save_state = QLabel()
        self.save_state.setObjectName("cueSaveState")
        self.editor = DeckEditor(self._cues.check)
        self.editor.setAccessibleName(self.tr("Deck text"))
        self.editor.setAccessibleDescription(self.tr(
            "The deck's cards as text, saved as you type; words the advertising law forbids are marked"))
        self.editor.setPlaceholderText(self.tr("# Title\nWhat to say…\n\n---\n\n# Next card\n…"))
        self.editor.textChanged.connect(self._text_changed)
        self.editor.cursorPositionChanged.connect(self._cursor_moved)
        self.hint = QLabel(self.tr(
            "Cards are separated by a line with ---; a line starting with # gives the card its title. "
            "Variables: {名称} {规格} {价格} {库存} {产地} {卖点}"))
        self.hint.setWordWrap(True)
        self.hint.setObjectName("cueHint")
        self.cards = CardList()
        self.cards.cards_edited.connect(self._cards_edited)
        self.cards.card_selected.connect(self._card_selected)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.preview.setAccessibleName(self.tr("Preview of the card as the teleprompter shows it"))
        self.preview.setObjectName("cuePreview")
        self.preview.setMinimumHeight(120)
        self.findings = QListWidget()
        self.findings.setAccessibleName(self.tr("Advertising-law findings"))
        self.findings.setAccessibleDescription(self.tr("Enter on a finding selects the word in the deck text"))
        self.findings.setWordWrap(True)
        self.findings.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.findings.itemActivated.connect(self._finding_activated)
        self.findings.itemClicked.connect(self._finding_activated)
        self.findings_label = QLabel()
        self.findings_label.setObjectName("cueFindings")
        self.findings_label.setWordWrap(True)
        self.prompter_button = QPushButton(self.tr("&Open teleprompter"))
        tag(self.prompter_button, "cues.prompter")
        show_keys_in_tooltip(self.prompter_button, DEFAULT_KEYS["cues.prompter"])
        describe(self.prompter_button, self.tr("Shows this deck in big scrolling text beside the stream"))
        self.prompter_button.clicked.connect(self.open_prompter)
        self.words_button = QPushButton(self.tr("Word l&ist…"))
        self.words_button.setToolTip(self.tr("Your own words to flag or to allow in the advertising-law check"))
        self.words_button.clicked.connect(self.edit_words)
        command_shortcut("cues.prompter", self, self.open_prompter)
        command_shortcut("cues.save", self, self.save_now)

        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS, timeout=self.save_now)
        self._sync_timer = QTimer(self, singleShot=True, interval=SYNC_DELAY_MS, timeout=self._sync_from_text)
        self._search_timer = QTimer(self, singleShot=True, interval=SYNC_DELAY_MS, timeout=self.reload_decks)
        self.deck_search.textChanged.connect(lambda _text: self._search_timer.start())
        bridge.changed.connect(self._on_change)
        self._layout()
        self.reload_decks()
        self.decks.select_first()

    def _layout(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.save_state)
        actions = FlowLayout()  # one under the other when large text leaves no room beside
        actions.addWidget(self.prompter_button)
        actions.addWidget(self.words_button)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addLayout(header)
        middle_layout.addLayout(actions)
        middle_layout.addWidget(self.editor, 1)
        middle_layout.addWidget(self.hint)
        right = QWidget()  # scrolls on its own when large text makes its three parts taller than the window
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("Cards")))
        right_layout.addWidget(self.cards, 3)
        right_layout.addWidget(QLabel(self.tr("Preview")))
        right_layout.addWidget(scrollable(self.preview), 2)  # a long card, or large text, scrolls
        right_layout.addWidget(self.findings_label)
        right_layout.addWidget(self.findings, 2)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.deck_search)
        left_layout.addWidget(self.decks, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("cueSplitter")
        right_column = ColumnScrollArea(right)
        right_column.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        for widget in (left, middle, right_column):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes([290, 486, 440])  # the card buttons on one row at 100%
        QVBoxLayout(self).addWidget(self.splitter)

    # decks
    def reload_decks(self) -> None:
        keep = (self._deck.id, self._deck.product_id) if self._deck else None
        entries = self._cues.entries(self.deck_search.text(), DECK_LIST_LIMIT)
        self.decks.show_entries(entries, keep, more=sum(e.product_id is not None for e in entries) >= DECK_LIST_LIMIT)

    def open_entry(self, entry: DeckEntry) -> None:
        if not self.save_now():
            self.reload_decks()  # stay on the deck whose text is not saved
            return
        try:
            if entry.deck_id is not None:
                deck = self._cues.get(entry.deck_id)
            else:
                assert entry.product_id is not None
                deck = self._cues.deck_for_product(entry.product_id)
        except LiveHelperError as error:
            show_error(self, self.tr("Cannot open the deck"), error)
            return
        self._show_deck(deck, entry.title)

    def _show_deck(self, deck: Deck, title: str | None = None) -> None:
        self._deck = deck
        self.title.setText(title or deck.title)
        self.editor.setPlaceholderText(DeckExamples(self).text(deck.kind))  # an empty deck shows an example
        self.editor.blockSignals(True)
        self.editor.setPlainText(deck.text)
        self.editor.blockSignals(False)
        self._dirty = False
        self.save_state.setText(self.tr("Saved"))
        self._sync_from_text()

    @property
    def deck(self) -> Deck | None:
        return self._deck

    # text <-> cards
    def _text_changed(self) -> None:
        self._dirty = True
        self.save_state.setText(self.tr("Editing…"))
        self._save_timer.start()
        self._sync_timer.start()

    def _sync_from_text(self) -> None:
        text = self.editor.toPlainText()
        self.cards.show_text(text)
        self._cursor_moved()
        self._show_findings(text)

    def _cards_edited(self, cards: list[Card]) -> None:
        cursor = self.editor.textCursor()
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(format_deck(cards))
        cursor.endEditBlock()
        self._sync_timer.stop()
        self._sync_from_text()

    def _card_selected(self, row: int) -> None:
        starts = card_starts(self.editor.toPlainText())
        if row < len(starts):
            block = self.editor.document().findBlockByNumber(starts[row])
            cursor = self.editor.textCursor()
            cursor.setPosition(block.position())
            self.editor.blockSignals(True)
            self.editor.setTextCursor(cursor)
            self.editor.blockSignals(False)
            self.editor.centerCursor()
        self._show_preview(row)

    def _cursor_moved(self) -> None:
        line = self.editor.textCursor().blockNumber()
        starts = card_starts(self.editor.toPlainText())
        row = max((i for i, start in enumerate(starts) if start <= line), default=0)
        self.cards.select(row)
        self._show_preview(row)

    def _show_preview(self, row: int) -> None:
        cards = self.cards.cards
        if not cards or self._deck is None:
            self.preview.setText(self.tr("(no cards yet)"))
            return
        card = cards[min(row, len(cards) - 1)]
        filled = self._cues.fill(card.body, self._deck.product_id)
        title = self._cues.fill(card.title, self._deck.product_id).text
        text = (f"【{title}】\n" if title else "") + filled.text
        if filled.unknown:
            text += "\n\n" + self.tr("⚠ Unknown variable: {names}").format(
                names="、".join("{" + ref.name + "}" for ref in filled.unknown))
        self.preview.setText(text)

    def _show_findings(self, text: str) -> None:
        findings = self._cues.check(text)
        self.findings.clear()
        for finding in findings:
            item = QListWidgetItem(self.tr("Line {line}: {text}").format(
                line=finding.line,
                text=tooltip_text(finding, self.tr("{word}: {reason}"), self.tr("Instead: {suggestion}"))))
            item.setData(FindingRole, finding)
            if finding.level == Level.VERIFY:  # 需核实 in amber, 违规 in the list's usual text colour
                item.setForeground(QBrush(VERIFY_COLOUR))
            self.findings.addItem(item)
        self.findings_label.setText(self.tr("%n advertising-law finding(s)", "", len(findings)))
        restyle(self.findings_label, findings=bool(findings))

    def _finding_activated(self, item: QListWidgetItem) -> None:
        finding = item.data(FindingRole)
        if finding is not None:
            self.editor.go_to(finding)

    # saving
    def save_now(self) -> bool:
        """Save pending edits; False when they could not be saved and are still only in the editor."""
        self._save_timer.stop()
        if self._deck is None or not self._dirty:
            return True
        try:
            self._deck = self._cues.save_text(self._deck.id, self.editor.toPlainText(), self._deck.version)
        except ConflictError as error:
            return self._resolve_conflict(error)
        self._dirty = False
        self.save_state.setText(self.tr("Saved"))
        self.reload_decks()
        return True

    def _resolve_conflict(self, error: ConflictError) -> bool:
        """Someone else saved this deck: keep editing, or take their version with ours on the clipboard."""
        self.save_state.setText(self.tr("Not saved"))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not saved"), error.render(current_language()),
                          QMessageBox.StandardButton.NoButton, self)
        take_theirs = box.addButton(self.tr("Load their version (copy my text to the clipboard)"),
                                    QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is not take_theirs or self._deck is None:
            return False
        QGuiApplication.clipboard().setText(self.editor.toPlainText())
        self._show_deck(self._cues.get(self._deck.id), self.title.text())
        return True

    def _on_change(self, event: ChangeEvent) -> None:
        if event.entity == WORDS_ENTITY:
            self.editor.recheck()
            self._show_findings(self.editor.toPlainText())
            self.reload_decks()
        elif event.entity == PRODUCT_ENTITY:
            self.reload_decks()
            self._cursor_moved()
        elif event.entity == DECK_ENTITY and not event.ids:  # changed elsewhere (another PC): anything may have
            self.reload_decks()
            self._take_fresh_deck()
        elif event.entity == DECK_ENTITY and self._deck is not None and self._deck.id in event.ids:
            self._take_fresh_deck()

    def _take_fresh_deck(self) -> None:
        """Show the saved text of the open deck when someone else saved a newer one and ours has no edits."""
        if self._deck is not None:
            try:
                fresh = self._cues.get(self._deck.id)
            except LiveHelperError:
                return  # deleted meanwhile: the deck list no longer offers it
            if fresh.version != self._deck.version and not self._dirty:
                self._show_deck(fresh, self.title.text())

    # teleprompter and words
    @property
    def prompter_window(self) -> TeleprompterWindow | None:
        """The teleprompter, once opened (it is kept, hidden, when closed)."""
        return self._prompter_window  # type: ignore[return-value]

    prompter_keys_page: Callable[[QWidget], object] | None = None  # handed to the teleprompter it opens

    def open_prompter(self) -> None:
        if not self.save_now() or self._deck is None:
            return
        from livehelper.ui.prompter.window import TeleprompterWindow

        self._context.prompter.show_deck(self._deck.id)
        if self._prompter_window is None:
            self._prompter_window = TeleprompterWindow(self._context.prompter, self._bridge, self._context.data_dir)
            self._prompter_window.keys_page = self.prompter_keys_page
        self._prompter_window.show()
        self._prompter_window.raise_()
        self._prompter_window.activateWindow()

    def edit_words(self) -> None:
        from livehelper.ui.cues.wordlist_dialog import WordListDialog

        WordListDialog(self._cues, self).exec()
