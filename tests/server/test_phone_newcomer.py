"""The phone page as a newcomer helper reads it: the one who starts packing a task becomes its 负责人, items carry
the catalog's name (the desktop's words) with the platform's title, and the first paint says it is loading
instead of showing every count as 0."""

from __future__ import annotations

from pathlib import Path

from tests.server.test_api_tasks import _first

WEB = Path(__file__).resolve().parents[2] / "resources" / "web"


def test_starting_to_pack_an_unassigned_task_makes_the_helper_its_packer(packer, demo_context):
    task = next(t for t in packer.get("/api/v1/tasks?status=pending").json()["tasks"] if not t["assignee"])
    moved = packer.post(f"/api/v1/tasks/{task['id']}/transition",
                        {"to": "packing", "version": task["version"]}).json()["task"]
    assert moved["assignee"] == "小王" and moved["version"] == task["version"] + 1
    assert demo_context.tasks.get(task["id"]).assignee == "小王"


def test_a_task_given_to_someone_else_keeps_its_packer(packer, demo_context):
    task = _first(packer, "pending")
    given = demo_context.tasks.assign(task["id"], "李姐", task["version"], "主播")
    moved = packer.post(f"/api/v1/tasks/{task['id']}/transition",
                        {"to": "packing", "version": given.version}).json()["task"]
    assert moved["assignee"] == "李姐"


def test_items_carry_the_catalog_name_beside_the_platform_title(packer, demo_context):
    tasks = packer.get("/api/v1/tasks?status=pending").json()["tasks"]
    matched = [(item, task) for task in tasks for item in task["items"] if item["name"]]
    assert matched, "the demo orders match catalog products"
    item, task = matched[0]
    product_id = next(i.product_id for i in demo_context.tasks.get(task["id"]).items if i.title == item["title"])
    product = demo_context.catalog.get(product_id)
    assert item["name"] == f"{product.name} {product.spec}".strip() and item["title"]


def test_the_first_paint_says_it_is_loading_not_zero():
    page = (WEB / "index.html").read_text("utf-8")
    assert 'data-count="pending">…<' in page and 'data-count="pending">0<' not in page
    assert 'id="queue-loading"' in page
    script = (WEB / "app.js").read_text("utf-8")
    assert "show($('queue-loading'), false)" in script and "item.name || item.title" in script
