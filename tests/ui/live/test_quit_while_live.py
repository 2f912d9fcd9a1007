"""Quitting or restarting mid-stream never ends the broadcast by surprise: Ctrl+Q asks while a stream is on air,
and the question after a crash offers "resume" and "end it" in its own words, Esc keeping the stream."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from livehelper.services.context import open_context
from livehelper.ui.live.report_dialog import ReportDialog
from livehelper.ui.live.windows import REPORT
from tests.ui.live.test_live_workspace import crashed_session, make_workspace
from tests.ui.test_accessibility import start_session

Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


def test_ctrl_q_mid_stream_asks_and_keeps_streaming_by_default(qtbot, window, modal):
    start_session(window, [1, 2])
    try:
        modal.next(lambda box: QTest.keyClick(box, Qt.Key.Key_Escape))
        QTest.keySequence(window, "Ctrl+Q")
        assert window.isVisible() and window.context.live.active
        assert window.context.live.snapshot().session.title in modal.texts[0]
        modal.next(lambda box: QTest.keyClick(box, Qt.Key.Key_Return))  # the default: keep streaming
        window.close()
        assert window.isVisible() and window.context.live.active
        modal.press(Yes)  # 仍然退出
        window.close()
        assert not window.isVisible()
        assert len(modal.texts) == 3
    finally:
        window.context.live.stop()


def test_ctrl_q_without_a_stream_quits_without_asking(qtbot, window):
    QTest.keySequence(window, "Ctrl+Q")
    assert not window.isVisible() and QApplication.activeModalWidget() is None


def test_ending_the_unfinished_stream_is_said_and_shows_its_report(qtbot, data_dir, modal):
    crashed_session(data_dir)
    context = open_context(data_dir)
    try:
        workspace = make_workspace(qtbot, context)
        buttons: list[str] = []
        modal.next(lambda box: (buttons.extend(b.text() for b in box.buttons()), box.button(No).click()))
        assert not workspace.offer_resume()
        assert any("report" in text for text in buttons) and any("Resume" in text for text in buttons)
        assert context.live.unfinished_session() is None and not context.live.active
        report = workspace.windows.get(REPORT)
        assert isinstance(report, ReportDialog) and report.isVisible()
        report.close()
    finally:
        context.close()


def test_escape_on_the_resume_question_keeps_the_stream(qtbot, data_dir, modal):
    session_id = crashed_session(data_dir)
    context = open_context(data_dir)
    try:
        workspace = make_workspace(qtbot, context)
        modal.next(lambda box: QTest.keyClick(box, Qt.Key.Key_Escape))
        assert workspace.offer_resume()
        assert context.live.active and context.live.snapshot().session.id == session_id
        context.live.stop()
    finally:
        context.close()
