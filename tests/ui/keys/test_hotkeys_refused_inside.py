"""A key Windows refuses as a global hotkey (another program holds it) still works inside LiveHelper, as the
refusal message promises; the keys Windows accepted are not bound twice. The window releases them on close."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from livehelper.ui.keys.global_hotkeys import GlobalHotkeys
from livehelper.ui.keys.hotkey_keys import defaults
from tests.ui.keys.test_global_hotkeys import RecordingUser32
from tests.ui.test_accessibility import start_session


def test_a_refused_key_works_inside_the_app(qtbot, window, demo_context):
    held = RecordingUser32(held_elsewhere=(0x7C,))  # F13 (+1) is registered by another program
    held.last_error = lambda: 1409
    window.keyboard.hotkeys = GlobalHotkeys(window.keyboard, user32=held)
    window.keyboard.hotkeys.triggered.connect(window.keyboard.run_global)
    problems = window.keyboard._apply_hotkeys(defaults())
    assert len(problems) == 1 and "Windows error 1409" in problems[0]
    [inside] = window.keyboard._inside  # only the refused key: the accepted ones are not bound twice
    assert inside.keys() == [QKeySequence("F13")]
    start_session(window, [1, 2])
    try:
        table = window.live.running.table
        table.setFocus()
        QTest.keyClick(table, Qt.Key.Key_F13)  # handled inside LiveHelper: a tally
        demo_context.live.wait_durable()
        snapshot = demo_context.live.snapshot()
        assert snapshot.totals.per_product[snapshot.explaining].items == 1
    finally:
        demo_context.live.stop()
    registered = dict(held.registered)
    assert registered  # the other four keys are Windows' now
    window.close()
    assert held.registered == {}  # closeEvent gave every key back
