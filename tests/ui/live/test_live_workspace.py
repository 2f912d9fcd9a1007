"""The 直播 workspace: starting from the panel, the keys, tallies on screen at once, undo, explain, the durable
mark, oversell, re-bound keys and resuming after a crash — against real SQLite files."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from sqlalchemy import text

from livehelper import prefs
from livehelper.domain.live import Platform
from livehelper.domain.product import ProductDraft
from livehelper.services.context import AppContext, open_context
from livehelper.ui.keys.live_key_dialog import LiveKeysDialog
from livehelper.ui.keys.live_keys import PREFS_KEY, defaults, from_prefs
from livehelper.ui.live.interpreter import (
    AwaitQuantity,
    Cleared,
    Explain,
    ExplainStep,
    LiveAction,
    LiveKeyInterpreter,
    Pick,
    Tally,
    Undo,
)
from livehelper.ui.live.lineup_model import Column
from livehelper.ui.live.workspace import LiveWorkspace
from tests.ui.conftest import show_workspace, type_text

Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
CTRL = Qt.KeyboardModifier.ControlModifier


def make_workspace(qtbot, context: AppContext) -> LiveWorkspace:
    return show_workspace(qtbot, LiveWorkspace, context, 1280, 800)


@pytest.fixture
def workspace(qtbot, demo_context: AppContext) -> Iterator[LiveWorkspace]:
    yield make_workspace(qtbot, demo_context)
    if demo_context.live.active:
        demo_context.live.stop()


def start(workspace: LiveWorkspace, product_ids: list[int], goal: str = "1000") -> None:
    panel = workspace.start_panel
    context = workspace._context
    panel.builder.set_products([context.catalog.get(pid) for pid in product_ids])
    panel.goal_edit.setText(goal)
    QTest.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert workspace.is_running()


def keys(workspace: LiveWorkspace, *presses: str) -> None:
    for press in presses:
        QTest.keyClick(workspace.running.table, press)


def sold(workspace: LiveWorkspace, position: int) -> str:
    model = workspace.running.model
    return model.index(model.row_of_position(position), Column.SOLD).data()


def stock_text(workspace: LiveWorkspace, position: int) -> str:
    model = workspace.running.model
    return model.index(model.row_of_position(position), Column.STOCK).data()


# the interpreter (no Qt)
class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_interpreter_multi_digit_numbers_within_the_window():
    clock = FakeClock()
    keys_ = LiveKeyInterpreter(positions=20, clock=clock)
    assert keys_.feed_digit(1) == Pick(1)
    clock.now += 0.5
    assert keys_.feed_digit(2) == Pick(12)
    assert keys_.feed(LiveAction.TALLY) == Tally(1, 12)
    assert keys_.feed_digit(1) == Pick(1)
    clock.now += 0.9  # too late: a new number
    assert keys_.feed_digit(2) == Pick(2)
    clock.now += 0.1
    assert keys_.feed_digit(5) == Pick(5)  # 25 is beyond the line-up: a new number
    assert keys_.feed_digit(0) is None  # 50 beyond too, and 0 picks nothing
    assert keys_.picked == 5


def test_interpreter_quantity_undo_explain_and_clear():
    keys_ = LiveKeyInterpreter(positions=6, clock=FakeClock())
    keys_.set_picked(3)
    assert keys_.feed(LiveAction.MULTIPLY) == AwaitQuantity(3)
    assert keys_.awaiting_quantity
    assert keys_.feed_digit(4) == Tally(4, 3)
    assert keys_.feed(LiveAction.MULTIPLY) == AwaitQuantity(3)
    assert keys_.feed_digit(0) == Cleared()
    assert keys_.feed(LiveAction.MULTIPLY) == AwaitQuantity(3)
    assert keys_.feed(LiveAction.CLEAR) == Cleared()
    assert not keys_.awaiting_quantity
    assert keys_.feed(LiveAction.UNDO) == Undo()
    assert keys_.feed(LiveAction.EXPLAIN_NEXT) == ExplainStep(1)
    assert keys_.feed(LiveAction.EXPLAIN_PREVIOUS) == ExplainStep(-1)
    assert keys_.feed(LiveAction.EXPLAIN_PICKED) == Explain(3)
    assert LiveKeyInterpreter().feed(LiveAction.TALLY) == Tally(1, None)


def test_bindings_from_prefs_drop_digits_and_duplicates():
    bindings = from_prefs({"tally": ["F13", "5", "Enter"], "undo": ["F13", "F14"], "bogus": ["F1"]})
    assert bindings[LiveAction.TALLY] == ("F13", "Enter")
    assert bindings[LiveAction.UNDO] == ("F14",)
    assert bindings[LiveAction.MULTIPLY] == ("*",)
    assert from_prefs(None) == defaults()


# the start panel
def test_start_from_the_panel(qtbot, workspace, demo_context):
    panel = workspace.start_panel
    builder = panel.builder
    assert not workspace.is_running()
    QTest.keyClicks(panel.goal_edit, "25")  # digits type into the panel: the live keys are not active here
    assert panel.goal_edit.text() == "25"
    panel.goal_edit.clear()

    QTest.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert panel.lineup_error.isVisible() and "Line-up" in panel.lineup_error.text()

    type_text(builder.search, "小米")
    qtbot.waitUntil(lambda: builder.catalog_list.count() == 3)  # 米脂黄小米, 小米锅巴, 富硒小米礼盒
    builder.catalog_list.setCurrentRow(0)
    QTest.mouseClick(builder.add_button, Qt.MouseButton.LeftButton)
    builder.search.clear()
    type_text(builder.search, "金银花")
    qtbot.waitUntil(lambda: builder.catalog_list.count() == 1)
    builder.catalog_list.setCurrentRow(0)
    QTest.mouseClick(builder.add_button, Qt.MouseButton.LeftButton)
    builder.search.clear()
    qtbot.waitUntil(lambda: builder.catalog_list.count() == 6)
    builder.catalog_list.setCurrentRow(2)  # 小米锅巴
    QTest.keyClick(builder.catalog_list, Qt.Key.Key_Return)
    assert [builder.lineup_list.item(i).text().split()[:2] for i in range(3)] == [
        ["1号链接", "米脂黄小米"], ["2号链接", "巨鹿金银花"], ["3号链接", "小米锅巴"]]
    builder.lineup_list.setCurrentRow(1)
    QTest.mouseClick(builder.up_button, Qt.MouseButton.LeftButton)
    assert builder.lineup_list.item(0).text().startswith("1号链接  巨鹿金银花")
    builder.lineup_list.setCurrentRow(2)
    QTest.mouseClick(builder.remove_button, Qt.MouseButton.LeftButton)
    assert builder.lineup_list.count() == 2
    lineup_id = builder.save_named("晚场")
    assert demo_context.live.saved_lineups() == [(lineup_id, "晚场")]
    builder.set_products([])
    QTest.mouseClick(builder.load_button, Qt.MouseButton.LeftButton)
    assert builder.product_ids() == demo_context.live.lineup_products(lineup_id)

    panel.title_edit.clear()
    QTest.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert panel.title_error.isVisible() and "Title" in panel.title_error.text()
    type_text(panel.title_edit, "丰收节专场")
    type_text(panel.goal_edit, "三千")
    QTest.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert panel.goal_error.isVisible() and "Revenue goal" in panel.goal_error.text()
    assert not demo_context.live.active
    panel.goal_edit.setText("¥3,000")
    panel.platform.setCurrentIndex(panel.platform.findData(Platform.DOUYIN.value))
    QTest.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)

    assert workspace.is_running()
    snapshot = demo_context.live.snapshot()
    assert snapshot.session.title == "丰收节专场"
    assert snapshot.session.goal_fen == 300_000
    assert snapshot.session.platform == Platform.DOUYIN
    assert [e.product.name for e in snapshot.lineup] == ["巨鹿金银花", "米脂黄小米"]
    assert workspace.running.items_label.text() == "0"
    assert "抖音" in workspace.running.title.text()
    assert "1号链接 巨鹿金银花" in workspace.running.picked_label.text()  # the product being explained


def test_lineup_model(qtmodeltester, workspace):
    start(workspace, [1, 2, 3, 5])
    keys(workspace, "1", "+")
    qtmodeltester.check(workspace.running.model)
    model = workspace.running.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in Column] == [
        "Link", "Product", "Price", "Sold", "Revenue", "Stock left"]
    assert model.index(0, Column.LINK).data() == "1号链接"
    assert "Explaining" in model.index(0, Column.PRODUCT).data()
    assert stock_text(workspace, 2) == "8 · low"  # 巨鹿金银花: 8 left, low at 10
    assert stock_text(workspace, 4) == "0 · sold out"  # 佳县红枣
    assert stock_text(workspace, 1) == "125"
    assert model.index(0, Column.REVENUE).data() == "¥39.90"


# keys and tallies
def test_number_then_enter_tallies_at_once(workspace, demo_context):
    start(workspace, [1, 2, 3])
    keys(workspace, "2")
    assert "2号链接 巨鹿金银花" in workspace.running.picked_label.text()
    QTest.keyClick(workspace.running.table, Qt.Key.Key_Return)
    # the same call chain showed it: nothing waited for the disk
    assert workspace.running.items_label.text() == "1"
    assert sold(workspace, 2) == "1"
    keys(workspace, "*")
    assert "×" in workspace.running.picked_label.text()
    keys(workspace, "3")
    assert workspace.running.items_label.text() == "4"
    assert sold(workspace, 2) == "4"
    keys(workspace, "+")
    QTest.keyClick(workspace.running.table, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert sold(workspace, 2) == "6"
    assert workspace.running.revenue_label.text() == "¥179.40"
    demo_context.live.wait_durable()
    assert demo_context.live.snapshot().totals.items == 6


def test_two_quick_digits_pick_twelve(workspace, demo_context):
    extra = [demo_context.catalog.create(ProductDraft(name=f"测试商品{i}", price_fen=1000 + i, stock=50)).id
             for i in range(7, 14)]
    start(workspace, [1, 2, 3, 4, 5, 6, *extra])
    keys(workspace, "1", "2")
    assert "12号链接 测试商品12" in workspace.running.picked_label.text()
    assert workspace.running.table.currentIndex().row() == 11
    keys(workspace, "+")
    assert sold(workspace, 12) == "1"
    assert sold(workspace, 1) == "0"
    keys(workspace, "9", "9")  # 99 is beyond the line-up: the second 9 starts again
    assert "9号链接" in workspace.running.picked_label.text()


def test_ctrl_z_voids_the_last_tally(workspace, demo_context):
    start(workspace, [1, 2])
    keys(workspace, "1", "+", "2", "*", "2")
    assert workspace.running.items_label.text() == "3"
    QTest.keyClick(workspace.running.table, Qt.Key.Key_Z, CTRL)
    assert workspace.running.items_label.text() == "1"
    assert "Undone" in workspace.running.status_label.text()
    demo_context.live.wait_durable()
    with demo_context.database.engine.connect() as connection:
        rows = connection.execute(text("SELECT product_id, qty, void FROM tally_events WHERE session_id = :id "
                                       "ORDER BY id"), {"id": demo_context.live.snapshot().session.id}).all()
    assert [tuple(row) for row in rows] == [(1, 1, 0), (2, 2, 1)]


def test_ctrl_arrows_switch_the_explained_product_and_the_teleprompter(workspace, demo_context):
    start(workspace, [1, 2, 3])
    assert demo_context.live.snapshot().explaining == 1
    QTest.keyClick(workspace.running.table, Qt.Key.Key_Right, CTRL)
    assert demo_context.live.snapshot().explaining == 2
    assert "巨鹿金银花" in demo_context.prompter.state().deck_title
    assert "Explaining" in workspace.running.model.index(1, Column.PRODUCT).data()
    assert "2号链接" in workspace.running.picked_label.text()  # +1 now goes to the product explained
    QTest.keyClick(workspace.running.table, Qt.Key.Key_Left, CTRL)
    assert demo_context.live.snapshot().explaining == 1
    assert "米脂黄小米" in demo_context.prompter.state().deck_title
    keys(workspace, "3")
    QTest.keyClick(workspace.running.table, Qt.Key.Key_Return, CTRL)
    assert demo_context.live.snapshot().explaining == 3
    assert demo_context.live.snapshot().totals.items == 0  # Ctrl+Enter explains, it does not tally
    QTest.mouseClick(workspace.running.explain_button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(workspace.running.plus_button, Qt.MouseButton.LeftButton)
    assert sold(workspace, 3) == "1"


def test_durable_mark_follows_the_disk(qtbot, workspace, demo_context):
    start(workspace, [1, 2])
    assert workspace.running.durable_label.text() == "✓ Saved"
    # another program holds the database's write lock: the tally waits in the writer, the screen does not
    blocker = sqlite3.connect(demo_context.database.engine.url.database, isolation_level=None)
    try:
        blocker.execute("BEGIN IMMEDIATE")
        keys(workspace, "1", "+")
        assert workspace.running.items_label.text() == "1"
        assert workspace.running.durable_label.text() == "Saving…"
    finally:
        blocker.execute("COMMIT")
        blocker.close()
    qtbot.waitUntil(lambda: workspace.running.durable_label.text() == "✓ Saved")
    assert demo_context.live.snapshot().pending == 0


def test_one_tally_key_press_builds_the_live_snapshot_once(qtbot, workspace, demo_context, monkeypatch):
    """The workspace shows its own tally in the same call and ignores the service's echo of it (the event names
    the workspace as its origin); the ✓ Saved mark that follows moves without a second snapshot."""
    start(workspace, [1, 2])
    keys(workspace, "1")
    demo_context.live.wait_durable()
    QApplication.processEvents()  # whatever starting queued is delivered before counting
    built = []
    snapshot = demo_context.live.snapshot
    monkeypatch.setattr(demo_context.live, "snapshot", lambda: built.append(1) or snapshot())
    QTest.keyClick(workspace.running.table, Qt.Key.Key_Return)
    assert workspace.running.items_label.text() == "1"
    demo_context.live.wait_durable()  # the durable event is published (queued to the UI thread) by now
    qtbot.waitUntil(lambda: workspace.running.durable_label.text() == "✓ Saved")
    QApplication.processEvents()
    assert len(built) == 1
    assert sold(workspace, 1) == "1"


class NoDialogCheck:
    """Records whether a modal dialog is up when the event loop next runs (and rejects it if so)."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        QTimer.singleShot(0, self._check)

    def _check(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None:
            self.seen.append(modal.text() if isinstance(modal, QMessageBox) else modal.windowTitle())
            modal.reject()  # type: ignore[attr-defined]


def test_selling_past_the_stock_asks_once(workspace, demo_context, modal):
    start(workspace, [1, 2])
    keys(workspace, "2", "*", "8")
    assert stock_text(workspace, 2) == "0 · sold out"
    modal.press(Yes)
    keys(workspace, "+")
    assert len(modal.texts) == 1 and "巨鹿金银花" in modal.texts[0]
    assert sold(workspace, 2) == "9"
    assert stock_text(workspace, 2) == "-1 · oversold"
    check = NoDialogCheck()
    keys(workspace, "+")
    QApplication.processEvents()
    assert check.seen == []
    assert sold(workspace, 2) == "10"


def test_declining_an_oversell_tallies_nothing(workspace, demo_context, modal):
    start(workspace, [5])  # 佳县红枣: none in stock
    modal.press(No)
    keys(workspace, "+")
    assert len(modal.texts) == 1
    assert workspace.running.items_label.text() == "0"


def test_rebound_key_works_and_is_remembered(qtbot, workspace, demo_context):
    start(workspace, [1, 2])
    bindings = workspace.bindings()
    bindings[LiveAction.TALLY] = ("F13",)
    workspace.apply_bindings(bindings)
    QTest.keyClick(workspace.running.table, Qt.Key.Key_Return)
    assert workspace.running.items_label.text() == "0"
    QTest.keyClick(workspace.running.table, Qt.Key.Key_F13)
    assert workspace.running.items_label.text() == "1"
    assert "F13" in workspace.running.key_hint.text()
    assert prefs.load(demo_context.data_dir)[PREFS_KEY]["tally"] == ["F13"]
    again = make_workspace(qtbot, demo_context)
    assert again.bindings()[LiveAction.TALLY] == ("F13",)


def test_key_dialog_refuses_conflicts_naming_the_action(qtbot):
    dialog = LiveKeysDialog(defaults())
    qtbot.addWidget(dialog)
    dialog.edit(LiveAction.UNDO).setKeySequence(QKeySequence("Return"))
    assert "Sold one of the picked product" in dialog.message.text()
    assert dialog.bindings()[LiveAction.UNDO] == ("Ctrl+Z",)
    dialog.edit(LiveAction.UNDO).setKeySequence(QKeySequence("5"))
    assert "link number" in dialog.message.text()
    dialog.edit(LiveAction.UNDO).setKeySequence(QKeySequence("F14"))
    assert dialog.message.text() == ""
    assert dialog.bindings()[LiveAction.UNDO] == ("F14",)
    dialog.restore_defaults()
    assert dialog.bindings() == defaults()


def test_keys_button_opens_the_dialog_and_uses_its_keys(workspace, modal):
    start(workspace, [1])

    def rebind_undo(dialog):
        assert isinstance(dialog, LiveKeysDialog)
        dialog.edit(LiveAction.UNDO).setKeySequence(QKeySequence("F14"))
        dialog.accept()

    modal.next(rebind_undo)
    QTest.mouseClick(workspace.running.keys_button, Qt.MouseButton.LeftButton)
    assert workspace.bindings()[LiveAction.UNDO] == ("F14",)  # a button that does nothing leaves the defaults
    assert workspace.bindings() != defaults()


# stopping, windows and resuming
def test_stop_opens_the_report_and_returns_to_the_panel(workspace, demo_context, modal):
    start(workspace, [1, 2])
    keys(workspace, "1", "+")
    modal.press(Yes)
    QTest.mouseClick(workspace.running.stop_button, Qt.MouseButton.LeftButton)
    assert not demo_context.live.active
    assert not workspace.is_running()
    report = workspace.windows.get("report")
    assert isinstance(report, QDialog) and report.isVisible()
    report.reject()


def test_overlay_and_history_open(workspace):
    start(workspace, [1, 2])
    QTest.mouseClick(workspace.running.overlay_button, Qt.MouseButton.LeftButton)
    overlay = workspace.windows.get("overlay")
    assert overlay is not None and overlay.isVisible()
    overlay.close()
    QTest.mouseClick(workspace.running.history_button, Qt.MouseButton.LeftButton)
    history = workspace.windows.get("history")
    assert isinstance(history, QDialog) and history.isVisible()
    history.reject()


def crashed_session(data_dir: Path) -> int:
    """Start a stream and tally in one app, then end the app without stopping the stream."""
    first = open_context(data_dir, demo=True)
    snapshot = first.live.start("昨晚断电专场", Platform.KUAISHOU, 50_000, [1, 2, 3])
    first.live.tally(1, 3)
    first.live.tally(3, 2)
    first.live.close()
    first.database.dispose()
    return snapshot.session.id


def test_resume_after_a_crash(qtbot, data_dir, modal):
    session_id = crashed_session(data_dir)
    context = open_context(data_dir)
    try:
        workspace = make_workspace(qtbot, context)
        assert not workspace.is_running()
        modal.press(Yes)
        assert workspace.offer_resume()
        assert "昨晚断电专场" in modal.texts[0]
        assert workspace.is_running()
        assert context.live.snapshot().session.id == session_id
        assert workspace.running.items_label.text() == "5"
        assert workspace.running.revenue_label.text() == "¥159.50"
        keys(workspace, "1", "+")
        assert workspace.running.items_label.text() == "6"
        assert not workspace.offer_resume()  # nothing left to offer
        context.live.stop()
    finally:
        context.close()


def test_declining_resume_closes_the_session_with_its_tallies(qtbot, data_dir, modal):
    session_id = crashed_session(data_dir)
    context = open_context(data_dir)
    try:
        workspace = make_workspace(qtbot, context)
        modal.press(No)
        assert not workspace.offer_resume()
        assert not workspace.is_running()
        assert context.live.unfinished_session() is None
        with context.database.engine.connect() as connection:
            ended = connection.execute(text("SELECT ended_at FROM live_sessions WHERE id = :id"),
                                       {"id": session_id}).scalar()
            items = connection.execute(text("SELECT sum(qty) FROM tally_events WHERE session_id = :id AND void = 0"),
                                       {"id": session_id}).scalar()
        assert ended is not None and items == 5
    finally:
        context.close()
