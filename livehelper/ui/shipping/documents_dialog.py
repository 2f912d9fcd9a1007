"""Print or save the pick list (拣货单) or the packing slips (发货单) of chosen packing tasks, with a preview."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from livehelper import prefs
from livehelper.domain.errors import LiveHelperError
from livehelper.services.context import AppContext
from livehelper.services.shipping.task_documents import LEFT_OUT
from livehelper.ui.shipping.documents import (
    Document,
    DocumentKind,
    DocumentMeta,
    PageSize,
    page_layout,
    print_documents,
    save_pdf,
)
from livehelper.ui.widgets.errors import show_error
from livehelper.ui.widgets.file_places import in_documents

PREVIEW_DPI = 96
PAGE_SIZE_PREF = "document_page_size"


class DocumentsDialog(QDialog):
    def __init__(self, context: AppContext, task_ids: Sequence[int], kind: DocumentKind | str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.task_ids = list(dict.fromkeys(task_ids))
        self.kind = DocumentKind(kind)
        if self.kind == DocumentKind.PICK_LIST:
            self.data: list = context.tasks.pick_list(self.task_ids)
        else:
            self.data = context.tasks.packing_slips(self.task_ids)
        parcels = sum(1 for task in context.tasks.by_ids(self.task_ids) if task.state not in LEFT_OUT)
        self.meta = DocumentMeta(datetime.now(UTC), parcels=parcels)
        self._page = 0
        self.setWindowTitle(self._title())

        self.heading = QLabel(self._heading())
        self.heading.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.page_size = QComboBox()
        self.page_size.addItem(self.tr("A4 sheet"), PageSize.A4.value)
        self.page_size.addItem(self.tr("100×150 mm label"), PageSize.LABEL.value)
        size_label = QLabel(self.tr("Page &size:"))
        size_label.setBuddy(self.page_size)
        self.page_size.setToolTip(self.tr("A4 for an office printer, 100×150 mm for a label printer"))
        remembered = str(prefs.load(context.data_dir).get(PAGE_SIZE_PREF, PageSize.A4.value))
        self.page_size.setCurrentIndex(max(0, self.page_size.findData(remembered)))
        self.page_size.currentIndexChanged.connect(self._size_changed)

        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.preview.setAccessibleName(self.tr("Page preview"))
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.preview)
        self.scroll.setWidgetResizable(True)
        self.scroll.setStyleSheet("QScrollArea { background: #8a8a8a; } QLabel { background: #8a8a8a; }")
        self.previous_button = QPushButton(self.tr("◀ Pre&vious page"))
        self.previous_button.clicked.connect(lambda: self.show_page(self._page - 1))
        self.next_button = QPushButton(self.tr("&Next page ▶"))
        self.next_button.clicked.connect(lambda: self.show_page(self._page + 1))
        self.page_label = QLabel()

        self.save_button = QPushButton(self.tr("Save &PDF…"))
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button = QPushButton(self.tr("P&rint…"))
        self.print_button.clicked.connect(self.print_pages)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.clicked.connect(self.reject)
        for button, description in (
                (self.previous_button, self.tr("Shows the page before this one")),
                (self.next_button, self.tr("Shows the page after this one")),
                (self.save_button, self.tr("Saves all pages as a PDF file, to print elsewhere or send")),
                (self.print_button, self.tr("Sends all pages to a printer")),
                (self.close_button, self.tr("Closes the window (Esc)"))):
            button.setToolTip(description)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for button in (self.save_button, self.print_button):
            button.setEnabled(bool(self.data))
        self._lay_out(size_label)
        self.document = self._document()
        self.show_page(0)
        self.resize(900, 700)

    def _lay_out(self, size_label: QLabel) -> None:
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(size_label)
        top.addWidget(self.page_size)
        pages = QHBoxLayout()
        pages.addWidget(self.previous_button)
        pages.addWidget(self.page_label)
        pages.addWidget(self.next_button)
        pages.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(pages)
        layout.addLayout(buttons)
        (self.save_button if self.data else self.close_button).setDefault(True)
        self.page_size.setFocus()

    def _title(self) -> str:
        return self.tr("Pick list") if self.kind == DocumentKind.PICK_LIST else self.tr("Packing slips")

    def _heading(self) -> str:
        if self.kind == DocumentKind.PICK_LIST:
            units = sum(line.qty for line in self.data)
            return self.tr("Pick list: {parcels} parcels, {units} items").format(parcels=self.meta.parcels,
                                                                                 units=units)
        return self.tr("Packing slips: {count} parcels").format(count=len(self.data))

    @property
    def chosen_size(self) -> PageSize:
        return PageSize(self.page_size.currentData())

    def _document(self) -> Document:
        return Document(self.kind, self.data, self.chosen_size, self.meta)

    def _size_changed(self) -> None:
        prefs.save(self._context.data_dir, **{PAGE_SIZE_PREF: self.chosen_size.value})
        self.document = self._document()
        self.show_page(0)

    def page_count(self) -> int:
        return self.document.page_count()

    def show_page(self, index: int) -> None:
        pages = self.page_count()
        self._page = min(max(index, 0), pages - 1)
        self.preview.setPixmap(QPixmap.fromImage(self.document.page_image(self._page, PREVIEW_DPI)))
        self.page_label.setText(self.tr("Page {number} of {pages}").format(number=self._page + 1, pages=pages))
        self.previous_button.setEnabled(self._page > 0)
        self.next_button.setEnabled(self._page < pages - 1)

    def default_file_name(self) -> str:
        stem = self.tr("pick-list") if self.kind == DocumentKind.PICK_LIST else self.tr("packing-slips")
        return f"{stem}-{self.meta.printed_at.astimezone().strftime('%Y-%m-%d')}.pdf"

    def save_pdf(self) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), in_documents(self.default_file_name()),
                                              self.tr("PDF document (*.pdf)"))
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(f"{target.name}.pdf")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # about a second per 150 slips
        try:
            save_pdf(target, self.kind, self.data, self.chosen_size, self.meta)
        except LiveHelperError as error:
            QApplication.restoreOverrideCursor()
            show_error(self, self.tr("PDF not saved"), error)
            return None
        QApplication.restoreOverrideCursor()
        self.status.setText(self.tr("Saved {path}").format(path=str(target)))
        return target

    def print_pages(self) -> bool:
        if not QPrinterInfo.availablePrinters():
            QMessageBox.information(self, self.tr("No printer"), self.tr(
                "No printer is set up on this computer. Save a PDF instead, or add the printer in the system "
                "settings and try again."))
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout(self.chosen_size))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self._title())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pages = print_documents(printer, self.kind, self.data, self.chosen_size, self.meta)
        finally:
            QApplication.restoreOverrideCursor()
        self.status.setText(self.tr("Sent {pages} pages to the printer").format(pages=pages))
        return True
