"""The tests' modal-dialog answerer (tests/ui/conftest.py) is bound to its test: it answers in order, stops
watching once its answers are used or the test ends, and counts answers no dialog took (the fixture fails them)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QWidget

from tests.ui.conftest import ModalAnswerer, choose_file

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


def test_choose_file_names_the_file_even_when_the_name_box_has_the_focus(qtbot, modal, tmp_path):
    """The file dialog, once active, gives its name box the focus; then selectFile would change nothing and
    the dialog would accept its own suggestion. choose_file must name the file either way."""
    owner = QWidget()
    qtbot.addWidget(owner)
    owner.show()
    target = tmp_path / "chosen"

    def choose(file_dialog: QFileDialog) -> None:
        qtbot.waitUntil(file_dialog.findChild(QLineEdit, "fileNameEdit").hasFocus)
        choose_file(file_dialog, target)

    modal.next(choose)
    path, _ = QFileDialog.getSaveFileName(owner, "Save", str(tmp_path / "suggested.pdf"), "PDF (*.pdf)")
    assert Path(path).with_suffix("") == target


def test_a_key_click_with_ctrl_leaves_ctrl_held_for_the_next_test(qtbot):
    """QTest's release of Ctrl still says Ctrl: the keys_released fixture must let it go after this test."""
    owner = QWidget()
    qtbot.addWidget(owner)
    qtbot.keyClick(owner, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.keyboardModifiers() == Qt.KeyboardModifier.ControlModifier


def test_the_next_test_starts_with_no_key_held(qtbot):
    assert QApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier
