"""The helper page's event stream: how soon a desktop change reaches a phone, and how soon the server stops
with a phone connected (issue 14: latency is measured here; tests/server/test_events.py only checks that the
events arrive and that stop returns).

A real LanServer on 127.0.0.1 over the demo database (a real SQLite file) in this process, as the desktop app
runs it, and one phone reading /api/v1/events. The baselines are the fixed targets the tests used to assert
(a change on a phone within a second; stop within two seconds), so the ratio is the share of the target used.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import requests

from bench._harness import BenchError, Measurement, Settings, benchmark, compare

if TYPE_CHECKING:
    from livehelper.services.context import AppContext

EVENT_TARGET_MS = 1000.0
STOP_TARGET_MS = 2000.0
GIVE_UP_SECONDS = 30.0


def _open(folder: Path) -> tuple[AppContext, str]:
    from livehelper.services.context import open_context

    context = open_context(folder, demo=True)
    _, token = context.helpers.add(f"手机{time.monotonic_ns()}", "packer")
    return context, token


def _stream(url: str, token: str) -> tuple[requests.Response, Iterator[str]]:
    stream = requests.get(f"{url}/api/v1/events?token={token}", stream=True, timeout=GIVE_UP_SECONDS)
    lines = stream.iter_lines(decode_unicode=True)
    if next(lines) != "retry: 3000":
        raise BenchError("the event stream did not open with its retry line")
    return stream, lines


def task_event_ms(folder: Path) -> float:
    """From assigning a task on the desktop to its `task` event at the phone."""
    from livehelper.server.runner import LanServer

    context, token = _open(folder)
    server = LanServer(context, heartbeat=0.5)
    server.start()
    try:
        stream, lines = _stream(server.url, token)
        with stream:
            task = context.tasks.list(limit=1)[0]
            started = time.perf_counter()
            context.tasks.assign(task.id, f"打包{time.monotonic_ns()}", task.version, who="主播")
            event = None
            for line in lines:
                if line.startswith("event: "):
                    event = line.removeprefix("event: ")
                elif line.startswith("data: ") and event == "task":
                    return (time.perf_counter() - started) * 1000
                if time.perf_counter() - started > GIVE_UP_SECONDS:
                    break
            raise BenchError("no task event reached the phone")
    finally:
        server.stop()
        context.close()


def stop_with_phone_ms(folder: Path) -> float:
    """LanServer.stop() while a phone holds the event stream open."""
    from livehelper.server.runner import LanServer

    context, token = _open(folder)
    server = LanServer(context, heartbeat=0.5)
    server.start()
    try:
        stream, _lines = _stream(server.url, token)  # kept: dropping the iterator would close the connection
        with stream:
            started = time.perf_counter()
            server.stop()
            return (time.perf_counter() - started) * 1000
    finally:
        server.stop()
        context.close()


@benchmark("lan_event_to_phone", budget=1.0, unit="ms")
def lan_event_to_phone(settings: Settings) -> Measurement:
    folder = settings.workdir / "lan_events"
    return compare(lambda: task_event_ms(folder), lambda: EVENT_TARGET_MS, settings)


@benchmark("lan_stop_with_phone", budget=1.0, unit="ms")
def lan_stop_with_phone(settings: Settings) -> Measurement:
    folder = settings.workdir / "lan_stop"
    return compare(lambda: stop_with_phone_ms(folder), lambda: STOP_TARGET_MS, settings)
