"""Alembic, driven from code: the migration scripts ship inside the package."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from livehelper.domain.errors import StorageError
from livehelper.domain.messages import Message
from livehelper.storage.snapshots import sqlite_file, write_backup

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


def upgrade(engine: Engine, current: str | None, target: str = "head", backup_folder: Path | None = None) -> None:
    """Bring the schema to `target`, after a backup; refuse a database stamped by a newer LiveHelper."""
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
        backup_before_upgrade(engine, current, backup_folder)
    command.upgrade(alembic_config(engine), target)


def default_backup_folder(database: Path) -> Path:
    return database.parent / "backups"


def backup_before_upgrade(engine: Engine, current: str, folder: Path | None = None) -> Path | None:
    """Back up a SQLite database before its schema changes, into `folder` (backups/ beside the file).

    Other databases are backed up by their own server's tools.
    """
    database = sqlite_file(engine.url)
    if database is None:
        return None
    try:
        return write_backup(database, folder or default_backup_folder(database), current, "before-upgrade").path
    except StorageError as error:
        raise StorageError(Message("cannot back up the database before upgrading it: {reason}",
                                   reason=error.message)) from error
