"""UI scale (100–200%) and the large-text high-contrast theme: remembered in the preferences, applied to every
open window at once.

Qt's own scale factor is fixed at start, so the scale works on what is drawn: the application font grows from
the font captured once at start, a proxy style grows check boxes, scroll bars and icons, and the pixel sizes in
widgets' own style sheets are rewritten (each widget's original sheet is kept, so any scale starts from it). The
high-contrast theme is a black/white/yellow palette, a thick yellow focus edge, and large text: at least 150%,
or the chosen scale when that is larger.

Widgets that size things in pixels call `scaled(px)` and `follow(widget, callback)` to redo it on a change;
colours that mean something (a packing state, an error) go through `text_colour` / `background_colour`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QWidget

from livehelper import prefs
from livehelper.ui.appearance.style import (
    contrast_palette,
    contrast_style_sheet,
    readable_background,
    readable_text,
    rewrite_sheet,
)
from livehelper.ui.appearance.widget_sheet import WIDGET_SHEET

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTableView

    from livehelper.ui.appearance.deferred import DeferredPolish
    from livehelper.ui.appearance.scaled_style import ScaledStyle

PREFS_KEY = "appearance"
SCALES = (100, 125, 150, 175, 200)
CONTRAST_MINIMUM_SCALE = 150
NO_FOCUS = 0  # Qt.FocusPolicy.NoFocus
ORIGINAL_SHEET = "livehelperOriginalSheet"  # dynamic properties on a widget whose style sheet was rewritten
REWRITTEN_SHEET = "livehelperRewrittenSheet"
COLUMN_FACTOR = "livehelperColumnFactor"  # the scale a table's column widths were last fitted to


@dataclass(frozen=True)
class Appearance:
    scale: int = 100
    high_contrast: bool = False

    @property
    def factor(self) -> float:
        """What sizes are multiplied by: the scale, and at least 150% in the high-contrast theme."""
        return max(self.scale, CONTRAST_MINIMUM_SCALE if self.high_contrast else 0) / 100

    @property
    def is_default(self) -> bool:
        return self.factor == 1 and not self.high_contrast

    def bigger(self) -> Appearance:
        return Appearance(min(SCALES[-1], self.scale + 25), self.high_contrast)

    def smaller(self) -> Appearance:
        return Appearance(max(SCALES[0], self.scale - 25), self.high_contrast)

    def to_prefs(self) -> dict[str, object]:
        return {"scale": self.scale, "high_contrast": self.high_contrast}

    @classmethod
    def from_prefs(cls, value: object) -> Appearance:
        """Tolerant of hand edits: "150", 150.0 and "150%" all mean 150; other scales go to the nearest step."""
        if not isinstance(value, dict):
            return cls()
        raw_scale = value.get("scale", 100)
        try:
            number = float(str(raw_scale).strip().rstrip("%")) if not isinstance(raw_scale, bool) else 100.0
        except ValueError:
            number = 100.0
        number = number if number == number else 100.0  # NaN
        scale = min(SCALES, key=lambda step: abs(step - number))
        contrast = value.get("high_contrast", False)
        if isinstance(contrast, str):
            contrast = contrast.strip().lower() in ("1", "true", "yes", "on")
        return cls(scale, contrast is True or contrast == 1)


def load(data_dir: Path) -> Appearance:
    return Appearance.from_prefs(prefs.load(data_dir).get(PREFS_KEY))


def save(data_dir: Path, appearance: Appearance) -> None:
    prefs.save(data_dir, **{PREFS_KEY: appearance.to_prefs()})


_shown = [Appearance()]  # what the application shows now: read for every painted cell, so kept at hand


class AppearanceManager(QObject):
    """The one appearance of the running application.

    A switch re-polishes every widget. Qt's own way to apply a changed application sheet (repolish on
    setStyleSheet) polishes each widget once more for every ancestor it has, thousands of polishes for the main
    window's few hundred widgets (issue 20: a switch took seconds). Taking the sheet away and setting the new one
    instead makes Qt install a fresh sheet style, which polishes every widget once: two passes over the widgets
    (three when the style object itself changes, for high contrast) instead of one quadratic one. The hidden
    pages of stacks sit those passes out and take the new look when shown (appearance/deferred.py). Windows hand
    their sheets, scoped by their selectors, to `add_window_sheet`: one application sheet for all."""

    changed = Signal(object)  # the new Appearance

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.current = Appearance()
        self._base_font = QFont(app.font())
        self._base_palette: QPalette | None = None  # the platform's, kept at the first switch (a copy loads Qt's
        # whole namespace, which the first window does without: issue 20)
        self._base_style_name: str | None = None  # the platform's ("fusion" on Linux), read when first needed
        self._base_sheet = app.styleSheet()
        self._window_sheets: dict[str, str] = {"widgets": WIDGET_SHEET}  # the workspaces' widgets, by name
        self._scaled_style: ScaledStyle | None = None  # installed while the appearance is not the default one
        self._watching = False
        self._deferred: DeferredPolish | None = None  # hidden pages take a new look when shown (first switch)

    def add_window_sheet(self, name: str, sheet: str) -> None:
        """A window's style sheet as part of the application's (scoped by its own selectors, e.g. `MainWindow
        QTableView`), scaled and recoloured with every switch."""
        if self._window_sheets.get(name) == sheet:
            return
        self._window_sheets[name] = sheet
        self.app.setStyleSheet(self._application_sheet(self.current))

    def _application_sheet(self, appearance: Appearance) -> str:
        parts = [self._base_sheet]
        for sheet in self._window_sheets.values():
            parts.append(sheet if appearance.is_default else
                         rewrite_sheet(sheet, appearance.factor, appearance.high_contrast))
        if appearance.high_contrast:
            parts.append(contrast_style_sheet())
        return "\n".join(part for part in parts if part)

    def apply(self, appearance: Appearance) -> None:
        if appearance == self.current:
            return
        if self._base_palette is None:  # before anything below changes it
            self._base_palette = QPalette(self.app.palette())
        self.current = _shown[0] = appearance
        factor = appearance.factor
        font = QFont(self._base_font)
        if font.pointSizeF() > 0:
            font.setPointSizeF(self._base_font.pointSizeF() * factor)
        else:
            font.setPixelSize(round(self._base_font.pixelSize() * factor))
        self._watch(False)  # the re-polish below sends every widget events that the filter need not see
        if self._deferred is None:
            from livehelper.ui.appearance.deferred import DeferredPolish

            self._deferred = DeferredPolish(self)
        self._deferred.defer_hidden_pages()
        self.app.setStyleSheet("")  # one pass back to the bare style, so that the new sheet is not a "repolish"
        self._set_style(appearance)
        self.app.setPalette(contrast_palette() if appearance.high_contrast else self._base_palette)
        self.app.setFont(font)
        for widget in QApplication.allWidgets():
            self._rewrite(widget)
        self.app.setStyleSheet(self._application_sheet(appearance))  # one pass: a new sheet style polishes each
        _forget_hidden_sizes()
        self._watch(not appearance.is_default)
        self.changed.emit(appearance)

    def _set_style(self, appearance: Appearance) -> None:
        """The style object changes only when it must. Once installed, the ScaledStyle stays, also at 100% (a
        factor of 1 changes nothing): a new factor on it costs nothing, a new style object a pass over every
        widget. It is replaced only to change its base, Fusion in high contrast."""
        if self._scaled_style is None and appearance.is_default:
            return
        if self._base_style_name is None:  # not before: the style's wrapper costs its class and enums at start
            self._base_style_name = self.app.style().name().lower()  # still the platform's: no ScaledStyle yet
        style_name = "fusion" if appearance.high_contrast else self._base_style_name  # style keys: any case
        if self._scaled_style is not None and self._scaled_style.base_style_name == style_name:
            self._scaled_style.factor = appearance.factor
            return
        from livehelper.ui.appearance.scaled_style import ScaledStyle  # not on the default look's start path

        self._scaled_style = ScaledStyle(style_name, appearance.factor)
        self.app.setStyle(self._scaled_style)

    def _watch(self, on: bool) -> None:
        """Widgets made, or re-styled, later are rewritten as they are polished. The filter sees every event of
        the application, so it is only there when the appearance is not the default one."""
        if on != self._watching:
            (self.app.installEventFilter if on else self.app.removeEventFilter)(self)
            self._watching = on

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Polish, QEvent.Type.StyleChange) and isinstance(watched, QWidget):
            self._rewrite(watched)
        return False

    def _rewrite(self, widget: QWidget) -> None:
        sheet = widget.styleSheet()
        if not sheet:
            return
        if sheet != widget.property(REWRITTEN_SHEET):  # set by the widget itself since the last rewrite
            widget.setProperty(ORIGINAL_SHEET, sheet)
        original = widget.property(ORIGINAL_SHEET) or sheet
        wanted = original if self.current.is_default else rewrite_sheet(
            original, self.current.factor, self.current.high_contrast)
        widget.setProperty(REWRITTEN_SHEET, wanted)
        if wanted != sheet:
            widget.setStyleSheet(wanted)


def restyle(widget: QWidget, **properties: object) -> None:
    """Set the dynamic properties that the application sheet reads for `widget` (`#liveDurable[saving="true"]`)
    and match it again: Qt does not notice a property change by itself. Only `widget` is re-polished."""
    for name, value in properties.items():
        widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def _forget_hidden_sizes() -> None:
    """Hidden widgets (the pages of other workspaces) do not lay themselves out again until shown, and their
    layouts may still hold the sizes they had while the switch was half done (large text, no sheet yet): a
    visible stack that asks them for their minimum must get the new figure."""
    for widget in QApplication.allWidgets():
        if not widget.isVisible():
            widget.updateGeometry()


_made: list[AppearanceManager] = []  # the manager of the running QApplication (tests may make a new one)


def manager() -> AppearanceManager:
    """The application's appearance manager, made on first use (after the QApplication). Not looked up with
    findChild: that wraps every child of the application, and a child of a class PySide6 has not loaded yet (the
    style) costs its class and enums before the first paint."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if not _made or not shiboken6.isValid(_made[0]) or _made[0].parent() is not app:
        _made[:] = [AppearanceManager(app)]
    return _made[0]


def apply(appearance: Appearance, data_dir: Path | None = None) -> None:
    """Show the application in `appearance` at once; with `data_dir`, remember it there for the next start."""
    if data_dir is not None:
        save(data_dir, appearance)
    manager().apply(appearance)


def add_window_sheet(name: str, sheet: str) -> None:
    """See AppearanceManager.add_window_sheet."""
    manager().add_window_sheet(name, sheet)


def current() -> Appearance:
    return _shown[0]


def scaled(pixels: float) -> int:
    """A size designed at 100%, at the current scale."""
    return round(pixels * current().factor)


class _Follower(QObject):
    """Lives as the widget's child, so the connection ends with the widget."""

    def __init__(self, widget: QWidget, resize: Callable[[], None]) -> None:
        super().__init__(widget)
        self._resize = resize
        manager().changed.connect(self.on_change)

    def on_change(self, _appearance: Appearance) -> None:
        self._resize()


def follow(widget: QWidget, resize: Callable[[], None]) -> None:
    """Run `resize` now and after every change of appearance while `widget` lives."""
    resize()
    _Follower(widget, resize)


def text_colour(colour: QColor | str) -> QColor:
    """A meaningful text colour (an error, a state), readable in the current appearance."""
    return QColor(colour) if not _shown[0].high_contrast else QColor(_on_black(QColor(colour).rgba(), text=True))


def background_colour(colour: QColor | str) -> QColor:
    """A meaningful background (a state, a stock warning) under the current appearance's text colour."""
    return QColor(colour) if not _shown[0].high_contrast else QColor(_on_black(QColor(colour).rgba(), text=False))


def readable_brush(brush: QBrush, background: bool) -> QBrush:
    """`brush` itself at the default colours (no allocation on the painting path), else made readable."""
    if not _shown[0].high_contrast:
        return brush
    return QBrush(background_colour(brush.color()) if background else text_colour(brush.color()))


@cache
def _on_black(rgba: int, text: bool) -> int:
    recolour = readable_text if text else readable_background
    return recolour(QColor.fromRgba(rgba), True).rgba()


def table_follows_scale(table: QTableView, row_height: int) -> None:
    """Rows `row_height` pixels tall at 100%, and column widths that grow and shrink with the scale."""
    def resize() -> None:
        factor = current().factor
        ratio = factor / float(table.property(COLUMN_FACTOR) or 1.0)
        table.setProperty(COLUMN_FACTOR, factor)
        table.verticalHeader().setDefaultSectionSize(round(row_height * factor))
        if ratio != 1:
            header = table.horizontalHeader()
            for column in range(header.count() - (1 if header.stretchLastSection() else 0)):
                table.setColumnWidth(column, round(table.columnWidth(column) * ratio))
    follow(table, resize)


def scrollable(widget: QWidget) -> QScrollArea:
    """`widget` at its full size when there is room, and scrollable when large text makes it bigger than the
    screen: nothing is cut off, everything stays reachable."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    # Tab goes straight to the controls; it scrolls them into view. Set by name: the main window's area is made
    # before the first paint, which does without the Qt namespace (naming Qt.FocusPolicy loads all of it).
    area.setProperty("focusPolicy", NO_FOCUS)
    return area
