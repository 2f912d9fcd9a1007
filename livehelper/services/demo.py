"""The demo catalog: believable products of a village shop, for trying LiveHelper out."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from livehelper.domain.decks import DeckKind
from livehelper.domain.money import parse_fen
from livehelper.domain.product import ProductDraft
from livehelper.paths import resource

if TYPE_CHECKING:
    from livehelper.services.context import AppContext


def demo_products() -> list[tuple[ProductDraft, str]]:
    """(product, photo file name in resources/demo) for each demo product."""
    entries = json.loads(resource("demo", "catalog.json").read_text("utf-8"))
    return [(ProductDraft(name=e["name"], spec=e["spec"], price_fen=parse_fen(e["price"]), stock=e["stock"],
                          merchant_code=e["merchant_code"], origin=e["origin"],
                          selling_points=e["selling_points"], shop_link=e["shop_link"]), e["photo"])
            for e in entries]


def seed_demo(context: AppContext) -> bool:
    """Fill an empty database with the demo data; leave a database with products alone."""
    if context.catalog.count() > 0:
        return False
    product_ids: dict[str, int] = {}
    for draft, photo in demo_products():
        product = context.catalog.create(draft)
        product_ids[draft.merchant_code] = product.id
        image = resource("demo", photo).read_bytes()
        context.catalog.set_photo_from_file(product.id, image, photo)
    decks = json.loads(resource("demo", "cues.json").read_text("utf-8"))
    for kind, text in decks["general"].items():
        context.cues.save_text(context.cues.general_deck(DeckKind(kind)).id, text)
    for code, text in decks["products"].items():
        context.cues.save_text(context.cues.deck_for_product(product_ids[code]).id, text)
    return True
