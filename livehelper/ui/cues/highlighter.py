"""Marks in the deck editor: advertising-law findings (red wavy underline for 违规, amber for 需核实), variables,
card separators."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from livehelper.domain.adlaw import Finding, Level
from livehelper.domain.cues import find_variables

SEPARATOR = re.compile(r"^\s*---\s*$")
HEADING = re.compile(r"^#\s")
FINDING_COLOUR = QColor("#d0191b")  # 违规: unlawful as said
VERIFY_COLOUR = QColor("#b26a00")  # 需核实: lawful only when true and provable
UNKNOWN_VARIABLE_BACKGROUND = QColor("#ffe08a")
KNOWN_VARIABLE_COLOUR = QColor("#1f5fbf")


def utf16_index(text: str, index: int) -> int:
    """Python indexes code points; Qt's text positions count UTF-16 units (an emoji counts two)."""
    return len(text[:index].encode("utf-16-le")) // 2


def code_point_index(text: str, utf16: int) -> int:
    """The inverse of utf16_index for a position inside `text`."""
    units = 0
    for index, char in enumerate(text):
        if units >= utf16:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)


def _format(**settings: object) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if "colour" in settings:
        fmt.setForeground(settings["colour"])  # type: ignore[arg-type]
    if "background" in settings:
        fmt.setBackground(settings["background"])  # type: ignore[arg-type]
    if settings.get("bold"):
        fmt.setFontWeight(QFont.Weight.Bold)
    if "underline" in settings:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(settings["underline"])  # type: ignore[arg-type]
    return fmt


class CueHighlighter(QSyntaxHighlighter):
    """Highlights one line (block) at a time: words never span lines, so the per-line check is exact."""

    def __init__(self, document: QTextDocument, check: Callable[[str], list[Finding]]) -> None:
        super().__init__(document)
        self._check = check
        self.finding_format = _format(underline=FINDING_COLOUR, colour=FINDING_COLOUR)
        self.verify_format = _format(underline=VERIFY_COLOUR, colour=VERIFY_COLOUR)
        self.unknown_format = _format(background=UNKNOWN_VARIABLE_BACKGROUND, underline=QColor("#b26a00"))
        self.known_format = _format(colour=KNOWN_VARIABLE_COLOUR, bold=True)
        self.separator_format = _format(colour=QColor("#9a9a9a"), bold=True)
        self.heading_format = _format(colour=QColor("#5a2d0c"), bold=True)

    def highlightBlock(self, text: str) -> None:
        if SEPARATOR.match(text):
            self.setFormat(0, utf16_index(text, len(text)), self.separator_format)
            return
        if HEADING.match(text):
            self.setFormat(0, utf16_index(text, len(text)), self.heading_format)
        for ref in find_variables(text):
            self._mark(text, ref.start, ref.end, self.known_format if ref.known else self.unknown_format)
        for finding in self._check(text):
            verify = finding.level == Level.VERIFY
            self._mark(text, finding.start, finding.end, self.verify_format if verify else self.finding_format)

    def _mark(self, text: str, start: int, end: int, fmt: QTextCharFormat) -> None:
        begin = utf16_index(text, start)
        self.setFormat(begin, utf16_index(text, end) - begin, fmt)
