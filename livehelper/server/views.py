"""The JSON shapes of the LAN API: tasks (buyer masked unless the helper may see full addresses), live data."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from livehelper.domain.couriers import courier_by_code
from livehelper.domain.masking import courier_phone, mask_note
from livehelper.services.context import AppContext
from livehelper.services.helpers.accounts import Helper
from livehelper.services.live.session_state import LiveSnapshot
from livehelper.services.shipping.tasks import PackingTask

JSON = dict[str, Any]


def json_bytes(body: object) -> bytes:
    """What starlette's JSONResponse would send."""
    return json.dumps(body, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8")


def task_json(task: PackingTask, full: tuple[str, str] | None = None,
              names: Mapping[int, str] | None = None) -> JSON:
    """One task; `full` is (buyer, address) unmasked, given only for helpers allowed to see it; `names` the
    catalog's "name spec" of matched products (the phone shows it, the platform's title beneath)."""
    names = names or {}
    courier = courier_by_code(task.courier) if task.courier else None
    return {
        "id": task.id,
        "order_no": task.order_no,
        "order_nos": [task.order_no, *task.merged_order_nos],
        "platform": task.platform,
        "items": [{"title": item.title, "qty": item.qty, "spec": item.sku_text,
                   "name": names.get(item.product_id, "") if item.product_id is not None else ""}
                  for item in task.items],
        "note": task.buyer_note if full else mask_note(task.buyer_note),  # buyers type phones into notes too
        "buyer": full[0] if full else task.buyer_masked,
        "city": task.city,
        "address": full[1] if full else task.address_masked,
        "status": task.state.value,
        "status_label": task.state.zh,
        "assignee": task.assignee,
        "courier": task.courier,
        "courier_name": courier.name if courier else task.courier,
        "tracking_no": task.tracking_no,
        "problem_reason": task.problem_reason,
        "missing": [gap.render("zh_CN") for gap in task.missing],  # what the export of its order lacked
        "version": task.version,
        "updated_at": task.updated_at.isoformat(),
    }


def catalog_names(context: AppContext, tasks: list[PackingTask]) -> dict[int, str]:
    """"name spec" of each catalog product the tasks' lines are matched to (a product deleted since: none)."""
    return context.catalog.names({item.product_id for task in tasks for item in task.items
                                  if item.product_id is not None})


def tasks_json(context: AppContext, helper: Helper, tasks: list[PackingTask]) -> list[JSON]:
    names = catalog_names(context, tasks)
    if not helper.full_address:
        return [task_json(task, None, names) for task in tasks]
    recipients = context.helpers.recipients([task.order_id for task in tasks])
    shown = []
    for task in tasks:
        recipient = recipients.get(task.order_id)
        full = (f"{recipient.name} {courier_phone(recipient.phone)}".strip(), recipient.address) if recipient else None
        shown.append(task_json(task, full, names))
    return shown


def live_json(snapshot: LiveSnapshot | None) -> JSON:
    if snapshot is None:
        return {"active": False, "session_id": None, "title": "", "lineup": [], "explaining": None,
                "totals": {"items": 0, "revenue_fen": 0, "goal_fen": 0}}
    per_product = snapshot.totals.per_product
    lineup = []
    for entry in snapshot.lineup:
        product = entry.product
        sold = per_product[product.id].items if product.id in per_product else 0
        lineup.append({"position": entry.position, "product_id": product.id, "name": product.name,
                       "spec": product.spec, "price_fen": product.price_fen, "sold": sold,
                       "remaining": snapshot.remaining(product.id)})
    return {"active": True, "session_id": snapshot.session.id, "title": snapshot.session.title,
            "lineup": lineup, "explaining": snapshot.explaining,
            "totals": {"items": snapshot.totals.items, "revenue_fen": snapshot.totals.revenue_fen,
                       "goal_fen": snapshot.session.goal_fen}}
