"""Pick lists (拣货单) and packing slips (发货单) on A4 sheets or 100×150 mm thermal labels: previewed as images,
saved as PDF through QPdfWriter (300 dpi; Qt embeds the font, so the Chinese stays real text) or printed.

Slips show masked buyer data only: the service masks it, nothing here ever sees the full values.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QColor, QImage, QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtPrintSupport import QPrinter

from livehelper.services.files import write_file_atomically
from livehelper.services.shipping.task_documents import PackingSlip, PickLine
from livehelper.ui.shipping.document_pages import (
    MARGIN_MM,
    PAGE_MM,
    DocumentKind,
    DocumentMeta,
    DocumentWords,
    PageSize,
    Pen,
    PickListPages,
    Placed,
    SlipPages,
)

__all__ = ["MARGIN_MM", "PAGE_MM", "PDF_DPI", "Document", "DocumentKind", "DocumentMeta", "PageSize", "page_layout",
           "print_documents", "render_pick_list", "render_slips", "save_pdf"]

PDF_DPI = 300
DocumentData = Sequence[PickLine] | Sequence[PackingSlip]
NewPage = Callable[[], object]


def page_layout(size: PageSize) -> QPageLayout:
    width, height = PAGE_MM[size]
    if size == PageSize.A4:
        page = QPageSize(QPageSize.PageSizeId.A4)
    else:
        page = QPageSize(QSizeF(width, height), QPageSize.Unit.Millimeter, "100×150 mm",
                         QPageSize.SizeMatchPolicy.ExactMatch)
    margin = MARGIN_MM[size]
    return QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(margin, margin, margin, margin),
                       QPageLayout.Unit.Millimeter)


class Document:
    """A pick list or a set of packing slips, laid out on one page size; paints any of its pages."""

    def __init__(self, kind: DocumentKind | str, data: DocumentData, size: PageSize | str, meta: DocumentMeta) -> None:
        self.kind, self.size, self.meta = DocumentKind(kind), PageSize(size), meta
        self.words = DocumentWords()
        self._plans: dict[tuple[float, ...], list[list[int]] | list[list[Placed]]] = {}
        if self.kind == DocumentKind.PICK_LIST:
            self._pick = PickListPages(data, meta, self.size, self.words)  # type: ignore[arg-type]
        else:
            self._slips = SlipPages(data, meta, self.size, self.words)  # type: ignore[arg-type]

    def _plan(self, dots_per_mm: float, page: QRectF) -> list[list[int]] | list[list[Placed]]:
        """What goes on each page (laid out once per resolution: the preview asks again at every page turn)."""
        key = (round(dots_per_mm, 4), page.x(), page.y(), page.width(), page.height())
        if key not in self._plans:
            if self.kind == DocumentKind.PICK_LIST:
                self._plans[key] = self._pick.pages(Pen(None, dots_per_mm), page)
            else:
                self._plans[key] = self._slips.pages(dots_per_mm, page) or [[]]
        return self._plans[key]

    def render(self, painter: QPainter, page: QRectF, new_page: NewPage | None = None) -> int:
        """Paints every page, calling `new_page` between them (the device's newPage by default); the page count."""
        device = painter.device()
        dots_per_mm = device.logicalDpiY() / 25.4
        if new_page is None:
            new_page = device.newPage if isinstance(device, QPagedPaintDevice) else (lambda: None)
        plan = self._plan(dots_per_mm, page)
        for number, content in enumerate(plan):
            if number:
                new_page()
            self._paint(painter, dots_per_mm, page, content, number + 1, len(plan))
        return len(plan)

    def _paint(self, painter: QPainter, dots_per_mm: float, page: QRectF, content: list, number: int,
               pages: int) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        if self.kind == DocumentKind.PICK_LIST:
            self._pick.paint(Pen(painter, dots_per_mm), page, content, number, pages)
        else:
            self._slips.paint(painter, dots_per_mm, page, content)

    def page_count(self) -> int:
        dots_per_mm = PDF_DPI / 25.4
        return len(self._plan(dots_per_mm, _paint_rect(self.size, PDF_DPI)))

    def page_image(self, index: int, dpi: int = 150) -> QImage:
        """One whole page (margins included) as a white image, for the preview and for screenshots."""
        width, height = PAGE_MM[self.size]
        image = QImage(round(width * dpi / 25.4), round(height * dpi / 25.4), QImage.Format.Format_RGB32)
        image.setDotsPerMeterX(round(dpi / 0.0254))
        image.setDotsPerMeterY(round(dpi / 0.0254))
        image.fill(QColor("white"))
        dots_per_mm = dpi / 25.4
        page = _paint_rect(self.size, dpi)
        plan = self._plan(dots_per_mm, page)
        painter = QPainter(image)
        self._paint(painter, dots_per_mm, page, plan[min(max(index, 0), len(plan) - 1)], index + 1, len(plan))
        painter.end()
        return image

    def pdf_bytes(self) -> bytes:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setResolution(PDF_DPI)
        writer.setPageLayout(page_layout(self.size))
        writer.setTitle(self.words.title(self.kind))
        writer.setCreator("LiveHelper")
        painter = QPainter(writer)
        self.render(painter, QRectF(writer.pageLayout().paintRectPixels(PDF_DPI)).translated(
            -writer.pageLayout().paintRectPixels(PDF_DPI).topLeft()))
        painter.end()
        buffer.close()
        return bytes(data.data())


def _paint_rect(size: PageSize, dpi: int) -> QRectF:
    """The printable area in device pixels, as a page image (with its margins) sees it."""
    return QRectF(page_layout(size).paintRectPixels(dpi))


def render_pick_list(painter: QPainter, page: QRectF, lines: Sequence[PickLine], meta: DocumentMeta,
                     size: PageSize = PageSize.A4, new_page: NewPage | None = None) -> int:
    return Document(DocumentKind.PICK_LIST, lines, size, meta).render(painter, page, new_page)


def render_slips(painter: QPainter, page: QRectF, slips: Sequence[PackingSlip], meta: DocumentMeta,
                 size: PageSize = PageSize.A4, new_page: NewPage | None = None) -> int:
    return Document(DocumentKind.SLIPS, slips, size, meta).render(painter, page, new_page)


def save_pdf(path: Path, kind: DocumentKind | str, data: DocumentData, size: PageSize | str,
             meta: DocumentMeta) -> None:
    """Writes the PDF beside `path` and renames it over (never half a file); UnreadableFileError when it cannot."""
    write_file_atomically(path, Document(kind, data, size, meta).pdf_bytes())


def print_documents(printer: QPrinter, kind: DocumentKind | str, data: DocumentData, size: PageSize | str,
                    meta: DocumentMeta) -> int:
    """Paints onto a printer set up by the caller (QPrintDialog); the page count."""
    document = Document(kind, data, size, meta)
    printer.setPageLayout(page_layout(document.size))
    painter = QPainter(printer)
    rect = printer.pageLayout().paintRectPixels(printer.resolution())
    pages = document.render(painter, QRectF(0, 0, rect.width(), rect.height()))
    painter.end()
    return pages
