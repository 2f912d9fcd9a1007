"""The PostgreSQL server of the tests' second pass: one migrated template, then a fresh copy per test."""

from __future__ import annotations

import os
import time
import uuid

import psycopg
from sqlalchemy.engine import make_url

from livehelper.storage.engine import open_database

PG_URL_ENV = "LIVEHELPER_TEST_PG_URL"
DROP_ATTEMPTS = 50


def postgres_pass() -> bool:
    """Whether tests run on PostgreSQL too: when a server is named, and always under CI (where a missing one
    fails rather than quietly skipping the pass)."""
    return bool(os.environ.get(PG_URL_ENV)) or os.environ.get("CI", "").lower() in ("1", "true", "yes")


class PostgresServer:
    """Creates and drops test databases on the server of a postgresql+psycopg:// URL.

    Migrating a database from empty takes a while, so the first request migrates one template database
    and every test database after that is a CREATE DATABASE … TEMPLATE copy of it (a few milliseconds)."""

    def __init__(self, url: str) -> None:
        self._url = make_url(url)
        self._prefix = f"lh_test_{os.getpid()}_"
        self._admin = psycopg.connect(self._libpq_url(self._url.database), autocommit=True)
        self._template: str | None = None

    def url_of(self, database: str) -> str:
        return self._url.set(database=database).render_as_string(hide_password=False)

    def create_database(self) -> str:
        if self._template is None:
            self._template = self._new_name("template")
            self._execute(f'CREATE DATABASE "{self._template}"')
            open_database(self.url_of(self._template)).dispose()
        name = self._new_name("db")
        self._execute(f'CREATE DATABASE "{name}" TEMPLATE "{self._template}"')
        return name

    def create_empty_database(self) -> str:
        """A database with no tables at all (to test migrations from nothing)."""
        name = self._new_name("empty")
        self._execute(f'CREATE DATABASE "{name}"')
        return name

    def admin(self) -> psycopg.Connection:
        """A new connection to the server's own database, for the few tests that change server settings."""
        return psycopg.connect(self._libpq_url(self._url.database), autocommit=True)

    def drop_database(self, name: str) -> None:
        # FORCE ends the test's leftover connections, but may not end an autovacuum worker that happens to be
        # in the database (InsufficientPrivilege): that one finishes on its own within moments.
        for _attempt in range(DROP_ATTEMPTS - 1):
            try:
                self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                return
            except (psycopg.errors.InsufficientPrivilege, psycopg.errors.ObjectInUse):
                time.sleep(0.1)
        self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def close(self) -> None:
        if self._template is not None:
            self.drop_database(self._template)
        self._admin.close()

    def _new_name(self, kind: str) -> str:
        return f"{self._prefix}{kind}_{uuid.uuid4().hex[:12]}"

    def _execute(self, sql: str) -> None:
        self._admin.execute(sql.encode())

    def _libpq_url(self, database: str | None) -> str:
        return self._url.set(drivername="postgresql", database=database).render_as_string(hide_password=False)
