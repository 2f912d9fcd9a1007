"""Painting the stream overlay: outlined text that reads on any video, the link pill, the price and QR code."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPixmap

from livehelper.ui.prompter.view import chinese_font

BASE_WIDTH, BASE_HEIGHT = 420, 640  # the default size; everything scales from it
WHITE = QColor("#ffffff")
PRICE = QColor("#ffd23f")
OUTLINE = QColor("#111111")
PILL = QColor("#c8372d")


@dataclass(frozen=True)
class OverlayContent:
    """What the overlay shows for the product being explained."""

    link: str
    name: str
    spec: str
    price: str  # "39.90", drawn after a smaller ¥
    sold: int
    shop_link: str


def _wrap(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    """Break `text` into lines no wider than `width` (anywhere: Chinese has no spaces); elide the last line."""
    metrics = QFontMetricsF(font)
    lines: list[str] = []
    current = ""
    for char in text:
        if current and metrics.horizontalAdvance(current + char) > width:
            space = current.rfind(" ")
            if char.isascii() and char.isalnum() and current[-1].isascii() and space > 0:
                # inside a Latin word: break at the last space instead
                lines.append(current[:space])
                current = current[space + 1:] + char
            else:
                lines.append(current)
                current = char.lstrip()
        else:
            current += char
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        rest = "".join(lines[max_lines - 1:])
        lines = [*lines[:max_lines - 1], metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)]
    return lines



@dataclass(frozen=True)
class OverlayScene:
    """Everything one paint needs, texts already translated by the window."""

    width: int
    height: int
    content: OverlayContent | None
    placeholder: str
    sold_text: str
    qr_caption: str
    qr: QPixmap


def paint_overlay(painter: QPainter, scene: OverlayScene) -> None:
    scale = min(scene.width / BASE_WIDTH, scene.height / BASE_HEIGHT)
    if scene.content is None:
        _paint_placeholder(painter, scene, scale)
    else:
        _paint_product(painter, scene, scene.content, scale)


def _paint_placeholder(painter: QPainter, scene: OverlayScene, scale: float) -> None:
    font = chinese_font(round(34 * scale))
    font.setBold(True)
    margin = 24 * scale
    lines = _wrap(scene.placeholder, font, scene.width - 2 * margin, 3)
    line_height = QFontMetricsF(font).height() * 1.2
    y = (scene.height - line_height * len(lines)) / 2
    for line in lines:
        _outlined(painter, line, font, QPointF(_centred_x(scene, line, font), y + QFontMetricsF(font).ascent()),
                       WHITE, 5 * scale)
        y += line_height

def _paint_product(painter: QPainter, scene: OverlayScene, content: OverlayContent, scale: float) -> None:
    margin = 22 * scale
    width = scene.width - 2 * margin
    y = margin
    # the link number on a solid pill: what the viewer types or taps ("拍3号链接")
    pill_font = chinese_font(round(30 * scale))
    pill_font.setBold(True)
    pill_metrics = QFontMetricsF(pill_font)
    pill = QRectF(margin, y, pill_metrics.horizontalAdvance(content.link) + 32 * scale,
                  pill_metrics.height() + 14 * scale)
    painter.setPen(QPen(WHITE, max(2.0, 3 * scale)))
    painter.setBrush(PILL)
    painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
    painter.setPen(WHITE)
    painter.setFont(pill_font)
    painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, content.link)
    y = pill.bottom() + 14 * scale
    name_font = chinese_font(round(42 * scale))
    name_font.setBold(True)
    name_metrics = QFontMetricsF(name_font)
    for line in _wrap(content.name, name_font, width, 2):
        _outlined(painter, line, name_font, QPointF(margin, y + name_metrics.ascent()), WHITE, 6 * scale)
        y += name_metrics.height() * 1.08
    if content.spec:
        spec_font = chinese_font(round(28 * scale))
        spec_font.setBold(True)
        spec_metrics = QFontMetricsF(spec_font)
        spec = spec_metrics.elidedText(content.spec, Qt.TextElideMode.ElideRight, width)
        _outlined(painter, spec, spec_font, QPointF(margin, y + spec_metrics.ascent()), WHITE, 5 * scale)
        y += spec_metrics.height() * 1.1
    # the price, big: a smaller ¥ before the digits
    y += 6 * scale
    yen_font = chinese_font(round(44 * scale))
    yen_font.setBold(True)
    price_font = chinese_font(round(92 * scale))
    price_font.setBold(True)
    price_metrics = QFontMetricsF(price_font)
    baseline = y + price_metrics.ascent() * 0.92
    yen_width = QFontMetricsF(yen_font).horizontalAdvance("¥") + 6 * scale
    _outlined(painter, "¥", yen_font, QPointF(margin, baseline), PRICE, 6 * scale)
    _outlined(painter, content.price, price_font, QPointF(margin + yen_width, baseline), PRICE, 8 * scale)
    y = baseline + price_metrics.descent() + 8 * scale
    sold_font = chinese_font(round(32 * scale))
    sold_font.setBold(True)
    sold_metrics = QFontMetricsF(sold_font)
    sold = scene.sold_text
    _outlined(painter, sold, sold_font, QPointF(margin, y + sold_metrics.ascent()), WHITE, 5 * scale)
    y += sold_metrics.height() + 18 * scale
    if not scene.qr.isNull():
        _paint_qr(painter, scene, y, scale)

def _paint_qr(painter: QPainter, scene: OverlayScene, top: float, scale: float) -> None:
    caption_font = chinese_font(round(24 * scale))
    caption_font.setBold(True)
    caption_metrics = QFontMetricsF(caption_font)
    caption = scene.qr_caption
    room = scene.height - top - caption_metrics.height() - 28 * scale
    side = min(230 * scale, room, scene.width - 48 * scale)
    if side < 80 * scale:
        return  # too little room: better no code than one no phone can read
    pad = 10 * scale
    card = QRectF((scene.width - side) / 2, top, side, side)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(WHITE)
    painter.drawRoundedRect(card.adjusted(-pad, -pad, pad, pad), 12 * scale, 12 * scale)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)  # crisp modules
    painter.drawPixmap(card, scene.qr, QRectF(scene.qr.rect()))
    baseline = card.bottom() + pad + 10 * scale + caption_metrics.ascent()
    _outlined(painter, caption, caption_font, QPointF(_centred_x(scene, caption, caption_font), baseline),
                   WHITE, 4 * scale)

def _centred_x(scene: OverlayScene, text: str, font: QFont) -> float:
    return (scene.width - QFontMetricsF(font).horizontalAdvance(text)) / 2

def _outlined(painter: QPainter, text: str, font: QFont, baseline: QPointF, fill: QColor, outline: float) -> None:
    """Text with a dark outline, readable on any video (and no soft shadow to smear a chroma key)."""
    path = QPainterPath()
    path.addText(baseline, font, text)
    pen = QPen(OUTLINE, max(2.0, outline))
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.strokePath(path, pen)
    painter.fillPath(path, fill)
