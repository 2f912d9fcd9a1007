"""The teleprompter's text: one card, wrapped at the widget width, scrolled by a float offset, mirrorable."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontDatabase,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

# Readable Chinese faces, best first; only installed ones are asked for (a missing family costs a slow
# font-alias scan and a Qt warning).
CHINESE_FAMILIES = ("Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC",
                    "Source Han Sans SC", "WenQuanYi Micro Hei", "Droid Sans Fallback")
LINE_HEIGHT_PERCENT = 145


@dataclass(frozen=True)
class Theme:
    background: QColor
    text: QColor
    muted: QColor
    accent: QColor
    panel: QColor


THEMES = {
    "dark": Theme(QColor("#111111"), QColor("#f4f1ea"), QColor("#8a8a8a"), QColor("#f2c14e"), QColor("#1d1d1d")),
    "contrast": Theme(QColor("#000000"), QColor("#ffff00"), QColor("#d0d0d0"), QColor("#ffffff"),
                      QColor("#000000")),
}
ALARM = QColor("#ff3b30")


def chinese_font(pixel_size: int) -> QFont:
    font = QFont()
    installed = set(QFontDatabase.families())
    families = [family for family in CHINESE_FAMILIES if family in installed]
    if families:
        font.setFamilies(families)
    font.setPixelSize(pixel_size)
    return font


class PrompterView(QWidget):
    offsetChanged = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("prompterView")
        self.setAccessibleName(self.tr("Cue card text"))
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 160)
        self._document = QTextDocument(self)
        self._document.setUndoRedoEnabled(False)
        self._document.setDocumentMargin(0)
        self._text = ""
        self._placeholder = False
        self._font_size = 44
        self._offset = 0.0
        self._mirrored = False
        self._theme = THEMES["dark"]
        self._layout_text()

    # content
    def text(self) -> str:
        return self._text

    def set_text(self, text: str, placeholder: bool = False, reset: bool = True) -> None:
        """Show `text`; `reset` scrolls back to the top (a new card), otherwise the offset is kept."""
        if (text, placeholder) != (self._text, self._placeholder):
            self._text, self._placeholder = text, placeholder
            self._layout_text()
        self.set_offset(0.0 if reset else self._offset)
        self.update()

    def font_size(self) -> int:
        return self._font_size

    def set_font_size(self, pixels: int) -> None:
        if pixels != self._font_size:
            self._font_size = pixels
            self._layout_text()
            self.set_offset(self._offset)
            self.update()

    def is_mirrored(self) -> bool:
        return self._mirrored

    def set_mirrored(self, on: bool) -> None:
        self._mirrored = on
        self.update()

    def theme(self) -> Theme:
        return self._theme

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    # scrolling
    def margin(self) -> int:
        return max(16, min(64, self.width() // 20))

    def max_offset(self) -> float:
        return max(0.0, self._document.size().height() + 2 * self.margin() - self.height())

    def offset(self) -> float:
        return self._offset

    def set_offset(self, offset: float) -> None:
        offset = max(0.0, min(offset, self.max_offset()))
        if offset != self._offset:
            self._offset = offset
            self.offsetChanged.emit(offset)
            self.update()

    def scroll_by(self, pixels: float) -> None:
        self.set_offset(self._offset + pixels)

    def at_end(self) -> bool:
        return self._offset >= self.max_offset() - 0.01

    # layout and painting
    def _layout_text(self) -> None:
        document = self._document
        document.setDefaultFont(chinese_font(self._font_size))
        document.setPlainText(self._text)
        block = QTextBlockFormat()
        block.setLineHeight(LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        block.setBottomMargin(self._font_size * 0.4)
        cursor = QTextCursor(document)
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.mergeBlockFormat(block)
        document.setTextWidth(max(1, self.width() - 2 * self.margin()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._document.setTextWidth(max(1, self.width() - 2 * self.margin()))
        self.set_offset(self._offset)
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self._theme.background)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        if self._mirrored:  # for a beam-splitter glass: the reflection reads the right way round
            painter.setTransform(QTransform(-1, 0, 0, 1, self.width(), 0))
        margin = self.margin()
        painter.translate(margin, margin - self._offset)
        context = QAbstractTextDocumentLayout.PaintContext()
        palette = QPalette(self.palette())
        palette.setColor(QPalette.ColorRole.Text, self._theme.muted if self._placeholder else self._theme.text)
        context.palette = palette
        context.clip = QRectF(0, self._offset - margin, self.width(), self.height())
        self._document.documentLayout().draw(painter, context)
        painter.end()

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.scroll_by(-event.angleDelta().y() / 120 * self._font_size * 1.5)
        event.accept()
