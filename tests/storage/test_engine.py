"""Opening the database: migrations from empty, pragmas, and refusing databases we must not touch."""

import os
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from livehelper.domain.errors import StorageError
from livehelper.storage import migrate
from livehelper.storage.engine import (
    DB_ENV,
    DB_FILE_NAME,
    SCHEMA_HEAD,
    Database,
    open_database,
    resolve_url,
    sqlite_url,
)
from livehelper.storage.models import Base
from tests.storage.first_revision import database_at_first_revision


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / DB_FILE_NAME


def _open(path: Path, **kwargs: object) -> Database:
    return open_database(sqlite_url(path), **kwargs)  # type: ignore[arg-type]


def _storage_error(path: Path, **kwargs: object) -> StorageError:
    with pytest.raises(StorageError) as caught:
        _open(path, **kwargs).dispose()
    return caught.value


def test_schema_head_matches_the_migration_scripts():
    assert migrate.head_revision() == SCHEMA_HEAD


def test_migrations_from_an_empty_file_create_the_schema_and_stamp_the_head(db_path):
    database = _open(db_path)
    try:
        assert db_path.is_file()
        with database.engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
        assert tables == set(Base.metadata.tables) | {"alembic_version"}
        assert revision == SCHEMA_HEAD
    finally:
        database.dispose()


def test_a_zero_byte_file_is_an_empty_database(db_path):
    db_path.write_bytes(b"")
    database = _open(db_path)
    database.dispose()
    assert sqlite3.connect(db_path).execute("SELECT version_num FROM alembic_version").fetchone() == (SCHEMA_HEAD,)


def test_migrated_schema_matches_the_models(db_path):
    database = _open(db_path)
    try:
        with database.engine.connect() as connection:
            differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        assert differences == []
    finally:
        database.dispose()


def test_reopening_an_up_to_date_database_keeps_its_data(db_path):
    database = _open(db_path)
    with database.engine.begin() as connection:
        connection.execute(text("INSERT INTO orders (platform, order_no, status, amount_fen, created_at) "
                                "VALUES ('manual', 'A1', '', 0, '2026-01-01')"))
    database.dispose()
    database = _open(db_path, migrate=False)
    try:
        with database.engine.connect() as connection:
            assert connection.execute(text("SELECT order_no FROM orders")).scalars().all() == ["A1"]
    finally:
        database.dispose()


def test_a_new_database_without_migrating_is_refused(db_path):
    error = _storage_error(db_path, migrate=False)
    assert "needs an upgrade" in error.render("en")


def test_pragmas_on_every_connection(db_path):
    database = _open(db_path)
    try:
        for _ in range(2):
            with database.engine.connect() as connection:
                assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
                assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
                assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
                assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
            database.engine.dispose()  # the next connection is a fresh one
    finally:
        database.dispose()


def test_foreign_keys_are_enforced(db_path):
    database = _open(db_path)
    try:
        with pytest.raises(Exception, match="FOREIGN KEY"), database.engine.begin() as connection:
            connection.execute(text("INSERT INTO tally_events (product_id, qty, unit_price_fen, created_at, "
                                    "source, void) VALUES (999, 1, 100, '2026-01-01', 'desktop', 0)"))
    finally:
        database.dispose()


def test_health_check_of_a_good_database(db_path):
    database = _open(db_path)
    try:
        assert database.check_health() == []
        assert database.is_sqlite
        assert database.url == sqlite_url(db_path)
    finally:
        database.dispose()


def test_a_database_from_a_newer_livehelper_is_refused(db_path):
    _open(db_path).dispose()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff9999'")
    error = _storage_error(db_path)
    assert "newer" in error.render("en")
    assert "ffff9999" in error.render("en")
    assert "更新版本" in error.render("zh_CN")
    with sqlite3.connect(db_path) as connection:  # and it is left as it was
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("ffff9999",)


def test_a_newer_database_is_refused_without_migrate_too(db_path):
    _open(db_path).dispose()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff9999'")
    assert isinstance(_storage_error(db_path, migrate=False), StorageError)


def test_a_sqlite_file_of_another_program_is_refused(db_path):
    with sqlite3.connect(db_path) as connection:
        connection.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
        connection.execute("INSERT INTO contacts (name) VALUES ('王五')")
    connection.close()
    error = _storage_error(db_path)
    assert "not a LiveHelper database" in error.render("en")
    with sqlite3.connect(db_path) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    connection.close()
    assert tables == {"contacts"}


def test_a_refused_sqlite_file_keeps_its_journal_mode(db_path):
    with sqlite3.connect(db_path) as connection:
        connection.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
    connection.close()
    _storage_error(db_path)
    connection = sqlite3.connect(db_path)
    try:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    finally:
        connection.close()


def test_a_file_that_is_not_a_database(db_path):
    db_path.write_bytes(os.urandom(4096))
    error = _storage_error(db_path)
    english = error.render("en")
    assert english.startswith("cannot open the database")
    assert "\n" not in english
    assert "Traceback" not in english


def test_a_text_file_as_database(db_path):
    db_path.write_text("名称,价格\n小米,1\n" * 100, "utf-8")
    assert "cannot open the database" in _storage_error(db_path).render("en")


def test_a_data_folder_that_is_a_file(tmp_path):
    not_a_folder = tmp_path / "data"
    not_a_folder.write_text("x")
    error = _storage_error(not_a_folder / DB_FILE_NAME)
    assert "cannot create the data folder" in error.render("en")
    assert str(not_a_folder) in error.render("en")


def test_a_database_path_that_is_a_folder(db_path):
    db_path.mkdir()
    assert "is a folder, not a database file" in _storage_error(db_path).render("en")


def test_missing_parent_folders_are_created(tmp_path):
    path = tmp_path / "a" / "b" / DB_FILE_NAME
    _open(path).dispose()
    assert path.is_file()


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into read-only folders")
def test_a_read_only_data_folder(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        assert "not writable" in _storage_error(folder / DB_FILE_NAME).render("en")
    finally:
        folder.chmod(0o700)


@pytest.mark.parametrize("url", ["nosuchdialect://x/y", "postgresql+nosuchdriver://u:secret@h/db", "::::"])
def test_an_unusable_url_is_a_storage_error_without_the_password(url):
    with pytest.raises(StorageError) as caught:
        open_database(url)
    english = caught.value.render("en")
    assert english.startswith("cannot open the database")
    assert "secret" not in english


def test_resolve_url_order(tmp_path, monkeypatch):
    monkeypatch.delenv(DB_ENV, raising=False)
    assert resolve_url(None, tmp_path) == sqlite_url(tmp_path / DB_FILE_NAME)
    monkeypatch.setenv(DB_ENV, "sqlite:///from-env.sqlite3")
    assert resolve_url(None, tmp_path) == "sqlite:///from-env.sqlite3"
    assert resolve_url("sqlite:///from-option.sqlite3", tmp_path) == "sqlite:///from-option.sqlite3"


@pytest.mark.skipif(SCHEMA_HEAD == "0001", reason="only one schema revision so far")
def test_upgrading_an_old_database_keeps_its_data(db_path):
    database_at_first_revision(db_path)
    database = _open(db_path)
    try:
        with database.engine.connect() as connection:
            assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == SCHEMA_HEAD
            assert connection.execute(text("SELECT name, price_fen FROM products")).all() == [("米脂黄小米", 3990)]
            assert set(inspect(connection).get_table_names()) == set(Base.metadata.tables) | {"alembic_version"}
    finally:
        database.dispose()


@pytest.mark.skipif(SCHEMA_HEAD == "0001", reason="only one schema revision so far")
def test_a_backup_is_taken_before_a_migration(db_path):
    database_at_first_revision(db_path)
    before = {path for path in db_path.parent.rglob("*")}
    _open(db_path).dispose()
    new_files = {path for path in db_path.parent.rglob("*") if path.is_file()} - before
    new_files -= {Path(str(db_path) + "-wal"), Path(str(db_path) + "-shm")}
    backups = []
    for path in new_files:
        try:
            with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
                if connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",):
                    backups.append(path)
        except sqlite3.Error:
            continue
    assert backups
