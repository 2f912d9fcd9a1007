"""Every interactive widget a screen reader can reach has a name and takes keyboard focus, in each workspace
and in the main dialogs; status changes during a stream are announced, not only coloured."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from livehelper.domain.manual_order import ManualOrder
from livehelper.ui.announce import announcements
from livehelper.ui.bridge import EventBridge
from livehelper.ui.catalog.product_dialog import ProductDialog
from livehelper.ui.cues.wordlist_dialog import WordListDialog
from livehelper.ui.helpers_dialog import HelpersDialog
from livehelper.ui.lan_controller import LanController
from livehelper.ui.live.key_dialog import LiveKeysDialog
from livehelper.ui.live.keys import defaults
from livehelper.ui.prompter.key_dialog import KeyBindingsDialog
from livehelper.ui.prompter.window import TeleprompterWindow
from livehelper.ui.settings_dialog import SettingsDialog
from livehelper.ui.shipping.documents_dialog import DocumentsDialog
from livehelper.ui.shipping.import_dialog import OrderImportDialog
from livehelper.ui.shipping.manual_order_dialog import ManualOrderDialog
from livehelper.ui.shipping.reconcile_dialog import ReconcileDialog
from livehelper.ui.shipping.ship_dialog import ShipDialog

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "orders"
# the teleprompter's buttons never take focus, so Space and the arrows always reach the scrolling text; each of
# them is an action with its own re-bindable key instead (prompter/keys.py)
KEY_DRIVEN_WINDOWS = ("TeleprompterWindow",)
INTERACTIVE = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox,
               QAbstractItemView, QAbstractSlider, QTabBar)


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def has_name(widget: QWidget) -> bool:
    """On Linux Qt gives a combo box its current text as the name and links its label by a relation, so a
    combo needs its own accessible name or a label whose buddy it is; other widgets need a name."""
    if isinstance(widget, QComboBox):
        return bool(widget.accessibleName()) or any(
            label.buddy() is widget for label in widget.window().findChildren(QLabel))
    return bool(accessible_name(widget).strip())


def is_inner_part(widget: QWidget) -> bool:
    """Pieces Qt builds inside another control (a combo's line edit, a spin box's editor, a line edit's clear
    button, scroll bars, a table's corner button) are named through the control that owns them."""
    if isinstance(widget, QScrollBar):
        return True  # a scroll area's bars: screen readers describe the area itself
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox | QAbstractItemView | QTabBar | QLineEdit):
            return True
        parent = parent.parentWidget()
    return False


def problems(root: QWidget) -> list[str]:
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisible() or is_inner_part(widget):
            continue
        if widget.objectName().startswith("qt_"):
            continue
        where = f"{type(widget.window()).__name__}>{type(widget.parentWidget()).__name__}>{type(widget).__name__}"
        if not has_name(widget):
            found.append(f"no name: {where} {widget.objectName()!r}")
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus and type(widget.window()).__name__ not in KEY_DRIVEN_WINDOWS:
            found.append(f"no focus: {where} {accessible_name(widget)!r}")
    return found


def test_the_walk_finds_an_unnamed_control(qtbot):
    form = QDialog()
    qtbot.addWidget(form)
    layout = QVBoxLayout(form)
    named, unnamed, combo, labelled = QLineEdit(), QLineEdit(), QComboBox(), QComboBox()
    named.setAccessibleName("Name")
    combo.addItem("淘宝直播")
    label = QLabel("&Platform")
    label.setBuddy(labelled)
    button = QPushButton()
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    for widget in (named, unnamed, combo, label, labelled, button):
        layout.addWidget(widget)
    shown(qtbot, form)
    assert problems(form) == ["no name: QDialog>QDialog>QLineEdit ''", "no name: QDialog>QDialog>QComboBox ''",
                              "no name: QDialog>QDialog>QPushButton ''", "no focus: QDialog>QDialog>QPushButton ''"]


def test_every_workspace_names_its_controls(qtbot, window):
    window.catalog.table.selectRow(0)
    found = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        found += problems(window)
    assert found == [], "\n".join(found)


def start_session(window, product_ids: list[int]) -> None:
    window.tabs.setCurrentWidget(window.live)
    panel = window.live.start_panel
    panel.builder.set_products([window.context.catalog.get(pid) for pid in product_ids])
    QTest.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert window.live.is_running()


def test_the_running_live_view_names_its_controls(qtbot, window):
    start_session(window, [1, 2])
    try:
        assert problems(window) == []
    finally:
        window.context.live.stop()


def shown(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_main_dialogs_name_their_controls(qtbot, demo_context):
    context = demo_context
    lan = LanController(context)
    try:
        dialogs = [ProductDialog(context.catalog.create),
                   WordListDialog(context.cues),
                   LiveKeysDialog(defaults()),
                   DocumentsDialog(context, [1, 2], "slips"),
                   ReconcileDialog(context),
                   ProductDialog(context.catalog.update, context.catalog.get(1)),
                   ShipDialog(context.tasks, context.tasks.get(1), "主播"),
                   ManualOrderDialog(context, None),
                   OrderImportDialog(context, None),
                   SettingsDialog(context),
                   HelpersDialog(context, lan)]
        found = []
        for dialog in dialogs:
            found += problems(shown(qtbot, dialog))
            dialog.close()
        importing = shown(qtbot, OrderImportDialog(context, None, SAMPLES / "douyin.csv"))
        qtbot.waitUntil(lambda: not importing.is_busy)
        found += problems(importing)
        teleprompter = TeleprompterWindow(context.prompter, EventBridge(context.events), context.data_dir)
        qtbot.addWidget(teleprompter)
        teleprompter.show()
        qtbot.waitExposed(teleprompter)
        found += problems(teleprompter)
        found += problems(shown(qtbot, KeyBindingsDialog(teleprompter.bindings(), teleprompter)))
        assert found == [], "\n".join(found)
    finally:
        lan.shut_down()


# announcements
def test_a_tally_sold_out_and_saved_are_announced(qtbot, window):
    said: list[str] = []
    announcements().said.connect(said.append)
    start_session(window, [1, 2])
    table = window.live.running.table
    # another program holds the write lock: the tally is shown as "Saving…" until the disk has it
    blocker = sqlite3.connect(window.context.database.engine.url.database, isolation_level=None)
    try:
        blocker.execute("BEGIN IMMEDIATE")
        QTest.keyClick(table, "2")
        QTest.keyClick(table, "+")
        assert said == [window.live.running.status_label.text()] and "巨鹿金银花" in said[0]
        QTest.keyClick(table, "*")
        QTest.keyClick(table, "7")  # the last seven in stock
        assert said[-1] == "巨鹿金银花 is sold out"
        blocker.execute("COMMIT")
        qtbot.waitUntil(lambda: said[-1] == "Tallies saved")
    finally:
        blocker.close()
        announcements().said.disconnect(said.append)
        window.context.live.stop()


def test_new_packing_tasks_are_announced(qtbot, window):
    window.tabs.setCurrentWidget(window.shipping)
    context = window.context
    before = sum(context.tasks.counts().values())
    with qtbot.waitSignal(announcements().said, timeout=3000,
                          check_params_cb=lambda text: text == "1 new packing task(s)"):
        context.orders.add_manual(ManualOrder("刘桂兰", "13800138001", "山东省", "济南市", "历下区",
                                              "泉城路 1 号", items=((1, 2),)))
    assert sum(context.tasks.counts().values()) == before + 1
