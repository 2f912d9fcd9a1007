"""Opening the database: URL resolution, SQLite pragmas, and the schema-version gate."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from livehelper.domain.errors import StorageError
from livehelper.domain.messages import Message
from livehelper.storage.private_files import private_file, private_new_file

# The newest Alembic revision this build knows. Checked against the migration scripts by a test, so that
# opening an up-to-date database never has to import Alembic (it costs start-up time).
SCHEMA_HEAD = "0008"
DB_FILE_NAME = "livehelper.sqlite3"
DB_ENV = "LIVEHELPER_DB"


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def resolve_url(db_url: str | None, data_dir: Path) -> str:
    """--db beats LIVEHELPER_DB, which beats the SQLite file in the data folder."""
    return db_url or os.environ.get(DB_ENV) or sqlite_url(data_dir / DB_FILE_NAME)


# Every session in UTC, so timestamps come back the way SQLite gives them (stored UTC) whatever the server's
# zone; a server that cannot be reached fails within seconds instead of hanging the app's start.
PLAIN_POSTGRES = "postgresql://"
POSTGRES_CONNECT_ARGS = {"options": "-c timezone=UTC", "connect_timeout": 10, "application_name": "LiveHelper"}


def _sqlite_pragmas(dbapi_connection: object, _record: object) -> None:
    # journal_mode=WAL is persistent and set once the file is known to be ours (open_database).
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _storage_trouble(context: ExceptionContext) -> None:
    """A full disk or a read-only file while writing becomes a StorageError that says so (the UI shows it and
    keeps what was typed) instead of a driver error that would end up as a crash report."""
    reason = str(context.original_exception)
    if "database or disk is full" in reason:
        raise StorageError(Message("the database cannot be saved: the disk is full. Free some space, then try "
                                   "again; what you entered is kept until then")) from context.sqlalchemy_exception
    if "readonly database" in reason:
        raise StorageError(Message("the database cannot be saved: the file or its folder is read-only")
                           ) from context.sqlalchemy_exception


@dataclass
class Database:
    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def check_health(self) -> list[str]:
        """Problems found by the database's own consistency check (empty when healthy)."""
        with self.engine.connect() as connection:
            if self.is_sqlite:
                rows = connection.exec_driver_sql("PRAGMA quick_check").scalars().all()
                return [] if rows == ["ok"] else [str(r) for r in rows]
            connection.execute(text("SELECT 1"))
            return []

    def dispose(self) -> None:
        self.engine.dispose()


def _make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            _prepare_sqlite_folder(Path(path))
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "handle_error", _storage_trouble)
        return engine
    if url.startswith("postgresql"):
        if url.startswith(PLAIN_POSTGRES):  # SQLAlchemy would pick psycopg2; we ship psycopg 3
            url = "postgresql+psycopg://" + url.removeprefix(PLAIN_POSTGRES)
        try:
            return create_engine(url, pool_pre_ping=True, connect_args=POSTGRES_CONNECT_ARGS)
        except ModuleNotFoundError as error:  # the driver comes with the optional "postgres" extra
            raise StorageError(Message("PostgreSQL support is not installed ({module} is missing): "
                                       "pip install \"livehelper[postgres]\"",
                                       module=error.name or "psycopg")) from error
    return create_engine(url, pool_pre_ping=True)


def _prepare_sqlite_folder(path: Path) -> None:
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StorageError(Message("cannot create the data folder {folder}: {reason}",
                                   folder=str(folder), reason=error.strerror or str(error))) from error
    if path.is_dir():
        raise StorageError(Message("{path} is a folder, not a database file", path=str(path)))
    if not os.access(folder, os.W_OK):
        raise StorageError(Message("the data folder {folder} is not writable", folder=str(folder)))
    private_new_file(path)  # buyers' data: owner-only (issue 19); SQLite gives its -wal and -shm the same mode
    for companion in ("-wal", "-shm"):
        private_file(path.with_name(path.name + companion))


def current_revision(engine: Engine) -> tuple[str | None, bool]:
    """(revision stamped in the database, whether the database has any tables at all)."""
    with engine.connect() as connection:
        tables = inspect(connection).get_table_names()
        if "alembic_version" not in tables:
            return None, bool(tables)
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar(), True


def open_database(url: str, migrate: bool = True, backup_folder: Path | None = None) -> Database:
    """Open (and create or upgrade) the database at `url`; StorageError with a clear reason otherwise.

    A SQLite database is backed up into `backup_folder` (backups/ beside it by default) before an upgrade.
    """
    try:
        engine = _make_engine(url)
    except StorageError:
        raise
    except Exception as error:  # an unusable URL: unknown dialect, missing driver, malformed text
        raise StorageError(Message("cannot open the database {url}: {reason}",
                                   url=_safe(url), reason=str(error))) from error
    try:
        revision, has_tables = current_revision(engine)
        _admit(engine, url, revision, has_tables, migrate, backup_folder)
    except (OperationalError, DBAPIError) as error:
        engine.dispose()
        raise StorageError(Message("cannot open the database {url}: {reason}",
                                   url=_safe(url), reason=str(error.orig))) from error
    except BaseException:
        engine.dispose()
        raise
    return Database(engine, sessionmaker(engine, expire_on_commit=False))


def _admit(engine: Engine, url: str, revision: str | None, has_tables: bool, migrate: bool,
           backup_folder: Path | None = None) -> None:
    """Refuse a database that is not ours or is newer; bring an older one up to date."""
    if revision is None and has_tables:
        raise StorageError(Message("{url} is not a LiveHelper database", url=_safe(url)))
    if revision != SCHEMA_HEAD:
        from livehelper.storage.migrate import upgrade  # Alembic only when there is work to do

        if not migrate:
            raise StorageError(Message("the database {url} needs an upgrade", url=_safe(url)))
        upgrade(engine, revision, backup_folder=backup_folder)
    if engine.dialect.name == "sqlite":
        with engine.connect() as connection:
            connection.exec_driver_sql(f"PRAGMA journal_mode={sqlite_journal_mode(engine.url.database)}")


def sqlite_journal_mode(database: str | None) -> str:
    """WAL, except in a network or sync folder, where WAL does not work (storage/folder_kind.py says why)."""
    if not database or database == ":memory:" or database.startswith("file:"):
        return "WAL"
    from livehelper.storage.folder_kind import shared_folder

    return "DELETE" if shared_folder(Path(database).resolve().parent) is not None else "WAL"


def _safe(url: str) -> str:
    try:
        from sqlalchemy.engine import make_url

        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return url
