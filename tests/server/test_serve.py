"""`livehelper serve` as a user runs it: answers, stops cleanly on SIGTERM, loses no acknowledged write on SIGKILL."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import requests
from sqlalchemy import select

from livehelper.domain.live import Platform
from livehelper.services.context import open_context
from livehelper.storage.models import TallyEventRecord, TaskHistoryRecord
from livehelper.storage.products import ProductQuery

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
URL = re.compile(r"http://127\.0\.0\.1:\d+")


def _serve(data_dir: Path) -> tuple[subprocess.Popen[str], str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LIVEHELPER_DB", "QT_QPA_PLATFORM")}
    process = subprocess.Popen([sys.executable, "-m", "livehelper", "--data-dir", str(data_dir), "--lang", "en",
                                "serve", "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env=env)
    assert process.stdout is not None
    line = process.stdout.readline()
    found = URL.search(line)
    if found is None:
        process.kill()
        pytest.fail(f"no URL in {line!r}: {process.communicate(timeout=10)}")
    return process, found.group(0)


def _prepared(data_dir: Path, live: bool = False) -> str:
    context = open_context(data_dir, demo=True)
    try:
        if live:
            products = [p.id for p in context.catalog.page(ProductQuery(include_inactive=False), 0, 3)]
            context.live.start("夜场", Platform.DOUYIN, 0, products)
        return context.helpers.add("小李", "assistant")[1]
    finally:
        context.close()


def test_serve_answers_and_exits_0_on_sigterm(data_dir):
    token = _prepared(data_dir)
    process, url = _serve(data_dir)
    try:
        me = requests.get(url + "/api/v1/me", headers={"Authorization": f"Bearer {token}"}, timeout=10)
        assert me.json() == {"name": "小李", "role": "assistant", "full_address": False}
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0
        assert token not in process.stderr.read()
    finally:
        process.kill()


def test_every_acknowledged_write_survives_a_sigkill(data_dir):
    token = _prepared(data_dir, live=True)
    context = open_context(data_dir)
    try:
        assert context.live.unfinished_session() is not None  # `serve` resumes it
        product_id = context.catalog.page(ProductQuery(include_inactive=False), 0, 1)[0].id
        task = next(t for t in context.tasks.list(limit=1000) if t.state.value == "pending")
    finally:
        context.close()
    process, url = _serve(data_dir)
    http = requests.Session()
    http.headers["Authorization"] = f"Bearer {token}"
    tallies: list[int] = []
    moves: list[tuple[int, int]] = []  # (task id, version after the move)
    enough = threading.Event()

    def tap() -> None:
        version, target = task.version, "packing"
        for _ in range(10_000):
            try:
                tallied = http.post(url + "/api/v1/live/tallies", json={"product_id": product_id, "qty": 1},
                                    timeout=5)
                if tallied.status_code == 201:
                    tallies.append(tallied.json()["id"])
                moved = http.post(f"{url}/api/v1/tasks/{task.id}/transition",
                                  json={"to": target, "version": version}, timeout=5)
                if moved.status_code == 200:
                    version = moved.json()["task"]["version"]
                    moves.append((task.id, version))
                    target = "pending" if target == "packing" else "packing"
            except requests.ConnectionError:
                return
            if len(moves) >= 20:
                enough.set()

    client = threading.Thread(target=tap)
    client.start()
    try:
        assert enough.wait(60)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
        client.join(30)
    finally:
        process.kill()
    assert tallies and moves
    context = open_context(data_dir)
    try:
        with context.database.sessions() as session:
            stored_tallies = set(session.scalars(select(TallyEventRecord.id)))
            stored_moves = {tuple(row) for row in session.execute(
                select(TaskHistoryRecord.task_id, TaskHistoryRecord.version))}
    finally:
        context.close()
    assert set(tallies) <= stored_tallies
    assert set(moves) <= stored_moves
