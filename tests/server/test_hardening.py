"""Issue 19, finding 7: Host checked (421), X-Forwarded-For ignored, ids out of range, odd static paths, event
streams ended on revoke, buyer notes masked for packers, half-sent requests timed out."""

from __future__ import annotations

import socket
import subprocess
import sys

import requests

from livehelper.cli.server import REVOKE_SECONDS
from livehelper.domain.manual_order import ManualOrder
from livehelper.server.app import TOKEN_CACHE_SECONDS
from livehelper.server.events import RECHECK_SECONDS
from livehelper.server.runner import LanServer
from livehelper.server.security import FailureLimiter
from livehelper.storage.products import ProductQuery

NOTE = "请打电话13812345678，送到银州镇东街12号3单元401室，不要放快递柜"


def test_a_host_that_is_not_this_pc_gets_421(server, packer):
    port = server.port
    for host in ("evil.example", f"evil.example:{port}", "rebind.attacker.test:80", "192.0.2.55"):
        for path in ("/", "/api/v1/me"):
            answer = packer.get(path, headers={"Host": host})
            assert answer.status_code == 421, (host, path)
    for host in (f"127.0.0.1:{port}", f"localhost:{port}", "localhost", f"[::1]:{port}"):
        assert packer.get("/api/v1/me", headers={"Host": host}).status_code == 200, host


def test_x_forwarded_for_does_not_change_who_is_guessing(server):
    answers = [requests.get(server.url + "/api/v1/me", timeout=5, headers={
        "Authorization": f"Bearer guess{n}", "X-Forwarded-For": f"10.9.{n}.{n}"})
        for n in range(FailureLimiter().limit + 1)]
    assert answers[-1].status_code == 429


def test_task_ids_beyond_the_database_range_are_refused_not_500(packer):
    for task_id in (2**63, 2**64 + 5, 10**30):
        assert packer.get(f"/api/v1/tasks/{task_id}").status_code in (404, 422)
        moved = packer.post(f"/api/v1/tasks/{task_id}/transition", {"to": "packing", "version": 1})
        assert moved.status_code in (404, 422)
    assert packer.get(f"/api/v1/tasks/{2**63 - 1}").status_code == 404


def test_nul_and_odd_static_paths_are_404(server):
    for path in ("/static/%00", "/static/app.js%00.png", "/static/%00/app.js", "/static/a%5C..%5Capp.js",
                 "/static/con:", "/static/%01app.js"):
        assert requests.get(server.url + path, timeout=5).status_code == 404, path
    assert requests.get(server.url + "/static/app.js", timeout=5).status_code == 200


def test_an_event_stream_ends_when_its_helper_is_revoked_here(server, packer, demo_context):
    with requests.get(f"{server.url}/api/v1/events?token={packer.token}", stream=True, timeout=10) as stream:
        lines = stream.iter_lines(decode_unicode=True)
        assert next(lines) == "retry: 3000"
        demo_context.helpers.revoke("小王")
        rest = list(lines)  # ends (a read timeout would raise instead)
    assert all(line.startswith(":") or not line for line in rest)


def test_an_event_stream_ends_when_its_helper_is_revoked_by_another_process(server, packer, demo_context):
    assert REVOKE_SECONDS == TOKEN_CACHE_SECONDS == RECHECK_SECONDS  # what `helpers revoke` promises
    with requests.get(f"{server.url}/api/v1/events?token={packer.token}", stream=True, timeout=10) as stream:
        lines = stream.iter_lines(decode_unicode=True)
        assert next(lines) == "retry: 3000"
        done = subprocess.run([sys.executable, "-m", "livehelper", "--data-dir", str(demo_context.data_dir),
                               "--lang", "en", "helpers", "revoke", "小王"], capture_output=True, text=True,
                              timeout=60, check=False)
        assert done.returncode == 0, done.stderr
        assert "refuses the token within 1 second" in done.stdout
        list(lines)  # ends (a read timeout would raise instead)
    assert packer.get("/api/v1/me").status_code == 401


def test_buyer_notes_are_masked_for_packers_but_not_for_full_address_helpers(packer, assistant, demo_context):
    product = demo_context.catalog.page(ProductQuery(), 0, 1)[0]
    order_id = demo_context.orders.add_manual(ManualOrder(
        buyer_name="王小花", phone="13812345678", province="陕西省", city="榆林市", district="米脂县",
        detail="银州镇东街 12 号", note=NOTE, items=((product.id, 1),)))
    task_id = demo_context.tasks.task_for_order(order_id).id
    seen = packer.get(f"/api/v1/tasks/{task_id}").json()["note"]
    assert "13812345678" not in seen and "12号" not in seen and "401室" not in seen
    assert "138****5678" in seen and "不要放快递柜" in seen
    assert assistant.get(f"/api/v1/tasks/{task_id}").json()["note"] == NOTE
    listed = packer.get("/api/v1/tasks?status=pending&limit=1000").text
    assert "13812345678" not in listed


def test_a_half_sent_request_is_closed(demo_context):
    lan = LanServer(demo_context, request_seconds=1.0)
    lan.start()
    try:
        for partial in (b"GET /api/v1/me HTTP/1.1\r\nHost: 127.0.0.1\r\n",  # headers never finished
                        b"POST /api/v1/live/cue HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 40\r\n\r\n{\"dir",
                        b""):  # connected, nothing sent
            with socket.create_connection(("127.0.0.1", lan.port), timeout=10) as sock:
                sock.sendall(partial)
                answer = sock.recv(65536)  # b"" once the server closes; a 10 s timeout raises instead
                while answer:
                    answer = sock.recv(65536)
    finally:
        lan.stop()
