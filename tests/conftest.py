"""Shared fixtures. Qt needs a platform before any QApplication exists: offscreen unless told otherwise."""

from __future__ import annotations

import os

from scripts.offscreen import use_small_laptop_screen

use_small_laptop_screen()
os.environ.pop("LIVEHELPER_DB", None)

from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import TYPE_CHECKING  # noqa: E402

import pytest  # noqa: E402

from livehelper.services.context import AppContext, open_context  # noqa: E402
from livehelper.storage.engine import DB_ENV, sqlite_url  # noqa: E402
from tests.postgres import PG_URL_ENV, PostgresServer, postgres_pass  # noqa: E402
from tests.robot_stand_in import RobotStandIn  # noqa: E402

if TYPE_CHECKING:
    from livehelper.server.runner import LanServer

# Tests here run once on SQLite and once on PostgreSQL (issue 7) when they use a database fixture below.
BOTH_BACKENDS_UNDER = ("tests/storage/", "tests/services/")
BACKENDS = ("sqlite", "pg")


def pytest_report_header() -> str:
    if os.environ.get(PG_URL_ENV):
        return "PostgreSQL pass: on (tests/storage and tests/services run on SQLite and PostgreSQL)"
    return f"PostgreSQL pass: off (set {PG_URL_ENV}=postgresql+psycopg://user:password@host:port/database)"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "db_backend" not in metafunc.fixturenames:
        return
    path = Path(metafunc.definition.path).resolve().relative_to(Path(__file__).resolve().parents[1]).as_posix()
    if path.startswith(BOTH_BACKENDS_UNDER):
        metafunc.parametrize("db_backend", BACKENDS if postgres_pass() else BACKENDS[:1], indirect=True)


@pytest.fixture(scope="session")
def test_postgres() -> Iterator[PostgresServer]:
    """The PostgreSQL server named by LIVEHELPER_TEST_PG_URL (without it the pg runs exist only under CI, and fail)."""
    url = os.environ.get(PG_URL_ENV)
    if not url:
        pytest.fail(f"CI must run the PostgreSQL pass: {PG_URL_ENV} is not set "
                    "(python3 scripts/dev.py test starts a server)")
    server = PostgresServer(url)
    yield server
    server.close()


@pytest.fixture
def db_backend(request: pytest.FixtureRequest) -> str:
    """"sqlite", or "pg" for the PostgreSQL run of a test under tests/storage or tests/services."""
    return getattr(request, "param", "sqlite")


@pytest.fixture
def fresh_database_url(request: pytest.FixtureRequest, db_backend: str, tmp_path: Path) -> Iterator[Callable[[], str]]:
    """Makes the URL of one more empty database of this test's backend (dropped after the test)."""
    if db_backend == "sqlite":
        count = iter(range(1_000_000))
        yield lambda: sqlite_url(tmp_path / f"database-{next(count)}.sqlite3")
        return
    server: PostgresServer = request.getfixturevalue("test_postgres")
    made: list[str] = []

    def make() -> str:
        made.append(server.create_database())
        return server.url_of(made[-1])

    yield make
    for name in made:
        server.drop_database(name)


@pytest.fixture
def database_url(fresh_database_url: Callable[[], str]) -> str:
    """A new LiveHelper database, no data yet, of this test's backend (a SQLite file or a PostgreSQL database)."""
    return fresh_database_url()


@pytest.fixture
def data_dir(tmp_path: Path, db_backend: str, fresh_database_url: Callable[[], str],
             monkeypatch: pytest.MonkeyPatch) -> Path:
    """The data folder. On the PostgreSQL run LIVEHELPER_DB names a database of this test's own, so the app's
    real resolution (--db, else LIVEHELPER_DB, else the folder's SQLite file) finds it, in this process and in
    the children a test starts. A test that opens a second data folder passes `own_database()` as its --db."""
    folder = tmp_path / "data"
    folder.mkdir()
    if db_backend == "pg":
        monkeypatch.setenv(DB_ENV, fresh_database_url())
    return folder


@pytest.fixture
def own_database(db_backend: str, fresh_database_url: Callable[[], str]) -> Callable[[], str | None]:
    """The --db URL for one more data folder: None on SQLite (the folder's own file), a new database on PostgreSQL."""
    return (lambda: None) if db_backend == "sqlite" else fresh_database_url


@pytest.fixture
def context(data_dir: Path) -> Iterator[AppContext]:
    """An empty LiveHelper database: a real SQLite file, or on the pg run a real PostgreSQL database."""
    ctx = open_context(data_dir)
    yield ctx
    ctx.close()


@pytest.fixture
def demo_context(data_dir: Path) -> Iterator[AppContext]:
    """The demo catalog, in a real SQLite file or PostgreSQL database."""
    ctx = open_context(data_dir, demo=True)
    yield ctx
    ctx.close()


@pytest.fixture
def events(context: AppContext) -> Iterator[list]:
    """Every change event the services announce during the test, in order."""
    received: list = []
    unsubscribe = context.events.subscribe(received.append)
    yield received
    unsubscribe()


@pytest.fixture
def stand_in() -> Iterator[RobotStandIn]:
    """A real HTTP server on 127.0.0.1 answering as WeCom, DingTalk and Feishu robots do (tests/robot_stand_in.py)."""
    server = RobotStandIn()
    yield server
    server.close()


@pytest.fixture
def server(demo_context: AppContext) -> Iterator[LanServer]:
    """A real LanServer on 127.0.0.1 (a free port) over the demo database; heartbeats every 0.5 s."""
    from livehelper.server.runner import LanServer

    lan = LanServer(demo_context, heartbeat=0.5)
    lan.start()
    yield lan
    lan.stop()
