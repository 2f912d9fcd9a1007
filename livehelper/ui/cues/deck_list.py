"""The list of decks: general decks first, then one per product, each with its card and finding count."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from livehelper.domain.adlaw import Finding, Level
from livehelper.domain.cues import parse_deck
from livehelper.services.cues.decks import DeckEntry

EntryRole = Qt.ItemDataRole.UserRole + 1


class DeckList(QListWidget):
    entry_chosen = Signal(object)

    def __init__(self, check: Callable[[str], list[Finding]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._check = check
        self.setAccessibleName(self.tr("Cue decks"))
        self.setAccessibleDescription(self.tr("The arrow keys open a deck in the editor; general decks come first"))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setSpacing(2)
        self.currentItemChanged.connect(self._changed)

    def show_entries(self, entries: list[DeckEntry], keep: tuple[int | None, int | None] | None = None,
                     more: bool = False) -> None:
        """Refill; `keep` is the (deck id, product id) to select again; `more` when the list was cut short."""
        self.blockSignals(True)
        self.clear()
        self._heading(self.tr("General decks"))
        product_heading_done = False
        selected: QListWidgetItem | None = None
        for entry in entries:
            if entry.product_id is not None and not product_heading_done:
                self._heading(self.tr("Product decks"))
                product_heading_done = True
            found = self._check(entry.text) if entry.text else []
            item = QListWidgetItem(self._label(entry, len(found)))
            item.setData(EntryRole, entry)
            if found:
                unlawful = any(finding.level == Level.VIOLATION for finding in found)
                item.setForeground(QBrush(QColor("#b3261e" if unlawful else "#8a5300")))
                item.setToolTip(self.tr("%n advertising-law finding(s)", "", len(found)))
            self.addItem(item)
            if keep is not None and ((entry.deck_id, entry.product_id) == keep
                                     or (keep[0] is None and entry.product_id == keep[1])):
                selected = item
        if more:
            self._heading(self.tr("More products: type in the search box above"))
        self.blockSignals(False)
        if selected is not None:
            self.blockSignals(True)
            self.setCurrentItem(selected)
            self.blockSignals(False)

    def _label(self, entry: DeckEntry, findings: int) -> str:
        cards = len(parse_deck(entry.text))
        label = f"{entry.title}  ·  " + self.tr("%n card(s)", "", cards)
        return label + ("  ⚠ " + str(findings) if findings else "")

    def _heading(self, text: str) -> None:
        item = QListWidgetItem(text)
        font = QFont()
        font.setBold(True)
        item.setFont(font)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        item.setForeground(QBrush(QColor("#7a6a50")))
        self.addItem(item)

    def current_entry(self) -> DeckEntry | None:
        item = self.currentItem()
        return item.data(EntryRole) if item is not None else None

    def select_first(self) -> None:
        for row in range(self.count()):
            if self.item(row).data(EntryRole) is not None:
                self.setCurrentRow(row)
                return

    def _changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        entry = current.data(EntryRole) if current is not None else None
        if entry is not None:
            self.entry_chosen.emit(entry)
