"""Kinds of cue decks: one per product, and the general decks every stream needs."""

from __future__ import annotations

from enum import StrEnum


class DeckKind(StrEnum):
    PRODUCT = "product"
    OPENING = "opening"
    WELCOME = "welcome"
    FLASH_SALE = "flash_sale"
    URGE = "urge"
    CLOSING = "closing"


GENERAL_DECKS: dict[DeckKind, str] = {
    DeckKind.OPENING: "开场",
    DeckKind.WELCOME: "欢迎新粉",
    DeckKind.FLASH_SALE: "福利/秒杀",
    DeckKind.URGE: "催单",
    DeckKind.CLOSING: "下播",
}
