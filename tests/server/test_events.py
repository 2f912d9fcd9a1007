"""Server-sent events: a change anywhere in the app reaches a connected phone within a second."""

from __future__ import annotations

import json
import time

import pytest
import requests


def _next_event(lines, name: str, within: float) -> dict:
    """The data of the next `name` event (heartbeats every 0.5 s keep the reads short)."""
    deadline = time.monotonic() + within
    event = None
    for line in lines:
        if time.monotonic() > deadline:
            break
        if line.startswith("event: "):
            event = line.removeprefix("event: ")
        elif line.startswith("data: ") and event == name:
            return json.loads(line.removeprefix("data: "))
    pytest.fail(f"no {name} event within {within} s")


def test_a_task_change_on_the_desktop_reaches_the_stream_within_a_second(server, packer, demo_context):
    task = demo_context.tasks.list(limit=1)[0]
    with requests.get(f"{server.url}/api/v1/events?token={packer.token}", stream=True, timeout=5) as stream:
        assert stream.status_code == 200
        assert stream.headers["content-type"].startswith("text/event-stream")
        lines = stream.iter_lines(decode_unicode=True)
        assert next(lines) == "retry: 3000"
        started = time.monotonic()
        demo_context.tasks.assign(task.id, "小王", task.version, who="主播")
        data = _next_event(lines, "task", within=1.0)
        assert data["ids"] == [task.id]
        assert time.monotonic() - started < 1.0


def test_the_stream_takes_the_token_in_the_header_too_and_carries_live_events(server, assistant, demo_context):
    with assistant.http.get(server.url + "/api/v1/events", stream=True, timeout=5) as stream:
        lines = stream.iter_lines(decode_unicode=True)
        demo_context.prompter.set_paused(False)
        assert _next_event(lines, "live", within=1.0) == {"ids": [], "kind": "updated"}


def test_stop_returns_promptly_with_a_client_connected(server, packer):
    with requests.get(f"{server.url}/api/v1/events?token={packer.token}", stream=True, timeout=5) as stream:
        lines = stream.iter_lines(decode_unicode=True)  # kept: dropping it would close the connection
        assert next(lines) == "retry: 3000"
        assert server.app.state.broker.client_count == 1
        started = time.monotonic()
        server.stop()
        assert time.monotonic() - started < 2.0
        assert not server.running
