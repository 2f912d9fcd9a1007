"""Revision 0007 (stock ledger), on SQLite and PostgreSQL: an earlier database gets each product's 库存 as an
opening 盘点, so on hand equals the sum of the ledger from the first day; the downgrade drops the ledger again."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect, text

from livehelper.storage.engine import open_database, sqlite_url
from livehelper.storage.migrate import alembic_config

PRODUCTS = [(1, "米脂黄小米", 126), (2, "巨鹿金银花", 0), (3, "小米锅巴", 7)]


@pytest.fixture
def empty_url(db_backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database with no tables at all, of this test's backend (the pg fixtures' databases come migrated)."""
    if db_backend == "sqlite":
        yield sqlite_url(tmp_path / "old.sqlite3")
        return
    server = request.getfixturevalue("test_postgres")
    name = server.create_empty_database()
    yield server.url_of(name)
    server.drop_database(name)


def test_upgrade_from_0006_opens_the_ledger_with_each_products_stock(empty_url: str):
    engine = create_engine(empty_url)
    try:
        command.upgrade(alembic_config(engine), "0006")
        with engine.begin() as connection:
            for product_id, name, stock in PRODUCTS:
                connection.execute(text(
                    "INSERT INTO products (id, name, spec, price_fen, stock, origin, selling_points, shop_link, "
                    "low_stock_threshold, active, has_photo, version, created_at, updated_at) VALUES (:id, :name, "
                    "'', 990, :stock, '', '', '', 10, true, false, 1, '2026-11-20 12:00:00', '2026-11-20 12:00:00')"),
                    {"id": product_id, "name": name, "stock": stock})
    finally:
        engine.dispose()
    database = open_database(empty_url)
    try:
        with database.engine.connect() as connection:
            rows = connection.execute(text("SELECT product_id, kind, qty, balance, reason, who, task_id "
                                           "FROM stock_movements ORDER BY id")).all()
            assert [tuple(row) for row in rows] == [(1, "count", 126, 126, "期初库存", "system", None),
                                                    (3, "count", 7, 7, "期初库存", "system", None)]
            assert connection.execute(text("SELECT stock FROM products ORDER BY id")).scalars().all() == [126, 0, 7]
            indexes = {index["name"] for index in inspect(connection).get_indexes("stock_movements")}
            assert {"ix_stock_movements_product_id", "ix_stock_movements_task_id"} <= indexes
    finally:
        database.dispose()


def test_downgrade_to_0006_and_back(empty_url: str):
    engine = create_engine(empty_url)
    try:
        command.upgrade(alembic_config(engine), "head")
        command.downgrade(alembic_config(engine), "0006")
        with engine.connect() as connection:
            assert "stock_movements" not in inspect(connection).get_table_names()
        command.upgrade(alembic_config(engine), "head")
        with engine.connect() as connection:
            assert "stock_movements" in inspect(connection).get_table_names()
    finally:
        engine.dispose()
