"""Issue 20: the main window is painted before the database and the workspaces, keys typed meanwhile are kept,
and a theme switch re-polishes against one application style sheet."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget

from livehelper.ui.appearance.theme import Appearance, apply
from livehelper.ui.keys.key_buffer import KeyBuffer
from livehelper.ui.main_window import MainWindow

# What the first window must not wait for: the database layer and the libraries only some features need.
NOT_ON_THE_START_PATH = ("sqlalchemy", "alembic", "PIL", "qrcode", "openpyxl", "fastapi", "uvicorn", "requests",
                         "livehelper.services", "livehelper.storage", "livehelper.server",
                         "livehelper.ui.catalog", "livehelper.ui.cues", "livehelper.ui.live", "livehelper.ui.shipping",
                         *(f"livehelper.cli.{group}" for group in ("catalog", "script", "orders", "backup", "notify",
                                                                   "server", "transfer", "privacy", "stock")))

FIRST_WINDOW = """
import json, sys
from pathlib import Path
from livehelper.cli.main import main  # what the entry point imports
from livehelper import app
from PySide6.QtWidgets import QApplication
qt = QApplication([])
from livehelper.ui.main_window import MainWindow
window = MainWindow(data_dir=Path(sys.argv[1]))
window.show()
qt.processEvents()
from PySide6 import QtWidgets
print(json.dumps({"modules": sorted(sys.modules), "widget_classes": sorted(vars(QtWidgets))}))
"""
# Classes of QtWidgets the first window has no use for: PySide6 loads them only when something makes it load
# every class (an event filter on the whole application does, at the first widget of a class not loaded yet).
NOT_IN_THE_FIRST_WINDOW = ("QWizard", "QMdiArea", "QLCDNumber", "QGraphicsView", "QColorDialog", "QCalendarWidget")


@pytest.fixture(scope="module")
def first_window(tmp_path_factory) -> dict[str, list[str]]:
    """What the process holds once the first window is painted, started as the entry point starts it."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", FIRST_WINDOW, str(tmp_path_factory.mktemp("first"))],
                          capture_output=True, text=True, env=env, timeout=120, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_first_window_needs_no_database_layer_and_no_heavy_library(first_window):
    loaded = first_window["modules"]
    early = [name for name in loaded if name.startswith(NOT_ON_THE_START_PATH)]
    assert "livehelper.ui.main_window" in loaded
    assert early == []


def test_the_first_window_loads_only_the_qt_classes_it_uses(first_window):
    """PySide6 makes a class (and its enums) when first used; making all of them costs 50 ms of the start."""
    assert "QMainWindow" in first_window["widget_classes"]
    assert set(NOT_IN_THE_FIRST_WINDOW).isdisjoint(first_window["widget_classes"])


# The real start, up to the line the self-test prints an event-loop pass after the window is shown (what
# bench/startup.py times as the first window): which classes of QtCore exist by then.
THE_APPS_FIRST_WINDOW = """
import builtins, json, os, sys
from PySide6 import QtCore
say = builtins.print
def at_the_first_window(*args, **kwargs):
    if args and "window shown" in str(args[0]):
        say(json.dumps(sorted(vars(QtCore))), flush=True)
        os._exit(0)
    say(*args, **kwargs)
builtins.print = at_the_first_window
from livehelper.cli.main import main
main(["--data-dir", sys.argv[1], "--lang", "en", "selftest", "--verbose"])
"""


def test_the_first_window_leaves_the_qt_namespace_unloaded(tmp_path):
    """PySide6 makes the 94 enums of the Qt namespace (Qt.Key alone has 471 members) when something first names
    `Qt`: 23 ms, an eighth of the bare window the first window is measured against, which never names it. The
    modules of the first window name it only in what runs after it (a local import, marked issue 20). (A scaled
    or high-contrast look is applied with a style of its own, which loads it.)"""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", THE_APPS_FIRST_WINDOW, str(tmp_path)], capture_output=True,
                          text=True, env=env, timeout=120, check=True)
    core_classes = json.loads(done.stdout.strip().splitlines()[-1])
    assert "QObject" in core_classes
    assert "Qt" not in core_classes


def test_workspaces_are_built_when_shown_then_the_rest_soon_after(qtbot, demo_context):
    window = MainWindow(data_dir=demo_context.data_dir, is_demo=True)
    qtbot.addWidget(window)
    window.show()
    assert not any(window.workspaces.is_built(name) for name in window.WORKSPACES)
    assert not window.settings_action.isEnabled()  # it needs the database
    with qtbot.waitSignal(window.ready):
        window.attach(demo_context)
        assert window.workspaces.is_built("catalog")  # the one on show, at once
        assert not window.workspaces.is_built("shipping")
    assert all(window.workspaces.is_built(name) for name in window.WORKSPACES)
    assert window.settings_action.isEnabled()
    assert window.tabs.currentWidget() is window.catalog


class KeyRecorder(QObject):
    """Every key press delivered to the focus widget, with whether the window was ready then; not those the
    window itself has while it opens (it holds them)."""

    def __init__(self) -> None:
        super().__init__()
        self.window: MainWindow | None = None
        self.pressed: list[tuple[str, QObject, bool]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and self.window is not None and watched is not self.window \
                and watched is self.window.focusWidget():  # not again as it goes up to the parents
            self.pressed.append((event.text(), watched, self.window.is_ready))  # type: ignore[attr-defined]
        return False


def test_keys_typed_before_the_window_is_ready_reach_the_workspace(qtbot, qapp, demo_context):
    recorder = KeyRecorder()
    qapp.installEventFilter(recorder)  # before the window's key buffer: it sees only what the buffer lets through
    try:
        window = MainWindow(data_dir=demo_context.data_dir, is_demo=True)
        recorder.window = window
        qtbot.addWidget(window)
        window.show()
        assert window.focusWidget() is window  # while it opens, the keys come to the window itself
        qtbot.keyClicks(window, "miz")  # typed the moment the window appears, before the data is there
        qtbot.keyClicks(window.tabs, "hi")  # or where a click put the focus: what the tabs do not take goes up
        assert recorder.pressed == []
        with qtbot.waitSignal(window.ready):
            window.attach(demo_context)
    finally:
        qapp.removeEventFilter(recorder)
    assert "".join(text for text, _widget, _ready in recorder.pressed) == "mizhi"
    assert all(ready and window.catalog.isAncestorOf(widget) for _text, widget, ready in recorder.pressed)


def test_ctrl_f_and_a_word_typed_while_the_window_opens_search_the_catalog(qtbot, demo_context):
    """Ctrl+F is the catalog's shortcut, which does not exist before the catalog is built: it is held with the
    word after it, and when sent it moves the focus to the search field, where the word must go too (found on the
    real desktop: the letters went to the button that had the focus before Ctrl+F)."""
    window = MainWindow(data_dir=demo_context.data_dir, is_demo=True)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window, "xiaomi")
    with qtbot.waitSignal(window.ready):
        window.attach(demo_context)
    assert window.catalog.search.text() == "xiaomi"
    assert QApplication.focusWidget() is window.catalog.search


class WindowsShown(QObject):
    """Notes every widget shown as a window of its own."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and watched.isWidgetType() and watched.isWindow():
            self.shown.append(f"{type(watched).__name__} {getattr(watched, 'text', lambda: '')()}".strip())
        return False


def test_building_the_workspaces_opens_no_window_and_keeps_the_activation(qtbot, qapp, demo_context):
    """setVisible(True) on a button not yet in a layout shows it as a window for a moment: it takes the activation
    from the main window, whose shortcuts then do not work (a held Ctrl+F did nothing)."""
    window = MainWindow(data_dir=demo_context.data_dir, is_demo=True)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    spy = WindowsShown()
    qapp.installEventFilter(spy)
    try:
        with qtbot.waitSignal(window.ready):
            window.attach(demo_context)
    finally:
        qapp.removeEventFilter(spy)
    assert spy.shown == []
    assert QApplication.activeWindow() is window


def test_key_buffer_holds_keys_and_sends_them_in_order(qtbot):
    window = QWidget()
    layout = QVBoxLayout(window)
    field = QLineEdit()
    layout.addWidget(field)
    qtbot.addWidget(window)
    window.show()
    field.setFocus()
    keys = KeyBuffer(window)
    assert window.focusWidget() is window
    qtbot.keyClicks(window, "a1b")
    qtbot.keyClick(window, Qt.Key.Key_Backspace)
    assert field.text() == ""  # held, not lost and not typed yet
    keys.release()  # the focus goes back to the field
    assert field.text() == "a1"
    qtbot.keyClicks(field, "c")  # after release keys go straight through
    assert field.text() == "a1c"


def test_keys_stay_in_order_when_the_focus_moves_while_they_are_held(qtbot):
    """A click (or Ctrl+F) puts the focus in a field while the window opens: what is typed there waits behind what
    was typed before, instead of overtaking it."""
    window = QWidget()
    field = QLineEdit()
    QVBoxLayout(window).addWidget(field)
    qtbot.addWidget(window)
    keys = KeyBuffer(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window)
    qtbot.keyClicks(window, "ab")
    field.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClicks(field, "c")
    assert field.text() == ""
    keys.release(focus=lambda: None)  # the focus stays where the click put it
    assert field.text() == "abc"


def test_main_window_look_is_part_of_the_application_sheet_and_follows_the_scale(qtbot, window):
    label = next(label for label in window.findChildren(QLabel) if label.isVisible())  # hidden pages follow when shown
    assert window.styleSheet() == ""  # a window sheet would be matched again for every widget at each switch
    assert label.font().pixelSize() == 15
    apply(Appearance(200))
    try:
        assert label.font().pixelSize() == 30
        apply(Appearance(150, high_contrast=True))
        assert label.font().pixelSize() == 22
    finally:
        apply(Appearance())
    assert label.font().pixelSize() == 15


def test_selftest_verbose_says_when_the_window_is_shown(tmp_path: Path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "livehelper", "--data-dir", str(tmp_path), "--lang", "en",
                           "selftest", "--verbose"], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "selftest: window shown"
    assert lines[-1].startswith("selftest ok")


SAME_ANSWER = """
import importlib, json, sys
import PySide6
feature = sys.modules["shibokensupport.feature"]
pysides_own = feature._mod_uses_pyside
from livehelper.ui import feature_check
names = ("livehelper.ui.main_window", "livehelper.domain.money", "livehelper.cli.common", "json", "_json", "sys",
         "PySide6.QtCore", "sqlalchemy.sql.compiler")
modules = [importlib.import_module(name) for name in names]
answers = [[pysides_own(module), feature_check.mentions_pyside(module)] for module in modules]
print(json.dumps([answers, feature_check.quicken(), feature._mod_uses_pyside is feature_check.mentions_pyside]))
"""


def test_pysides_look_at_each_import_is_quickened_with_the_same_answers():
    """PySide6 asks of every module imported after it whether its source names PySide6, through inspect.getsource;
    feature_check answers from the file's bytes: the same answers, installed in its place."""
    done = subprocess.run([sys.executable, "-c", SAME_ANSWER], capture_output=True, text=True, timeout=120, check=True)
    answers, installed, in_place = json.loads(done.stdout.strip().splitlines()[-1])
    assert [theirs for theirs, _ours in answers] == [True, False, False, False, False, False, False, False]
    assert [ours for _theirs, ours in answers] == [theirs for theirs, _ours in answers]
    assert installed and in_place


class PaintOrder(QObject):
    """Notes, at each paint of the window, whether the opener had started by then."""

    def __init__(self, window: QWidget, opener) -> None:
        super().__init__(window)
        self.opener = opener
        self.started_at_paint: list[bool] = []
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.started_at_paint.append(self.opener.started)
        return False


def _opener(data_dir: Path):
    from livehelper.startup import resolve_options
    from livehelper.ui.context_opener import ContextOpener

    opener = ContextOpener(resolve_options(data_dir, None, "en", True), long_running=False)
    opened: list[object] = []
    opener.opened.connect(opened.append)
    return opener, opened


def test_the_database_is_opened_once_the_first_window_is_painted(qtbot, tmp_path):
    """Issue 20: the opener's imports hold Python's lock; started before the first paint they delay it."""
    window = MainWindow(data_dir=tmp_path)
    qtbot.addWidget(window)
    opener, opened = _opener(tmp_path)
    order = PaintOrder(window, opener)
    opener.start_after_first_paint(window)
    window.show()
    qtbot.waitUntil(lambda: bool(opened), timeout=60_000)
    opener.wait()
    opener.context.close()
    assert order.started_at_paint[0] is False
    assert opener.started


def test_a_window_never_painted_still_gets_its_database(qtbot, tmp_path):
    window = MainWindow(data_dir=tmp_path)
    qtbot.addWidget(window)  # never shown: minimised at start, or behind a first-run question
    opener, opened = _opener(tmp_path)
    opener.start_after_first_paint(window)
    assert not opener.started
    qtbot.waitUntil(lambda: bool(opened), timeout=60_000)
    opener.wait()
    opener.context.close()
