"""The live session over HTTP: the line-up, tallies (assistant only, 201 once durable), cue cards, the overlay."""

from __future__ import annotations

import pytest
import requests
from sqlalchemy import func, select

from livehelper.domain.live import Platform
from livehelper.storage.models import TallyEventRecord
from livehelper.storage.products import ProductQuery


@pytest.fixture
def on_air(demo_context):
    products = [product.id for product in demo_context.catalog.page(ProductQuery(include_inactive=False), 0, 3)]
    demo_context.live.start("测试直播", Platform.DOUYIN, 100_000, products)
    return products


def test_without_a_session_live_is_inactive_and_tallies_are_409(assistant):
    assert assistant.get("/api/v1/live").json()["active"] is False
    assert assistant.get("/api/v1/overlay").json() == {"active": False, "product": None}
    answer = assistant.post("/api/v1/live/tallies", {"product_id": 1, "qty": 1})
    assert answer.status_code == 409 and answer.json()["detail"]


def test_live_shows_the_lineup_and_what_is_being_explained(assistant, on_air):
    live = assistant.get("/api/v1/live").json()
    assert live["active"] is True and live["explaining"] == on_air[0]
    assert [entry["product_id"] for entry in live["lineup"]] == on_air
    assert all(isinstance(entry["price_fen"], int) for entry in live["lineup"])
    overlay = assistant.get("/api/v1/overlay").json()
    assert overlay["product"]["product_id"] == on_air[0]


def test_the_overlay_offers_the_qr_code_of_the_shop_link(assistant, on_air, server, demo_context):
    product = demo_context.catalog.get(on_air[0])
    assert product.shop_link  # the demo products have shop links
    qr_url = assistant.get("/api/v1/overlay").json()["product"]["qr_url"]
    answer = requests.get(f"{server.url}{qr_url}&token={assistant.token}", timeout=5)  # as the OBS page asks
    assert answer.status_code == 200 and answer.headers["content-type"] == "image/png"
    assert answer.content.startswith(b"\x89PNG")
    assert requests.get(f"{server.url}{qr_url}", timeout=5).status_code == 401


def test_an_assistants_tally_is_durable_when_answered_201(assistant, on_air, demo_context):
    answer = assistant.post("/api/v1/live/tallies", {"product_id": on_air[1], "qty": 2})
    assert answer.status_code == 201
    assert answer.json()["sold"] == 2
    with demo_context.database.sessions() as session:
        stored = session.scalar(select(func.sum(TallyEventRecord.qty)).where(
            TallyEventRecord.product_id == on_air[1], TallyEventRecord.session_id == demo_context.live.snapshot(
            ).session.id))
    assert stored == 2
    assert assistant.get("/api/v1/live").json()["totals"]["items"] == 2


def test_a_packer_may_not_tally_or_cue(packer, on_air):
    assert packer.post("/api/v1/live/tallies", {"product_id": on_air[0], "qty": 1}).status_code == 403
    assert packer.post("/api/v1/live/cue", {"direction": "next"}).status_code == 403
    assert packer.get("/api/v1/live").status_code == 200


def test_bad_tallies_are_refused(assistant, on_air):
    for body in ({"product_id": on_air[0], "qty": 0}, {"product_id": on_air[0], "qty": 1000}, {"qty": 1},
                 {"product_id": "一", "qty": 1}):
        assert assistant.post("/api/v1/live/tallies", body).status_code == 422, body
    assert assistant.post("/api/v1/live/tallies", {"product_id": 999_999, "qty": 1}).status_code == 404


def test_the_assistant_moves_the_cue_cards(assistant, on_air, demo_context):
    start = demo_context.prompter.state().index
    moved = assistant.post("/api/v1/live/cue", {"direction": "next"})
    assert moved.status_code == 200
    assert moved.json()["index"] == min(start + 1, moved.json()["count"] - 1)
    assert demo_context.prompter.state().index == moved.json()["index"]
    back = assistant.post("/api/v1/live/cue", {"direction": "previous"}).json()
    assert back["index"] == start
    assert assistant.post("/api/v1/live/cue", {"direction": "sideways"}).status_code == 422
