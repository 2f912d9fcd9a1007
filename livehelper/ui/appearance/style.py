"""The pieces of an appearance: the black/white/yellow palette, the focus frames of the high-contrast theme, and
the rewriting of widgets' own style sheets (their pixel sizes scaled, their colours made readable on black). The
style whose pixel metrics grow with the scale is scaled_style.py."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QPalette

BLACK = QColor("#000000")
WHITE = QColor("#ffffff")
YELLOW = QColor("#ffff00")
DIM = QColor("#a8a8a8")  # disabled text: still 8:1 on black
EDGE = QColor("#9a9a9a")  # the edge of a control that has no focus

def contrast_palette() -> QPalette:
    palette = QPalette()
    roles = QPalette.ColorRole
    colours = {roles.Window: BLACK, roles.WindowText: WHITE, roles.Base: BLACK, roles.AlternateBase: QColor("#1c1c1c"),
               roles.Text: WHITE, roles.Button: BLACK, roles.ButtonText: WHITE, roles.BrightText: YELLOW,
               roles.Highlight: YELLOW, roles.HighlightedText: BLACK, roles.Link: YELLOW,
               roles.LinkVisited: QColor("#ffd966"), roles.ToolTipBase: BLACK, roles.ToolTipText: WHITE,
               roles.PlaceholderText: DIM, roles.Light: WHITE, roles.Midlight: QColor("#cccccc"), roles.Mid: EDGE,
               roles.Dark: QColor("#666666"), roles.Shadow: WHITE, roles.Accent: YELLOW}
    for role, colour in colours.items():
        palette.setColor(role, colour)
    for role in (roles.WindowText, roles.Text, roles.ButtonText, roles.HighlightedText, roles.Link):
        palette.setColor(QPalette.ColorGroup.Disabled, role, DIM)
    palette.setColor(QPalette.ColorGroup.Disabled, roles.Highlight, QColor("#555555"))
    return palette


FOCUSABLE = ("QPushButton", "QToolButton", "QLineEdit", "QPlainTextEdit", "QTextEdit", "QComboBox", "QSpinBox",
             "QDoubleSpinBox", "QDateEdit", "QTimeEdit", "QDateTimeEdit", "QAbstractItemView", "QTabBar",
             "QCheckBox", "QRadioButton", "QSlider")


def contrast_style_sheet() -> str:
    """Every focusable control gets a thick edge that turns yellow with the focus: visible from a metre away,
    and the same width either way so nothing moves when the focus does."""
    edges = ", ".join(FOCUSABLE)
    focused = ", ".join(f"{name}:focus" for name in FOCUSABLE)
    return (f"{edges} {{ border: 3px solid {EDGE.name()}; }}\n"
            f"{focused} {{ border: 3px solid {YELLOW.name()}; }}\n"
            "QPushButton, QToolButton { background: #000000; color: #ffffff; padding: 4px 10px; border-radius: 6px; }\n"
            "QPushButton:focus, QToolButton:focus { background: #333300; }\n"
            "QPushButton:pressed, QToolButton:pressed { background: #ffff00; color: #000000; }\n"
            "QPushButton:disabled, QToolButton:disabled { color: #a8a8a8; border-style: dashed; }\n"
            "QTabBar::tab:selected { color: #ffff00; border-bottom: 4px solid #ffff00; }\n"
            "QTabBar::tab:focus { background: #333300; }\n"
            "QMenu::item:selected, QMenuBar::item:selected { background: #ffff00; color: #000000; }\n"
            "QToolTip { color: #ffffff; background: #000000; border: 2px solid #ffffff; }\n")


# colours in style sheets and models: one place decides how they look in the high-contrast theme
def readable_text(colour: QColor, high_contrast: bool) -> QColor:
    """A text colour on the black background: greys become white, coloured text a light shade of its hue."""
    if not high_contrast:
        return colour
    hue, saturation, _lightness, alpha = colour.getHslF()
    if saturation < 0.25 or hue < 0:
        return QColor(WHITE)
    return QColor.fromHslF(hue, 1.0, 0.8, alpha)


def readable_background(colour: QColor, high_contrast: bool) -> QColor:
    """A background under white text: greys and pale tints become black, coloured ones a dark shade of their hue
    (a packing state or a stock warning keeps its hue, and its words)."""
    if not high_contrast:
        return colour
    hue, saturation, _lightness, alpha = colour.getHslF()
    if saturation < 0.25 or hue < 0:
        return QColor(BLACK)
    return QColor.fromHslF(hue, 0.9, 0.2, alpha)


_LENGTH = re.compile(r"(font-size\s*:\s*)?(?<![\w#.-])(\d+(?:\.\d+)?)(px|pt)\b")
DISPLAY_TYPE_PX = 18
_DECLARATION = re.compile(r"([\w-]+)(\s*:\s*)([^;{}]+)")
_COLOUR = re.compile(r"#[0-9a-fA-F]{3,8}\b|\b(?:white|black)\b")
_TEXT_PROPERTIES = ("color",)
_EDGE_PROPERTIES = ("border", "outline", "gridline-color")


def scale_lengths(sheet: str, factor: float) -> str:
    """Lengths times `factor`; display type (text above 18 px, already read from a metre) grows only by as
    much as body text does, so the +1 button and the totals still leave room for the line-up at 200%."""
    def scaled(match: re.Match[str]) -> str:
        size = float(match.group(2))
        value = size + DISPLAY_TYPE_PX * (factor - 1) if match.group(1) and size > DISPLAY_TYPE_PX else size * factor
        return f"{match.group(1) or ''}{max(1, round(value))}{match.group(3)}"
    return _LENGTH.sub(scaled, sheet) if factor != 1 else sheet


def contrast_colours(sheet: str) -> str:
    """Each colour in a style sheet made readable on black, by what it colours."""
    def declaration(match: re.Match[str]) -> str:
        name, colon, value = match.groups()
        if name in _TEXT_PROPERTIES:
            recolour = lambda colour: readable_text(colour, True)  # noqa: E731
        elif name == "selection-background-color":
            recolour = lambda _colour: YELLOW  # noqa: E731
        elif name == "selection-color":  # on the yellow selection: black, never the white of ordinary text
            recolour = lambda _colour: BLACK  # noqa: E731
        elif name.startswith(_EDGE_PROPERTIES):
            recolour = lambda _colour: EDGE  # noqa: E731
        elif name.startswith("background"):
            recolour = lambda colour: readable_background(colour, True)  # noqa: E731
        else:
            return match.group(0)
        return name + colon + _COLOUR.sub(lambda found: recolour(QColor(found.group(0))).name(), value)
    return _DECLARATION.sub(declaration, sheet)


def rewrite_sheet(sheet: str, factor: float, high_contrast: bool) -> str:
    sheet = scale_lengths(sheet, factor)
    return contrast_colours(sheet) if high_contrast else sheet

