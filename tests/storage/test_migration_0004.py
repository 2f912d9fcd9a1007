"""Revision 0004 (orders and the shipping queue) upgrades a 0003 database that already holds orders."""

from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, inspect, text

from livehelper.storage.engine import open_database, sqlite_url
from livehelper.storage.migrate import alembic_config


def test_upgrade_from_0003_keeps_orders_and_fills_the_new_columns(tmp_path: Path):
    path = tmp_path / "old.sqlite3"
    engine = create_engine(sqlite_url(path))
    try:
        command.upgrade(alembic_config(engine), "0003")
        with engine.begin() as connection:
            connection.execute(text("INSERT INTO orders (platform, order_no, status, amount_fen, created_at) "
                                    "VALUES ('manual', 'A1', '待发货', 1990, '2026-01-01')"))
            connection.execute(text("INSERT INTO order_items (order_id, title, qty, unit_price_fen) "
                                    "VALUES (1, '小米锅巴', 1, 1990)"))
    finally:
        engine.dispose()
    database = open_database(sqlite_url(path))
    try:
        with database.engine.connect() as connection:
            row = connection.execute(text("SELECT order_no, buyer_name, name_hidden, shipping_fen, imported_at "
                                          "FROM orders")).one()
            assert row[:4] == ("A1", "", 0, 0) and row[4]
            assert connection.execute(text("SELECT title, merchant_code, status FROM order_items")).one() == (
                "小米锅巴", "", "")
            tables = set(inspect(connection).get_table_names())
            assert {"packing_tasks", "task_history", "title_rules", "pending_order_items"} <= tables
    finally:
        database.dispose()


def test_downgrade_to_0003_and_back(tmp_path: Path):
    engine = create_engine(sqlite_url(tmp_path / "db.sqlite3"))
    try:
        command.upgrade(alembic_config(engine), "head")
        command.downgrade(alembic_config(engine), "0003")
        with engine.connect() as connection:
            assert "packing_tasks" not in inspect(connection).get_table_names()
        command.upgrade(alembic_config(engine), "head")
    finally:
        engine.dispose()
