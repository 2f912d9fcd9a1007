"""Databases at every earlier schema revision (made by make_fixtures.py with the project's own migrations)
upgrade to the head with a backup first and keep every row; a database from a newer LiveHelper is refused."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from livehelper.domain.errors import StorageError
from livehelper.services.context import open_context
from livehelper.services.settings.backup import backup_folder
from livehelper.storage.engine import DB_FILE_NAME, SCHEMA_HEAD, open_database, sqlite_url
from livehelper.storage.snapshots import list_backups

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "migrations"
REVISIONS = ("0001", "0002", "0003", "0004", "0005")

Rows = dict[str, list[dict[str, object]]]


def all_rows(path: Path) -> Rows:
    with closing(sqlite3.connect(path)) as connection:
        connection.row_factory = sqlite3.Row
        assert connection.execute("PRAGMA integrity_check").fetchall()[0][0] == "ok"
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT IN ('alembic_version', 'sqlite_sequence')")]
        return {table: [dict(row) for row in connection.execute(f'SELECT * FROM "{table}" ORDER BY rowid')]
                for table in tables}


def revision_of(path: Path) -> str:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def test_there_is_a_fixture_for_every_revision_before_the_head():
    assert {path.stem for path in FIXTURES.glob("r*.sqlite3")} == {f"r{revision}" for revision in REVISIONS}
    assert all(int(revision) < int(SCHEMA_HEAD) for revision in REVISIONS)
    for revision in REVISIONS:
        fixture = FIXTURES / f"r{revision}.sqlite3"
        assert revision_of(fixture) == revision
        assert fixture.stat().st_size < 200 * 1024


@pytest.mark.parametrize("revision", REVISIONS)
def test_an_old_database_upgrades_with_a_backup_first_and_keeps_its_rows(revision, tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    database = data_dir / DB_FILE_NAME
    shutil.copyfile(FIXTURES / f"r{revision}.sqlite3", database)
    before = all_rows(database)
    assert before["products"] and before["product_photos"] and before["orders"] and before["order_items"]

    context = open_context(data_dir)
    try:
        assert context.database.check_health() == []
        assert context.catalog.photo(1) == before["product_photos"][0]["image"]
        assert context.catalog.count() == len(before["products"])
    finally:
        context.close()

    assert revision_of(database) == SCHEMA_HEAD
    [backup] = list_backups(backup_folder(data_dir))
    assert (backup.revision, backup.label) == (revision, "before-upgrade")
    assert revision_of(backup.path) == revision and all_rows(backup.path) == before

    after = all_rows(database)
    # the stock ledger (0007) starts with each product's 库存 as an opening 盘点
    assert [(m["product_id"], m["kind"], m["qty"]) for m in after["stock_movements"]] == [
        (p["id"], "count", p["stock"]) for p in before["products"] if p["stock"]]
    for table, rows in before.items():
        assert len(after[table]) == len(rows), table
        for old, new in zip(rows, after[table], strict=True):
            assert {column: new[column] for column in old} == old, table


def test_the_fixtures_hold_what_each_revision_had(tmp_path):
    tables = {revision: set(all_rows(FIXTURES / f"r{revision}.sqlite3")) for revision in REVISIONS}
    assert "cue_decks" not in tables["0001"] and "cue_decks" in tables["0002"]
    assert "live_sessions" in tables["0003"] and "packing_tasks" in tables["0004"]
    r5 = all_rows(FIXTURES / "r0005.sqlite3")
    assert [task["merged_into_id"] for task in r5["packing_tasks"]] == [None, None, 2]
    assert len(r5["task_history"]) == 5 and len(r5["tally_events"]) == 5 and r5["cue_decks"]


def test_a_database_from_a_newer_livehelper_is_refused_without_a_backup(tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    database = data_dir / DB_FILE_NAME
    shutil.copyfile(FIXTURES / "r0005.sqlite3", database)
    open_database(sqlite_url(database), backup_folder=tmp_path / "first-upgrade").dispose()
    newer = f"{int(SCHEMA_HEAD) + 1:04d}"
    with closing(sqlite3.connect(database)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (newer,))
        connection.commit()
    before = all_rows(database)
    with pytest.raises(StorageError) as caught:
        open_context(data_dir)
    assert caught.value.render("en") == (f"this database was written by a newer LiveHelper (schema {newer}); "
                                         "please install the newer version")
    assert newer in caught.value.render("zh_CN")
    assert list_backups(backup_folder(data_dir)) == []
    assert revision_of(database) == newer and all_rows(database) == before
