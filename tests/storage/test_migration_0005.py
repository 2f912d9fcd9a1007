"""Revision 0005 (parcels) upgrades a 0004 database with orders and packing tasks, keeping them."""

from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, inspect, text

from livehelper.storage.engine import open_database, sqlite_url
from livehelper.storage.migrate import alembic_config


def test_upgrade_from_0004_keeps_orders_and_tasks(tmp_path: Path):
    path = tmp_path / "old.sqlite3"
    engine = create_engine(sqlite_url(path))
    try:
        command.upgrade(alembic_config(engine), "0004")
        with engine.begin() as connection:
            connection.execute(text("INSERT INTO orders (platform, order_no, status, amount_fen, created_at, "
                                    "paid_at) VALUES ('manual', 'A1', '待发货', 1990, '2026-11-20 12:00:00', "
                                    "'2026-11-20 12:01:00')"))
            connection.execute(text("INSERT INTO packing_tasks (order_id, state, assignee, courier, problem_reason, "
                                    "version, created_at, updated_at) VALUES (1, 'packing', '王姐', '', '', 3, "
                                    "'2026-11-20 12:02:00', '2026-11-20 12:03:00')"))
            connection.execute(text("INSERT INTO task_history (task_id, from_state, to_state, who, at, version) "
                                    "VALUES (1, 'pending', 'packing', '王姐', '2026-11-20 12:03:00', 3)"))
    finally:
        engine.dispose()
    database = open_database(sqlite_url(path))
    try:
        with database.engine.connect() as connection:
            assert connection.execute(text("SELECT order_id, state, assignee, version, merged_into_id "
                                           "FROM packing_tasks")).one() == (1, "packing", "王姐", 3, None)
            assert connection.execute(text("SELECT count(*) FROM task_history")).scalar_one() == 1
            inspector = inspect(connection)
            assert "ix_packing_tasks_merged_into_id" in {i["name"] for i in inspector.get_indexes("packing_tasks")}
            assert "ix_orders_paid_at" in {i["name"] for i in inspector.get_indexes("orders")}
            assert any(fk["referred_table"] == "packing_tasks" and fk["constrained_columns"] == ["merged_into_id"]
                       for fk in inspector.get_foreign_keys("packing_tasks"))
    finally:
        database.dispose()


def test_downgrade_to_0004_and_back(tmp_path: Path):
    engine = create_engine(sqlite_url(tmp_path / "db.sqlite3"))
    try:
        command.upgrade(alembic_config(engine), "head")
        command.downgrade(alembic_config(engine), "0004")
        with engine.connect() as connection:
            assert "merged_into_id" not in {c["name"] for c in inspect(connection).get_columns("packing_tasks")}
        command.upgrade(alembic_config(engine), "head")
    finally:
        engine.dispose()
