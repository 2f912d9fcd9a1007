"""Copying every row of every LiveHelper table from one database to another, through SQLAlchemy Core.

Works between any two back ends (SQLite, PostgreSQL): the rows go table by table in dependency order
(Base.metadata.sorted_tables), in batches, with their ids, on connections the caller owns — so the caller
decides the transaction (an import is one transaction: all rows or none).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import Column, Connection, Engine, Table, bindparam, func, select, text

from livehelper.storage.models import Base

BATCH_ROWS = 1000

RowProgress = Callable[[int], None]  # called with the number of rows copied so far


def tables() -> list[Table]:
    """Every table of the schema, parents before children."""
    return list(Base.metadata.sorted_tables)


def row_counts(connection: Connection) -> dict[str, int]:
    return {table.name: connection.execute(select(func.count()).select_from(table)).scalar_one()
            for table in tables()}


def is_empty(connection: Connection) -> bool:
    return not any(connection.execute(select(table).limit(1)).first() for table in tables())


def delete_everything(connection: Connection) -> None:
    """Empty every table, children first (so that no ON DELETE RESTRICT reference stands in the way)."""
    for table in reversed(tables()):
        _clear_self_references(connection, table)
        connection.execute(table.delete())


def copy_rows(source: Connection, target: Connection, progress: RowProgress | None = None) -> dict[str, int]:
    """Insert every row of `source` into `target` with the same ids; the number of rows per table.

    A column that refers to its own table (a parcel merged into another task) is filled in a second pass:
    the row it points to may come later in id order, and both SQLite and PostgreSQL check at once.
    """
    copied: dict[str, int] = {}
    done = 0
    for table in tables():
        own = _self_references(table)
        later: list[dict[str, object]] = []
        count = 0
        result = source.execution_options(yield_per=BATCH_ROWS).execute(
            select(table).order_by(*table.primary_key.columns))
        for batch in result.mappings().partitions():
            rows = [dict(row) for row in batch]
            for row in rows:
                pointers = {column.name: row[column.name] for column in own if row[column.name] is not None}
                if pointers:
                    later.append({**_key_of(table, row), **pointers})
                    row.update(dict.fromkeys(pointers))
            target.execute(table.insert(), rows)
            count += len(rows)
            done += len(rows)
            if progress is not None:
                progress(done)
        for column in own:
            _fill_later(target, table, column, [row for row in later if row.get(column.name) is not None])
        copied[table.name] = count
    if target.dialect.name == "postgresql":
        reset_sequences(target)
    return copied


def reset_sequences(connection: Connection) -> None:
    """After rows were inserted with explicit ids, make PostgreSQL's next id follow the largest one."""
    for table in tables():
        column = table.autoincrement_column
        if column is None:
            continue
        largest = connection.execute(select(func.max(column))).scalar()
        connection.execute(text("SELECT setval(pg_get_serial_sequence(:table, :column), :value, :called)"),
                           {"table": table.name, "column": column.name, "value": largest or 1,
                            "called": largest is not None})


@contextmanager
def snapshot(engine: Engine) -> Iterator[Connection]:
    """A connection that reads one consistent state of the database while others go on writing."""
    if engine.dialect.name == "sqlite":
        with engine.connect() as connection:
            # pysqlite begins a transaction only before a write; a read transaction has to be asked for.
            connection.exec_driver_sql("BEGIN")
            try:
                yield connection
            finally:
                connection.rollback()
        return
    with engine.connect().execution_options(isolation_level="REPEATABLE READ") as connection, connection.begin():
        yield connection


def _self_references(table: Table) -> list[Column]:
    return [fk.parent for fk in table.foreign_keys if fk.column.table is table]


def _key_of(table: Table, row: dict[str, object]) -> dict[str, object]:
    return {f"key_{column.name}": row[column.name] for column in table.primary_key.columns}


def _fill_later(target: Connection, table: Table, column: Column, rows: list[dict[str, object]]) -> None:
    if not rows:
        return
    statement = table.update().values({column.name: bindparam(f"new_{column.name}")})
    for key in table.primary_key.columns:
        statement = statement.where(key == bindparam(f"key_{key.name}"))
    for start in range(0, len(rows), BATCH_ROWS):
        target.execute(statement, [{f"key_{k.name}": row[f"key_{k.name}"] for k in table.primary_key.columns}
                                   | {f"new_{column.name}": row[column.name]}
                                   for row in rows[start:start + BATCH_ROWS]])


def _clear_self_references(connection: Connection, table: Table) -> None:
    for column in _self_references(table):
        connection.execute(table.update().where(column.is_not(None)).values({column.name: None}))
