"""The shipping queue over HTTP: masked lists, transitions (200/409/422) audited with the helper's name."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import update

from livehelper.storage.models import OrderRecord

XSS = "<script>alert(1)</script><img src=x onerror=alert(2)>"


def _first(client, status):
    tasks = client.get(f"/api/v1/tasks?status={status}").json()["tasks"]
    assert tasks, status
    return tasks[0]


def test_me_names_the_helper_and_role(packer, assistant):
    assert packer.get("/api/v1/me").json() == {"name": "小王", "role": "packer", "full_address": False}
    assert assistant.get("/api/v1/me").json()["role"] == "assistant"


def test_the_queue_lists_tasks_by_status_with_counts_and_masked_buyers(packer, demo_context):
    answer = packer.get("/api/v1/tasks?status=pending")
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/json"
    body = answer.json()
    assert set(body["counts"]) == {"pending", "packing", "packed", "shipped", "problem", "cancelled"}
    assert all(body["counts"][state] > 0 for state in ("pending", "packing", "packed", "shipped", "problem"))
    assert len(body["tasks"]) == body["counts"]["pending"]
    task = body["tasks"][0]
    assert task["status"] == "pending" and task["status_label"] == "待打包"
    assert {"id", "order_no", "order_nos", "items", "note", "buyer", "city", "address", "assignee", "courier",
            "tracking_no", "version"} <= set(task)
    assert "*" in task["buyer"] and task["address"].endswith("****")
    with demo_context.database.sessions() as session:
        order = session.get(OrderRecord, demo_context.tasks.get(task["id"]).order_id)
    assert order.buyer_phone not in answer.text and order.address not in answer.text
    assert packer.get(f"/api/v1/tasks/{task['id']}").json() == task


def test_a_helper_allowed_full_addresses_sees_them(assistant, demo_context):
    task = _first(assistant, "pending")
    with demo_context.database.sessions() as session:
        order = session.get(OrderRecord, demo_context.tasks.get(task["id"]).order_id)
    assert order.buyer_phone in task["buyer"] and order.address in task["address"]


def test_an_unknown_status_is_422_in_chinese(packer):
    answer = packer.get("/api/v1/tasks?status=lost")
    assert answer.status_code == 422 and "lost" in answer.json()["detail"]


def test_a_transition_is_recorded_with_the_helpers_name(packer, demo_context):
    task = _first(packer, "pending")
    answer = packer.post(f"/api/v1/tasks/{task['id']}/transition", {"to": "packing", "version": task["version"]})
    assert answer.status_code == 200
    moved = answer.json()["task"]
    assert (moved["status"], moved["version"]) == ("packing", task["version"] + 1)
    assert answer.json()["warnings"] == []
    last = demo_context.tasks.history(task["id"])[-1]
    assert (last.to_state.value, last.who) == ("packing", "小王")


def test_a_stale_version_is_409_with_the_fresh_task(packer, demo_context):
    task = _first(packer, "pending")
    demo_context.tasks.transition(task["id"], "packing", task["version"], who="主播")
    answer = packer.post(f"/api/v1/tasks/{task['id']}/transition", {"to": "packing", "version": task["version"]})
    assert answer.status_code == 409
    body = answer.json()
    assert body["task"]["status"] == "packing" and body["task"]["version"] == task["version"] + 1
    assert "版本" in body["detail"]


def test_an_invalid_transition_or_input_is_422_with_a_chinese_reason(packer):
    task = _first(packer, "pending")
    shipped = packer.post(f"/api/v1/tasks/{task['id']}/transition", {"to": "shipped", "version": task["version"]})
    assert shipped.status_code == 422 and shipped.json()["detail"]
    assert not shipped.json()["detail"].isascii()
    packing = _first(packer, "packed")
    no_number = packer.post(f"/api/v1/tasks/{packing['id']}/transition",
                            {"to": "shipped", "version": packing["version"], "courier": "SF"})
    assert no_number.status_code == 422 and "运单号" in no_number.json()["detail"]
    bad_body = packer.post(f"/api/v1/tasks/{task['id']}/transition", {"to": "packing"})
    assert bad_body.status_code == 422 and bad_body.json()["detail"].startswith("请求无效")
    assert packer.post("/api/v1/tasks/999999/transition", {"to": "packing", "version": 1}).status_code == 404


def test_shipping_over_http_takes_courier_and_tracking_number(packer, demo_context):
    task = _first(packer, "packed")
    answer = packer.post(f"/api/v1/tasks/{task['id']}/transition",
                         {"to": "shipped", "version": task["version"], "courier": "SF",
                          "tracking_no": "SF1234567890123"})
    assert answer.status_code == 200, answer.text
    assert (answer.json()["task"]["courier"], answer.json()["task"]["tracking_no"]) == ("SF", "SF1234567890123")
    assert demo_context.tasks.get(task["id"]).tracking_no == "SF1234567890123"


def test_a_buyer_note_with_markup_comes_back_as_json_data(packer, demo_context):
    task = _first(packer, "pending")
    order_id = demo_context.tasks.get(task["id"]).order_id
    with demo_context.database.sessions.begin() as session:
        session.execute(update(OrderRecord).where(OrderRecord.id == order_id).values(buyer_note=XSS))
    answer = packer.get(f"/api/v1/tasks/{task['id']}")
    assert answer.headers["content-type"] == "application/json"
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert answer.json()["note"] == XSS


def test_couriers_and_the_pick_list(packer, demo_context):
    couriers = packer.get("/api/v1/couriers").json()
    assert {"code": "SF", "name": "顺丰"} in couriers
    lines = packer.get("/api/v1/picklist?status=pending").json()["lines"]
    pending = demo_context.tasks.list(limit=10_000)
    assert lines and all(line["qty"] > 0 and line["name"] for line in lines)
    expected = sum(item.qty for t in pending if t.state.value == "pending" for item in t.items)
    assert sum(line["qty"] for line in lines) == expected


def test_the_polled_queue_follows_every_change(packer, demo_context):
    before = packer.get("/api/v1/tasks?status=pending").json()
    task = before["tasks"][0]
    demo_context.tasks.transition(task["id"], "packing", task["version"], who="主播")
    after = packer.get("/api/v1/tasks?status=pending").json()
    assert task["id"] not in [t["id"] for t in after["tasks"]]
    assert after["counts"]["pending"] == before["counts"]["pending"] - 1


def test_shipped_from_a_phone_moves_stock_as_the_desktop_does(packer, demo_context):
    """Issue 16: 已发货 over the LAN API writes the 发货 movements in the task change's own transaction."""
    task = _first(packer, "packed")
    lines = Counter()
    for item in demo_context.tasks.get(task["id"]).items:
        lines[item.product_id] += item.qty
    assert lines and None not in lines
    before = {pid: demo_context.stock.level(pid) for pid in lines}
    answer = packer.post(f"/api/v1/tasks/{task['id']}/transition", {
        "to": "shipped", "version": task["version"], "courier": "SF", "tracking_no": "SF1428376509999"})
    assert answer.status_code == 200
    for pid, qty in lines.items():
        after = demo_context.stock.level(pid)
        assert after.on_hand == before[pid].on_hand - qty and after.available == before[pid].available
        newest = demo_context.stock.history(pid, limit=1)[0]
        assert (newest.kind.value, newest.who, newest.task_id) == ("shipment", "小王", task["id"])
