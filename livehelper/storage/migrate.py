"""Alembic, driven from code: the migration scripts ship inside the package."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from livehelper.domain.errors import StorageError
from livehelper.domain.messages import Message

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(engine: Engine | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if engine is not None:
        config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def upgrade(engine: Engine, current: str | None, target: str = "head") -> None:
    """Bring the schema to `target`; refuse a database stamped by a newer LiveHelper."""
    script = ScriptDirectory.from_config(alembic_config())
    if current is not None:
        try:
            known = script.get_revision(current)
        except Exception:
            known = None
        if known is None:
            raise StorageError(Message(
                "this database was written by a newer LiveHelper (schema {revision}); "
                "please install the newer version", revision=current))
        backup_before_upgrade(engine, current)
    command.upgrade(alembic_config(engine), target)


def backup_before_upgrade(engine: Engine, current: str) -> Path | None:
    """Copy a SQLite database with SQLite's online backup API before its schema changes.

    The copy goes to backups/ beside the database file; other databases are backed up by their own tools.
    """
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        return None
    source_path = Path(database)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = source_path.parent / "backups" / f"{source_path.stem}-schema-{current}-{stamp}.sqlite3"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        source = sqlite3.connect(source_path)
        try:
            destination = sqlite3.connect(target)
            try:
                source.backup(destination)
            finally:
                destination.close()
        finally:
            source.close()
    except (OSError, sqlite3.Error) as error:
        raise StorageError(Message("cannot back up the database before upgrading it: {reason}",
                                   reason=str(error))) from error
    return target
