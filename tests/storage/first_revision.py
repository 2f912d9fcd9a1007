"""A database as the first release of LiveHelper left it (schema 0001), with one product: what an upgrade and
the backup before it are tested on (tests/storage/test_engine.py, tests/services/settings/test_backup.py)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, text

from livehelper.storage import migrate
from livehelper.storage.engine import sqlite_url


def database_at_first_revision(db_path: Path) -> None:
    """Writes the 0001 database at `db_path` with 米脂黄小米 in it."""
    engine = create_engine(sqlite_url(db_path))
    try:
        migrate.upgrade(engine, None, target="0001")
        with engine.begin() as connection:
            connection.execute(text(
                "INSERT INTO products (name, spec, price_fen, stock, merchant_code, origin, selling_points, "
                "shop_link, low_stock_threshold, active, has_photo, version, created_at, updated_at) VALUES "
                "('米脂黄小米', '2.5kg/袋', 3990, 126, 'MZ-1', '米脂', '', '', 10, 1, 0, 1, "
                "'2026-01-01', '2026-01-01')"))
            assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == "0001"
    finally:
        engine.dispose()
