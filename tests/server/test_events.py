"""Server-sent events: a change anywhere in the app reaches a connected phone.

How soon is measured in bench/lan_events.py; these tests only check that the events arrive."""

from __future__ import annotations

import asyncio
import json
import threading
import time

import pytest
import requests

from livehelper.server.events import EventBroker
from livehelper.services.events import ChangeEvent, ChangeKind, EventBus

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


def test_the_caches_hear_a_change_before_any_stream_is_handed_it():
    """The broker calls its caches first: a stream, and the phone that refetches on its event, never runs ahead
    of them. The cache here looks at the stream from inside its own call, after the server's loop has caught up."""
    bus = EventBus()
    seen_by_cache: list[list[str]] = []
    streamed: list[str] = []
    loop = asyncio.new_event_loop()
    server_loop = threading.Thread(target=loop.run_forever, daemon=True)
    server_loop.start()

    async def caught_up() -> None:
        for _ in range(5):  # the delivery scheduled before us, then the stream's turn to take it
            await asyncio.sleep(0)

    def cache(_event: ChangeEvent) -> None:
        asyncio.run_coroutine_threadsafe(caught_up(), loop).result(10)
        seen_by_cache.append(list(streamed))

    broker = EventBroker(bus, heartbeat=60, caches=(cache,))

    async def follow() -> None:
        async for chunk in broker.stream():
            streamed.append(chunk)

    asyncio.run_coroutine_threadsafe(_attach(broker), loop).result(10)
    following = asyncio.run_coroutine_threadsafe(follow(), loop)
    try:
        asyncio.run_coroutine_threadsafe(caught_up(), loop).result(10)
        assert broker.client_count == 1
        bus.publish(ChangeEvent("task", ChangeKind.UPDATED, (7,)))
        asyncio.run_coroutine_threadsafe(caught_up(), loop).result(10)
        assert seen_by_cache == [["retry: 3000\n: connected\n\n"]]  # not yet the event
        assert streamed[-1].startswith("event: task\n")
    finally:
        broker.close()
        following.result(10)
        loop.call_soon_threadsafe(loop.stop)
        server_loop.join(10)
        loop.close()


async def _attach(broker: EventBroker) -> None:
    broker.attach(asyncio.get_running_loop())
