"""UI scale (100–200%) and the large-text high-contrast theme: applied at once to open windows, remembered, and at
200% and in high contrast nothing is cut off or overlaps on a 1366×768 screen."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QMainWindow,
    QScrollBar,
    QSplitterHandle,
    QWidget,
)

from livehelper import prefs
from livehelper.ui.appearance import theme as appearance
from livehelper.ui.appearance.style import contrast_colours, scale_lengths
from livehelper.ui.appearance.theme import Appearance
from livehelper.ui.helpers.lan_controller import LanController
from livehelper.ui.main_window import MainWindow
from tests.ui.test_accessibility import is_inner_part, main_dialogs, shown, start_session

LARGE = (Appearance(200, False), Appearance(100, True))
FIND_DIRECT = Qt.FindChildOption.FindDirectChildrenOnly


@pytest.fixture(autouse=True)
def default_appearance_after(qapp: QApplication) -> Iterator[None]:
    yield
    appearance.apply(Appearance())  # the next test starts at 100%, whatever this one chose


# what is saved
@pytest.mark.parametrize(("saved", "expected"), [
    ({"scale": 150, "high_contrast": True}, Appearance(150, True)),
    ({"scale": "175%"}, Appearance(175, False)),
    ({"scale": 160.0, "high_contrast": "yes"}, Appearance(150, True)),
    ({"scale": 900}, Appearance(200, False)),
    ({"scale": "huge", "high_contrast": "no"}, Appearance()),
    ("200", Appearance()),
    (None, Appearance()),
])
def test_a_hand_edited_appearance_is_read_as_meant(saved, expected):
    assert Appearance.from_prefs(saved) == expected


def test_high_contrast_text_is_at_least_150_percent():
    assert Appearance(100, True).factor == 1.5 and Appearance(200, True).factor == 2
    assert Appearance(200).bigger() == Appearance(200) and Appearance(100).smaller() == Appearance(100)


def test_style_sheet_sizes_scale_and_colours_turn_readable_on_black():
    assert scale_lengths("QPushButton { font-size: 16px; padding: 4px 10px; } #a1 { margin: 1.5pt; }", 2) == \
        "QPushButton { font-size: 32px; padding: 8px 20px; } #a1 { margin: 3pt; }"
    # display type grows by as much as 18 px body text does, not twice its own size
    assert scale_lengths("QLabel { font-size: 48px; }", 2) == "QLabel { font-size: 66px; }"
    assert scale_lengths("QLabel { font-size: 40px; }", 1.5) == "QLabel { font-size: 49px; }"
    dark = contrast_colours("color: #6a6a6a; background: #f2c14e; border: 1px solid #d8d0c0;")
    assert dark.startswith("color: #ffffff; background: #") and dark.endswith("border: 1px solid #9a9a9a;")


# applied at once, remembered
def test_the_scale_applies_at_once_to_an_open_window_and_is_remembered(qtbot, window):
    label = window.catalog.count_label  # body text: display type grows less (see above)
    before = label.fontInfo().pixelSize()
    table = window.catalog.table
    row = table.rowHeight(0)
    bigger = window.appearance_menu.scale_actions[200]
    bigger.trigger()
    assert label.fontInfo().pixelSize() == 2 * before
    assert table.rowHeight(0) == 2 * row
    assert prefs.load(window.context.data_dir)["appearance"] == {"scale": 200, "high_contrast": False}
    window.appearance_menu.smaller_action.trigger()
    assert appearance.current() == Appearance(175) and label.fontInfo().pixelSize() == round(1.75 * before)
    window.appearance_menu.reset_action.trigger()
    assert label.fontInfo().pixelSize() == before and table.rowHeight(0) == row


def test_high_contrast_changes_an_open_window_at_once(qtbot, window):
    search = window.catalog.search
    assert search.palette().color(QPalette.ColorRole.Base).lightness() > 128
    window.appearance_menu.contrast_action.trigger()
    assert search.palette().color(QPalette.ColorRole.Base).name() == "#000000"
    assert search.palette().color(QPalette.ColorRole.Text).name() == "#ffffff"
    assert search.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text).lightness() > 128
    assert window.appearance_menu.contrast_action.isChecked()
    window.appearance_menu.contrast_action.trigger()
    assert search.palette().color(QPalette.ColorRole.Base).lightness() > 128


def test_a_new_main_window_takes_the_saved_appearance(qtbot, demo_context):
    (demo_context.data_dir / prefs.PREFS_FILE).write_text(
        json.dumps({"appearance": {"scale": "150", "high_contrast": True}}), "utf-8")
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    assert appearance.current() == Appearance(150, True)
    assert window.appearance_menu.scale_actions[150].isChecked() and window.appearance_menu.contrast_action.isChecked()


# nothing cut off, nothing overlapping at 200% and in high contrast on 1366×768
def is_shown(widget: QWidget) -> bool:
    return widget.isVisible() and not widget.objectName().startswith("qt_")


def layout_problems(root: QWidget) -> list[str]:
    screen = QGuiApplication.primaryScreen().availableGeometry()
    found = []
    if not screen.contains(root.frameGeometry()):
        found.append(f"{type(root).__name__} does not fit the screen: {root.frameGeometry()}")
    for widget in [root, *root.findChildren(QWidget)]:
        if not is_shown(widget) or widget.window() is not root or is_inner_part(widget):
            continue
        if isinstance(widget, QScrollBar | QSplitterHandle) or widget.parentWidget() is None:
            continue
        name = f"{type(widget.parentWidget()).__name__}>{type(widget).__name__} {widget.objectName()!r}"
        if isinstance(widget, QLabel):
            name += f" {widget.text()[:30]!r}"
        least = widget.minimumSizeHint()
        if least.isValid() and not isinstance(widget, QAbstractScrollArea) and (
                widget.width() < least.width() or widget.height() < least.height()):
            found.append(f"cut off: {name} {widget.size().toTuple()} < {least.toTuple()}")
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text() and \
                widget.height() < widget.heightForWidth(widget.width()):
            found.append(f"wrapped text cut off: {name} {widget.height()} < {widget.heightForWidth(widget.width())}")
        siblings = [child for child in widget.parentWidget().findChildren(QWidget, options=FIND_DIRECT)
                    if child is not widget and is_shown(child) and not child.isWindow()]
        for other in siblings:
            if id(other) < id(widget) and overlap(widget.geometry(), other.geometry()):
                found.append(f"overlap: {name} and {type(other).__name__} {other.objectName()!r}")
    return found


def overlap(one: QRect, other: QRect) -> bool:
    return one.intersected(other).width() > 0 and one.intersected(other).height() > 0


def settle() -> None:
    """Layouts resize in steps (a page's new size, then its scroll area's): let every step run."""
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def fitted(qtbot, window: QMainWindow) -> QMainWindow:
    window.showMaximized()
    qtbot.waitUntil(lambda: window.isMaximized())
    QApplication.processEvents()
    return window


@pytest.mark.parametrize("look", LARGE, ids=["200%", "contrast"])
def test_every_workspace_fits_a_small_screen(qtbot, window, look):
    appearance.apply(look)
    fitted(qtbot, window)
    window.catalog.table.selectRow(0)
    found = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        settle()
        found += [f"{window.tabs.tabText(index)}: {problem}" for problem in layout_problems(window)]
    start_session(window, [1, 2])
    try:
        settle()
        found += [f"running live: {problem}" for problem in layout_problems(window)]
    finally:
        window.context.live.stop()
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("look", LARGE, ids=["200%", "contrast"])
def test_the_main_dialogs_fit_a_small_screen(qtbot, demo_context, look):
    appearance.apply(look)
    lan = LanController(demo_context)
    try:
        found = []
        for dialog in main_dialogs(demo_context, lan):
            shown(qtbot, dialog)
            QApplication.processEvents()
            found += [f"{type(dialog).__name__}: {problem}" for problem in layout_problems(dialog)]
            dialog.close()
        assert found == [], "\n".join(found)
    finally:
        lan.shut_down()
