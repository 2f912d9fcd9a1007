"""The pages of a pick list (a table with tick boxes, continued over pages) and of packing slips (three to an A4
sheet between cut lines, or one to a 100×150 mm label), painted with QPainter in device pixels from millimetres.

Measuring and painting share one code path: a `Pen` without a painter only measures, so that a slip is laid out
exactly as it will be painted and is never cut off.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

import qrcode
from PySide6.QtCore import QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QTextLayout, QTextOption

from livehelper.services.shipping.task_documents import PackingSlip, PickLine
from livehelper.ui.prompter.view import chinese_font


class DocumentKind(StrEnum):
    PICK_LIST = "pick_list"
    SLIPS = "slips"


class PageSize(StrEnum):
    A4 = "a4"
    LABEL = "label"  # 100×150 mm thermal label


PAGE_MM = {PageSize.A4: (210.0, 297.0), PageSize.LABEL: (100.0, 150.0)}
MARGIN_MM = {PageSize.A4: 10.0, PageSize.LABEL: 3.0}
SLIPS_PER_A4 = 3
SLIP_SCALES = (1.0, 0.92, 0.85, 0.78, 0.7, 0.62, 0.55, 0.48, 0.42)  # fonts shrink until a slip fits its space
INK = QColor("#111111")
MUTED = QColor("#555555")
RULE = QColor("#999999")
STRIPE = QColor("#f1f1f1")
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter



@dataclass(frozen=True)
class DocumentMeta:
    printed_at: datetime
    parcels: int = 0  # how many packing tasks a pick list gathers


class DocumentWords(QObject):
    """Every word printed on the documents (one place to translate)."""

    def title(self, kind: DocumentKind) -> str:
        return self.tr("Pick list") if kind == DocumentKind.PICK_LIST else self.tr("Packing slip")

    def platform(self, code: str) -> str:
        names = {"taobao": self.tr("Taobao"), "douyin": self.tr("Douyin"), "kuaishou": self.tr("Kuaishou"),
                 "generic": self.tr("WeChat / phone"), "manual": self.tr("Manual")}
        return names.get(code, code)

    def pick_headers(self) -> list[str]:
        return ["", self.tr("Product"), self.tr("Spec"), self.tr("Qty")]

    def pick_meta(self, meta: DocumentMeta) -> str:
        return self.tr("{parcels} parcels · printed {time}").format(parcels=meta.parcels, time=when(meta))

    def total(self, units: int, products: int) -> str:
        return self.tr("Total: {units} items, {products} products").format(units=units, products=products)

    def page(self, number: int, pages: int) -> str:
        return self.tr("Page {number} of {pages}").format(number=number, pages=pages)

    def nothing(self) -> str:
        return self.tr("No packing tasks chosen")

    def slip_lines(self, slip: PackingSlip, meta: DocumentMeta) -> list[str]:
        orders = "\n".join(slip.order_nos) or "—"
        return [self.tr("{platform} order {numbers}").format(platform=self.platform(slip.platform), numbers=orders),
                self.tr("Buyer: {buyer}").format(buyer=slip.buyer_masked or "—"),
                self.tr("Address: {address}").format(address=slip.address_masked or "—"),
                self.tr("Helper: {helper}   Printed: {time}").format(helper=slip.assignee or "—", time=when(meta))]

    def buyer_note(self) -> str:
        return self.tr("Buyer note")


def when(meta: DocumentMeta) -> str:
    return meta.printed_at.astimezone().strftime("%Y-%m-%d %H:%M")


def qr_path(text: str, square: QRectF) -> QPainterPath:
    """The dark modules of the QR code for `text` as one vector shape filling `square` (crisp on any printer)."""
    code = qrcode.QRCode(border=2, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(text)
    code.make(fit=True)
    matrix = code.get_matrix()
    module = square.width() / len(matrix)
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    for row, cells in enumerate(matrix):
        column = 0
        while column < len(cells):
            if not cells[column]:
                column += 1
                continue
            run = column
            while run < len(cells) and cells[run]:
                run += 1
            path.addRect(QRectF(square.left() + column * module, square.top() + row * module,
                                (run - column) * module, module))
            column = run
    return path


class Pen:
    """Millimetres to device pixels, fonts, and text that wraps; measures only when there is no painter."""

    def __init__(self, painter: QPainter | None, dots_per_mm: float, scale: float = 1.0) -> None:
        self.painter = painter
        self.dpmm = dots_per_mm
        self.scale = scale

    def mm(self, value: float) -> float:
        return value * self.dpmm

    def font(self, size_mm: float, bold: bool = False) -> QFont:
        font = chinese_font(max(1, round(size_mm * self.scale * self.dpmm)))
        font.setBold(bold)
        return font

    def line(self, rect: QRectF, text: str, font: QFont, colour: QColor = INK,
             align: Qt.AlignmentFlag = LEFT) -> None:
        if self.painter is not None:
            self.painter.setFont(font)
            self.painter.setPen(colour)
            elided = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
            self.painter.drawText(rect, align, elided)

    def wrapped(self, x: float, y: float, width: float, text: str, font: QFont, colour: QColor = INK,
                measure_only: bool = False) -> float:
        """Text wrapped at word boundaries (or anywhere, for long numbers) to `width`; returns its height."""
        layout = QTextLayout(text.replace("\r\n", "\n").replace("\n", "\u2028"), font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        height = 0.0
        while (row := layout.createLine()).isValid():
            row.setLineWidth(width)
            row.setPosition(QPointF(0, height))
            height += row.height()
        layout.endLayout()
        if self.painter is not None and not measure_only:
            self.painter.setPen(colour)
            layout.draw(self.painter, QPointF(x, y))
        return height

    def rule(self, x1: float, y: float, x2: float, width_mm: float = 0.3, colour: QColor = RULE,
             style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> None:
        if self.painter is not None:
            self.painter.setPen(QPen(colour, self.mm(width_mm), style))
            self.painter.drawLine(QPointF(x1, y), QPointF(x2, y))


# the pick list ---------------------------------------------------------------------------------------------------

class PickListPages:
    def __init__(self, lines: Sequence[PickLine], meta: DocumentMeta, size: PageSize, words: DocumentWords) -> None:
        self.lines, self.meta, self.size, self.words = lines, meta, size, words
        label = size == PageSize.LABEL
        self.body = 3.6 if label else 4.2
        self.pad = 1.4 if label else 2.0
        self.widths = (7.0, 0.0, 24.0, 14.0) if label else (12.0, 0.0, 48.0, 26.0)  # 0: takes the rest

    def columns(self, pen: Pen, page: QRectF) -> list[tuple[float, float]]:
        fixed = sum(pen.mm(width) for width in self.widths)
        x, spans = page.left(), []
        for width in self.widths:
            span = pen.mm(width) if width else page.width() - fixed
            spans.append((x, span))
            x += span
        return spans

    def row_height(self, pen: Pen, page: QRectF, line: PickLine) -> float:
        (_, _), (_, name_w), (_, spec_w), _ = self.columns(pen, page)
        inner = pen.mm(2 * self.pad)
        text = max(pen.wrapped(0, 0, name_w - inner, line.name, pen.font(self.body, True), measure_only=True),
                   pen.wrapped(0, 0, spec_w - inner, line.spec, pen.font(self.body), measure_only=True))
        return max(text + inner, pen.mm(self.widths[0]))

    def header_height(self, pen: Pen) -> float:
        return pen.mm(22 if self.size == PageSize.A4 else 17)

    def pages(self, pen: Pen, page: QRectF) -> list[list[int]]:
        room = page.height() - self.header_height(pen) - pen.mm(2 * self.body + 8)  # column titles, footer
        total = pen.mm(self.body * 2 + 4)
        pages: list[list[int]] = [[]]
        used = 0.0
        for index, line in enumerate(self.lines):
            height = self.row_height(pen, page, line)
            if pages[-1] and used + height > room:
                pages.append([])
                used = 0.0
            pages[-1].append(index)
            used += height
        if used + total > room and pages[-1]:
            pages.append([])
        return pages

    def paint(self, pen: Pen, page: QRectF, rows: list[int], number: int, pages: int) -> None:
        words, left, right = self.words, page.left(), page.right()
        title = pen.font(7.0 if self.size == PageSize.A4 else 5.6, True)
        pen.line(QRectF(left, page.top(), page.width(), pen.mm(10)), words.title(DocumentKind.PICK_LIST), title)
        pen.line(QRectF(left, page.top() + pen.mm(10), page.width(), pen.mm(6)), words.pick_meta(self.meta),
                 pen.font(3.4), MUTED)
        y = page.top() + self.header_height(pen)
        columns = self.columns(pen, page)
        head = pen.mm(self.body + 3)
        for index, ((x, width), caption) in enumerate(zip(columns, words.pick_headers(), strict=True)):
            pen.line(QRectF(x + pen.mm(self.pad), y, width - pen.mm(2 * self.pad), head), caption,
                     pen.font(self.body * 0.85, True), MUTED, RIGHT if index == 3 else LEFT)
        y += head
        pen.rule(left, y, right, 0.5, INK)
        for stripe, index in enumerate(rows):
            line = self.lines[index]
            height = self.row_height(pen, page, line)
            if stripe % 2 and pen.painter is not None:
                pen.painter.fillRect(QRectF(left, y, page.width(), height), STRIPE)
            self._paint_row(pen, columns, y, height, line)
            y += height
            pen.rule(left, y, right)
        if not self.lines:
            pen.line(QRectF(left, y, page.width(), pen.mm(12)), words.nothing(), pen.font(self.body), MUTED)
        if number == pages:
            units = sum(line.qty for line in self.lines)
            pen.line(QRectF(left, y + pen.mm(1), page.width() - pen.mm(self.pad), pen.mm(self.body * 2 + 2)),
                     words.total(units, len(self.lines)), pen.font(self.body * 1.1, True), INK, RIGHT)
        footer = QRectF(left, page.bottom() - pen.mm(5), page.width(), pen.mm(5))
        pen.line(footer, words.page(number, pages), pen.font(3.0), MUTED, RIGHT)

    def _paint_row(self, pen: Pen, columns: list[tuple[float, float]], y: float, height: float,
                   line: PickLine) -> None:
        pad = pen.mm(self.pad)
        (box_x, box_w), (name_x, name_w), (spec_x, spec_w), (qty_x, qty_w) = columns
        if pen.painter is not None:
            side = min(box_w - 2 * pad, pen.mm(5))
            pen.painter.setPen(QPen(INK, pen.mm(0.35)))
            pen.painter.setBrush(Qt.BrushStyle.NoBrush)
            pen.painter.drawRect(QRectF(box_x + pad, y + pad, side, side))
        pen.wrapped(name_x + pad, y + pad, name_w - 2 * pad, line.name, pen.font(self.body, True))
        pen.wrapped(spec_x + pad, y + pad, spec_w - 2 * pad, line.spec, pen.font(self.body))
        pen.line(QRectF(qty_x, y + pad, qty_w - pad, pen.mm(self.body * 1.5)), f"× {line.qty}",
                 pen.font(self.body * 1.15, True), INK, RIGHT)


# packing slips ---------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Placed:
    slip: int
    top: float
    height: float
    scale: float


class SlipPages:
    def __init__(self, slips: Sequence[PackingSlip], meta: DocumentMeta, size: PageSize,
                 words: DocumentWords) -> None:
        self.slips, self.meta, self.size, self.words = slips, meta, size, words
        self.inset = 4.0 if size == PageSize.A4 else 0.0  # room for the cut lines between slips on A4
        self.qr = 26.0 if size == PageSize.A4 else 28.0
        base = 1.0 if size == PageSize.A4 else 1.2  # a label has the whole 100×150 mm for one slip: larger type
        self.scales = tuple(base * scale for scale in SLIP_SCALES)

    def draw(self, pen: Pen, area: QRectF, slip: PackingSlip) -> float:
        """Paints (or measures, without a painter) one slip inside `area`; returns the height it needs."""
        inset = pen.mm(self.inset)
        left, top, width = area.left() + inset, area.top() + inset, area.width() - 2 * inset
        qr = pen.mm(self.qr * min(1.0, max(pen.scale, 0.75)))
        text_width = width - qr - pen.mm(3)
        title_h = pen.mm(8.5) * pen.scale
        pen.line(QRectF(left, top, text_width, title_h), self.words.title(DocumentKind.SLIPS), pen.font(6.0, True))
        pen.line(QRectF(left, top, text_width, title_h), f"#{slip.task_id}", pen.font(6.0, True), INK, RIGHT)
        y = top + title_h + pen.mm(1)
        for index, text in enumerate(self.words.slip_lines(slip, self.meta)):
            font = pen.font(3.8 if index < 3 else 3.2, index == 0)
            beside_qr = y < top + qr  # lines below the code take the whole width
            y += pen.wrapped(left, y, text_width if beside_qr else width, text, font,
                             INK if index < 3 else MUTED) + pen.mm(0.8)
        if pen.painter is not None:
            pen.painter.fillPath(qr_path(slip.qr_payload, QRectF(left + width - qr, top, qr, qr)), INK)
        y = max(y + pen.mm(1), top + qr + pen.mm(1.5))
        pen.rule(left, y, left + width, 0.4, INK)
        y += pen.mm(1.5)
        qty_w = pen.mm(16)
        for label, qty in slip.items:
            height = pen.wrapped(left, y, width - qty_w, label, pen.font(4.4, True))
            pen.line(QRectF(left + width - qty_w, y, qty_w, min(height, pen.mm(7) * pen.scale)), f"× {qty}",
                     pen.font(4.8, True), INK, RIGHT)
            y += height + pen.mm(1.2)
        if slip.buyer_note.strip():
            y += pen.mm(1)
            pad = pen.mm(2)
            caption = pen.font(3.2, True)
            caption_h = QFontMetricsF(caption).height()
            note_h = pen.wrapped(0, 0, width - 2 * pad, slip.buyer_note.strip(), pen.font(3.8), measure_only=True)
            if pen.painter is not None:
                pen.painter.setPen(QPen(INK, pen.mm(0.4)))
                pen.painter.setBrush(Qt.BrushStyle.NoBrush)
                pen.painter.drawRoundedRect(QRectF(left, y, width, caption_h + note_h + 2 * pad), pad, pad)
            pen.line(QRectF(left + pad, y + pad * 0.6, width - 2 * pad, caption_h), self.words.buyer_note(), caption,
                     MUTED)
            pen.wrapped(left + pad, y + pad + caption_h, width - 2 * pad, slip.buyer_note.strip(), pen.font(3.8))
            y += caption_h + note_h + 2 * pad
        return y + inset - area.top()

    def pages(self, dots_per_mm: float, page: QRectF) -> list[list[Placed]]:
        slots = SLIPS_PER_A4 if self.size == PageSize.A4 else 1
        slot = page.height() / slots
        pages: list[list[Placed]] = []
        free = 0  # slots left on the last page
        for index, slip in enumerate(self.slips):
            taken, scale = self._fit(dots_per_mm, page, slot, slots, slip)
            if taken > free:
                pages.append([])
                free = slots
            pages[-1].append(Placed(index, page.top() + (slots - free) * slot, taken * slot, scale))
            free -= taken
        return pages

    def _fit(self, dots_per_mm: float, page: QRectF, slot: float, slots: int, slip: PackingSlip) -> tuple[int, float]:
        """The fewest slots (and the largest font scale) in which the whole slip fits; a slip is never cut."""
        area = QRectF(page.left(), 0, page.width(), page.height())
        needs: dict[float, float] = {}

        def need(scale: float) -> float:  # measured only when asked: most slips fit at the first try
            if scale not in needs:
                needs[scale] = self.draw(Pen(None, dots_per_mm, scale), area, slip)
            return needs[scale]

        for taken in range(1, slots + 1):
            for scale in self.scales[:3]:
                if need(scale) <= taken * slot:
                    return taken, scale
        return slots, next((scale for scale in self.scales if need(scale) <= slots * slot), self.scales[-1])

    def paint(self, painter: QPainter, dots_per_mm: float, page: QRectF, placed: list[Placed]) -> None:
        for number, spot in enumerate(placed):
            area = QRectF(page.left(), spot.top, page.width(), spot.height)
            self.draw(Pen(painter, dots_per_mm, spot.scale), area, self.slips[spot.slip])
            if number:  # a cut line between two slips
                Pen(painter, dots_per_mm).rule(page.left(), spot.top, page.right(), 0.3, MUTED,
                                                Qt.PenStyle.DashLine)
