"""Tokens, the brake on guessing, revoking from another process, headers, no CORS, static files."""

from __future__ import annotations

import subprocess
import sys
import time

import requests

from livehelper.server.app import TOKEN_CACHE_SECONDS
from livehelper.server.runner import LanServer
from livehelper.server.security import CONTENT_SECURITY_POLICY, FailureLimiter

API_PATHS = ("/api/v1/me", "/api/v1/tasks", "/api/v1/tasks/1", "/api/v1/couriers", "/api/v1/picklist",
             "/api/v1/live", "/api/v1/overlay", "/api/v1/events")


def test_every_api_call_needs_a_valid_token(server, packer):
    for path in API_PATHS:
        for headers in ({}, {"Authorization": "Bearer not-a-token"}, {"Authorization": f"Basic {packer.token}"}):
            answer = requests.get(server.url + path, headers=headers, timeout=5)
            assert answer.status_code == 401, (path, headers)
            assert answer.json() == {"detail": "需要有效的帮手令牌"}
            assert answer.headers["www-authenticate"] == "Bearer"
        server.app.state.limiter = FailureLimiter()  # this test is about 401s, not about the brake
    posted = requests.post(server.url + "/api/v1/tasks/1/transition", json={"to": "packing", "version": 1},
                           timeout=5)
    assert posted.status_code == 401


def test_the_token_in_the_query_is_only_for_the_event_stream_and_overlay(server, packer):
    assert requests.get(f"{server.url}/api/v1/tasks?token={packer.token}", timeout=5).status_code == 401
    assert requests.get(f"{server.url}/api/v1/overlay?token={packer.token}", timeout=5).status_code == 200


def test_repeated_bad_tokens_from_one_address_are_refused_for_a_while(server, packer):
    answers = [requests.get(server.url + "/api/v1/me", headers={"Authorization": f"Bearer guess{n}"}, timeout=5)
               for n in range(7)]
    assert [a.status_code for a in answers] == [401] * 5 + [429] * 2
    assert 1 <= int(answers[-1].headers["retry-after"]) <= 60
    assert "秒后再试" in answers[-1].json()["detail"]
    assert packer.get("/api/v1/me").status_code == 200  # a right token is never refused (issue 19)


def test_the_limiter_forgets_failures_older_than_its_window():
    now = [1000.0]
    limiter = FailureLimiter(limit=3, window=60, clock=lambda: now[0])
    for _ in range(3):
        limiter.failed("10.0.0.7")
    assert limiter.retry_after("10.0.0.7") == 60 and limiter.retry_after("10.0.0.8") == 0
    now[0] += 59.5
    assert limiter.retry_after("10.0.0.7") == 1
    now[0] += 1
    assert limiter.retry_after("10.0.0.7") == 0


def test_a_helper_revoked_from_another_process_is_refused_at_once(server, packer, demo_context):
    assert packer.get("/api/v1/me").status_code == 200
    done = subprocess.run([sys.executable, "-m", "livehelper", "--data-dir", str(demo_context.data_dir), "--lang",
                           "en", "helpers", "revoke", "小王"], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    # Trusted from memory for TOKEN_CACHE_SECONDS more (tests/server/test_caches.py checks that expiry against
    # a clock); the give-up only keeps a token that stays valid from hanging the test.
    give_up = time.monotonic() + 60 * TOKEN_CACHE_SECONDS
    while packer.get("/api/v1/me").status_code == 200 and time.monotonic() < give_up:
        pass
    assert packer.get("/api/v1/me").status_code == 401


def test_a_helper_revoked_in_this_process_is_refused_at_once(server, packer, demo_context):
    assert packer.get("/api/v1/me").status_code == 200
    demo_context.helpers.revoke("小王")
    assert packer.get("/api/v1/me").status_code == 401


def test_every_answer_carries_the_security_headers_and_no_cors(server, packer):
    for answer in (packer.get("/api/v1/tasks", headers={"Origin": "http://evil.example"}),
                   requests.get(server.url + "/api/v1/me", headers={"Origin": "http://evil.example"}, timeout=5),
                   requests.get(server.url + "/", timeout=5), requests.get(server.url + "/static/nothing", timeout=5),
                   requests.options(server.url + "/api/v1/tasks", timeout=5, headers={
                       "Origin": "http://evil.example", "Access-Control-Request-Method": "GET"})):
        assert answer.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
        assert answer.headers["x-content-type-options"] == "nosniff"
        assert answer.headers["referrer-policy"] == "no-referrer"
        assert not any(name.lower().startswith("access-control-") for name in answer.headers)
    assert "frame-ancestors 'none'" in CONTENT_SECURITY_POLICY and "script-src 'self';" in CONTENT_SECURITY_POLICY


def test_static_files_need_no_token_and_nothing_outside_the_web_folder_is_served(demo_context, tmp_path):
    web = tmp_path / "web"
    web.mkdir()
    (web / "index.html").write_text("<!doctype html><title>帮手</title>", encoding="utf-8")
    (web / "app.js").write_text("'use strict';", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("no", encoding="utf-8")
    lan = LanServer(demo_context, web_root=web)
    lan.start()
    try:
        page = requests.get(lan.url + "/", timeout=5)
        assert page.status_code == 200 and "帮手" in page.text
        assert page.headers["content-type"] == "text/html; charset=utf-8"
        script = requests.get(lan.url + "/static/app.js", timeout=5)
        assert script.headers["content-type"].startswith("text/javascript")
        assert requests.get(lan.url + "/overlay", timeout=5).status_code == 404  # not written yet
        for path in ("/static/", "/static/../secret.txt", "/static/%2e%2e/secret.txt", "/static/..%2fsecret.txt",
                     "/static/missing.js", "/docs", "/redoc"):
            assert requests.get(lan.url + path, timeout=5).status_code == 404, path
        assert requests.get(lan.url + "/openapi.json", timeout=5).json()["info"]["title"] == "LiveHelper helper API"
    finally:
        lan.stop()
