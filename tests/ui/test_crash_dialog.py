"""Crash reports from real exceptions: in a Qt slot, in a worker thread, and the mention at the next start.

pytest-qt normally captures exceptions raised in Qt slots and virtual methods (and fails the test); these
tests need them to reach sys.excepthook as they do in the app, hence qt_no_exception_capture.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton

from livehelper import __version__
from livehelper.app import _mention_last_crash
from livehelper.crash import REDACTED, CrashRecorder, redact, take_unmentioned_report
from livehelper.ui.crash_dialog import CrashDialog
from livehelper.ui.crash_hooks import CrashHandler

BUYER_PHONE = "13812345678"


@pytest.fixture
def handler(qtbot, tmp_path: Path) -> Iterator[CrashHandler]:
    crash_handler = CrashHandler(tmp_path / "logs")
    crash_handler.install()
    yield crash_handler
    crash_handler.uninstall()
    if crash_handler.dialog is not None:
        crash_handler.dialog.close()


def _raise_with_buyer_data() -> None:
    order = {"buyer_name": "刘桂兰", "buyer_phone": BUYER_PHONE, "address": "山东省 济南市 历下区 泉城路100号"}
    raise ValueError(f"cannot pack order WX-1 for {order}, call {BUYER_PHONE[:3]} {BUYER_PHONE[3:7]} {BUYER_PHONE[7:]}")


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_writes_a_report_and_shows_a_calm_dialog(qtbot, handler):
    button = QPushButton("打包")
    qtbot.addWidget(button)
    button.clicked.connect(_raise_with_buyer_data)
    button.click()  # PySide hands the slot's exception to sys.excepthook and carries on
    qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())
    dialog = handler.dialog
    assert isinstance(dialog, CrashDialog)
    report = dialog.report
    assert dialog.location.text() == str(report) and report.parent == handler.recorder.folder
    text = report.read_text("utf-8")
    assert "ValueError: cannot pack order WX-1" in text and "_raise_with_buyer_data" in text
    assert f"version: {__version__}" in text and "pyside6: " in text and "qt: " in text and "platform: " in text
    for personal in (BUYER_PHONE, "1234 5678", "刘桂兰", "泉城路"):
        assert personal not in text
    assert REDACTED in text
    button.click()  # the same error again: a second report, but no second dialog on top of the first
    qtbot.waitUntil(lambda: len(list(report.parent.glob("crash-*.txt"))) == 2)
    assert handler.dialog is dialog
    dialog.close()
    qtbot.waitUntil(lambda: handler.dialog is None)


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_worker_thread_is_reported_on_the_ui_thread(qtbot, handler):
    worker = threading.Thread(target=_raise_with_buyer_data, name="livehelper-test-worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())
    text = handler.dialog.report.read_text("utf-8")
    assert "thread: livehelper-test-worker" in text and BUYER_PHONE not in text


def test_the_next_start_mentions_the_report_once(window, tmp_path):
    folder = tmp_path / "logs"
    try:
        _raise_with_buyer_data()
    except ValueError as error:
        report = CrashRecorder(folder).record(type(error), error, error.__traceback__)
    assert report is not None
    _mention_last_crash(folder, window)
    assert str(report) in window.statusBar().currentMessage()
    window.statusBar().clearMessage()
    _mention_last_crash(folder, window)
    assert window.statusBar().currentMessage() == ""
    assert take_unmentioned_report(folder) is None


def test_redaction_keeps_what_helps_to_find_the_bug():
    assert redact("name 'foo' is not defined") == "name 'foo' is not defined"
    assert redact("KeyError: 'price_fen'") == "KeyError: 'price_fen'"
    assert redact("收件人：王小明，电话 138-1234-5678") == f"收件人：{REDACTED}，电话 {REDACTED}"
    assert redact("[SQL: INSERT INTO orders (buyer_name) VALUES (?)]\n[parameters: ('王小明',)]") == (
        f"[SQL: INSERT INTO orders (buyer_name) VALUES (?)]\n[parameters: {REDACTED}]")


def test_a_report_that_cannot_be_written_is_given_up_quietly(tmp_path):
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    error = RuntimeError("boom")
    assert CrashRecorder(blocked / "logs").record(RuntimeError, error, None) is None


def test_a_full_disk_during_a_save_is_a_clear_message_and_the_dialog_keeps_the_input(qtbot, context):
    """SQLite's max_page_count stands in for a full disk: the write fails with SQLITE_FULL, as on a full disk."""
    if not context.database.is_sqlite:
        pytest.skip("SQLite only")
    from sqlalchemy import event

    from livehelper.ui.catalog.product_dialog import ProductDialog
    from tests.ui.conftest import type_text

    engine = context.database.engine
    event.listen(engine, "connect", lambda connection, _record: connection.execute("PRAGMA max_page_count=1"))
    engine.dispose()  # every new connection has the limit: the file cannot grow any more
    dialog = ProductDialog(context.catalog.create)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.name, "绥德油馍馍")
    type_text(dialog.price, "32.5")
    dialog.selling_points.setPlainText("黄土高原手工制作，" * 50)
    for _ in range(200):  # the file has some free pages at first; the limit bites within a few saves
        dialog.accept()
        if dialog.saved is None:
            break
        dialog.saved = None
        dialog.show()  # a successful save closed it: open it again with the same input
    assert dialog.saved is None and dialog.isVisible()
    assert "disk is full" in dialog.problem.text()
    assert dialog.name.text().startswith("绥德油馍馍")  # nothing typed is lost


def test_the_report_path_uses_the_platforms_fixed_width_font_not_the_fontconfig_alias(qtbot, tmp_path):
    """'monospace' is a fontconfig alias; Windows has no such family (issue 22): the system's fixed font is used."""
    from PySide6.QtGui import QFontDatabase, QFontInfo

    from livehelper.ui.crash_dialog import CrashDialog

    dialog = CrashDialog(tmp_path / "crash-20261206-081600.txt")
    qtbot.addWidget(dialog)
    assert "monospace" not in dialog.location.styleSheet()
    fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    assert dialog.location.font().family() == fixed.family()
    assert QFontInfo(dialog.location.font()).fixedPitch()
