"""Every interactive widget a screen reader can reach has a name and takes keyboard focus, in each workspace
and in the main dialogs; status changes during a stream are announced, not only coloured."""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMenuBar,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from livehelper.domain.manual_order import ManualOrder
from livehelper.services.context import AppContext
from livehelper.ui.bridge import EventBridge
from livehelper.ui.catalog.product_dialog import ProductDialog
from livehelper.ui.catalog.stock_dialog import StockDialog
from livehelper.ui.cues.wordlist_dialog import WordListDialog
from livehelper.ui.helpers.helpers_dialog import HelpersDialog
from livehelper.ui.helpers.lan_controller import LanController
from livehelper.ui.keys.live_key_dialog import LiveKeysDialog
from livehelper.ui.keys.live_keys import defaults
from livehelper.ui.keys.prompter_key_dialog import KeyBindingsDialog
from livehelper.ui.prompter.window import TeleprompterWindow
from livehelper.ui.settings.settings_dialog import SettingsDialog
from livehelper.ui.shipping.documents_dialog import DocumentsDialog
from livehelper.ui.shipping.import_dialog import OrderImportDialog
from livehelper.ui.shipping.manual_order_dialog import ManualOrderDialog
from livehelper.ui.shipping.reconcile_dialog import ReconcileDialog
from livehelper.ui.shipping.ship_dialog import ShipDialog
from livehelper.ui.widgets.announce import announcements
from tests.ui.shipping_fixtures import desk_queue

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "orders"
# the teleprompter's buttons never take focus, so Space and the arrows always reach the scrolling text; each of
# them is an action with its own re-bindable key instead (prompter/keys.py)
KEY_DRIVEN_WINDOWS = ("TeleprompterWindow",)
INTERACTIVE = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox,
               QAbstractItemView, QAbstractSlider, QTabBar)


def accessible_text(widget: QWidget, kind: QAccessible.Text) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(kind) if interface is not None else ""


def accessible_name(widget: QWidget) -> str:
    return accessible_text(widget, QAccessible.Text.Name)


def accessible_description(widget: QWidget) -> str:
    """Qt falls back to the tool tip when a widget has no accessible description of its own; a tab bar has none,
    its current tab (with the tab's tool tip) is what a screen reader describes."""
    if isinstance(widget, QTabBar):
        interface = QAccessible.queryAccessibleInterface(widget)
        tab = interface.child(widget.currentIndex()) if interface is not None else None
        return tab.text(QAccessible.Text.Description) if tab is not None else ""
    return accessible_text(widget, QAccessible.Text.Description)


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
        elif not accessible_description(widget).strip():
            found.append(f"no description: {where} {accessible_name(widget)!r}")
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus and type(widget.window()).__name__ not in KEY_DRIVEN_WINDOWS:
            found.append(f"no focus: {where} {accessible_name(widget)!r}")
    return found


def test_the_walk_finds_an_unnamed_or_undescribed_control(qtbot):
    form = QDialog()
    qtbot.addWidget(form)
    layout = QVBoxLayout(form)
    named, undescribed, unnamed, combo, labelled = QLineEdit(), QLineEdit(), QLineEdit(), QComboBox(), QComboBox()
    named.setAccessibleName("Name")
    named.setToolTip("The buyer's name as on the parcel")  # a tool tip doubles as the description
    undescribed.setAccessibleName("City")
    combo.addItem("淘宝直播")
    label = QLabel("&Platform")
    label.setBuddy(labelled)
    labelled.setAccessibleDescription("Where the stream runs")
    button = QPushButton()
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    for widget in (named, undescribed, unnamed, combo, label, labelled, button):
        layout.addWidget(widget)
    shown(qtbot, form)
    assert problems(form) == ["no description: QDialog>QDialog>QLineEdit 'City'",
                              "no name: QDialog>QDialog>QLineEdit ''", "no name: QDialog>QDialog>QComboBox ''",
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
        found = problems(window)
        assert found == [], "\n".join(found)
    finally:
        window.context.live.stop()


def shown(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def main_dialogs(context: AppContext, lan: LanController) -> list[QDialog]:
    return [ProductDialog(context.catalog.create),
            WordListDialog(context.cues),
            LiveKeysDialog(defaults()),
            DocumentsDialog(context, [1, 2], "slips"),
            ReconcileDialog(context),
            ProductDialog(context.catalog.update, context.catalog.get(1)),
            ShipDialog(desk_queue(context), desk_queue(context).get(1)),
            ManualOrderDialog(context, None),
            OrderImportDialog(context, None),
            SettingsDialog(context),
            HelpersDialog(context, lan),
            StockDialog(context.stock, context.catalog, "主播", 2),
            StockDialog(context.stock, context.catalog, "主播")]


def test_the_main_dialogs_name_their_controls(qtbot, demo_context):
    context = demo_context
    lan = LanController(context)
    try:
        found = []
        for dialog in main_dialogs(context, lan):
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


# mnemonics: Alt+letter reaches every button, check box and form field; a letter twice in one window only cycles
MNEMONIC_OWNERS = (QPushButton, QCheckBox, QRadioButton)


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).upper() if found else None


def is_exempt_standard_button(button: QAbstractButton) -> bool:
    """QDialogButtonBox's own OK/Cancel/Close: Qt's platform theme decides their texts (and Esc/Enter reach them)."""
    box = button.parentWidget()
    return (isinstance(box, QDialogButtonBox) and box.standardButton(button) != QDialogButtonBox.StandardButton.NoButton
            and mnemonic(button.text()) is None)


def mnemonic_texts(root: QWidget) -> list[str]:
    """The texts that carry a mnemonic in this window as it shows now; those that must and have none are marked."""
    texts = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not root:
            continue
        button = isinstance(widget, MNEMONIC_OWNERS) and widget.text() and not is_exempt_standard_button(widget)
        if button or (isinstance(widget, QLabel) and widget.buddy() is not None and mnemonic(widget.text())):
            texts.append(widget.text())
        elif isinstance(widget, QTabBar):  # a tab's mnemonic must not clash, but filter tabs need none
            texts += [text for text in map(widget.tabText, range(widget.count())) if mnemonic(text)]
        elif isinstance(widget, QMenuBar):
            texts += [action.text() for action in widget.actions() if action.isVisible()]
    return texts


def mnemonic_problems(where: str, texts: list[str]) -> list[str]:
    found = [f"no mnemonic: {where} {text!r}" for text in texts if mnemonic(text) is None]
    letters = Counter(mnemonic(text) for text in texts if mnemonic(text))
    found += [f"mnemonic {letter} twice: {where} {[text for text in texts if mnemonic(text) == letter]}"
              for letter, times in letters.items() if times > 1]
    return found


def form_label_problems(root: QWidget) -> list[str]:
    """A long form (several fields): each field's label gives it a mnemonic (a read-only figure needs none)."""
    return [f"form label without mnemonic: {type(root).__name__} {label.text()!r}"
            for label in root.findChildren(QLabel)
            if label.buddy() is not None and label.isVisible() and mnemonic(label.text()) is None
            and label.buddy().focusPolicy() != Qt.FocusPolicy.NoFocus]


def test_the_mnemonic_check_finds_missing_and_twice_used_letters():
    assert mnemonic("新增商品(&N)") == "N" and mnemonic("Fish && &chips") == "C" and mnemonic("R&&D") is None
    assert mnemonic_problems("W", ["&New", "&Next", "Save", "&Edit"]) == [
        "no mnemonic: W 'Save'", "mnemonic N twice: W ['&New', '&Next']"]


def test_every_workspace_and_menu_has_unique_mnemonics(qtbot, window):
    window.catalog.table.selectRow(0)
    found = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        found += mnemonic_problems(f"MainWindow/{window.tabs.tabText(index)}", mnemonic_texts(window))
    for menu_action in window.menuBar().actions():
        menus = [menu_action.menu()]
        while menus:
            menu = menus.pop()
            actions = [action for action in menu.actions() if action.isVisible() and not action.isSeparator()]
            found += mnemonic_problems(f"menu {menu.title()}", [action.text() for action in actions])
            menus += [action.menu() for action in actions if action.menu() is not None]
    start_session(window, [1, 2])
    try:
        found += mnemonic_problems("MainWindow/running live", mnemonic_texts(window))
    finally:
        window.context.live.stop()
    assert found == [], "\n".join(found)


def test_every_dialog_has_unique_mnemonics(qtbot, demo_context):
    context = demo_context
    lan = LanController(context)
    try:
        found = []
        for dialog in main_dialogs(context, lan):
            shown(qtbot, dialog)
            found += mnemonic_problems(type(dialog).__name__, mnemonic_texts(dialog))
            if isinstance(dialog, ProductDialog | ManualOrderDialog | SettingsDialog | StockDialog):
                found += form_label_problems(dialog)
            dialog.close()
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
