"""Issue 9: the four main flows walked by keyboard alone from the demo main window, checked in the database.

Keys go to whatever has the focus (tests/ui/keyboard_walk.py), so a lost focus, a keyboard trap or an action
only the mouse reaches fails the walk where it happens.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from livehelper.domain.couriers import COURIERS
from livehelper.domain.tasks import TaskState
from livehelper.services.live.report import build_report, history
from livehelper.services.shipping.tasks import TaskFilter
from livehelper.storage.products import ProductQuery
from livehelper.ui.catalog.product_dialog import ProductDialog
from livehelper.ui.live.report_dialog import ReportDialog
from livehelper.ui.shipping.ship_dialog import ShipDialog
from tests.ui.keyboard_walk import (
    CTRL,
    SHIFT,
    Modals,
    focused,
    press,
    press_mnemonic,
    tab_into,
    tab_to,
    type_in,
    window_manager_returns_to,
)

Key = Qt.Key
NAME, SPEC = "紫皮大蒜", "2.5kg/袋"
CARD_TITLE, CARD_BODY = "开场", "家人们，今天的{名称}只要{价格}！"


def add_product_by_keyboard(qtbot, window, modals: Modals) -> None:
    """Ctrl+1, Tab (into the workspace), Ctrl+N; in the dialog: name, Tab, spec, Tab, price, Tab, stock, Enter."""
    press(Key.Key_1, CTRL)
    assert window.tabs.currentWidget() is window.catalog
    tab_into(window.catalog)

    def fill(dialog) -> None:
        assert focused() is dialog.name
        type_in(NAME)
        press(Key.Key_Tab)
        type_in("2.5kg/")
        type_in("袋")
        press(Key.Key_Tab)
        type_in("12.80")
        press(Key.Key_Tab)
        assert focused() is dialog.stock
        type_in("120")
        press(Key.Key_Return)

    modals.answer(ProductDialog, fill)
    press(Key.Key_N, CTRL)
    modals.wait(qtbot)
    assert modals.answered
    window_manager_returns_to(qtbot, window)


def test_add_a_product_by_keyboard(qtbot, window, demo_context):
    modals = Modals()
    add_product_by_keyboard(qtbot, window, modals)
    [product] = demo_context.catalog.page(ProductQuery(text=NAME), 0, 10)
    assert (product.name, product.spec, product.price_fen, product.stock) == (NAME, SPEC, 1280, 120)
    assert window.catalog.selected_product().id == product.id  # the new product is selected in the table


def write_cue_card_by_keyboard(qtbot, window, modals: Modals) -> None:
    """Ctrl+2 (the focus is in 找话术), type the product's name, Tab to the deck list, End (its deck opens);
    the Add card mnemonic (Alt+A), type the title, Enter; Tab on to the text, Ctrl+Home, Down, Shift+End, type
    the talking point over the placeholder; Ctrl+S."""
    cues = window.cues
    press(Key.Key_2, CTRL)
    assert focused() is cues.deck_search  # the focus follows into the workspace
    type_in(NAME)
    qtbot.waitUntil(lambda: cues.decks.count() and NAME in cues.decks.item(cues.decks.count() - 1).text())
    press(Key.Key_Tab)
    assert focused() is cues.decks
    press(Key.Key_End)
    qtbot.waitUntil(lambda: cues.deck is not None and cues.deck.title == NAME)

    def title(dialog) -> None:
        type_in(CARD_TITLE)
        press(Key.Key_Return)

    modals.answer(QInputDialog, title)
    press_mnemonic(cues.cards.add_button)
    modals.wait(qtbot)
    window_manager_returns_to(qtbot, window)
    tab_to(cues.editor)
    press(Key.Key_Home, CTRL)
    press(Key.Key_Down)
    press(Key.Key_End, SHIFT)
    type_in(CARD_BODY)
    press(Key.Key_S, CTRL)


def test_write_a_cue_card_by_keyboard(qtbot, window, demo_context):
    modals = Modals()
    add_product_by_keyboard(qtbot, window, modals)
    write_cue_card_by_keyboard(qtbot, window, modals)
    [product] = demo_context.catalog.page(ProductQuery(text=NAME), 0, 10)
    deck = demo_context.cues.deck_for_product(product.id)
    assert deck.text.strip() == f"# {CARD_TITLE}\n{CARD_BODY}"
    assert window.cues.save_state.text() == "Saved"
    qtbot.waitUntil(lambda: f"今天的{NAME}只要" in window.cues.preview.text())  # the variables filled in


def run_a_session_by_keyboard(qtbot, window, modals: Modals, second: str) -> None:
    """Ctrl+3 (the focus is in 搜索商品): type the product, Enter (into the line-up), type `second`, Enter;
    Alt+M starts. Live: 1, Enter ×3, + (four sales), Ctrl+Z (one undone), 2, Enter; Alt+E ends, Alt+Y answers
    the question, Esc closes the report."""
    live = window.live
    press(Key.Key_3, CTRL)
    builder = live.start_panel.builder
    qtbot.waitUntil(lambda: focused() is builder.search)
    type_in(NAME)
    press(Key.Key_Return)
    type_in(second)  # replaces the selected search text
    press(Key.Key_Return)
    first, then = builder.products()
    assert first.name == NAME and second in then.name
    press_mnemonic(live.start_panel.start_button)
    qtbot.waitUntil(live.is_running)
    assert focused() is live.running.table  # the live keys work at once
    press(Key.Key_1)
    press(Key.Key_Return, times=3)
    press(Key.Key_Plus)
    press(Key.Key_Z, CTRL)
    press(Key.Key_2)
    press(Key.Key_Enter)
    assert live.snapshot is not None and live.snapshot.totals.items == 4

    def yes(box) -> None:
        press_mnemonic(box.button(QMessageBox.StandardButton.Yes))

    modals.answer(QMessageBox, yes)
    press_mnemonic(live.running.stop_button)
    modals.wait(qtbot)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ReportDialog))
    report = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: report.isAncestorOf(QApplication.focusWidget()) or focused() is report)
    press(Key.Key_Escape)
    qtbot.waitUntil(lambda: not report.isVisible())
    window_manager_returns_to(qtbot, window)
    assert not live.is_running()


def test_run_a_session_with_tallies_by_keyboard(qtbot, window, demo_context):
    modals = Modals()
    add_product_by_keyboard(qtbot, window, modals)
    run_a_session_by_keyboard(qtbot, window, modals, "锅巴")
    [session] = history(demo_context.database, limit=1)
    report = build_report(demo_context.database, session.session.id)
    assert session.session.ended_at is not None
    assert [(line.position, line.name, line.items) for line in report.lines][:2] == [
        (1, NAME, 3), (2, report.lines[1].name, 1)]
    assert report.lines[0].revenue_fen == 3 * 1280


def ship_a_task_by_keyboard(qtbot, window, modals: Modals, order_no: str, tracking_no: str) -> None:
    """Ctrl+4, Tab (into the workspace), Ctrl+F, type the order number (scanned from the slip), Enter (the
    queue takes the focus on the one match); Enter 开始打包, Enter 已打包, Enter 发货…: in the dialog type the
    tracking number, Shift+Tab to the courier, Home and Down to 中通, Enter."""
    shipping = window.shipping
    press(Key.Key_4, CTRL)
    tab_into(shipping)
    press(Key.Key_F, CTRL)
    assert focused() is shipping.filters.search
    type_in(order_no)
    press(Key.Key_Return)
    assert focused() is shipping.table
    [task] = shipping.selected_tasks()
    assert task.order_no == order_no
    press(Key.Key_Return)
    qtbot.waitUntil(lambda: shipping.selected_tasks()[0].state == TaskState.PACKING)
    press(Key.Key_Enter)
    qtbot.waitUntil(lambda: shipping.selected_tasks()[0].state == TaskState.PACKED)

    def scan(dialog) -> None:
        assert focused() is dialog.tracking  # ready for the scanner
        type_in(tracking_no)
        press(Key.Key_Tab, SHIFT)
        assert focused() is dialog.courier
        press(Key.Key_Home)
        press(Key.Key_Down, times=[c.code for c in COURIERS].index("ZTO"))
        press(Key.Key_Return)

    modals.answer(ShipDialog, scan)
    press(Key.Key_Return)
    modals.wait(qtbot)
    window_manager_returns_to(qtbot, window)
    qtbot.waitUntil(lambda: shipping.selected_tasks()[0].state == TaskState.SHIPPED)


def test_ship_a_task_by_keyboard(qtbot, window, demo_context):
    pending = demo_context.tasks.list(TaskFilter(state=TaskState.PENDING), 0, 1)[0]
    ship_a_task_by_keyboard(qtbot, window, Modals(), pending.order_no, "75123456789012")
    shipped = demo_context.tasks.get(pending.id)
    assert (shipped.state, shipped.courier, shipped.tracking_no) == (TaskState.SHIPPED, "ZTO", "75123456789012")
    assert [change.to_state for change in demo_context.tasks.history(pending.id)][-3:] == [
        TaskState.PACKING, TaskState.PACKED, TaskState.SHIPPED]


def test_the_four_main_flows_in_one_sitting(qtbot, window, demo_context):
    """The closing check of issue 9: one window, one keyboard, every workspace, no mouse."""
    modals = Modals()
    add_product_by_keyboard(qtbot, window, modals)
    write_cue_card_by_keyboard(qtbot, window, modals)
    run_a_session_by_keyboard(qtbot, window, modals, "锅巴")
    pending = demo_context.tasks.list(TaskFilter(state=TaskState.PENDING), 0, 1)[0]
    ship_a_task_by_keyboard(qtbot, window, modals, pending.order_no, "75123456789012")
    [product] = demo_context.catalog.page(ProductQuery(text=NAME), 0, 10)
    assert product.price_fen == 1280
    assert CARD_BODY in demo_context.cues.deck_for_product(product.id).text
    [session] = history(demo_context.database, limit=1)
    assert session.lines[0].items == 3
    assert demo_context.tasks.get(pending.id).state == TaskState.SHIPPED
    assert modals.answered  # every dialog on the way was answered by keys
