from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

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
    """Answers the next modal dialog the way a person would, and remembers what it said."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def next(self, action: Callable[[QDialog], None]) -> None:
        def answer() -> None:
            modal = QApplication.activeModalWidget()
            if modal is None:
                QTimer.singleShot(10, answer)
                return
            if isinstance(modal, QMessageBox):
                self.texts.append(modal.text() + "\n" + modal.informativeText())
            action(modal)  # type: ignore[arg-type]

        QTimer.singleShot(0, answer)

    def press(self, button: QMessageBox.StandardButton) -> None:
        self.next(lambda box: box.button(button).click())  # type: ignore[attr-defined]


@pytest.fixture
def modal() -> ModalAnswerer:
    return ModalAnswerer()


def type_text(widget, text: str) -> None:
    """Type as a Chinese input method does: the IME commits the composed characters to the widget."""
    from PySide6.QtGui import QInputMethodEvent

    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
