"""What another PC on the same database changes shows in this window within moments (services.watch)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from livehelper.domain.tasks import TaskState
from livehelper.services.context import AppContext, open_context
from livehelper.services.watch import DataWatcher
from livehelper.ui.main_window import MainWindow

WAIT_MS = 10_000


@pytest.fixture
def other_pc(demo_context: AppContext) -> Iterator[AppContext]:
    other = open_context(demo_context.data_dir)
    yield other
    other.close()


@pytest.fixture
def watching(demo_context: AppContext) -> Iterator[DataWatcher]:
    watcher = DataWatcher(demo_context.database, demo_context.events, interval=0.05)
    watcher.start()
    assert watcher.ready.wait(10)
    yield watcher
    watcher.stop()


def test_a_product_edited_on_another_pc_shows_in_the_catalog(qtbot, window: MainWindow, other_pc: AppContext,
                                                              watching: DataWatcher, qtmodeltester):
    model = window.catalog.model
    product = model.product_at(0)
    assert product is not None
    other_pc.catalog.update(product.id, replace(product.draft(), name="米脂小米（新米）"), product.version)

    qtbot.waitUntil(lambda: any(model.index(row, 0).data(Qt.ItemDataRole.DisplayRole) == "米脂小米（新米）"
                                for row in range(model.rowCount())), timeout=WAIT_MS)
    qtmodeltester.check(model)


def test_a_task_moved_on_another_pc_shows_in_the_shipping_queue(qtbot, window: MainWindow, other_pc: AppContext,
                                                                 watching: DataWatcher, qtmodeltester):
    window.tabs.setCurrentWidget(window.shipping)
    model = window.shipping.model
    task = next(t for t in other_pc.tasks.by_ids(other_pc.tasks.ids()) if t.state == TaskState.PENDING)
    row = model.row_of(task.id)
    assert row is not None
    other_pc.tasks.transition(task.id, TaskState.PACKING, task.version, "王姐")

    def shows_packing() -> bool:
        current = model.row_of(task.id)
        return current is not None and model.task_at(current).state == TaskState.PACKING  # type: ignore[union-attr]

    qtbot.waitUntil(shows_packing, timeout=WAIT_MS)
    qtmodeltester.check(model)


def test_a_cue_deck_saved_on_another_pc_shows_when_nothing_is_typed(qtbot, window: MainWindow, other_pc: AppContext,
                                                                      watching: DataWatcher):
    from tests.ui.cues.test_cue_workspace import open_product_deck

    window.tabs.setCurrentWidget(window.cues)
    workspace = open_product_deck(window, "开场")
    deck = workspace.deck
    other_pc.cues.save_text(deck.id, "# 新开场\n另一台电脑改的", deck.version)
    qtbot.waitUntil(lambda: workspace.editor.toPlainText() == "# 新开场\n另一台电脑改的", timeout=WAIT_MS)
