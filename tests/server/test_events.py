"""Server-sent events: a change anywhere in the app reaches a connected phone.

How soon is measured in bench/lan_events.py; these tests only check that the events arrive."""

from __future__ import annotations

import json
import time

import pytest
import requests

GIVE_UP_SECONDS = 60  # only so that a missing event fails the test instead of hanging it; not a budget


def _next_event(lines, name: str) -> dict:
    """The data of the next `name` event (heartbeats every 0.5 s keep the reads short)."""
    give_up = time.monotonic() + GIVE_UP_SECONDS
    event = None
    for line in lines:
        if time.monotonic() > give_up:
            break
        if line.startswith("event: "):
            event = line.removeprefix("event: ")
        elif line.startswith("data: ") and event == name:
            return json.loads(line.removeprefix("data: "))
    pytest.fail(f"no {name} event arrived")


def test_a_task_change_on_the_desktop_reaches_the_stream(server, packer, demo_context):
    task = demo_context.tasks.list(limit=1)[0]
    with requests.get(f"{server.url}/api/v1/events?token={packer.token}", stream=True, timeout=5) as stream:
        assert stream.status_code == 200
        assert stream.headers["content-type"].startswith("text/event-stream")
        lines = stream.iter_lines(decode_unicode=True)
        assert next(lines) == "retry: 3000"
        demo_context.tasks.assign(task.id, "小王", task.version, who="主播")
        data = _next_event(lines, "task")
        assert data["ids"] == [task.id]


def test_the_stream_takes_the_token_in_the_header_too_and_carries_live_events(server, assistant, demo_context):
    with assistant.http.get(server.url + "/api/v1/events", stream=True, timeout=5) as stream:
        lines = stream.iter_lines(decode_unicode=True)
        demo_context.prompter.set_paused(False)
        assert _next_event(lines, "live") == {"ids": [], "kind": "updated"}


def test_stop_returns_with_a_client_connected(server, packer):
    with requests.get(f"{server.url}/api/v1/events?token={packer.token}", stream=True, timeout=5) as stream:
        lines = stream.iter_lines(decode_unicode=True)  # kept: dropping it would close the connection
        assert next(lines) == "retry: 3000"
        assert server.app.state.broker.client_count == 1
        server.stop()  # returning at all is the point: an open stream must not keep the server up
        assert not server.running
        assert server.app.state.broker.client_count == 0
