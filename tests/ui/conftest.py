from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit, QMessageBox, QWidget

from livehelper.services.context import AppContext
from livehelper.ui.bridge import EventBridge
from livehelper.ui.i18n import install_translators
from livehelper.ui.main_window import MainWindow

W = TypeVar("W", bound=QWidget)


@pytest.fixture(autouse=True)
def keys_released(qapp: QApplication) -> Iterator[None]:
    """Every test starts with no modifier key held.

    QTest's key release of Ctrl still carries ControlModifier (as X11 reports it), and the application keeps the
    modifiers of the last key event it saw: after `qtbot.keyClick(w, Qt.Key_1, Ctrl)` the app believes Ctrl is
    held until some other key event arrives — in the next test too, where QTableView.selectRow then toggles.
    """
    yield
    if QGuiApplication.keyboardModifiers() != Qt.KeyboardModifier.NoModifier:
        receiver = QWidget()
        for key in (Qt.Key.Key_Control, Qt.Key.Key_Shift, Qt.Key.Key_Alt, Qt.Key.Key_Meta):
            QTest.keyRelease(receiver, key, Qt.KeyboardModifier.NoModifier)
        receiver.deleteLater()
    assert QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier


@pytest.fixture
def zh(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "zh_CN")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    install_translators(qapp, "en")


@pytest.fixture
def display_name(qapp: QApplication) -> Iterator[str]:
    """The application's display name as livehelper/app.py sets it for Chinese (Qt appends it to window titles)."""
    before = qapp.applicationDisplayName()
    qapp.setApplicationDisplayName("直播助手 LiveHelper")
    yield qapp.applicationDisplayName()
    qapp.setApplicationDisplayName(before)


@pytest.fixture
def window(qtbot, demo_context: AppContext) -> MainWindow:
    main = MainWindow(demo_context)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


class ModalAnswerer:
    """Answers the next modal dialogs the way a person would, in order, and remembers what they said.

    Bound to one test (the `modal` fixture): it polls only while an answer is armed, stops at the test's end so
    that it can never answer the next test's dialog, and reports answers that no dialog came to take.
    """

    POLL_MS = 10

    def __init__(self) -> None:
        self.texts: list[str] = []  # what each message box said
        self.seen: list[str] = []  # the class of each dialog answered, in order
        self._armed: deque[Callable[[QDialog], None]] = deque()
        self._answered: QWidget | None = None  # the last dialog answered, until it has closed
        self._timer = QTimer()
        self._timer.setInterval(self.POLL_MS)
        self._timer.timeout.connect(self._answer)

    def next(self, action: Callable[[QDialog], None]) -> None:
        self._armed.append(action)
        self._timer.start()

    def press(self, button: QMessageBox.StandardButton) -> None:
        self.next(lambda box: box.button(button).click())  # type: ignore[attr-defined]

    @property
    def active(self) -> bool:
        """Whether it is watching for a dialog (only while an answer is armed)."""
        return self._timer.isActive()

    def _answer(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or not self._armed or (modal is self._answered and modal.isVisible()):
            return
        action = self._armed.popleft()
        if not self._armed:
            self._timer.stop()
        self._answered = modal
        self.seen.append(type(modal).__name__)
        if isinstance(modal, QMessageBox):
            self.texts.append(modal.text() + "\n" + modal.informativeText())
        action(modal)  # type: ignore[arg-type]

    def close(self) -> int:
        """Stop answering; how many armed answers were never used."""
        self._timer.stop()
        unused = len(self._armed)
        self._armed.clear()
        return unused


@pytest.fixture
def modal() -> Iterator[ModalAnswerer]:
    answerer = ModalAnswerer()
    yield answerer
    unused = answerer.close()
    if unused:
        pytest.fail(f"{unused} modal answer(s) armed but no dialog came to take them")


def type_text(widget, text: str) -> None:
    """Type as a Chinese input method does: the IME commits the composed characters to the widget."""
    from PySide6.QtGui import QInputMethodEvent

    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def choose_file(file_dialog: QFileDialog, path: Path | str) -> None:
    """Type the whole path in a file dialog's name box and accept it, as a person does.

    Not QFileDialog.selectFile: it leaves the name box alone while the box has the keyboard focus, which it has
    once the dialog's window is active. Whether the answer came before or after that depended on the machine's
    load, and after it the dialog accepted its own suggestion (in the user's Documents folder) instead.
    """
    name_box = file_dialog.findChild(QLineEdit, "fileNameEdit")
    assert name_box is not None, "not Qt's own file dialog"
    name_box.setText(str(path))
    file_dialog.accept()


def show_workspace(qtbot, workspace_type: Callable[[AppContext, EventBridge], W], context: AppContext, width: int,
                   height: int) -> W:
    """A workspace over `context` with an event bridge of its own (as the main window gives it), shown at
    width × height."""
    bridge = EventBridge(context.events)
    workspace = workspace_type(context, bridge)
    bridge.setParent(workspace)
    qtbot.addWidget(workspace)
    workspace.resize(width, height)
    workspace.show()
    qtbot.waitExposed(workspace)
    return workspace
