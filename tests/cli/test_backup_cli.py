"""`livehelper backup [DEST]` and `livehelper restore FILE` as real subprocesses on real SQLite files."""

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from livehelper.domain.product import ProductDraft
from livehelper.services.context import open_context
from livehelper.storage.engine import DB_FILE_NAME, SCHEMA_HEAD


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    context = open_context(folder)
    try:
        context.catalog.create(ProductDraft(name="米脂黄小米", price_fen=3990, stock=100))
    finally:
        context.close()
    return folder


def names(database: Path) -> list[str]:
    with closing(sqlite3.connect(database)) as connection:
        return [row[0] for row in connection.execute("SELECT name FROM products ORDER BY id")]


def test_backup_goes_to_the_backup_folder_and_prints_its_path(run, data):
    result = run("--data-dir", data, "--lang", "en", "backup")
    assert result.returncode == 0, result.stderr
    path = Path(result.stdout.strip())
    assert path.parent == data / "backups"
    assert path.name.startswith("livehelper-") and path.name.endswith(f"-r{SCHEMA_HEAD}.sqlite3")
    assert names(path) == ["米脂黄小米"]


def test_backup_into_a_folder_or_a_file(run, data, tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    into_folder = Path(run("--data-dir", data, "backup", folder).stdout.strip())
    assert into_folder.parent == folder and names(into_folder) == ["米脂黄小米"]
    file = tmp_path / "copies" / "shop.sqlite3"
    result = run("--data-dir", data, "backup", file)
    assert result.returncode == 0 and Path(result.stdout.strip()) == file
    assert names(file) == ["米脂黄小米"]


def test_the_backup_folder_can_be_listed_and_changed(run, data, tmp_path):
    chosen = tmp_path / "备份"
    changed = run("--data-dir", data, "--lang", "en", "backup", "--set-folder", chosen)
    assert changed.returncode == 0 and str(chosen) in changed.stdout
    taken = Path(run("--data-dir", data, "backup").stdout.strip())
    assert taken.parent == chosen
    listed = run("--data-dir", data, "--lang", "en", "backup", "--list")
    assert listed.stdout.splitlines() == [f"backups are kept in {chosen}", str(taken)]


def test_restore_round_trips_and_keeps_the_state_before_it(run, data):
    backup = Path(run("--data-dir", data, "backup").stdout.strip())
    context = open_context(data)
    try:
        context.catalog.create(ProductDraft(name="巨鹿金银花", price_fen=2990, stock=50))
    finally:
        context.close()
    result = run("--data-dir", data, "--lang", "en", "restore", backup)
    assert result.returncode == 0, result.stderr
    assert names(data / DB_FILE_NAME) == ["米脂黄小米"]
    saved = Path(result.stdout.splitlines()[0].rpartition(" ")[2])
    assert "before-restore" in saved.name and names(saved) == ["米脂黄小米", "巨鹿金银花"]
    assert f"(schema {SCHEMA_HEAD})" in result.stdout
    assert run("--data-dir", data, "orders", "list").returncode == 0  # the restored database opens


def test_restore_refuses_a_file_that_is_no_backup_in_one_line(run, data, tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("hello\n")
    result = run("--data-dir", data, "--lang", "en", "restore", text)
    assert result.returncode == 2
    assert result.error_lines == [f"livehelper: {text} is not a LiveHelper backup"]
    zh = run("--data-dir", data, "--lang", "zh_CN", "restore", text)
    assert zh.returncode == 2 and len(zh.error_lines) == 1 and "备份" in zh.stderr


def test_restore_refuses_a_backup_from_a_newer_version(run, data, tmp_path):
    newer = tmp_path / "newer.sqlite3"
    assert run("--data-dir", data, "backup", newer).returncode == 0
    with closing(sqlite3.connect(newer)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
        connection.commit()
    result = run("--data-dir", data, "--lang", "en", "restore", newer)
    assert result.returncode == 2 and len(result.error_lines) == 1
    assert "newer LiveHelper (schema 9999)" in result.stderr


def test_restore_refuses_while_the_database_is_open(run, data):
    backup = Path(run("--data-dir", data, "backup").stdout.strip())
    context = open_context(data)  # LiveHelper running
    try:
        context.catalog.count()
        result = run("--data-dir", data, "--lang", "en", "restore", backup)
    finally:
        context.close()
    assert result.returncode == 2
    assert result.error_lines == [f"livehelper: the database {data / DB_FILE_NAME} is in use; "
                                  "close LiveHelper and try again"]


def test_a_shared_database_is_not_backed_up_here(run, tmp_path):
    result = run("--db", "postgresql+psycopg://shop:secret@127.0.0.1:1/livehelper", "--lang", "en", "backup")
    assert result.returncode == 2 and len(result.error_lines) == 1
    assert "server's own tools" in result.stderr and "secret" not in result.stderr
