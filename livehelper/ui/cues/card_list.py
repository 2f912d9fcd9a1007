"""The deck as a list of cards, kept in step with the text editor in both directions."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from livehelper.domain.cues import Card, parse_deck
from livehelper.ui.widgets.flow_layout import FlowLayout

PREVIEW_CHARS = 18


def card_starts(text: str) -> list[int]:
    """The 0-based line on which each card of `text` starts (as parse_deck counts cards)."""
    lines = text.replace("\r\n", "\n").split("\n")
    starts: list[int] = []
    chunk_start, has_text = 0, False
    for number, line in enumerate([*lines, "---"]):
        if line.strip() == "---":
            if has_text:
                starts.append(chunk_start)
            chunk_start, has_text = number + 1, False
        elif line.strip() and not has_text:
            chunk_start, has_text = number, True
    return starts


class CardList(QWidget):
    """Emits `cards_edited` with the new card list after a move, add, rename or delete."""

    cards_edited = Signal(list)
    card_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cards: list[Card] = []
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Cards"))
        self.list.setAccessibleDescription(self.tr("The arrow keys move the editor to a card; its preview shows below"))
        self.list.currentRowChanged.connect(self._row_changed)
        self.add_button = QPushButton(self.tr("&Add card"))
        self.rename_button = QPushButton(self.tr("&Rename"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.delete_button = QPushButton(self.tr("Remove car&d"))
        self.add_button.clicked.connect(self.add_card)
        self.rename_button.clicked.connect(self.rename_card)
        self.up_button.clicked.connect(lambda: self.move_card(-1))
        self.down_button.clicked.connect(lambda: self.move_card(1))
        self.delete_button.clicked.connect(self.remove_card)
        for button, description in (
                (self.add_button, self.tr("Adds a card after the selected one, asking for its title")),
                (self.rename_button, self.tr("Changes the selected card's title")),
                (self.up_button, self.tr("Moves the selected card one place earlier")),
                (self.down_button, self.tr("Moves the selected card one place later")),
                (self.delete_button, self.tr("Removes the selected card from the deck"))):
            button.setToolTip(description)
        buttons = FlowLayout()  # one row, or more when large text leaves no room
        for button in (self.add_button, self.rename_button, self.up_button, self.down_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    @property
    def cards(self) -> list[Card]:
        return list(self._cards)

    def show_text(self, text: str) -> None:
        """Rebuild the list from the editor's text, keeping the selected row."""
        row = self.list.currentRow()
        self._cards = parse_deck(text)
        self.list.blockSignals(True)
        self.list.clear()
        for number, card in enumerate(self._cards, start=1):
            first_line = card.body.strip().split("\n", 1)[0]
            summary = first_line[:PREVIEW_CHARS] + ("…" if len(first_line) > PREVIEW_CHARS else "")
            item = QListWidgetItem(f"{number}. {card.title or self.tr('(no title)')}\n    {summary}")
            item.setToolTip(card.body)
            self.list.addItem(item)
        if self._cards:
            self.list.setCurrentRow(max(0, min(row, len(self._cards) - 1)))
        self.list.blockSignals(False)
        self._update_buttons()

    def select(self, row: int) -> None:
        if 0 <= row < len(self._cards) and row != self.list.currentRow():
            self.list.blockSignals(True)
            self.list.setCurrentRow(row)
            self.list.blockSignals(False)
            self._update_buttons()

    def _row_changed(self, row: int) -> None:
        self._update_buttons()
        if row >= 0:
            self.card_selected.emit(row)

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        has = 0 <= row < len(self._cards)
        for button in (self.rename_button, self.delete_button):
            button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < len(self._cards) - 1)

    def _edited(self, cards: list[Card], select: int) -> None:
        self._cards = cards
        self.cards_edited.emit(cards)
        self.select(select)

    def add_card(self) -> None:
        title, ok = QInputDialog.getText(self, self.tr("New card"), self.tr("Title of the new card:"))
        if ok:
            row = self.list.currentRow() + 1 if self._cards else 0
            cards = self.cards
            cards.insert(row, Card(title.strip(), self.tr("(write the talking point here)")))
            self._edited(cards, row)

    def rename_card(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self._cards):
            return
        title, ok = QInputDialog.getText(self, self.tr("Rename card"), self.tr("Title:"),
                                         text=self._cards[row].title)
        if ok:
            cards = self.cards
            cards[row] = replace(cards[row], title=title.strip().splitlines()[0] if title.strip() else "")
            self._edited(cards, row)

    def move_card(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if 0 <= row < len(self._cards) and 0 <= target < len(self._cards):
            cards = self.cards
            cards[row], cards[target] = cards[target], cards[row]
            self._edited(cards, target)

    def remove_card(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._cards):
            cards = self.cards
            del cards[row]
            self._edited(cards, min(row, len(cards) - 1))
