"""/api/v1: the live session (line-up, tallies, cue cards), the OBS overlay's data and the event stream."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import Response, StreamingResponse
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from livehelper.domain.errors import NotFoundError
from livehelper.domain.live import MAX_TALLY_QTY
from livehelper.server.auth import Assistant, Context, CurrentHelper, bearer_token, helper_by_header_or_query
from livehelper.server.events import EventBroker
from livehelper.server.views import JSON, live_json
from livehelper.services.catalog.images import qr_png
from livehelper.services.context import AppContext
from livehelper.services.helpers.accounts import Helper

router = APIRouter(prefix="/api/v1")
DURABLE_TIMEOUT = 10.0  # seconds to wait for the tally's commit before answering 201
TALLY_SOURCE_LENGTH = 20


class TallyBody(BaseModel):
    product_id: int = Field(ge=1, le=2**31 - 1)
    qty: int = Field(default=1, ge=1, le=MAX_TALLY_QTY)


class CueBody(BaseModel):
    direction: Literal["next", "previous"]


@router.get("/live")
def live(_helper: CurrentHelper, context: Context) -> JSON:
    return live_json(context.live.snapshot() if context.live.active else None)


@router.post("/live/tallies", status_code=201, responses={403: {"description": "not an assistant"},
                                                          409: {"description": "no live session, or sold out"}})
def tally(body: TallyBody, helper: Assistant, context: Context) -> JSON:
    pending = context.live.tally(body.product_id, body.qty, source=f"lan:{helper.name}"[:TALLY_SOURCE_LENGTH])
    tally_id = pending.durable.result(timeout=DURABLE_TIMEOUT)  # 201 means it is on disk
    snapshot = context.live.snapshot()
    totals = snapshot.totals.per_product.get(body.product_id)
    return {"id": tally_id, "product_id": body.product_id, "qty": body.qty, "sold": totals.items if totals else 0}


@router.post("/live/cue", responses={403: {"description": "not an assistant"}})
def cue(body: CueBody, _helper: Assistant, context: Context) -> JSON:
    prompter = context.prompter
    state = prompter.next_card() if body.direction == "next" else prompter.previous_card()
    card = state.card
    return {"deck": state.deck_title, "index": state.index, "count": len(state.cards),
            "title": card.title if card else ""}


@router.get("/overlay")
def overlay(_helper: Annotated[Helper, Depends(helper_by_header_or_query)], context: Context) -> JSON:
    """What the OBS overlay shows: the product being explained. Needs a token like every /api/v1 call (OBS's
    browser-source URL carries it as ?token=); an assistant's or packer's token both do."""
    if not context.live.active:
        return {"active": False, "product": None}
    snapshot = context.live.snapshot()
    shown = live_json(snapshot)
    product = next((entry for entry in shown["lineup"] if entry["product_id"] == snapshot.explaining), None)
    if product is not None and _shop_link(context, product["product_id"]):
        product = {**product, "qr_url": f"/api/v1/overlay/qr.png?product_id={product['product_id']}"}
    return {"active": True, "product": product, "totals": shown["totals"]}


def _shop_link(context: AppContext, product_id: int) -> str:
    try:
        return context.catalog.get(product_id).shop_link
    except NotFoundError:
        return ""


@router.get("/overlay/qr.png", response_class=Response,
            responses={200: {"content": {"image/png": {}}}, 404: {"description": "no shop link"}})
def overlay_qr(product_id: Annotated[int, Query(ge=1, le=2**31 - 1)],
               _helper: Annotated[Helper, Depends(helper_by_header_or_query)], context: Context) -> Response:
    """The QR code of a product's shop link, for the overlay (viewers scan it off the stream)."""
    link = _shop_link(context, product_id)
    if not link:
        raise HTTPException(404, "no shop link")
    return Response(qr_png(link, box_size=8), media_type="image/png", headers={"Cache-Control": "max-age=300"})


@router.get("/events", response_class=StreamingResponse,
            responses={200: {"content": {"text/event-stream": {}}, "description": "task, order and live events"}})
def events(request: Request, _helper: Annotated[Helper, Depends(helper_by_header_or_query)],
           context: Context) -> StreamingResponse:
    """Ends when the helper is revoked (here at once, from another process within a second) or expires."""
    broker: EventBroker = request.app.state.broker
    token = bearer_token(request.headers.get("authorization", "")) or ""

    async def still_allowed() -> bool:
        return await run_in_threadpool(context.helpers.authenticate, token) is not None

    return StreamingResponse(broker.stream(still_allowed), media_type="text/event-stream",
                             headers={"X-Accel-Buffering": "no"})
