"""Start-up: `livehelper selftest` in a fresh process against a bare PySide6 window with four tabs.

DESIGN (Performance budgets), issue 20: from process start to the first painted main window ≤ 1.5× the bare
window (`startup_first_window`, up to the line the self-test prints once the window is shown, an event-loop pass
after show() as the bare window does); every workspace usable (`startup`, up to `selftest ok`) ≤ 3×, and ≤ 3.5×
with 100,000 orders and their packing tasks (`startup_100k`).
"""

from __future__ import annotations

import compileall
import sqlite3
import sys
from datetime import UTC, datetime
from pathlib import Path

from bench._harness import (
    BENCH_DIR,
    BenchError,
    Measurement,
    Settings,
    bench_env,
    benchmark,
    compare,
    run_command,
    time_until_line,
)

BIG_CATALOG = 100_000
SELFTEST_DONE = "selftest ok"  # printed once every workspace was shown and the database checked
WINDOW_SHOWN = "selftest: window shown"  # printed an event-loop pass after the main window is shown
BASELINE_DONE = "ready"
BARE_WINDOW = BENCH_DIR / "baselines" / "bare_window.py"

PRODUCT_COLUMNS = ("name", "spec", "price_fen", "stock", "merchant_code", "origin", "selling_points", "shop_link",
                   "low_stock_threshold", "active", "has_photo", "version", "created_at", "updated_at")
NAMES = ("米脂黄小米", "巨鹿金银花", "小米锅巴", "富硒小米礼盒", "红枣夹核桃", "手工挂面", "土蜂蜜", "核桃仁")
SPECS = ("2.5kg/袋", "50g/罐", "200g/袋", "4×500g/盒", "500g/袋", "1kg/把", "500g/瓶", "250g/袋")
ORIGINS = ("陕西榆林米脂", "河北邢台巨鹿", "山西长治沁县", "陕西安康紫阳", "新疆阿克苏", "甘肃定西")


def livehelper_command(data_dir: Path, *options: str) -> list[str]:
    return [sys.executable, "-m", "livehelper", "--data-dir", str(data_dir), "--lang", "en", *options, "selftest",
            "--verbose"]


def bare_window_command() -> list[str]:
    return [sys.executable, str(BARE_WINDOW)]


def sqlalchemy_timestamp(moment: datetime) -> str:
    """How SQLAlchemy's DateTime stores a value in SQLite: 'YYYY-MM-DD HH:MM:SS.ffffff'."""
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def product_rows(count: int) -> list[tuple[object, ...]]:
    stamp = sqlalchemy_timestamp(datetime.now(UTC))
    rows: list[tuple[object, ...]] = []
    for i in range(count):
        code = f"BENCH-{i:06d}"
        rows.append((f"{NAMES[i % len(NAMES)]} {i:06d}", SPECS[i % len(SPECS)], 990 + (i * 37) % 20_000,
                     (i * 13) % 500, code, ORIGINS[i % len(ORIGINS)], "黄土高原旱地种植\n当年新米",
                     f"https://shop.example.cn/p/{code}", 10, 1, 0, 1, stamp, stamp))
    return rows


def fill_products(database: Path, count: int) -> None:
    """Add `count` products with raw sqlite3 (no LiveHelper code), as a big real catalog would look."""
    placeholders = ", ".join("?" for _ in PRODUCT_COLUMNS)
    connection = sqlite3.connect(database)
    try:
        with connection:
            connection.executemany(f"INSERT INTO products ({', '.join(PRODUCT_COLUMNS)}) VALUES ({placeholders})",
                                   product_rows(count))
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        total = connection.execute("SELECT count(*) FROM products").fetchone()[0]
    finally:
        connection.close()
    if total < count:
        raise BenchError(f"{database} holds {total} products after inserting {count}")


def find_database(data_dir: Path) -> Path:
    found = sorted(data_dir.glob("*.sqlite3"))
    if len(found) != 1:
        raise BenchError(f"expected one SQLite database in {data_dir}, found {[p.name for p in found]}")
    return found[0]


def compile_bytecode() -> None:
    """An installed (or frozen) LiveHelper starts from compiled bytecode. Where PYTHONDONTWRITEBYTECODE is set, as
    on some developer machines, every measured run would compile the sources again: compile them once here."""
    import livehelper

    compileall.compile_dir(Path(livehelper.__file__).parent, quiet=1)


def measure_until(command: list[str], marker: str, settings: Settings) -> Measurement:
    compile_bytecode()
    env = bench_env()
    baseline = bare_window_command()
    return compare(lambda: time_until_line(command, marker, env),
                   lambda: time_until_line(baseline, BASELINE_DONE, env), settings)


def demo_command(settings: Settings) -> list[str]:
    data_dir = settings.workdir / "startup-demo"
    command = livehelper_command(data_dir, "--demo")
    if not data_dir.exists():
        run_command(command, bench_env())  # creates and seeds the demo database; not measured
    return command


@benchmark("startup_first_window", budget=1.5, unit="s")
def startup_first_window(settings: Settings) -> Measurement:
    return measure_until(demo_command(settings), WINDOW_SHOWN, settings)


@benchmark("startup", budget=3.0, unit="s")
def startup(settings: Settings) -> Measurement:
    return measure_until(demo_command(settings), SELFTEST_DONE, settings)


@benchmark("startup_100k", budget=3.5, unit="s")
def startup_100k(settings: Settings) -> Measurement:
    from bench.shipping_queue import TASKS, fill_queue  # (shipping_queue imports this module)

    data_dir = settings.workdir / "startup-100k"
    command = livehelper_command(data_dir)  # no --demo: it would only count the rows of a non-empty database
    run_command(command, bench_env())  # creates and migrates an empty database; not measured
    fill_queue(find_database(data_dir), TASKS)
    return measure_until(command, SELFTEST_DONE, settings)
