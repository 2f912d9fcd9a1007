"""PostgreSQL only: migrations from nothing, UTC timestamps whatever the server's zone, the version gate, a
server that cannot be reached, and the command line with --db postgresql+psycopg://…"""

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, select, text

from livehelper.domain.errors import StorageError
from livehelper.domain.product import ProductDraft
from livehelper.storage import products as repo
from livehelper.storage.engine import SCHEMA_HEAD, open_database
from livehelper.storage.models import Base, ProductRecord
from tests.postgres import PostgresServer, postgres_pass

pytestmark = pytest.mark.skipif(not postgres_pass(), reason="no PostgreSQL (LIVEHELPER_TEST_PG_URL unset)")
ROOT = Path(__file__).resolve().parents[2]
GENERIC_ORDERS = ROOT / "tests" / "data" / "orders" / "generic.csv"


@pytest.fixture
def empty_pg(test_postgres: PostgresServer) -> Iterator[str]:
    """The URL of a PostgreSQL database with no tables at all."""
    name = test_postgres.create_empty_database()
    yield test_postgres.url_of(name)
    test_postgres.drop_database(name)


def test_migrations_from_nothing_build_the_models_schema(empty_pg):
    database = open_database(empty_pg)
    try:
        with database.engine.connect() as connection:
            assert set(inspect(connection).get_table_names()) == set(Base.metadata.tables) | {"alembic_version"}
            assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == SCHEMA_HEAD
            differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        assert differences == []
        assert database.check_health() == []
    finally:
        database.dispose()


def test_timestamps_come_back_in_utc_whatever_the_server_zone(empty_pg, test_postgres):
    with test_postgres.admin() as admin:
        admin.execute(f'ALTER DATABASE "{empty_pg.rsplit("/", 1)[1]}" SET timezone TO \'Asia/Shanghai\''.encode())
    database = open_database(empty_pg)
    try:
        with database.sessions.begin() as session:
            product_id = repo.insert(session, ProductDraft(name="米脂黄小米", price_fen=3990))
        with database.sessions() as session:
            created = session.scalar(select(ProductRecord.created_at).where(ProductRecord.id == product_id))
        assert created is not None and created.utcoffset() == timedelta(0)
    finally:
        database.dispose()


def test_a_database_from_a_newer_livehelper_is_refused(empty_pg):
    open_database(empty_pg).dispose()
    database = open_database(empty_pg)
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    database.dispose()
    with pytest.raises(StorageError):
        open_database(empty_pg)


def test_a_server_that_cannot_be_reached_is_a_clear_error_not_a_hang():
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    started = time.monotonic()
    with pytest.raises(StorageError) as caught:
        open_database(f"postgresql+psycopg://livehelper:secret-password@127.0.0.1:{port}/livehelper")
    assert time.monotonic() - started < 15
    assert "cannot open the database" in str(caught.value)
    assert "secret-password" not in str(caught.value)


def livehelper(*args: str | Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key != "LIVEHELPER_DB"}
    env |= {"HOME": str(home), "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config")}
    return subprocess.run([sys.executable, "-m", "livehelper", *map(str, args)], capture_output=True, text=True,
                          encoding="utf-8", env=env, cwd=ROOT, timeout=120)


def test_the_command_line_works_on_postgresql(empty_pg, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    imported = livehelper("--db", empty_pg, "--lang", "en", "orders", "import", GENERIC_ORDERS, home=home)
    assert imported.returncode == 0, imported.stderr
    plain_url = empty_pg.replace("postgresql+psycopg://", "postgresql://")  # as an administrator writes it
    listed = livehelper("--db", plain_url, "--lang", "en", "orders", "list", "--json", home=home)
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout)  # the imported orders, read back by a second process
    exported = tmp_path / "catalog.csv"
    catalog = livehelper("--db", empty_pg, "--lang", "en", "--demo", "catalog", "export", exported, home=home)
    assert catalog.returncode == 0, catalog.stderr
    assert exported.read_bytes().decode("utf-8-sig").count("\r\n") > 4  # the demo catalog, stored in PostgreSQL
    assert not list(home.rglob("*.sqlite3"))  # nothing went to a SQLite file
