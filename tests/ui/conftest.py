from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from livehelper.services.context import AppContext
from livehelper.ui.i18n import install_translators
from livehelper.ui.main_window import MainWindow


@pytest.fixture
def zh(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "zh_CN")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    install_translators(qapp, "en")


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
