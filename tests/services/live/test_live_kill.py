"""A process killed hard (SIGKILL) in the middle of a burst of tallies loses no acknowledged tally.

tally_burst.py runs as a real subprocess; every `ACK` line it prints is a tally whose durable future resolved.
Once enough have been read, the process is killed while it is still tallying; the database must then be intact,
hold every acknowledged tally, and the session must resume. Each round kills a fresh data folder twice: once
in the burst of a new session, once in the burst of the resumed one.
"""

from __future__ import annotations

import os
import select
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from livehelper.services.context import open_context
from livehelper.storage.engine import DB_ENV, DB_FILE_NAME

HELPER = Path(__file__).with_name("tally_burst.py")
PROJECT = Path(__file__).resolve().parents[3]
ROUNDS = 3
ACKS_BEFORE_KILL = 200
BURST = 200_000  # far more than can be stored before the kill: the burst is still going when it comes
DEADLINE = 60.0  # seconds for one child to get ready and acknowledge enough tallies

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")


@dataclass
class Burst:
    session_id: int
    how: str
    acks: list[tuple[int, int, int]] = field(default_factory=list)  # (db id, product id, qty)
    finished: bool = False  # the child printed DONE: the kill came too late


def _fail(process: subprocess.Popen, stderr: Path, why: str) -> None:
    if process.poll() is None:
        process.kill()
    process.wait(10)
    pytest.fail(f"{why}; child stderr: {stderr.read_text(errors='replace')[-2000:]}")


def burst_and_kill(data_dir: Path, stderr: Path) -> Burst:
    """Run the helper until it acknowledged ACKS_BEFORE_KILL tallies, then SIGKILL it; what it acknowledged."""
    env = dict(os.environ)
    env.pop(DB_ENV, None)
    with stderr.open("ab") as errors:
        process = subprocess.Popen([sys.executable, str(HELPER), str(data_dir), str(BURST)], cwd=PROJECT, env=env,
                                   stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=errors)
    assert process.stdout is not None
    fd = process.stdout.fileno()
    buffered = b""
    burst: Burst | None = None
    deadline = time.monotonic() + DEADLINE
    try:
        while burst is None or len(burst.acks) < ACKS_BEFORE_KILL:
            left = deadline - time.monotonic()
            if left <= 0:
                _fail(process, stderr, f"no {ACKS_BEFORE_KILL} acknowledgements within {DEADLINE:g}s")
            readable, _, _ = select.select([fd], [], [], left)
            if not readable:
                continue
            chunk = os.read(fd, 65536)
            if not chunk:
                _fail(process, stderr, f"the child ended early with {process.wait(10)}")
            buffered += chunk
            *lines, buffered = buffered.split(b"\n")  # only complete lines count
            for line in lines:
                word, *rest = line.decode().split()
                if word == "READY":
                    burst = Burst(int(rest[0]), rest[1])
                elif word == "ACK":
                    assert burst is not None, "ACK before READY"
                    burst.acks.append((int(rest[0]), int(rest[1]), int(rest[2])))
                elif word == "DONE":
                    assert burst is not None
                    burst.finished = True
                else:
                    _fail(process, stderr, f"unexpected output {line!r}")
        assert process.poll() is None, "the child was gone before the kill"
        os.kill(process.pid, signal.SIGKILL)
        assert process.wait(DEADLINE) == -signal.SIGKILL
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(10)
        process.stdout.close()
    assert not burst.finished, "the burst was over before the kill; raise BURST"
    return burst


def check_after_kill(data_dir: Path, bursts: list[Burst]) -> None:
    database = data_dir / DB_FILE_NAME
    with closing(sqlite3.connect(database)) as db:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        session_id = bursts[0].session_id
        rows = {row[0]: row[1:] for row in db.execute(
            "SELECT id, session_id, product_id, qty, void FROM tally_events")}
    acknowledged = [ack for burst in bursts for ack in burst.acks]
    assert len({ack[0] for ack in acknowledged}) == len(acknowledged)
    missing = [ack for ack in acknowledged if ack[0] not in rows]
    assert not missing, f"{len(missing)} acknowledged tallies are gone, e.g. {missing[:5]}"
    for tally_id, product_id, qty in acknowledged:
        assert rows[tally_id] == (session_id, product_id, qty, 0)

    context = open_context(data_dir)
    try:
        assert context.database.check_health() == []
        unfinished = context.live.unfinished_session()
        assert unfinished is not None and unfinished.id == session_id
        snapshot = context.live.resume(session_id)
        stored_items = sum(qty for sid, _pid, qty, void in rows.values() if sid == session_id and not void)
        assert snapshot.totals.items == stored_items
        assert snapshot.totals.items >= sum(ack[2] for ack in acknowledged)
        assert snapshot.pending == 0
        new_id = context.live.tally(snapshot.lineup[0].product.id, 1, allow_oversell=True).durable.result(30)
        assert new_id > max(rows)
    finally:
        context.close()


@pytest.mark.parametrize("round_", range(ROUNDS))
def test_sigkill_in_a_burst_loses_no_acknowledged_tally(tmp_path, round_):
    data_dir = tmp_path / f"data-{round_}"
    stderr = tmp_path / "child-stderr.txt"
    first = burst_and_kill(data_dir, stderr)
    assert first.how == "started"
    check_after_kill(data_dir, [first])
    second = burst_and_kill(data_dir, stderr)
    assert (second.how, second.session_id) == ("resumed", first.session_id)
    check_after_kill(data_dir, [first, second])
