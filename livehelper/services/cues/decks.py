"""Cue decks (话术): editing as text, variables from the catalog, and the advertising-law check."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from livehelper.domain.adlaw import Finding, WordList, check_text, default_rules, merge_wordlists, parse_wordlist
from livehelper.domain.adlaw import format_wordlist as format_words
from livehelper.domain.cues import Card, FilledText, fill_variables, parse_deck
from livehelper.domain.decks import GENERAL_DECKS, DeckKind
from livehelper.domain.errors import ConflictError, NotFoundError
from livehelper.domain.messages import Message
from livehelper.domain.money import format_fen
from livehelper.domain.product import Product, product_label
from livehelper.services.catalog.products import CatalogService
from livehelper.services.events import ChangeEvent, ChangeKind, Entity, EventBus
from livehelper.storage import cues as repo
from livehelper.storage.engine import Database

ENTITY = Entity.CUE_DECK
WORDS_ENTITY = Entity.ADLAW_WORDS
USER_WORDS_KEY = "adlaw.user_words"
DECK_LIST_LIMIT = 200


@dataclass(frozen=True)
class Deck:
    id: int
    kind: DeckKind
    title: str
    text: str
    product_id: int | None
    version: int

    @property
    def cards(self) -> list[Card]:
        return parse_deck(self.text)


@dataclass(frozen=True)
class DeckEntry:
    """One line of the deck list: a general deck, or a product whose deck may not exist yet."""

    kind: DeckKind
    title: str
    deck_id: int | None
    product_id: int | None
    text: str


def _deck(row: repo.DeckRow) -> Deck:
    deck_id, kind, product_id, title, text, _position, version = row
    return Deck(deck_id, DeckKind(kind), title, text, product_id, version)


class CueService:
    def __init__(self, database: Database, events: EventBus, catalog: CatalogService) -> None:
        self._db = database
        self._events = events
        self._catalog = catalog
        self._words: WordList | None = None
        # 剩余 of a product on the running stream's line-up, None when not live (LiveService.live_stock)
        self.live_stock: Callable[[int], int | None] | None = None
        events.subscribe(self._on_change)
        # compile the built-in rules while the window is being built, not on the first check
        threading.Thread(target=default_rules, name="adlaw-rules", daemon=True).start()

    def _on_change(self, event: ChangeEvent) -> None:
        if event.entity == WORDS_ENTITY:  # saved here or on another PC (services.watch): read them again
            self._words = None

    # decks
    def entries(self, product_text: str = "", limit: int = DECK_LIST_LIMIT) -> list[DeckEntry]:
        """General decks (created on first use), then products on sale matching `product_text`, those
        with a deck first (at most `limit`: a catalog may hold 100,000 products)."""
        with self._db.sessions.begin() as session:
            general = repo.general_decks(session)
            have = {row[1] for row in general}
            for position, (kind, title) in enumerate(GENERAL_DECKS.items()):
                if kind not in have:
                    repo.insert(session, kind, title, position=position)
            if len(have) < len(GENERAL_DECKS):
                general = repo.general_decks(session)
            products = repo.product_decks(session, product_text, limit)
        entries = [DeckEntry(DeckKind(row[1]), row[3], row[0], None, row[4]) for row in general]
        for product_id, name, spec, deck in products:
            title = product_label(name, spec)
            entries.append(DeckEntry(DeckKind.PRODUCT, title, deck[0] if deck else None, product_id,
                                     deck[4] if deck else ""))
        return entries

    def get(self, deck_id: int) -> Deck:
        with self._db.sessions() as session:
            row = repo.get(session, deck_id)
        if row is None:
            raise NotFoundError(Message("cue deck {id} no longer exists", id=deck_id))
        return _deck(row)

    def deck_for_product(self, product_id: int) -> Deck:
        """The product's deck, created empty on first use."""
        product = self._catalog.get(product_id)
        with self._db.sessions.begin() as session:
            deck_id = repo.id_for_product(session, product_id)
            if deck_id is None:
                deck_id = repo.insert(session, DeckKind.PRODUCT, product.name[:60], product_id=product_id)
        return self.get(deck_id)

    def general_deck(self, kind: DeckKind) -> Deck:
        entry = next(e for e in self.entries() if e.kind == kind and e.product_id is None)
        assert entry.deck_id is not None
        return self.get(entry.deck_id)

    def save_text(self, deck_id: int, text: str, expected_version: int | None = None) -> Deck:
        with self._db.sessions.begin() as session:
            if not repo.save_text(session, deck_id, text, expected_version):
                if repo.get(session, deck_id) is None:
                    raise NotFoundError(Message("cue deck {id} no longer exists", id=deck_id))
                raise ConflictError(Message(
                    "someone else changed this cue deck meanwhile; your text is kept in the editor, "
                    "copy it before reloading"))
        self._events.publish(ChangeEvent(ENTITY, ChangeKind.UPDATED, (deck_id,)))
        return self.get(deck_id)

    # variables
    def variables(self, product_id: int | None) -> dict[str, str]:
        """The card variables of a product. {库存} is the stream's 剩余 while the product is on a running line-up
        (`live_stock`, set by the context) and 可售 otherwise."""
        if product_id is None:
            return {}
        product = self._catalog.get(product_id)
        live = self.live_stock(product_id) if self.live_stock is not None else None
        return variables_of(product, product.available if live is None else live)

    def fill(self, text: str, product_id: int | None) -> FilledText:
        return fill_variables(text, self.variables(product_id))

    # advertising-law words
    def user_words(self) -> WordList:
        with self._db.sessions() as session:
            text = repo.setting(session, USER_WORDS_KEY)
        return parse_wordlist(text) if text else WordList()

    def save_user_words(self, words: WordList) -> None:
        with self._db.sessions.begin() as session:
            repo.set_setting(session, USER_WORDS_KEY, format_words(words))
        self._words = None
        self._events.publish(ChangeEvent(WORDS_ENTITY, ChangeKind.UPDATED))

    def wordlist(self) -> WordList:
        """The streamer's own words (the built-in rules are resources/adlaw/, applied by every check)."""
        if self._words is None:
            self._words = merge_wordlists(self.user_words())
        return self._words

    def check(self, text: str) -> list[Finding]:
        """The one advertising-law check: editor underlines, deck counts, teleprompter marker and CLI."""
        return check_text(text, self.wordlist())


def variables_of(product: Product, stock: int | None = None) -> dict[str, str]:
    return {"名称": product.name, "规格": product.spec, "价格": format_fen(product.price_fen, symbol=True),
            "库存": str(product.available if stock is None else stock), "产地": product.origin,
            "卖点": "，".join(line.strip() for line in product.selling_points.splitlines() if line.strip())}
