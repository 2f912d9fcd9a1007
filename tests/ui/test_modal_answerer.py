"""The tests' modal-dialog answerer (tests/ui/conftest.py) is bound to its test: it answers in order, stops
watching once its answers are used or the test ends, and counts answers no dialog took (the fixture fails them)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from tests.ui.conftest import ModalAnswerer

Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


def test_answers_go_to_the_dialogs_in_order_then_it_stops_watching(qtbot):
    answerer = ModalAnswerer()
    answerer.press(Yes)
    answerer.press(No)
    assert answerer.active
    first = QMessageBox.question(None, "LiveHelper", "first?")
    second = QMessageBox.question(None, "LiveHelper", "second?")
    assert (first, second) == (Yes, No)
    assert answerer.texts == ["first?\n", "second?\n"]
    assert answerer.seen == ["QMessageBox", "QMessageBox"]
    assert not answerer.active
    assert answerer.close() == 0


def test_an_answer_no_dialog_took_is_counted_and_watching_stops(qtbot):
    answerer = ModalAnswerer()
    answerer.press(Yes)
    assert answerer.close() == 1
    assert not answerer.active
