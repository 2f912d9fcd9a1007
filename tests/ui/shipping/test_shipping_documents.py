"""Pick lists and packing slips as real PDF files (read back with pypdf) and page images, and their dialog."""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import DecodedStreamObject, NameObject
from PySide6.QtGui import QColor, QImage
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QMessageBox

from livehelper.domain.order_import import BEIJING, GENERIC_HEADER
from livehelper.services.context import AppContext
from livehelper.services.shipping.task_documents import PickLine
from livehelper.ui.shipping.documents import (
    MARGIN_MM,
    PAGE_MM,
    Document,
    DocumentMeta,
    PageSize,
    print_documents,
    save_pdf,
)
from livehelper.ui.shipping.documents_dialog import DocumentsDialog
from tests.ui.conftest import choose_file

LONG_NOTE = ("请周五前发货，家里老人等着喝小米粥，麻烦包装结实一点，别压坏了，谢谢！" * 10)[:300]
FULL_PHONE = "13800138001"


def order_rows(when: datetime) -> list[list[str]]:
    """Three paid orders of the demo catalog: one of two lines, one with a 300-character note."""
    at = when.astimezone(BEIJING).strftime("%Y-%m-%d %H:%M")
    return [
        ["微信", "WX-1001", at, "刘桂兰", FULL_PHONE, "山东省", "济南市", "历下区", "泉城路100号3单元502",
         "米脂黄小米", "2.5kg/袋", "MZ-XM-2500", "2", "39.90", "0", "要新米", ""],
        ["微信", "WX-1001", "", "", "", "", "", "", "", "小米锅巴", "200g×3袋", "XM-GB-600", "1", "19.90", "", "",
         ""],
        ["快手", "KS-2002", at, "孙大伟", "13912340002", "陕西省", "榆林市", "米脂县", "城关镇南街7号",
         "巨鹿金银花", "50g/罐", "JL-JYH-50", "3", "29.90", "0", LONG_NOTE, "待发货"],
        ["微信", "WX-1003", at, "王芳", "13712340003", "陕西省", "榆林市", "米脂县", "北街1号",
         "米脂黄小米", "2.5kg/袋", "MZ-XM-2500", "1", "39.90", "0", "", ""],
    ]


def import_orders(context: AppContext, when: datetime | None = None, rows: list[list[str]] | None = None) -> list[int]:
    """Imports the orders above (or `rows`) through the generic template; the ids of their new packing tasks."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(GENERIC_HEADER)
    writer.writerows(rows or order_rows(when or datetime.now(UTC) - timedelta(hours=2)))
    before = set(context.tasks.ids())
    context.orders.commit(context.orders.preview(out.getvalue().encode("utf-8-sig"), "orders.csv"))
    return [task_id for task_id in context.tasks.ids() if task_id not in before]


def pdf_text(path: Path) -> list[str]:
    """Each page's text as a PDF viewer copies it, without the whitespace pypdf puts between glyph runs.

    Qt paints bold for a font without a bold face twice, the second time marked with an empty ActualText so
    that viewers copy it once; pypdf does not know ActualText, so that second pass is taken out first."""
    pages = []
    for page in PdfReader(path).pages:
        content = DecodedStreamObject()
        content.set_data(re.sub(rb"/Span << /ActualText <> >> BDC.*?EMC", b"", page.get_contents().get_data(),
                                flags=re.DOTALL))
        page[NameObject("/Contents")] = content
        pages.append(re.sub(r"\s+", "", page.extract_text()))
    return pages


def page_mm(path: Path) -> set[tuple[int, int]]:
    return {(round(float(page.mediabox.width) * 25.4 / 72), round(float(page.mediabox.height) * 25.4 / 72))
            for page in PdfReader(path).pages}


def meta(parcels: int = 0) -> DocumentMeta:
    return DocumentMeta(datetime(2026, 11, 28, 6, 30, tzinfo=UTC), parcels)


@pytest.fixture
def task_ids(demo_context: AppContext) -> list[int]:
    return import_orders(demo_context)


@pytest.mark.parametrize(("size", "expected_mm"), [(PageSize.A4, (210, 297)), (PageSize.LABEL, (100, 150))])
def test_pick_list_pdf_adds_up_per_product(qapp, demo_context, task_ids, tmp_path, size, expected_mm):
    target = tmp_path / "拣货单.pdf"
    save_pdf(target, "pick_list", demo_context.tasks.pick_list(task_ids), size, meta(len(task_ids)))
    pages = pdf_text(target)
    assert len(pages) == 1 and page_mm(target) == {expected_mm}
    text = pages[0]
    assert "米脂黄小米" in text and "2.5kg/袋" in text and "×3" in text  # 2 + 1 bags of millet
    assert "巨鹿金银花" in text and "小米锅巴" in text
    assert "Total:7items,3products" in text
    assert b"WenQuanYi" in target.read_bytes()  # the Chinese font is embedded, not just named


def test_a_long_pick_list_continues_over_several_labels(qapp, tmp_path):
    lines = [PickLine(index, f"测试商品{index:02d}号", "500g/袋", index) for index in range(1, 41)]
    target = tmp_path / "labels.pdf"
    save_pdf(target, "pick_list", lines, PageSize.LABEL, meta(40))
    pages = pdf_text(target)
    assert len(pages) > 2 and page_mm(target) == {(100, 150)}
    everything = "".join(pages)
    assert all(f"测试商品{index:02d}号" in everything for index in range(1, 41))
    assert f"Page1of{len(pages)}" in pages[0] and "Total:820items,40products" in pages[-1]
    assert Document("pick_list", lines, PageSize.LABEL, meta()).page_count() == len(pages)


@pytest.mark.parametrize(("size", "expected_mm", "expected_pages"),
                         [(PageSize.A4, (210, 297), 1), (PageSize.LABEL, (100, 150), 3)])
def test_packing_slips_pdf_with_masked_buyers(qapp, demo_context, task_ids, tmp_path, size, expected_mm,
                                              expected_pages):
    target = tmp_path / "发货单.pdf"
    save_pdf(target, "slips", demo_context.tasks.packing_slips(task_ids), size, meta())
    pages = pdf_text(target)
    assert len(pages) == expected_pages and page_mm(target) == {expected_mm}
    text = "".join(pages)
    for order_no in ("WX-1001", "KS-2002", "WX-1003"):
        assert order_no in text
    for task_id in task_ids:
        assert f"#{task_id}" in text
    assert "Kuaishou" in text and "米脂黄小米2.5kg/袋×2" in text and "要新米" in text
    assert "138****8001" in text and "刘*" in text and "山东省济南市历下区****" in text
    for personal in (FULL_PHONE, "刘桂兰", "泉城路", "孙大伟", "南街7号"):
        assert personal not in text
    assert re.sub(r"\s+", "", LONG_NOTE) in text  # every character of the note is there


def test_a_merged_parcel_lists_every_order_on_its_slip(qapp, demo_context, task_ids, tmp_path):
    again = [order_rows(datetime.now(UTC) - timedelta(hours=1))[0]]  # the same buyer orders again
    again[0][1] = "WX-1004"
    extra = import_orders(demo_context, rows=again)
    assert demo_context.tasks.merge_candidates(extra[0]) == [task_ids[0]]
    parcel = demo_context.tasks.merge([task_ids[0], extra[0]], "主播")
    target = tmp_path / "merged.pdf"
    save_pdf(target, "slips", demo_context.tasks.packing_slips([parcel.id, extra[0]]), PageSize.LABEL, meta())
    pages = pdf_text(target)
    assert len(pages) == 1  # the cancelled task of the merged order has no slip of its own
    assert "WX-1001" in pages[0] and "WX-1004" in pages[0] and "米脂黄小米2.5kg/袋×4" in pages[0]


def test_printing_goes_through_a_qprinter(qapp, demo_context, task_ids, tmp_path):
    """A printer that writes PDF (Qt's own) takes the same pages and page size as a real one would."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    pages = print_documents(printer, "slips", demo_context.tasks.packing_slips(task_ids), PageSize.LABEL, meta())
    assert pages == 3 and len(pdf_text(target)) == 3 and page_mm(target) == {(100, 150)}
    assert "KS-2002" in "".join(pdf_text(target))


def ink_rows(image: QImage) -> list[int]:
    """The rows of a page image that have anything painted on them."""
    white = QColor("white").rgb()
    small = image.scaledToWidth(image.width() // 2)
    return [y for y in range(small.height()) if any(small.pixel(x, y) != white for x in range(small.width()))]


@pytest.mark.parametrize("note_length", [300, 1200])
def test_a_long_buyer_note_stays_inside_its_label(qapp, demo_context, task_ids, note_length):
    slip = next(s for s in demo_context.tasks.packing_slips(task_ids) if s.order_nos == ("KS-2002",))
    from dataclasses import replace

    slip = replace(slip, buyer_note=(LONG_NOTE * 4)[:note_length])
    document = Document("slips", [slip], PageSize.LABEL, meta())
    assert document.page_count() == 1
    dpi = 100
    image = document.page_image(0, dpi)
    margin = MARGIN_MM[PageSize.LABEL] * dpi / 25.4 / 2  # ink_rows halves the image
    rows = ink_rows(image)
    assert rows and rows[0] >= margin - 1 and rows[-1] <= PAGE_MM[PageSize.LABEL][1] * dpi / 25.4 / 2 - margin


def test_slips_share_an_a4_page_and_a_long_note_takes_more_room(qapp, demo_context, task_ids):
    slips = demo_context.tasks.packing_slips(task_ids)
    short = [slip for slip in slips if len(slip.buyer_note) < 50]
    assert Document("slips", short * 3, PageSize.A4, meta()).page_count() == 2  # six slips, three a page
    image = Document("slips", slips, PageSize.A4, meta()).page_image(0, 100)
    rows = ink_rows(image)
    bottom_margin = (PAGE_MM[PageSize.A4][1] - MARGIN_MM[PageSize.A4]) * 100 / 25.4 / 2
    assert rows[-1] <= bottom_margin


# the dialog ------------------------------------------------------------------------------------------------------

def test_dialog_previews_and_saves_a_pdf_through_the_file_dialog(qtbot, demo_context, task_ids, modal, tmp_path):
    dialog = DocumentsDialog(demo_context, task_ids, "pick_list")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.default_file_name().startswith("pick-list-") and dialog.default_file_name().endswith(".pdf")
    assert dialog.preview.pixmap().width() == round(210 * 96 / 25.4)
    assert dialog.page_label.text() == "Page 1 of 1" and not dialog.next_button.isEnabled()
    assert dialog.heading.text() == "Pick list: 3 parcels, 7 items"
    target = tmp_path / "拣货单-2026-11-28"

    def choose(file_dialog):
        choose_file(file_dialog, str(target))

    modal.next(choose)
    dialog.save_button.click()
    saved = target.with_name(target.name + ".pdf")
    qtbot.waitUntil(saved.exists)
    assert "米脂黄小米" in pdf_text(saved)[0] and page_mm(saved) == {(210, 297)}
    assert str(saved) in dialog.status.text()


def test_dialog_switches_to_labels_and_remembers_it(qtbot, demo_context, task_ids):
    dialog = DocumentsDialog(demo_context, task_ids, "slips")
    qtbot.addWidget(dialog)
    dialog.page_size.setCurrentIndex(dialog.page_size.findData(PageSize.LABEL.value))
    assert dialog.page_label.text() == "Page 1 of 3"
    assert dialog.preview.pixmap().width() == round(100 * 96 / 25.4)
    dialog.next_button.click()
    dialog.next_button.click()
    assert dialog.page_label.text() == "Page 3 of 3" and not dialog.next_button.isEnabled()
    again = DocumentsDialog(demo_context, task_ids[:1], "slips")
    qtbot.addWidget(again)
    assert again.chosen_size == PageSize.LABEL and again.page_label.text() == "Page 1 of 1"


def test_dialog_keys_reach_every_control(qtbot, demo_context, task_ids):
    dialog = DocumentsDialog(demo_context, task_ids, "slips")
    qtbot.addWidget(dialog)
    for button in (dialog.save_button, dialog.print_button, dialog.next_button, dialog.previous_button):
        assert "&" in button.text()
    assert dialog.save_button.isDefault()


def test_nothing_to_print_disables_saving(qtbot, demo_context):
    dialog = DocumentsDialog(demo_context, [], "pick_list")
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
    assert dialog.page_label.text() == "Page 1 of 1"


def test_print_without_a_printer_says_so(qtbot, demo_context, task_ids, modal):
    if QPrinterInfo.availablePrinters():
        pytest.skip("this machine has a printer")
    dialog = DocumentsDialog(demo_context, task_ids, "slips")
    qtbot.addWidget(dialog)
    modal.press(QMessageBox.StandardButton.Ok)
    assert dialog.print_pages() is False
    assert "No printer is set up" in modal.texts[0] and "PDF" in modal.texts[0]
