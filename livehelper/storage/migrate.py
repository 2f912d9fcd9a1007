"""Alembic, driven from code: the migration scripts ship inside the package."""

from __future__ import annotations

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
    command.upgrade(alembic_config(engine), target)
