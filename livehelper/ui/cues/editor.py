"""The plain-text deck editor: cards separated by '---', '# 标题' for a title, marks for risky words."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont, QHelpEvent, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QToolTip, QWidget

from livehelper.domain.adlaw import Finding
from livehelper.ui.cues.highlighter import CueHighlighter, code_point_index, utf16_index


class DeckEditor(QPlainTextEdit):
    def __init__(self, check: Callable[[str], list[Finding]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._check = check
        font = QFont()
        font.setPointSize(13)
        self.setFont(font)
        self.setTabChangesFocus(True)
        self.highlighter = CueHighlighter(self.document(), check)

    def findings(self) -> list[Finding]:
        return self._check(self.toPlainText())

    def recheck(self) -> None:
        self.highlighter.rehighlight()

    def finding_at(self, utf16_position: int) -> Finding | None:
        block = self.document().findBlock(utf16_position)
        text = block.text()
        column = code_point_index(text, utf16_position - block.position())
        return next((f for f in self._check(text) if f.start <= column < f.end), None)

    def go_to(self, finding: Finding) -> None:
        """Select a finding, so that a list of findings (not only hovering) leads to it."""
        block = self.document().findBlockByNumber(finding.line - 1)
        text = block.text()
        start = block.position() + utf16_index(text, finding.column - 1)
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(start + utf16_index(finding.word, len(finding.word)), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.setFocus()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            cursor = self.cursorForPosition(self.viewport().mapFromParent(event.pos()))
            finding = self.finding_at(cursor.position())
            if finding is not None:
                text = tooltip_text(finding, self.tr("{word}: {reason}"), self.tr("Instead: {suggestion}"))
                QToolTip.showText(event.globalPos(), text, self)
                return True
            QToolTip.hideText()
        return super().event(event)


def tooltip_text(finding: Finding, word_template: str, instead_template: str) -> str:
    text = word_template.format(word=finding.word, reason=finding.explanation)
    return text + "\n" + instead_template.format(suggestion=finding.suggestion) if finding.suggestion else text
