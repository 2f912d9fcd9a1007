"""The demo catalog: believable products of a village shop, for trying LiveHelper out."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from livehelper.domain.decks import DeckKind
from livehelper.domain.live import ExplainSwitch, Platform, Tally
from livehelper.domain.money import parse_fen
from livehelper.domain.product import ProductDraft
from livehelper.paths import resource
from livehelper.services.shipping.demo_orders import TITLES, DemoWindow, demo_units, seed_demo_orders
from livehelper.storage import live as live_repo

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
    before_stream = demo_units()  # the orders of last night's stream reserve or ship these (issue 16)
    for draft, photo in demo_products():
        opening = draft.stock + before_stream.get(draft.merchant_code, 0)
        product = context.catalog.create(replace(draft, stock=opening), who="demo")
        product_ids[draft.merchant_code] = product.id
        image = resource("demo", photo).read_bytes()
        context.catalog.set_photo_from_file(product.id, image, photo)
    decks = json.loads(resource("demo", "cues.json").read_text("utf-8"))
    for kind, text in decks["general"].items():
        context.cues.save_text(context.cues.general_deck(DeckKind(kind)).id, text)
    for code, text in decks["products"].items():
        context.cues.save_text(context.cues.deck_for_product(product_ids[code]).id, text)
    lineup = [product_ids[code] for code in ("MZ-XM-2500", "JL-JYH-50", "XM-GB-600", "FX-LH-1500")]
    session_id = seed_past_session(context, lineup)
    started, ended = _session_window(context, session_id)
    prices = {code: context.catalog.get(product_ids[code]).price_fen for code in TITLES}
    seed_demo_orders(context, DemoWindow(started, ended), prices)
    return True


def _session_window(context: AppContext, session_id: int) -> tuple[datetime, datetime]:
    with context.database.sessions() as session:
        row = live_repo.get_session(session, session_id)
    assert row is not None and row[5] is not None
    return row[4], row[5]


def seed_past_session(context: AppContext, product_ids: list[int], seed: int = 7) -> int:
    """Last night's stream (20:00 Beijing time, 90 minutes), so the history and the report show something."""
    rng = random.Random(seed)
    started = (datetime.now(UTC) - timedelta(days=1)).replace(hour=12, minute=0, second=0, microsecond=0)
    prices = {pid: context.catalog.get(pid).price_fen for pid in product_ids}
    with context.database.sessions.begin() as session:
        session_id = live_repo.create_session(session, "米脂杂粮专场", Platform.DOUYIN, 300_000, started, product_ids)
    with context.database.engine.begin() as connection:
        for index, product_id in enumerate(product_ids):
            explained_from = started + timedelta(minutes=index * 22)
            live_repo.insert_switch(connection, session_id, ExplainSwitch(explained_from, product_id))
            for minute in range(22):
                # sales pick up a few minutes into each product's turn, then ease off
                wave = max(0, 6 - abs(minute - 8) // 2)
                for _ in range(rng.randint(0, wave)):
                    at = explained_from + timedelta(minutes=minute, seconds=rng.randint(0, 59))
                    qty = 2 if rng.random() < 0.15 else 1
                    live_repo.insert_tally(connection, session_id,
                                           Tally(0, product_id, qty, prices[product_id], at, "desktop"))
        ended = started + timedelta(minutes=90)
        live_repo.insert_switch(connection, session_id, ExplainSwitch(ended, None))
    with context.database.sessions.begin() as session:
        live_repo.end_session(session, session_id, ended)
    return session_id
