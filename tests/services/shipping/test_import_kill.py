"""An import killed hard (SIGKILL) leaves the database before or after the import, never between.

`livehelper orders import` runs as a real subprocess on a generated export of 20,000 orders and is killed at
several points, found by watching the database from outside: as soon as it has opened the database (its
-wal file appears), while its one transaction spills pages into the WAL (at 1, 4 and 8 MB), the moment the
orders become visible to another reader (committed, while it is still closing), and not at all. Afterwards
the file passes SQLite's integrity check, holds 0 or all 20,000 orders with their items, tasks and task
history, opens in LiveHelper, and an interrupted import can simply be run again. The same holds for
`livehelper transfer import` of everything exported from a database with those orders.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from livehelper.domain.order_import import GENERIC_HEADER
from livehelper.services.context import open_context
from livehelper.services.settings import transfer
from livehelper.storage.engine import DB_ENV, DB_FILE_NAME

PROJECT = Path(__file__).resolve().parents[3]
ORDERS = 20_000
DEADLINE = 120.0  # seconds for one import to reach its kill point
MEGABYTE = 1024 * 1024

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")


@pytest.fixture(scope="module")
def export_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generic order export: one line per order, each order with one item and a packing task."""
    rows = [",".join(GENERIC_HEADER)]
    rows += [f"微信,WX-{n:06d},2026-11-20 18:{n % 60:02d},刘桂兰,138{n:08d},山东省,济南市,历下区,泉城路{n}号,"
             f"米脂黄小米,2.5kg/袋,MZ-XM-2500,{1 + n % 3},29.90,8,,已付款" for n in range(ORDERS)]
    path = tmp_path_factory.mktemp("export") / "orders.csv"
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("utf-8-sig"))
    return path


def counts(database: Path) -> dict[str, int]:
    with closing(sqlite3.connect(database)) as connection:
        return {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("orders", "order_items", "packing_tasks", "task_history")}


def _committed(database: Path) -> bool:
    try:
        with closing(sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True, timeout=0)) as connection:
            return connection.execute("SELECT count(*) FROM orders").fetchone()[0] > 0
    except sqlite3.OperationalError:
        return False


def _reached(point: str, database: Path) -> bool:
    wal = database.with_name(database.name + "-wal")
    try:
        wal_size = wal.stat().st_size
    except OSError:
        return False
    if point == "opened":
        return True
    if point == "committed":
        return _committed(database)
    return wal_size >= int(point.removeprefix("wal-").removesuffix("mb")) * MEGABYTE


def import_and_kill(data_dir: Path, export: Path, point: str | None, stderr: Path,
                    command: tuple[str, ...] = ("orders", "import")) -> bool:
    """Run the import; SIGKILL it once `point` is reached (None: let it finish). Whether it was killed."""
    database = data_dir / DB_FILE_NAME
    env = {k: v for k, v in os.environ.items() if k != DB_ENV}
    with stderr.open("ab") as errors:
        process = subprocess.Popen([sys.executable, "-m", "livehelper", "--data-dir", str(data_dir), *command,
                                    str(export)], cwd=PROJECT, env=env, stdin=subprocess.DEVNULL,
                                   stdout=subprocess.DEVNULL, stderr=errors)
    deadline = time.monotonic() + DEADLINE
    try:
        while process.poll() is None:
            if point is not None and _reached(point, database):
                os.kill(process.pid, signal.SIGKILL)
                return process.wait(DEADLINE) == -signal.SIGKILL
            if time.monotonic() > deadline:
                pytest.fail(f"the import did not reach {point} within {DEADLINE:g}s")
            time.sleep(0.001)
        assert process.returncode == 0, stderr.read_text(errors="replace")[-2000:]
        return False
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(10)


def check_before_or_after(database: Path) -> dict[str, int]:
    with closing(sqlite3.connect(database)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    found = counts(database)
    assert found in ({"orders": 0, "order_items": 0, "packing_tasks": 0, "task_history": 0},
                     dict.fromkeys(("orders", "order_items", "packing_tasks", "task_history"), ORDERS)), found
    return found


@pytest.mark.parametrize("point", ["opened", "wal-1mb", "wal-4mb", "wal-8mb", "committed", None])
def test_an_import_killed_hard_leaves_none_or_all_of_it(tmp_path, export_file, point):
    data_dir = tmp_path / "data"
    open_context(data_dir).close()  # the database exists and is migrated: the child only imports
    database = data_dir / DB_FILE_NAME
    killed = import_and_kill(data_dir, export_file, point, tmp_path / "child-stderr.txt")
    if point is not None and point != "committed":
        assert killed, f"the import was over before {point}; the kill came too late"
    found = check_before_or_after(database)
    if point in ("opened", "wal-1mb", "wal-4mb"):
        assert found["orders"] == 0  # still inside the one transaction
    if point in ("committed", None):
        assert found["orders"] == ORDERS
    context = open_context(data_dir)
    try:
        assert context.database.check_health() == []
        assert context.tasks.count() == found["packing_tasks"]
    finally:
        context.close()
    if found["orders"] == 0:  # what was interrupted can be done again
        assert not import_and_kill(data_dir, export_file, None, tmp_path / "child-stderr.txt")
        assert check_before_or_after(database)["orders"] == ORDERS


@pytest.fixture(scope="module")
def everything_zip(tmp_path_factory: pytest.TempPathFactory, export_file: Path) -> tuple[Path, dict[str, int]]:
    """`transfer export` of a database holding the 20,000 orders; the zip and its row counts."""
    data_dir = tmp_path_factory.mktemp("old-pc")
    context = open_context(data_dir)
    try:
        context.orders.commit(context.orders.preview(export_file.read_bytes(), export_file.name, "auto"))
        manifest = transfer.export_everything(context.database, data_dir, data_dir / "everything.zip")
    finally:
        context.close()
    assert manifest.tables["orders"] == ORDERS
    return data_dir / "everything.zip", manifest.tables


@pytest.mark.parametrize("point", ["opened", "wal-1mb", "wal-4mb", "committed", None])
def test_a_transfer_import_killed_hard_leaves_none_or_all_of_it(tmp_path, everything_zip, point):
    source, expected = everything_zip
    data_dir = tmp_path / "new-pc"
    open_context(data_dir).close()
    database = data_dir / DB_FILE_NAME
    killed = import_and_kill(data_dir, source, point, tmp_path / "child-stderr.txt", ("transfer", "import"))
    if point in ("opened", "wal-1mb", "wal-4mb"):
        assert killed, f"the import was over before {point}; the kill came too late"
    check_before_or_after(database)
    with closing(sqlite3.connect(database)) as connection:
        found = {table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in expected}
    assert found in (dict.fromkeys(expected, 0), expected), found
    if point in ("committed", None):
        assert found == expected
    context = open_context(data_dir)
    try:
        assert context.database.check_health() == []
    finally:
        context.close()
