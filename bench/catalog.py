"""The catalog table with 100,000 products: search and sort through the Qt model against raw sqlite3.

Both sides run the same SQL work (a LIKE filter on four columns, ORDER BY, the first page of 256 rows);
the value adds SQLAlchemy, the model's row objects and Qt's reset and insert signals.
"""

from __future__ import annotations

import os
import sqlite3
import time

from bench._harness import Measurement, Settings, bench_env, benchmark, compare, run_command
from bench.startup import BIG_CATALOG, fill_products, find_database, livehelper_command

SEARCHES = ("小米", "巨鹿 050", "BENCH-09", "沁县")
PAGE = 256


def _raw_search(connection: sqlite3.Connection) -> float:
    start = time.perf_counter()
    for text in SEARCHES:
        sql = "SELECT id, name, spec, price_fen, stock, merchant_code, origin, active FROM products WHERE 1=1"
        params: list[str] = []
        for word in text.split():
            sql += " AND (name LIKE ? OR spec LIKE ? OR merchant_code LIKE ? OR origin LIKE ?)"
            params += [f"%{word}%"] * 4
        connection.execute(sql + " ORDER BY price_fen DESC, id DESC LIMIT ?", [*params, PAGE]).fetchall()
    return time.perf_counter() - start


@benchmark("catalog_search_100k", budget=1.5, unit="s")
def catalog_search_100k(settings: Settings) -> Measurement:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from livehelper.services.context import open_context
    from livehelper.ui.catalog.table_model import COLUMN_FIELDS, ProductTableModel

    data_dir = settings.workdir / "catalog-100k"
    run_command(livehelper_command(data_dir), bench_env())
    database = find_database(data_dir)
    fill_products(database, BIG_CATALOG)
    app = QApplication.instance() or QApplication([])
    context = open_context(data_dir)
    model = ProductTableModel(context.catalog)
    model.sort(COLUMN_FIELDS.index("price_fen"), Qt.SortOrder.DescendingOrder)
    raw = sqlite3.connect(database)

    def through_the_model() -> float:
        start = time.perf_counter()
        for text in SEARCHES:
            model.set_query(model.query.__class__(text=text, sort="price_fen", descending=True))
            assert model.rowCount() <= PAGE
        return time.perf_counter() - start

    try:
        return compare(through_the_model, lambda: _raw_search(raw), settings)
    finally:
        raw.close()
        context.close()
        del app
