"""Turning domain errors into calm dialogs."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from livehelper.domain.errors import ImportRejected, LiveHelperError
from livehelper.ui.i18n import current_language

MAX_LISTED_PROBLEMS = 30


def show_error(parent: QWidget | None, title: str, error: LiveHelperError) -> None:
    lang = current_language()
    box = QMessageBox(QMessageBox.Icon.Warning, title, error.render(lang), QMessageBox.StandardButton.Ok,
                      parent)
    if isinstance(error, ImportRejected):
        lines = [problem.render(lang) for problem in error.problems]
        box.setInformativeText("\n".join(lines[:MAX_LISTED_PROBLEMS]))
        box.setDetailedText("\n".join(lines))
    box.exec()
