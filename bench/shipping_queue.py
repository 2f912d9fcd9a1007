"""The shipping queue with 100,000 orders and tasks: first paint, filtering, and the memory the workspace adds.

DESIGN / issue 5: with 100,000 tasks the queue paints first within 300 ms, filters within 100 ms, and adds at most
150 MB. Everything runs in this process on the offscreen platform against a real SQLite file filled with raw
executemany after open_database created the schema. The baselines are those fixed targets (as in live_ui.py), so
the ratio is the share of the budget used.
"""

from __future__ import annotations

import os
import resource
import sqlite3
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bench._harness import BenchError, Measurement, Settings, benchmark, compare
from bench.startup import sqlalchemy_timestamp

TASKS = 100_000
FIRST_PAINT_MS = 300.0
FILTER_MS = 100.0
MEMORY_MB = 150.0
SCROLLED_PAGES = 40  # the memory figure includes scrolling through this many pages of the queue
TEXT_FILTER = "金银花"  # an item title: a third of the tasks match
STATES = ("pending", "pending", "packing", "packed", "shipped", "shipped", "shipped", "problem", "cancelled")
HELPERS = ("", "李姐", "王叔", "小张")
ITEMS = (("米脂黄小米 2.5kg 包邮", "MZ-XM-2500", 3990), ("巨鹿金银花 50g 罐装", "JL-JYH-50", 3600),
         ("小米锅巴 香辣味 3袋", "XM-GB-600", 1990))
CITIES = (("陕西省", "榆林市", "米脂县"), ("山东省", "济南市", "历下区"), ("河北省", "邢台市", "巨鹿县"))
_QUIET = ("propagateSizeHints", "does not support raise")


def fill_queue(database: Path, count: int) -> None:
    """`count` paid orders with one or two lines and a packing task each, written with raw sqlite3."""
    now = datetime.now(UTC)
    orders, items, tasks = [], [], []
    for i in range(1, count + 1):
        stamp = sqlalchemy_timestamp(now - timedelta(minutes=count - i))
        province, city, district = CITIES[i % len(CITIES)]
        state = STATES[i % len(STATES)]
        order_no = f"{3_300_000_000_000 + i * 7919}"
        orders.append((i, "taobao" if i % 2 else "douyin", order_no, "买家已付款，等待卖家发货", 3990, 0,
                       f"买家{i % 97}", f"138{i % 100_000_000:08d}", "幸福路 8号", province, city, district,
                       "要新米" if i % 11 == 0 else "", stamp, stamp, stamp, stamp))
        title, code, price = ITEMS[i % len(ITEMS)]
        items.append((i, 0, title, 1 + i % 3, price, code, (i % len(ITEMS)) + 1))
        if i % 4 == 0:
            title, code, price = ITEMS[(i + 1) % len(ITEMS)]
            items.append((i, 1, title, 1, price, code, ((i + 1) % len(ITEMS)) + 1))
        shipped = state == "shipped"
        tasks.append((i, i, state, HELPERS[i % len(HELPERS)] if state != "pending" else "", "ZTO" if shipped else "",
                      f"7{i:013d}" if shipped else None, "地址不详" if state == "problem" else "", 1, stamp, stamp))
    connection = sqlite3.connect(database)
    try:
        with connection:
            connection.executemany(
                "INSERT INTO orders (id, platform, order_no, status, amount_fen, shipping_fen, buyer_name, buyer_phone,"
                " address, province, city, district, buyer_note, created_at, paid_at, imported_at, updated_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", orders)
            connection.executemany(
                "INSERT INTO order_items (order_id, position, title, qty, unit_price_fen, merchant_code, product_id)"
                " VALUES (?,?,?,?,?,?,?)", items)
            connection.executemany(
                "INSERT INTO packing_tasks (id, order_id, state, assignee, courier, tracking_no, problem_reason,"
                " version, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)", tasks)
        connection.execute("ANALYZE")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def _application() -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    def quiet(_kind: QtMsgType, _context: object, message: str) -> None:
        if not any(part in message for part in _QUIET):
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)
    return QApplication.instance() or QApplication([])


def rss_mb() -> float:
    """Resident memory of this process now (Linux), else its peak so far."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@dataclass
class Queue:
    """A prepared 100,000-task database, its context and event bridge (kept for every run)."""

    app: Any
    context: Any
    bridge: Any
    seed_ids: list[int]

    def close(self) -> None:
        self.bridge.stop()
        self.context.close()


_prepared: dict[Path, Queue] = {}


def queue(settings: Settings) -> Queue:
    folder = settings.workdir / "shipping-100k"
    if folder in _prepared:
        return _prepared[folder]
    app = _application()
    from livehelper.domain.product import ProductDraft
    from livehelper.services.context import open_context
    from livehelper.storage.engine import open_database, resolve_url
    from livehelper.ui.bridge import EventBridge

    folder.mkdir(parents=True, exist_ok=True)
    database = open_database(resolve_url(None, folder))
    path = Path(str(database.engine.url.database))
    database.dispose()
    fill_queue(path, TASKS)
    context = open_context(folder)
    for title, code, price in ITEMS:  # products 1-3, which the item lines point at
        name, spec = title.split()[:2]
        context.catalog.create(ProductDraft(name=name, spec=spec, price_fen=price, stock=10_000, merchant_code=code))
    if context.tasks.count() < TASKS:
        raise BenchError(f"the queue holds {context.tasks.count()} tasks, not {TASKS}")
    prepared = Queue(app, context, EventBridge(context.events), [])
    _prepared[folder] = prepared
    return prepared


class _Painted:
    """Waits until the table's viewport has painted while showing at least one row."""

    def __init__(self, workspace: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        model = workspace.model
        outer = self

        class Filter(QObject):
            def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint and model.rowCount() > 0:
                    outer.painted = True
                return False

        self.painted = False
        self._filter = Filter()
        workspace.table.viewport().installEventFilter(self._filter)

    def wait(self, app: Any, what: str, timeout_s: float = 10.0) -> None:
        self.painted = False
        limit = time.perf_counter() + timeout_s
        while not self.painted:
            app.processEvents()
            if time.perf_counter() > limit:
                raise BenchError(f"the shipping queue never painted rows after {what}")


def _workspace(prepared: Queue) -> tuple[Any, _Painted]:
    from livehelper.ui.shipping.workspace import ShippingWorkspace

    workspace = ShippingWorkspace(prepared.context, prepared.bridge)
    workspace.resize(1280, 800)
    return workspace, _Painted(workspace)


def _dispose(prepared: Queue, workspace: Any) -> None:
    workspace.close()
    workspace.deleteLater()
    prepared.app.processEvents()


def first_paint_ms(prepared: Queue) -> float:
    start = time.perf_counter()
    workspace, painted = _workspace(prepared)
    workspace.show()
    painted.wait(prepared.app, "opening")
    elapsed = (time.perf_counter() - start) * 1000
    _dispose(prepared, workspace)
    return elapsed


def filter_ms(prepared: Queue, narrow: Callable[[Any], None], expected: Callable[[Any], bool]) -> float:
    workspace, painted = _workspace(prepared)
    workspace.show()
    painted.wait(prepared.app, "opening")
    start = time.perf_counter()
    narrow(workspace)
    painted.wait(prepared.app, "filtering")
    elapsed = (time.perf_counter() - start) * 1000
    if not expected(workspace):
        raise BenchError("the filtered queue does not show what the filter asks for")
    _dispose(prepared, workspace)
    return elapsed


def _by_text(workspace: Any) -> None:
    workspace.filters.search.setText(TEXT_FILTER)
    workspace.filters.apply_now()  # the bench measures the filter, not the typing pause


def _text_shown(workspace: Any) -> bool:
    first = workspace.model.task_at(0)
    return first is not None and any(TEXT_FILTER in item.title for item in first.items)


def _by_state(workspace: Any) -> None:
    from livehelper.domain.tasks import TaskState

    workspace.tabs.set_state(TaskState.PACKING)


def _state_shown(workspace: Any) -> bool:
    from livehelper.domain.tasks import TaskState

    first = workspace.model.task_at(0)
    return first is not None and first.state == TaskState.PACKING and workspace.model.rowCount() < TASKS


def memory_added_mb(prepared: Queue) -> float:
    import gc

    gc.collect()
    before = rss_mb()
    workspace, painted = _workspace(prepared)
    workspace.show()
    painted.wait(prepared.app, "opening")
    table = workspace.table
    bar = table.verticalScrollBar()
    for page in range(SCROLLED_PAGES):
        bar.setValue(int(bar.maximum() * page / SCROLLED_PAGES))
        table.viewport().update()
        painted.wait(prepared.app, "scrolling")
    _by_text(workspace)
    painted.wait(prepared.app, "filtering")
    added = rss_mb() - before
    _dispose(prepared, workspace)
    return added


@benchmark("shipping_first_paint_100k", budget=1.0, unit="ms")
def shipping_first_paint_100k(settings: Settings) -> Measurement:
    prepared = queue(settings)
    return compare(lambda: first_paint_ms(prepared), lambda: FIRST_PAINT_MS, settings)


@benchmark("shipping_text_filter_100k", budget=1.0, unit="ms")
def shipping_text_filter_100k(settings: Settings) -> Measurement:
    prepared = queue(settings)
    return compare(lambda: filter_ms(prepared, _by_text, _text_shown), lambda: FILTER_MS, settings)


@benchmark("shipping_state_filter_100k", budget=1.0, unit="ms")
def shipping_state_filter_100k(settings: Settings) -> Measurement:
    prepared = queue(settings)
    return compare(lambda: filter_ms(prepared, _by_state, _state_shown), lambda: FILTER_MS, settings)


@benchmark("shipping_memory_100k", budget=1.0, unit="MB")
def shipping_memory_100k(settings: Settings) -> Measurement:
    prepared = queue(settings)
    # The first workspace pays for Qt's one-off costs (fonts, styles) too: the figure is the worst run.
    measured = compare(lambda: memory_added_mb(prepared), lambda: MEMORY_MB, settings, warmup=0)
    return Measurement(max(measured.value_samples), MEMORY_MB, measured.value_samples, measured.baseline_samples)
