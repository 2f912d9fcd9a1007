"""Live tallies on disk: from calling `LiveService.tally()` to its `durable` future resolving.

DESIGN (Performance budgets): key press → durable ≤ 1.5× a raw sqlite3 insert+commit with the same pragmas.
The value goes through the live service (in-memory log, the ordered writer thread, SQLAlchemy, the done
callback that marks the tally stored); the baseline inserts the same row into a table of the same shape
(the DDL is copied from LiveHelper's own file: columns, foreign keys, indexes) with plain sqlite3, in the
same folder, with journal_mode=WAL, synchronous=FULL and foreign_keys=ON, and commits it.

Each sample is the median latency of TALLIES sequential tallies (one at a time: the next one starts when the
previous one is durable); `compare` then takes the median of the samples. Figures are in microseconds.
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from datetime import UTC, datetime
from pathlib import Path

from bench._harness import BenchError, Measurement, Settings, benchmark, compare
from bench.startup import sqlalchemy_timestamp

TALLIES = 300
RAW_FILE_NAME = "raw-tallies.sqlite3"
TALLY_COLUMNS = ("session_id", "product_id", "qty", "unit_price_fen", "created_at", "source", "void")
# The tally table and the tables its foreign keys point at, so the baseline checks the same constraints.
TABLES = ("products", "live_sessions", "tally_events")
PRICE_FEN = 3990


def copy_schema(source: Path, target: Path) -> sqlite3.Connection:
    """A raw sqlite3 database with LiveHelper's tally table (and what it refers to), one product, one session."""
    placeholders = ", ".join("?" for _ in TABLES)
    with sqlite3.connect(source) as original:
        ddl = [sql for (sql,) in original.execute(
            f"SELECT sql FROM sqlite_master WHERE tbl_name IN ({placeholders}) AND sql IS NOT NULL "
            "ORDER BY type = 'index', rowid", TABLES)]
    original.close()
    if len(ddl) < len(TABLES):
        raise BenchError(f"{source} lacks one of the tables {TABLES}")
    connection = sqlite3.connect(target)
    if connection.execute("PRAGMA journal_mode=WAL").fetchone()[0] != "wal":
        raise BenchError(f"{target} refused journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("PRAGMA foreign_keys=ON")
    connection.execute("PRAGMA busy_timeout=5000")
    stamp = sqlalchemy_timestamp(datetime.now(UTC))
    with connection:
        for statement in ddl:
            connection.execute(statement)
        connection.execute(
            "INSERT INTO products (id, name, spec, price_fen, stock, merchant_code, origin, selling_points, "
            "shop_link, low_stock_threshold, active, has_photo, version, created_at, updated_at) "
            "VALUES (1, '米脂黄小米', '2.5kg/袋', ?, 10000000, 'MZ-XM-2500', '陕西榆林米脂', '', '', "
            "10, 1, 0, 1, ?, ?)",
            (PRICE_FEN, stamp, stamp))
        connection.execute("INSERT INTO live_sessions (id, title, platform, goal_fen, started_at) "
                           "VALUES (1, '基准', 'douyin', 0, ?)", (stamp,))
    return connection


def raw_round(connection: sqlite3.Connection) -> float:
    """Median seconds of one INSERT + COMMIT of a tally row, TALLIES times in a row."""
    sql = (f"INSERT INTO tally_events ({', '.join(TALLY_COLUMNS)}) "
           f"VALUES ({', '.join('?' for _ in TALLY_COLUMNS)})")
    latencies = []
    for _ in range(TALLIES):
        start = time.perf_counter()
        connection.execute(sql, (1, 1, 1, PRICE_FEN, sqlalchemy_timestamp(datetime.now(UTC)), "desktop", 0))
        connection.commit()
        latencies.append(time.perf_counter() - start)
    return statistics.median(latencies)


@benchmark("tally_durable", budget=1.5, unit="us")
def tally_durable(settings: Settings) -> Measurement:
    from livehelper.domain.live import Platform
    from livehelper.domain.product import MAX_STOCK, ProductDraft
    from livehelper.services.context import open_context
    from livehelper.storage.engine import DB_FILE_NAME

    data_dir = settings.workdir / "live-tally"
    context = open_context(data_dir)
    raw: sqlite3.Connection | None = None
    try:
        product = context.catalog.create(ProductDraft(name="米脂黄小米", spec="2.5kg/袋", price_fen=PRICE_FEN,
                                                      stock=MAX_STOCK, merchant_code="MZ-XM-2500"))
        context.live.start("基准直播", Platform.DOUYIN, 0, [product.id])
        context.live.wait_durable()
        raw = copy_schema(data_dir / DB_FILE_NAME, data_dir / RAW_FILE_NAME)
        live = context.live

        def service_round() -> float:
            latencies = []
            for _ in range(TALLIES):
                start = time.perf_counter()
                live.tally(product.id, 1, allow_oversell=True).durable.result()
                latencies.append(time.perf_counter() - start)
            return statistics.median(latencies)

        connection = raw
        measured = compare(service_round, lambda: raw_round(connection), settings)
        return Measurement(measured.value * 1e6, measured.baseline * 1e6,
                           tuple(s * 1e6 for s in measured.value_samples),
                           tuple(s * 1e6 for s in measured.baseline_samples))
    finally:
        if raw is not None:
            raw.close()
        context.close()
