"""Changes made by a second PC on the same database reach this one as reload events (SQLite and PostgreSQL)."""

from __future__ import annotations

import queue
from collections.abc import Iterator
from pathlib import Path

import pytest

from livehelper.domain.adlaw import parse_wordlist
from livehelper.domain.live import Platform
from livehelper.domain.product import ProductDraft
from livehelper.services.context import AppContext, open_context
from livehelper.services.events import ChangeEvent, ChangeKind
from livehelper.services.watch import DataWatcher
from tests.services.task_data import add_products, by_order_no, generic_row, import_rows

JINAN = ("山东省", "济南市", "历下区", "泉城路100号3单元502")
WAIT_SECONDS = 10.0


@pytest.fixture
def other_pc(context: AppContext, data_dir: Path) -> Iterator[AppContext]:
    """A second LiveHelper on the same database (another PC, the command line or a server process)."""
    other = open_context(data_dir)
    assert other.database.engine.url == context.database.engine.url
    yield other
    other.close()


@pytest.fixture
def watcher(context: AppContext) -> Iterator[DataWatcher]:
    """This PC's watcher, not started: tests call check() to look at a moment they choose."""
    watching = DataWatcher(context.database, context.events)
    assert watching.check() == []  # the first look: how things are now
    yield watching
    watching.stop()


def reload_events(context: AppContext) -> queue.Queue[ChangeEvent]:
    received: queue.Queue[ChangeEvent] = queue.Queue()
    context.events.subscribe(lambda event: received.put(event) if not event.ids else None)
    return received


def test_a_product_added_on_another_pc_arrives_as_a_reload_event(context: AppContext, other_pc: AppContext):
    received = reload_events(context)
    watching = DataWatcher(context.database, context.events, interval=0.05)
    watching.start()
    try:
        assert watching.ready.wait(WAIT_SECONDS)
        other_pc.catalog.create(ProductDraft(name="米脂黄小米", price_fen=3990, stock=10))
        event = received.get(timeout=WAIT_SECONDS)
    finally:
        watching.stop()
    assert event == ChangeEvent("product", ChangeKind.UPDATED, ())
    assert not watching.running


def test_nothing_changed_means_no_event(context: AppContext, other_pc: AppContext, watcher: DataWatcher):
    add_products(other_pc)
    assert watcher.check() == ["product"]
    received = reload_events(context)
    assert watcher.check() == [] and watcher.check() == []
    assert received.empty()


def test_our_own_edits_are_not_announced_twice(context: AppContext, other_pc: AppContext, watcher: DataWatcher):
    ids = add_products(context)
    millet = context.catalog.get(ids["MZ-XM-2500"])
    context.catalog.update(millet.id, ProductDraft(name=millet.name, price_fen=4290, stock=5))
    context.catalog.delete(ids["XM-GB-600"])
    context.cues.save_text(context.cues.deck_for_product(millet.id).id, "新米上市", None)
    assert watcher.check() == []

    other_pc.catalog.set_active(millet.id, False)
    assert watcher.check() == ["product"]
    assert watcher.check() == []


def test_another_pcs_edit_in_the_same_moment_as_ours_is_still_announced(
        context: AppContext, other_pc: AppContext, watcher: DataWatcher):
    ids = add_products(context)
    watcher.check()
    context.catalog.set_active(ids["MZ-XM-2500"], False)
    other_pc.catalog.set_active(ids["JL-JYH-50"], False)
    assert watcher.check() == ["product"]


def test_tasks_orders_decks_words_and_tallies_from_another_pc(
        context: AppContext, other_pc: AppContext, watcher: DataWatcher):
    ids = add_products(other_pc)
    import_rows(other_pc, [generic_row("微信", "WX-1", "2026-11-20 20:05", "刘桂兰", "13800138001", JINAN,
                                       "米脂小米", "MZ-XM-2500", 2)])
    assert set(watcher.check()) == {"product", "order", "task"}

    task = by_order_no(other_pc)["WX-1"]
    other_pc.tasks.transition(task.id, "packing", task.version, "王姐")
    assert watcher.check() == ["task"]

    other_pc.cues.save_text(other_pc.cues.deck_for_product(ids["MZ-XM-2500"]).id, "今天的新米", None)
    assert watcher.check() == ["cue_deck"]

    assert not any(word.word == "村里第一香" for word in context.cues.wordlist().banned)
    other_pc.cues.save_user_words(parse_wordlist("kind\tword\treason\nbanned\t村里第一香\t绝对化用语\n"))
    assert watcher.check() == ["adlaw_words"]
    assert any(word.word == "村里第一香" for word in context.cues.wordlist().banned)  # not the cached list

    other_pc.live.start("米脂专场", Platform.DOUYIN, 0, [ids["MZ-XM-2500"]])
    assert watcher.check() == ["live"]
    other_pc.live.tally(ids["MZ-XM-2500"], 2).durable.result(WAIT_SECONDS)
    assert watcher.check() == ["live"]


def test_a_long_running_context_watches_until_closed(data_dir: Path, context: AppContext):
    app = open_context(data_dir, long_running=True)
    try:
        assert app.watcher is not None and app.watcher.running and app.watcher.ready.wait(WAIT_SECONDS)
        received = reload_events(app)
        context.catalog.create(ProductDraft(name="巨鹿金银花", price_fen=2990))
        assert received.get(timeout=WAIT_SECONDS).entity == "product"
    finally:
        app.close()
    assert not app.watcher.running
    assert open_context(data_dir).watcher is None  # one-shot commands do not watch
