"""The LAN helper API under 50 phones: p99 latency of their requests against the 50 ms budget (DESIGN, issue 6).

`livehelper serve` runs in its own process over the demo database (a real SQLite file); 50 client threads in
this process each play one phone: it polls GET /api/v1/tasks?status=pending every POLL_SECONDS and taps a
transition (开始打包, then back to 待打包) on every TAP_EVERY-th poll, for DURATION seconds. A 409 from two phones
tapping the same task is a normal answer and counts like any other. The baseline is the fixed 50 ms target (as
in live_ui.py), so the ratio is the share of the budget used.
"""

from __future__ import annotations

import math
import random
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import requests

from bench._harness import BenchError, Measurement, Settings, bench_env, benchmark, compare

PHONES = 50
DURATION = 5.0
POLL_SECONDS = 1.0  # each phone asks once a second: more often than the page does (it has SSE)
TAP_EVERY = 4
P99_BUDGET_MS = 50.0
_URL = re.compile(r"http://127\.0\.0\.1:\d+")


def _prepare(folder: Path) -> list[str]:
    """The demo database with one helper per phone; their tokens."""
    from livehelper.services.context import open_context

    context = open_context(folder, demo=True)
    try:
        return [context.helpers.add(f"手机{n:02d}")[1] for n in range(PHONES)]
    finally:
        context.close()


def _phone(url: str, token: str, stop: threading.Event, latencies: list[float], failures: list[str]) -> None:
    http = requests.Session()
    http.headers["Authorization"] = f"Bearer {token}"
    holding: tuple[int, int] | None = None  # (task id, version) this phone moved to 打包中
    polls = 0
    rng = random.Random(token)

    def timed(method: str, path: str, **kwargs: object) -> requests.Response:
        started = time.perf_counter()
        answer = http.request(method, url + path, timeout=10, **kwargs)  # type: ignore[arg-type]
        latencies.append((time.perf_counter() - started) * 1000)
        if answer.status_code >= 500 or answer.status_code in (401, 429):
            failures.append(f"{method} {path} -> {answer.status_code}")
        return answer

    time.sleep(rng.random() * POLL_SECONDS)  # phones do not all wake at the same instant
    while not stop.is_set():
        pending = timed("GET", "/api/v1/tasks?status=pending").json().get("tasks", [])
        polls += 1
        if polls % TAP_EVERY == 0:
            if holding is not None:
                task_id, version = holding
                timed("POST", f"/api/v1/tasks/{task_id}/transition", json={"to": "pending", "version": version})
                holding = None
            elif pending:
                task = rng.choice(pending)
                moved = timed("POST", f"/api/v1/tasks/{task['id']}/transition",
                              json={"to": "packing", "version": task["version"]})
                if moved.status_code == 200:
                    holding = (task["id"], moved.json()["task"]["version"])
        stop.wait(POLL_SECONDS)


def p99_ms(folder: Path, tokens: list[str]) -> float:
    process = subprocess.Popen([sys.executable, "-m", "livehelper", "--data-dir", str(folder), "serve", "--port", "0"],
                               env=bench_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               stdin=subprocess.DEVNULL)
    try:
        assert process.stdout is not None
        found = _URL.search(process.stdout.readline())
        if found is None:
            raise BenchError(f"livehelper serve did not start: {process.stderr.read()[-400:]!r}")
        latencies: list[float] = []
        failures: list[str] = []
        stop = threading.Event()
        phones = [threading.Thread(target=_phone, args=(found.group(0), token, stop, latencies, failures))
                  for token in tokens]
        for phone in phones:
            phone.start()
        time.sleep(DURATION)
        stop.set()
        for phone in phones:
            phone.join(30)
        if failures:
            raise BenchError(f"{len(failures)} failed requests, e.g. {failures[0]}")
        ordered = sorted(latencies)
        return ordered[min(len(ordered) - 1, math.ceil(len(ordered) * 0.99) - 1)]
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()


@benchmark("lan_api_p99_50_phones", budget=1.0, unit="ms")
def lan_api_p99_50_phones(settings: Settings) -> Measurement:
    folder = settings.workdir / "lan_api"
    tokens = _prepare(folder)
    return compare(lambda: p99_ms(folder, tokens), lambda: P99_BUDGET_MS, settings, warmup=0)
