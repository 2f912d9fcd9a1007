"""What the teleprompter shows: a deck, its current card, paused or running.

The teleprompter window, its keys, and later the assistant's phone all drive this one service, so remote
control needs no second code path.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace

from livehelper.domain.adlaw import Level
from livehelper.domain.decks import DeckKind
from livehelper.domain.errors import NotFoundError
from livehelper.services.catalog.products import ENTITY as PRODUCT_ENTITY
from livehelper.services.cues.decks import ENTITY as DECK_ENTITY
from livehelper.services.cues.decks import WORDS_ENTITY, CueService
from livehelper.services.events import ChangeEvent, ChangeKind, Entity, EventBus

ENTITY = Entity.PROMPTER
LIVE_ENTITY = Entity.LIVE  # services/live/session.py publishes it for every tally (that module imports this one)


@dataclass(frozen=True)
class PrompterCard:
    title: str
    text: str
    unknown_variables: int
    findings: int = 0  # advertising-law findings in the filled-in text (the card shows a marker)
    violations: int = 0  # of which 违规 (the rest are 需核实)


@dataclass(frozen=True)
class PrompterState:
    deck_id: int | None = None
    deck_title: str = ""
    kind: DeckKind | None = None
    cards: tuple[PrompterCard, ...] = ()
    index: int = 0
    paused: bool = True

    @property
    def card(self) -> PrompterCard | None:
        return self.cards[self.index] if self.cards else None

    @property
    def progress(self) -> str:
        return f"{self.index + 1}/{len(self.cards)}" if self.cards else "0/0"


class PrompterService:
    def __init__(self, cues: CueService, events: EventBus) -> None:
        self._cues = cues
        self._events = events
        self._lock = threading.Lock()
        self._state = PrompterState()
        self._stock_shown: tuple[int, int | None] | None = None  # (product, the live {库存} the cards were filled with)
        events.subscribe(self._on_change)

    def state(self) -> PrompterState:
        return self._state

    def show_deck(self, deck_id: int, index: int = 0) -> PrompterState:
        deck = self._cues.get(deck_id)
        cards = []
        live_stock = self._cues.live_stock
        self._stock_shown = None if deck.product_id is None or live_stock is None else (
            deck.product_id, live_stock(deck.product_id))
        for card in deck.cards:
            filled = self._cues.fill(card.body, deck.product_id)
            title = self._cues.fill(card.title, deck.product_id).text
            findings = self._cues.check(f"{title}\n{filled.text}")
            violations = sum(finding.level == Level.VIOLATION for finding in findings)
            cards.append(PrompterCard(title, filled.text, len(filled.unknown), len(findings), violations))
        with self._lock:
            keep_paused = self._state.paused if self._state.deck_id == deck_id else True
            self._state = PrompterState(deck.id, deck.title, deck.kind, tuple(cards),
                                        max(0, min(index, len(cards) - 1)), keep_paused)
        return self._publish()

    def show_product(self, product_id: int) -> PrompterState:
        return self.show_deck(self._cues.deck_for_product(product_id).id)

    def next_card(self) -> PrompterState:
        return self.go_to(self._state.index + 1)

    def previous_card(self) -> PrompterState:
        return self.go_to(self._state.index - 1)

    def go_to(self, index: int) -> PrompterState:
        with self._lock:
            if not self._state.cards:
                return self._state
            self._state = replace(self._state, index=max(0, min(index, len(self._state.cards) - 1)))
        return self._publish()

    def set_paused(self, paused: bool) -> PrompterState:
        with self._lock:
            self._state = replace(self._state, paused=paused)
        return self._publish()

    def toggle_pause(self) -> PrompterState:
        return self.set_paused(not self._state.paused)

    def _publish(self) -> PrompterState:
        state = self._state
        self._events.publish(ChangeEvent(ENTITY, ChangeKind.UPDATED))
        return state

    def _live_stock_moved(self) -> bool:
        """A tally or an imported order changed the {库存} the shown product deck was filled with."""
        shown, live_stock = self._stock_shown, self._cues.live_stock
        return shown is not None and live_stock is not None and live_stock(shown[0]) != shown[1]

    def _on_change(self, event: ChangeEvent) -> None:
        """An edited deck (or product, or the streamer's words) re-renders on the prompter, on the same card."""
        deck_id = self._state.deck_id
        if deck_id is None:
            return
        if (event.entity == DECK_ENTITY and deck_id in event.ids) or event.entity in (PRODUCT_ENTITY, WORDS_ENTITY) \
                or (event.entity == LIVE_ENTITY and self._live_stock_moved()):
            try:
                self.show_deck(deck_id, self._state.index)
            except NotFoundError:  # the deck went with its product
                with self._lock:
                    self._state = PrompterState()
                self._publish()
