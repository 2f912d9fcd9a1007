"""The live service on real SQLite files and PostgreSQL databases: sessions, tallies and their durability, undo,
oversell, explain switches, resume after a crash, stop and the report, and tallies from several threads at once."""

import csv
import io
import sqlite3
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest

from livehelper.domain.errors import ConflictError, NotFoundError, ValidationError
from livehelper.domain.live import Platform, minute_of
from livehelper.domain.money import format_fen
from livehelper.domain.product import MAX_STOCK, Product, ProductDraft
from livehelper.services.context import AppContext, open_context
from livehelper.services.live.report import build_report, history, report_csv
from livehelper.services.live.session_state import OversellError, PendingTally
from livehelper.storage.engine import DB_FILE_NAME

MILLET = ProductDraft(name="米脂黄小米", spec="2.5kg/袋", price_fen=3990, stock=126, merchant_code="MZ-XM-2500")
HONEYSUCKLE = ProductDraft(name="巨鹿金银花", spec="50g/罐", price_fen=2990, stock=8, merchant_code="JL-JYH-50")
CRISPS = ProductDraft(name="小米锅巴", spec="200g/袋", price_fen=1990, stock=240, merchant_code="XM-GB-200")
TIMEOUT = 30.0


@pytest.fixture
def products(context: AppContext) -> list[Product]:
    return [context.catalog.create(draft) for draft in (MILLET, HONEYSUCKLE, CRISPS)]


@pytest.fixture
def reopened() -> Iterator[list[AppContext]]:
    """Contexts a test opens again on the same data folder (closed at the end)."""
    opened: list[AppContext] = []
    yield opened
    for ctx in opened:
        ctx.close()


def reopen(context: AppContext, opened: list[AppContext]) -> AppContext:
    """Close the way a crash would leave things (no stop), then open the same folder again."""
    context.live.close()
    context.database.dispose()
    fresh = open_context(context.data_dir)
    opened.append(fresh)
    return fresh


class QmarkConnection:
    """A PostgreSQL connection that takes sqlite3's ? placeholders, so one query text serves both backends."""

    def __init__(self, connection) -> None:
        self._connection = connection

    def execute(self, sql: str, parameters: tuple = ()):
        return self._connection.execute(sql.replace("?", "%s"), parameters)

    def commit(self) -> None:
        self._connection.commit()


@contextmanager
def raw_db(context: AppContext) -> Iterator[sqlite3.Connection | QmarkConnection]:
    """A connection of the database driver itself, beside the service's own."""
    if not context.database.is_sqlite:
        connection = context.database.engine.raw_connection()
        try:
            yield QmarkConnection(connection.driver_connection)
        finally:
            connection.close()
        return
    with closing(sqlite3.connect(context.data_dir / DB_FILE_NAME, timeout=TIMEOUT)) as connection:
        yield connection


def tally_rows(context: AppContext, session_id: int) -> list[tuple]:
    with raw_db(context) as db:
        return db.execute("SELECT id, product_id, qty, unit_price_fen, source, void FROM tally_events "
                          "WHERE session_id = ? ORDER BY id", (session_id,)).fetchall()


@contextmanager
def disk_held(context: AppContext) -> Iterator[None]:
    """Hold SQLite's write lock from another connection, so the tally writer has to wait (busy_timeout)."""
    if not context.database.is_sqlite:  # PostgreSQL: the same wait, on a lock of the tallies' table
        with context.database.engine.begin() as connection:
            connection.exec_driver_sql("LOCK TABLE tally_events IN EXCLUSIVE MODE")
            yield
        return
    with closing(sqlite3.connect(context.data_dir / DB_FILE_NAME, isolation_level=None)) as db:
        db.execute("BEGIN IMMEDIATE")
        try:
            yield
        finally:
            db.execute("COMMIT")


def start(context: AppContext, products: list[Product], **options) -> int:
    options.setdefault("goal_fen", 100_000)
    snapshot = context.live.start("米脂杂粮专场", Platform.DOUYIN, options.pop("goal_fen"),
                                  [p.id for p in products], **options)
    return snapshot.session.id


def session_count(context: AppContext) -> int:
    with raw_db(context) as db:
        return db.execute("SELECT count(*) FROM live_sessions").fetchone()[0]


# starting

@pytest.mark.parametrize(("title", "goal", "lineup", "field"), [
    ("  ", 100, [0], "title"),
    ("", 100, [0], "title"),
    ("晚场", -1, [0], "goal_fen"),
    ("晚场", 100, [], "lineup"),
    ("晚场", 100, [0, 1, 0], "lineup"),
])
def test_start_validates(context, products, title, goal, lineup, field):
    with pytest.raises(ValidationError) as caught:
        context.live.start(title, Platform.TAOBAO, goal, [products[i].id for i in lineup])
    assert caught.value.field_name == field
    assert not context.live.active
    assert context.live.unfinished_session() is None
    assert session_count(context) == 0


def test_start_with_an_unknown_product_is_refused(context, products):
    with pytest.raises(NotFoundError):
        context.live.start("晚场", Platform.TAOBAO, 0, [products[0].id, 999_999])
    assert context.live.unfinished_session() is None
    assert session_count(context) == 0


def test_start(context, products):
    snapshot = context.live.start("  米脂杂粮专场  ", Platform.KUAISHOU, 300_000, [p.id for p in products[::-1]])
    assert snapshot.session.title == "米脂杂粮专场"
    assert snapshot.session.platform == Platform.KUAISHOU
    assert snapshot.session.goal_fen == 300_000
    assert snapshot.session.ended_at is None
    assert [(e.position, e.product.id, e.oversell_allowed) for e in snapshot.lineup] == [
        (1, products[2].id, False), (2, products[1].id, False), (3, products[0].id, False)]
    assert context.live.entry_at(2).product == products[1]
    with pytest.raises(NotFoundError):
        context.live.entry_at(4)
    assert (snapshot.totals.items, snapshot.totals.revenue_fen, snapshot.pending) == (0, 0, 0)
    assert list(snapshot.totals.per_product) == [products[2].id, products[1].id, products[0].id]
    assert snapshot.remaining(products[1].id) == HONEYSUCKLE.stock
    assert context.live.active
    assert context.live.unfinished_session() == snapshot.session
    assert context.live.snapshot().explaining == products[2].id  # the first of the line-up
    assert context.prompter.state().deck_title == context.cues.deck_for_product(products[2].id).title
    assert context.live.per_minute(30) == [0] * 30


def test_start_returns_the_snapshot_with_the_first_product_explained(context, products):
    snapshot = context.live.start("晚场", Platform.DOUYIN, 0, [p.id for p in products])
    assert snapshot.explaining == products[0].id


def test_a_second_session_while_one_runs_is_a_conflict(context, products, reopened):
    session_id = start(context, products)
    with pytest.raises(ConflictError):
        context.live.start("第二场", Platform.TAOBAO, 0, [products[0].id])
    # another process (a second window, the LAN server) sees the running session too
    other = open_context(context.data_dir)
    reopened.append(other)
    with pytest.raises(ConflictError):
        other.live.start("第二场", Platform.TAOBAO, 0, [products[0].id])
    assert session_count(context) == 1
    assert context.live.snapshot().session.id == session_id


def test_a_start_time_in_local_time_is_kept_as_that_instant(context, products):
    beijing = timezone(timedelta(hours=8))
    started = datetime(2026, 5, 1, 20, 0, tzinfo=beijing)
    snapshot = context.live.start("晚场", Platform.DOUYIN, 0, [products[0].id], started_at=started)
    assert snapshot.session.started_at == started  # the same instant: 12:00 UTC


def test_no_session_no_live_actions(context, products):
    assert not context.live.active
    for action in (context.live.snapshot, lambda: context.live.tally(products[0].id), context.live.undo_last,
                   lambda: context.live.explain(products[0].id), context.live.stop, context.live.elapsed):
        with pytest.raises(ConflictError):
            action()


# tallies

def test_a_tally_shows_at_once_and_is_stored_with_its_price_of_that_moment(context, products):
    millet = products[0]
    session_id = start(context, products)
    first = context.live.tally(millet.id, 2)
    snapshot = context.live.snapshot()  # no waiting: the number on screen is already there
    assert snapshot.totals.items == 2
    assert snapshot.totals.revenue_fen == 2 * 3990
    assert snapshot.totals.per_product[millet.id].items == 2
    assert snapshot.remaining(millet.id) == MILLET.stock - 2
    assert first.tally.qty == 2 and first.tally.unit_price_fen == 3990 and first.tally.source == "desktop"
    assert first.tally.at.tzinfo is not None
    first_id = first.durable.result(TIMEOUT)
    context.live.wait_durable(TIMEOUT)
    assert tally_rows(context, session_id) == [(first_id, millet.id, 2, 3990, "desktop", 0)]

    context.catalog.update(millet.id, replace(MILLET, price_fen=2990))
    second = context.live.tally(millet.id, 1, source="lan")
    assert second.tally.unit_price_fen == 2990
    second_id = second.durable.result(TIMEOUT)
    assert second_id > first_id
    context.live.wait_durable(TIMEOUT)
    assert tally_rows(context, session_id) == [(first_id, millet.id, 2, 3990, "desktop", 0),
                                               (second_id, millet.id, 1, 2990, "lan", 0)]
    assert context.live.snapshot().totals.revenue_fen == 2 * 3990 + 2990
    assert context.live.snapshot().pending == 0
    with raw_db(context) as db:
        stored_at = db.execute("SELECT created_at FROM tally_events WHERE id = ?", (first_id,)).fetchone()[0]
    if isinstance(stored_at, datetime):  # PostgreSQL keeps the instant itself
        assert stored_at == first.tally.at
    else:
        assert stored_at.startswith(first.tally.at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S"))  # UTC on disk


def test_a_tally_is_pending_until_the_disk_has_it(context, products):
    session_id = start(context, products)
    context.live.wait_durable(TIMEOUT)
    with disk_held(context):
        pending = context.live.tally(products[0].id, 3)
        assert not pending.durable.done()
        snapshot = context.live.snapshot()
        assert snapshot.pending == 1
        assert snapshot.totals.items == 3
    tally_id = pending.durable.result(TIMEOUT)
    context.live.wait_durable(TIMEOUT)
    assert context.live.snapshot().pending == 0
    assert [row[0] for row in tally_rows(context, session_id)] == [tally_id]


@contextmanager
def disk_refuses_tallies(context: AppContext) -> Iterator[None]:
    """A storage failure on the next tally writes (a real SQLite error, raised by a trigger)."""
    if not context.database.is_sqlite:
        with raw_db(context) as db:
            db.execute("CREATE FUNCTION refuse_tally() RETURNS trigger LANGUAGE plpgsql AS "
                       "$$ BEGIN RAISE EXCEPTION 'disk I/O error'; END $$")
            db.execute("CREATE TRIGGER refuse_tally BEFORE INSERT ON tally_events "
                       "FOR EACH ROW EXECUTE FUNCTION refuse_tally()")
            db.commit()
            try:
                yield
            finally:
                db.execute("DROP TRIGGER refuse_tally ON tally_events")
                db.execute("DROP FUNCTION refuse_tally()")
                db.commit()
        return
    with closing(sqlite3.connect(context.data_dir / DB_FILE_NAME, timeout=TIMEOUT)) as db:
        db.execute("CREATE TRIGGER refuse_tally BEFORE INSERT ON tally_events BEGIN "
                   "SELECT RAISE(ABORT, 'disk I/O error'); END")
        db.commit()
        try:
            yield
        finally:
            db.execute("DROP TRIGGER refuse_tally")
            db.commit()


def test_a_tally_the_disk_refused_stays_marked_pending(context, products):
    start(context, products)
    context.live.wait_durable(TIMEOUT)
    with disk_refuses_tallies(context):
        pending = context.live.tally(products[0].id, 2)
        with pytest.raises(Exception, match="disk I/O error"):
            pending.durable.result(TIMEOUT)  # the LAN API answers with an error instead of 201
    assert context.live.snapshot().pending == 1  # the screen never shows it as stored


def test_a_tally_the_disk_refused_is_not_silently_lost(context, products):
    session_id = start(context, products)
    context.live.wait_durable(TIMEOUT)
    with disk_refuses_tallies(context):
        context.live.tally(products[0].id, 2)
        with pytest.raises(Exception):  # noqa: B017 - any error that names the failure will do
            context.live.wait_durable(TIMEOUT)
        with pytest.raises(Exception):  # noqa: B017
            context.live.stop()  # ending now would drop a tally the streamer saw on screen
    assert context.live.unfinished_session().id == session_id


def test_a_tally_the_disk_refused_is_stored_once_the_disk_takes_it_again(context, products):
    session_id = start(context, products)
    with disk_refuses_tallies(context):
        kept = context.live.tally(products[0].id, 2)
        undone = context.live.tally(products[1].id, 1)
        with pytest.raises(Exception):  # noqa: B017 - any error that names the failure will do
            kept.durable.result(TIMEOUT)
        context.live.undo_last()  # undone while it was still unsaved: stored as void
        with pytest.raises(Exception):  # noqa: B017
            context.live.wait_durable(TIMEOUT)
        assert context.live.snapshot().pending == 2
    assert context.live.retry_unsaved() == 2  # what the retry timer does a few seconds later
    context.live.wait_durable(TIMEOUT)
    assert context.live.snapshot().pending == 0
    rows = tally_rows(context, session_id)
    assert [(row[2], row[5]) for row in rows] == [(2, 0), (1, 1)]
    assert undone.tally.key != kept.tally.key
    context.live.stop()
    assert context.live.unfinished_session() is None


@pytest.mark.parametrize("qty", [0, -1, 1000, 10**9])
def test_a_tally_is_1_to_999_items(context, products, qty):
    start(context, products)
    with pytest.raises(ValidationError) as caught:
        context.live.tally(products[2].id, qty)
    assert caught.value.field_name == "qty"
    assert context.live.snapshot().totals.items == 0


def test_a_tally_of_999_items(context, products):
    session_id = start(context, products)
    context.live.tally(products[2].id, 999, allow_oversell=True).durable.result(TIMEOUT)
    assert context.live.snapshot().totals.items == 999
    assert tally_rows(context, session_id)[0][2] == 999


def test_a_tally_on_a_product_outside_the_lineup_is_refused(context, products):
    session_id = start(context, products[:2])
    with pytest.raises(NotFoundError):
        context.live.tally(products[2].id)
    with pytest.raises(NotFoundError):
        context.live.tally(999_999)
    context.live.wait_durable(TIMEOUT)
    assert context.live.snapshot().totals.items == 0
    assert tally_rows(context, session_id) == []


# undo

def test_undo_marks_the_newest_tally_void_and_keeps_it(context, products):
    millet, honeysuckle = products[0], products[1]
    session_id = start(context, products)
    a = context.live.tally(millet.id, 2)
    b = context.live.tally(honeysuckle.id, 1)
    ids = [a.durable.result(TIMEOUT), b.durable.result(TIMEOUT)]
    undone = context.live.undo_last()
    assert undone is not None and undone.void and undone.key == b.tally.key and undone.product_id == honeysuckle.id
    snapshot = context.live.snapshot()
    assert (snapshot.totals.items, snapshot.totals.revenue_fen) == (2, 2 * 3990)
    assert snapshot.totals.per_product[honeysuckle.id].items == 0
    context.live.wait_durable(TIMEOUT)
    assert [(row[0], row[5]) for row in tally_rows(context, session_id)] == [(ids[0], 0), (ids[1], 1)]

    assert context.live.undo_last().key == a.tally.key
    assert context.live.undo_last() is None  # nothing left to undo
    context.live.wait_durable(TIMEOUT)
    assert [(row[0], row[5]) for row in tally_rows(context, session_id)] == [(ids[0], 1), (ids[1], 1)]
    assert context.live.snapshot().totals.items == 0
    assert context.live.per_minute(5) == [0] * 5


def test_undo_of_a_tally_that_is_still_pending(context, products):
    session_id = start(context, products)
    kept = context.live.tally(products[0].id, 1)
    kept.durable.result(TIMEOUT)
    with disk_held(context):
        pending = context.live.tally(products[2].id, 5)
        assert not pending.durable.done()
        undone = context.live.undo_last()
        assert undone is not None and undone.key == pending.tally.key and undone.id is None
        assert context.live.snapshot().totals.items == 1
    tally_id = pending.durable.result(TIMEOUT)
    context.live.wait_durable(TIMEOUT)
    rows = tally_rows(context, session_id)
    assert [(row[0], row[2], row[5]) for row in rows] == [(kept.durable.result(), 1, 0), (tally_id, 5, 1)]
    assert context.live.snapshot().totals.items == 1


# oversell

def test_selling_past_the_stock_asks_once_then_allows(context, products, reopened):
    honeysuckle, millet = products[1], products[0]  # 8 in stock
    session_id = start(context, products)
    context.live.tally(honeysuckle.id, 6)
    with pytest.raises(OversellError) as caught:
        context.live.tally(honeysuckle.id, 3)
    assert caught.value.product_id == honeysuckle.id
    assert "2" in str(caught.value)  # how many are left
    assert context.live.snapshot().totals.items == 6  # nothing was tallied
    context.live.tally(honeysuckle.id, 3, allow_oversell=True)
    context.live.tally(honeysuckle.id, 1)  # asked once: now allowed without asking
    snapshot = context.live.snapshot()
    assert snapshot.totals.per_product[honeysuckle.id].items == 10
    assert snapshot.remaining(honeysuckle.id) == -2
    assert [e.oversell_allowed for e in snapshot.lineup] == [False, True, False]
    with pytest.raises(OversellError):  # only that product
        context.live.tally(millet.id, MILLET.stock + 1)
    context.live.wait_durable(TIMEOUT)
    with raw_db(context) as db:
        flags = db.execute("SELECT product_id, oversell_allowed FROM session_products WHERE session_id = ? "
                           "ORDER BY position", (session_id,)).fetchall()
    assert flags == [(millet.id, 0), (honeysuckle.id, 1), (products[2].id, 0)]
    assert [row[2] for row in tally_rows(context, session_id)] == [6, 3, 1]

    fresh = reopen(context, reopened)
    snapshot = fresh.live.resume(session_id)
    assert [e.oversell_allowed for e in snapshot.lineup] == [False, True, False]
    fresh.live.tally(honeysuckle.id, 1).durable.result(TIMEOUT)  # still allowed after resuming
    with pytest.raises(OversellError):
        fresh.live.tally(millet.id, MILLET.stock + 1)


def test_an_exact_sell_out_is_not_an_oversell(context, products):
    start(context, products)
    context.live.tally(products[1].id, HONEYSUCKLE.stock)
    assert context.live.snapshot().remaining(products[1].id) == 0
    with pytest.raises(OversellError):
        context.live.tally(products[1].id, 1)


def test_an_undone_tally_gives_its_stock_back(context, products):
    start(context, products)
    context.live.tally(products[1].id, HONEYSUCKLE.stock)
    context.live.undo_last()
    assert context.live.snapshot().remaining(products[1].id) == HONEYSUCKLE.stock
    context.live.tally(products[1].id, HONEYSUCKLE.stock)  # no question asked
    assert context.live.snapshot().remaining(products[1].id) == 0


# explaining

def test_explain_switches_the_teleprompter_and_records_time(context, products):
    millet, honeysuckle, crisps = products
    session_id = start(context, products)
    context.live.explain(honeysuckle.id)
    assert context.live.snapshot().explaining == honeysuckle.id
    assert context.prompter.state().deck_title == context.cues.deck_for_product(honeysuckle.id).title
    assert context.prompter.state().deck_title == HONEYSUCKLE.name
    context.live.explain(honeysuckle.id)  # the same again: no new switch
    context.live.explain(None)
    assert context.live.snapshot().explaining is None
    context.live.explain(millet.id)
    assert context.prompter.state().deck_title == MILLET.name
    with pytest.raises(NotFoundError):
        context.live.explain(999_999)
    assert context.live.snapshot().explaining == millet.id
    explained = {pid: t.explained for pid, t in context.live.snapshot().totals.per_product.items()}
    assert explained[millet.id] > timedelta(0)
    assert explained[honeysuckle.id] > timedelta(0)
    assert explained[crisps.id] == timedelta(0)
    context.live.wait_durable(TIMEOUT)
    with raw_db(context) as db:
        switches = db.execute("SELECT product_id FROM explain_switches WHERE session_id = ? ORDER BY id",
                              (session_id,)).fetchall()
    assert [pid for (pid,) in switches] == [millet.id, honeysuckle.id, None, millet.id]


# resuming after a crash

def test_resume_after_closing_without_stop(context, products, reopened):
    millet, honeysuckle, crisps = products
    session_id = start(context, products, goal_fen=250_000)
    context.live.tally(millet.id, 2)
    context.live.tally(honeysuckle.id, 3, source="lan")
    context.live.tally(crisps.id, 1)
    context.live.undo_last()
    context.live.tally(honeysuckle.id, 7, allow_oversell=True)
    context.live.explain(honeysuckle.id)
    before = context.live.snapshot()
    # no wait_durable: closing drains what is queued, as the app's shutdown does

    fresh = reopen(context, reopened)
    assert not fresh.live.active
    unfinished = fresh.live.unfinished_session()
    assert unfinished == before.session
    snapshot = fresh.live.resume(unfinished.id)
    assert snapshot.session == before.session
    assert [(e.position, e.product.id, e.oversell_allowed) for e in snapshot.lineup] == [
        (e.position, e.product.id, e.oversell_allowed) for e in before.lineup]
    assert snapshot.explaining == honeysuckle.id
    assert fresh.prompter.state().deck_title == HONEYSUCKLE.name
    assert (snapshot.totals.items, snapshot.totals.revenue_fen) == (12, 2 * 3990 + 10 * 2990)
    assert {pid: t.items for pid, t in snapshot.totals.per_product.items()} == {
        millet.id: 2, honeysuckle.id: 10, crisps.id: 0}
    assert snapshot.pending == 0
    assert snapshot.totals.per_product[honeysuckle.id].explained > timedelta(0)
    assert sum(fresh.live.per_minute(30)) == 12

    # the resumed log goes on: a stored tally can be undone, new ones are added
    assert fresh.live.undo_last().qty == 7
    fresh.live.tally(millet.id, 1).durable.result(TIMEOUT)
    fresh.live.wait_durable(TIMEOUT)
    rows = tally_rows(fresh, session_id)
    assert [(row[1], row[2], row[4], row[5]) for row in rows] == [
        (millet.id, 2, "desktop", 0), (honeysuckle.id, 3, "lan", 0), (crisps.id, 1, "desktop", 1),
        (honeysuckle.id, 7, "desktop", 1), (millet.id, 1, "desktop", 0)]
    assert fresh.live.snapshot().totals.items == 6


def test_resume_of_a_session_that_does_not_exist(context):
    with pytest.raises(NotFoundError):
        context.live.resume(12345)


def test_an_ended_session_cannot_be_resumed(context, products):
    session_id = start(context, products)
    ended = context.live.stop()
    with pytest.raises(ConflictError):
        context.live.resume(session_id)
    assert build_report(context.database, session_id).session.ended_at == ended.ended_at


# stopping and the report

def test_stop_and_the_report(context, products):
    millet, honeysuckle, crisps = products
    session_id = start(context, products, goal_fen=20_000)
    pendings: list[PendingTally] = [context.live.tally(millet.id, 2), context.live.tally(millet.id, 1)]
    context.live.explain(honeysuckle.id)
    pendings += [context.live.tally(honeysuckle.id, 3), context.live.tally(millet.id, 5)]
    context.live.undo_last()
    pendings.pop()
    session = context.live.stop()

    assert session.id == session_id and session.ended_at is not None
    assert not context.live.active
    assert context.live.unfinished_session() is None
    with pytest.raises(ConflictError):
        context.live.snapshot()
    with raw_db(context) as db:
        assert db.execute("SELECT ended_at FROM live_sessions WHERE id = ?", (session_id,)).fetchone()[0]
        last = db.execute("SELECT product_id FROM explain_switches WHERE session_id = ? ORDER BY id DESC LIMIT 1",
                          (session_id,)).fetchone()
    assert last == (None,)  # explaining ends with the session

    report = build_report(context.database, session_id)
    assert report.session == session
    assert report.duration == session.ended_at - session.started_at
    assert report.totals.items == 6
    assert report.totals.revenue_fen == 3 * 3990 + 3 * 2990
    assert report.goal_progress == 1.0
    lines = {line.product_id: line for line in report.lines}
    assert [line.position for line in report.lines] == [1, 2, 3]
    assert [line.name for line in report.lines] == [MILLET.name, HONEYSUCKLE.name, CRISPS.name]
    assert (lines[millet.id].items, lines[millet.id].revenue_fen) == (3, 3 * 3990)
    assert (lines[honeysuckle.id].items, lines[honeysuckle.id].revenue_fen) == (3, 3 * 2990)
    assert (lines[crisps.id].items, lines[crisps.id].revenue_fen) == (0, 0)
    assert lines[millet.id].explained > timedelta(0)
    assert lines[honeysuckle.id].explained > timedelta(0)
    assert lines[crisps.id].explained == timedelta(0)
    assert lines[millet.id].explained + lines[honeysuckle.id].explained <= report.duration
    per_minute = Counter()
    for pending in pendings:
        per_minute[minute_of(pending.tally.at)] += pending.tally.qty
    busiest = max(per_minute.values())
    assert report.busiest[0] == min((m, c) for m, c in per_minute.items() if c == busiest)
    assert sum(report.per_minute) == 6
    assert len(report.per_minute) >= 1


def test_report_csv(context, products):
    session_id = start(context, products[:2])
    context.live.tally(products[0].id, 2)
    context.live.tally(products[1].id, 1)
    context.live.stop()
    data = report_csv(build_report(context.database, session_id))
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0] == ["链接", "商品", "规格", "已售件数", "销售额(元)", "讲解分钟", "每讲解分钟件数"]
    assert len(rows) == 1 + 2 + 1
    assert rows[1][:5] == ["1号链接", MILLET.name, MILLET.spec, "2", format_fen(2 * 3990)]
    assert rows[2][:5] == ["2号链接", HONEYSUCKLE.name, HONEYSUCKLE.spec, "1", format_fen(2990)]
    assert rows[3][0] == "合计"
    assert rows[3][1] == "米脂杂粮专场"
    assert rows[3][3:5] == ["3", format_fen(2 * 3990 + 2990)]
    assert b"\r\n" in data


def test_report_csv_neutralises_a_formula_title(context, products):
    session_id = context.live.start("=HYPERLINK(1)", Platform.TAOBAO, 0, [products[0].id]).session.id
    context.live.stop()
    rows = list(csv.reader(io.StringIO(report_csv(build_report(context.database, session_id)).decode("utf-8-sig"))))
    assert rows[-1][1] == "'=HYPERLINK(1)"


def test_history_is_newest_first(context, products):
    ids = []
    for title in ("早场", "午场", "晚场"):
        ids.append(context.live.start(title, Platform.TAOBAO, 0, [products[0].id]).session.id)
        context.live.tally(products[0].id, 1)
        context.live.stop()
    open_id = start(context, products)  # a running session is not history yet
    reports = history(context.database)
    assert [r.session.id for r in reports] == ids[::-1]
    assert [r.session.title for r in reports] == ["晚场", "午场", "早场"]
    assert all(r.totals.items == 1 for r in reports)
    assert open_id not in [r.session.id for r in reports]
    assert [r.session.id for r in history(context.database, limit=2)] == ids[:0:-1]


def test_a_new_session_after_stop_starts_from_zero(context, products):
    first = start(context, products)
    context.live.tally(products[0].id, 4)
    context.live.stop()
    second = start(context, products)
    snapshot = context.live.snapshot()
    assert snapshot.session.id == second
    assert (snapshot.totals.items, snapshot.totals.revenue_fen) == (0, 0)
    context.live.undo_last()  # nothing of the old session to undo
    context.live.wait_durable(TIMEOUT)
    assert tally_rows(context, second) == []
    assert build_report(context.database, first).totals.items == 4


# several callers at once (the desktop keys and phones on the LAN)

def test_tallies_from_several_threads(context):
    threads, per_thread = 4, 250
    big = [context.catalog.create(ProductDraft(name=f"大礼包{i}", price_fen=100 + i, stock=MAX_STOCK))
           for i in range(2)]
    session_id = start(context, big)
    barrier = threading.Barrier(threads)
    results: list[list[PendingTally]] = [[] for _ in range(threads)]
    errors: list[BaseException] = []

    def work(index: int) -> None:
        try:
            barrier.wait(TIMEOUT)
            for n in range(per_thread):
                product = big[(index + n) % 2]
                results[index].append(context.live.tally(product.id, 1 + n % 3,
                                                         source="desktop" if index % 2 else "lan"))
        except BaseException as error:  # reported below
            errors.append(error)

    workers = [threading.Thread(target=work, args=(i,)) for i in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(TIMEOUT)
    assert not errors
    assert not any(worker.is_alive() for worker in workers)
    everything = [p for batch in results for p in batch]
    assert len(everything) == threads * per_thread
    assert len({p.tally.key for p in everything}) == len(everything)
    expected_items = sum(p.tally.qty for p in everything)
    expected_revenue = sum(p.tally.qty * p.tally.unit_price_fen for p in everything)
    snapshot = context.live.snapshot()
    assert (snapshot.totals.items, snapshot.totals.revenue_fen) == (expected_items, expected_revenue)

    ids = {p.tally.key: p.durable.result(TIMEOUT) for p in everything}
    context.live.wait_durable(TIMEOUT)
    assert context.live.snapshot().pending == 0
    for batch in results:  # each caller's tallies are stored in the order it made them
        stored = [ids[p.tally.key] for p in batch]
        assert stored == sorted(stored)
    rows = tally_rows(context, session_id)
    assert sorted(ids.values()) == [row[0] for row in rows]
    by_id = {row[0]: row for row in rows}
    for p in everything:
        row = by_id[ids[p.tally.key]]
        assert (row[1], row[2], row[3], row[4], row[5]) == (p.tally.product_id, p.tally.qty,
                                                             p.tally.unit_price_fen, p.tally.source, 0)
    assert sum(row[2] for row in rows) == expected_items
    assert Counter(row[4] for row in rows) == {"desktop": 500, "lan": 500}
    assert build_report(context.database, session_id).totals.items == expected_items
