"""Backups and restore on real SQLite files: online copies, rotation, refusals, round trips, a SIGKILL."""

from __future__ import annotations

import os
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from livehelper.domain.errors import StorageError, UnreadableFileError
from livehelper.domain.product import ProductDraft
from livehelper.services.context import open_context
from livehelper.services.events import ChangeEvent, EventBus
from livehelper.services.settings.backup import (
    BACKUP_FOLDER_PREF,
    ENTITY,
    Backups,
    BackupScheduler,
    DatabaseBusyError,
    backup_folder,
    backups_to_keep,
    rotate,
    set_backup_folder,
)
from livehelper.storage.engine import DB_FILE_NAME, SCHEMA_HEAD, sqlite_url
from livehelper.storage.snapshots import BackupFile, backup_name, list_backups, parse_backup_name
from tests.storage.first_revision import database_at_first_revision

PROJECT = Path(__file__).resolve().parents[3]
RESTORE_CHILD = Path(__file__).with_name("restore_child.py")
MOMENT = datetime(2026, 11, 28, 15, 30, 0).astimezone()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "data"


def _backups(data_dir: Path) -> Backups:
    return Backups(data_dir, sqlite_url(data_dir / DB_FILE_NAME))


def _make_database(data_dir: Path, names: list[str]) -> None:
    context = open_context(data_dir)
    try:
        for name in names:
            context.catalog.create(ProductDraft(name=name, price_fen=990, stock=10))
    finally:
        context.close()


def _product_names(database: Path) -> list[str]:
    with closing(sqlite3.connect(database)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return [row[0] for row in connection.execute("SELECT name FROM products ORDER BY name")]


def test_a_backup_is_named_by_time_and_revision_and_holds_the_data(folder):
    _make_database(folder, ["米脂黄小米", "巨鹿金银花"])
    backup = _backups(folder).take(now=MOMENT)
    assert backup.path.parent == folder / "backups"
    assert backup.path.name == f"livehelper-20261128-153000-r{SCHEMA_HEAD}.sqlite3"
    assert parse_backup_name(backup.path) == BackupFile(backup.path, MOMENT, SCHEMA_HEAD)
    assert _product_names(backup.path) == ["巨鹿金银花", "米脂黄小米"]
    assert not list(backup.path.parent.glob("*.partial")) and not list(backup.path.parent.glob("*-wal"))
    again = _backups(folder).take(now=MOMENT)  # the same second: a second file, not an overwrite
    assert again.path.name == f"livehelper-20261128-153000-r{SCHEMA_HEAD}-2.sqlite3"


def test_a_backup_taken_while_another_connection_writes_is_a_consistent_snapshot(folder):
    _make_database(folder, [])
    database = folder / DB_FILE_NAME
    rows_per_transaction = 50
    stop = threading.Event()
    committed = [0]

    def write() -> None:
        with closing(sqlite3.connect(database, timeout=30)) as connection:
            connection.execute("CREATE TABLE burst (tx INTEGER, n INTEGER, pad TEXT)")
            connection.commit()
            tx = 0
            while not stop.is_set():
                tx += 1
                connection.executemany("INSERT INTO burst VALUES (?, ?, ?)",
                                       [(tx, n, "x" * 200) for n in range(rows_per_transaction)])
                connection.commit()
                committed[0] = tx

    writer = threading.Thread(target=write)
    writer.start()
    try:
        deadline = time.monotonic() + 30
        while committed[0] < 20 and time.monotonic() < deadline:
            stop.wait(0.01)
        assert committed[0] >= 20, "the writer did not get going"
        snapshots = [_backups(folder).take(now=MOMENT + timedelta(seconds=i)) for i in range(5)]
    finally:
        stop.set()
        writer.join()
    assert committed[0] > 20
    for snapshot in snapshots:
        with closing(sqlite3.connect(snapshot.path)) as copy:
            assert copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            count, transactions = copy.execute("SELECT count(*), count(DISTINCT tx) FROM burst").fetchone()
        assert count == transactions * rows_per_transaction  # whole transactions only, never half of one


def _fake_backups(folder: Path, moments: list[datetime]) -> list[BackupFile]:
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for moment in moments:
        path = folder / backup_name(moment, SCHEMA_HEAD)
        path.write_bytes(b"")  # rotation goes by the names only
        made.append(BackupFile(path, moment.astimezone().replace(microsecond=0), SCHEMA_HEAD))
    return made


def test_rotation_keeps_the_newest_twenty_and_the_newest_of_each_of_thirty_days(tmp_path):
    now = MOMENT
    moments = [now - timedelta(minutes=10 * i) for i in range(30)]  # a long live session today
    moments += [now - timedelta(days=day, hours=hour) for day in range(1, 45) for hour in (2, 6)]
    folder = tmp_path / "backups"
    made = _fake_backups(folder, moments)
    stranger = folder / "my-notes.txt"
    stranger.write_text("not a backup")

    removed = rotate(folder, now)

    newest_first = sorted(made, key=lambda b: b.taken_at, reverse=True)
    expected = {b.path for b in newest_first[:20]}
    for day in range(30):
        of_day = [b for b in newest_first if (now.date() - b.taken_at.date()).days == day]
        if of_day:
            expected.add(of_day[0].path)
    kept = {b.path for b in list_backups(folder)}
    assert kept == expected
    assert set(removed) == {b.path for b in made} - expected
    assert len(kept) == 20 + 29  # 20 from today (which is also today's daily one) + one for each earlier day
    assert stranger.exists()
    assert backups_to_keep(list_backups(folder), now) == kept  # a second rotation changes nothing


def test_the_backup_folder_is_a_per_pc_preference(folder, tmp_path):
    assert backup_folder(folder) == folder / "backups"
    chosen = set_backup_folder(folder, tmp_path / "elsewhere")
    assert backup_folder(folder) == chosen == (tmp_path / "elsewhere").resolve()
    _make_database(folder, ["土蜂蜜"])
    assert _backups(folder).take().path.parent == chosen
    assert set_backup_folder(folder, None) == folder / "backups"
    assert backup_folder(folder) == folder / "backups"
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    with pytest.raises(Exception) as caught:
        set_backup_folder(folder, blocked / "below")
    assert getattr(caught.value, "field_name", None) == BACKUP_FOLDER_PREF


def test_the_backup_before_a_migration_goes_to_the_chosen_folder(folder, tmp_path):
    folder.mkdir(parents=True)
    database_at_first_revision(folder / DB_FILE_NAME)
    chosen = set_backup_folder(folder, tmp_path / "chosen")
    open_context(folder).close()
    [backup] = list_backups(chosen)
    assert (backup.revision, backup.label) == ("0001", "before-upgrade")
    assert _product_names(backup.path) == ["米脂黄小米"]


def test_a_restore_brings_back_the_backup_and_keeps_the_state_before_it(folder):
    _make_database(folder, ["米脂黄小米", "巨鹿金银花"])
    backups = _backups(folder)
    backup = backups.take(now=MOMENT)
    _make_database(folder, ["小米锅巴"])  # work done after the backup
    outcome = backups.restore(backup.path, now=MOMENT + timedelta(hours=1))
    assert outcome.revision == SCHEMA_HEAD
    assert _product_names(folder / DB_FILE_NAME) == ["巨鹿金银花", "米脂黄小米"]
    assert outcome.previous is not None and "before-restore" in outcome.previous.name
    assert _product_names(outcome.previous) == ["小米锅巴", "巨鹿金银花", "米脂黄小米"]
    context = open_context(folder)  # the restored database opens and works
    try:
        assert context.database.check_health() == []
        assert context.catalog.count() == 2
    finally:
        context.close()


def _refused(folder: Path, source: Path) -> UnreadableFileError:
    before = _product_names(folder / DB_FILE_NAME)
    with pytest.raises(UnreadableFileError) as caught:
        _backups(folder).restore(source)
    assert _product_names(folder / DB_FILE_NAME) == before
    assert list_backups(backup_folder(folder)) == []  # refused before anything was done
    return caught.value


def test_a_restore_refuses_what_is_not_a_livehelper_backup(folder, tmp_path):
    _make_database(folder, ["米脂黄小米"])
    text_file = tmp_path / "notes.sqlite3"
    text_file.write_text("这不是数据库\n", "utf-8")
    assert "is not a LiveHelper backup" in str(_refused(folder, text_file))
    other = tmp_path / "other.sqlite3"
    with closing(sqlite3.connect(other)) as connection:
        connection.execute("CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT)")
        connection.execute("INSERT INTO things (name) VALUES ('x')")
        connection.commit()
    assert "is not a LiveHelper backup" in str(_refused(folder, other))
    assert "is not a LiveHelper backup" in str(_refused(folder, tmp_path / "missing.sqlite3"))


def test_a_restore_refuses_a_backup_from_a_newer_schema(folder, tmp_path):
    _make_database(folder, ["米脂黄小米"])
    newer = tmp_path / "newer.sqlite3"
    shutil.copyfile(_backups(folder).take(now=MOMENT).path, newer)
    for path in list_backups(backup_folder(folder)):
        path.path.unlink()
    newer_revision = f"{int(SCHEMA_HEAD) + 1:04d}"
    with closing(sqlite3.connect(newer)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (newer_revision,))
        connection.commit()
    error = _refused(folder, newer)
    assert "newer LiveHelper" in str(error) and newer_revision in str(error)


def test_a_restore_refuses_a_database_that_is_in_use(folder):
    _make_database(folder, ["米脂黄小米"])
    backup = _backups(folder).take(now=MOMENT)
    context = open_context(folder)
    try:
        context.catalog.count()  # the app holds a connection, as it does while it runs
        with pytest.raises(DatabaseBusyError) as caught:
            _backups(folder).restore(backup.path)
        assert "in use" in str(caught.value)
    finally:
        context.close()
    assert [b.label for b in list_backups(backup_folder(folder))] == [""]  # no restore, no backup before it


def test_a_damaged_database_is_set_aside_as_it_is_and_replaced(folder):
    _make_database(folder, ["米脂黄小米"])
    backup = _backups(folder).take(now=MOMENT)
    database = folder / DB_FILE_NAME
    database.write_bytes(b"SQLite format 3\x00" + os.urandom(8192))
    outcome = _backups(folder).restore(backup.path)
    assert _product_names(database) == ["米脂黄小米"]
    assert outcome.previous is not None and outcome.previous.read_bytes()[:16] == b"SQLite format 3\x00"


def test_a_shared_database_gets_a_note_instead_of_backups(tmp_path):
    backups = Backups(tmp_path, "postgresql+psycopg://shop:secret@192.168.1.20/livehelper")
    assert not backups.available
    assert "backed up by its server" in backups.unavailable_note().render("en")
    with pytest.raises(StorageError):
        backups.take()
    scheduler = BackupScheduler(backups, lambda: True)
    scheduler.start()
    scheduler.stop()
    assert scheduler.last is None


def test_the_scheduler_backs_up_at_start_and_then_only_while_live(folder):
    _make_database(folder, ["米脂黄小米"])
    events = EventBus()
    taken = threading.Semaphore(0)
    events.subscribe(lambda event: taken.release() if event == ChangeEvent(ENTITY, "created") else None)
    live = threading.Event()
    scheduler = BackupScheduler(_backups(folder), live.is_set, events, interval=0.02)
    scheduler.start()
    try:
        assert taken.acquire(timeout=30)  # the start-up backup
        assert not taken.acquire(timeout=0.3)  # no session: the timer ticks, nothing is taken
        live.set()
        assert taken.acquire(timeout=30) and taken.acquire(timeout=30)
    finally:
        scheduler.stop()
    assert scheduler.last is not None and scheduler.last_error is None
    assert len(list_backups(backup_folder(folder))) >= 3


# --- SIGKILL during a restore --------------------------------------------------------------------------------

BIG_ROWS = 60_000


def _big_backup(tmp_path: Path) -> Path:
    """A backup with many products (≈ 30 MB), so that copying it takes many steps."""
    source_dir = tmp_path / "big"
    _make_database(source_dir, ["大数据库"])
    with closing(sqlite3.connect(source_dir / DB_FILE_NAME)) as connection:
        connection.execute("CREATE TABLE ballast (id INTEGER PRIMARY KEY, pad BLOB)")
        connection.executemany("INSERT INTO ballast (pad) VALUES (?)", ((os.urandom(500),) for _ in range(BIG_ROWS)))
        connection.commit()
    return _backups(source_dir).take(now=MOMENT).path


def _restore_and_kill(data_dir: Path, source: Path, kill_after: str | None) -> str:
    """Run restore_child.py; SIGKILL it when it prints a line starting with `kill_after`. The last line read."""
    env = {k: v for k, v in os.environ.items() if k != "LIVEHELPER_DB"}
    process = subprocess.Popen([sys.executable, str(RESTORE_CHILD), str(data_dir), str(source)], cwd=PROJECT,
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None
    fd, buffered, last = process.stdout.fileno(), b"", ""
    deadline = time.monotonic() + 120
    try:
        while True:
            readable, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
            assert readable, "the restore child said nothing in time"
            chunk = os.read(fd, 65536)
            if not chunk:
                break
            buffered += chunk
            *lines, buffered = buffered.split(b"\n")
            for line in lines:
                last = line.decode()
                if kill_after is not None and last.startswith(kill_after) and process.poll() is None:
                    os.kill(process.pid, signal.SIGKILL)
                    assert process.wait(30) == -signal.SIGKILL
                    return last
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(30)
        stderr = process.stderr.read().decode(errors="replace") if process.stderr else ""
        process.stdout.close()
        if process.stderr:
            process.stderr.close()
    assert process.returncode == 0, stderr
    return last


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
@pytest.mark.parametrize("kill_after", ["COPY ", "COPIED", None])
def test_a_restore_killed_hard_leaves_the_old_or_the_new_database(tmp_path, kill_after):
    data_dir = tmp_path / "data"
    _make_database(data_dir, ["米脂黄小米", "巨鹿金银花"])
    source = _big_backup(tmp_path)
    last = _restore_and_kill(data_dir, source, kill_after)
    names = _product_names(data_dir / DB_FILE_NAME)  # also: integrity_check is ok
    if kill_after is None:
        assert last == "DONE" and names == ["大数据库"]
    elif kill_after == "COPY ":
        assert names == ["巨鹿金银花", "米脂黄小米"]  # killed in the middle of the copy: the old state, whole
    else:
        assert names in (["巨鹿金银花", "米脂黄小米"], ["大数据库"])
    context = open_context(data_dir)
    try:
        assert context.database.check_health() == []
    finally:
        context.close()
