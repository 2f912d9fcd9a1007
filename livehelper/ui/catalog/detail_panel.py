"""The selected product at a glance: photo (pick or drop a file), selling points, shop-link QR code."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from livehelper.domain.errors import LiveHelperError
from livehelper.domain.file_names import safe_file_name
from livehelper.domain.money import format_fen
from livehelper.domain.product import Product
from livehelper.services.catalog.images import qr_png
from livehelper.services.catalog.products import CatalogService
from livehelper.services.files import read_user_file, write_file_atomically
from livehelper.ui.widgets.errors import show_error
from livehelper.ui.widgets.file_places import in_pictures, tell_saved
from livehelper.ui.widgets.flow_layout import FlowLayout

PHOTO_SIZE = 210
QR_SIZE = 132
IMAGE_FILTER = "*.jpg *.jpeg *.png *.webp *.bmp *.gif"


class PhotoLabel(QLabel):
    """Shows the photo and accepts an image file dropped on it (the button does the same)."""

    file_dropped = Signal(Path)

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptDrops(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFixedSize(PHOTO_SIZE, PHOTO_SIZE)
        self.setObjectName("productPhoto")  # its look: appearance/widget_sheet.py

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = [url for url in event.mimeData().urls() if url.isLocalFile()]
        if urls:
            self.file_dropped.emit(Path(urls[0].toLocalFile()))
            event.acceptProposedAction()


class ProductDetailPanel(QWidget):
    def __init__(self, catalog: CatalogService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._product: Product | None = None
        self._qr_bytes: bytes | None = None
        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.photo = PhotoLabel()
        self.photo.setAccessibleName(self.tr("Product photo"))
        self.photo.file_dropped.connect(self.set_photo_from)
        self.pick_photo = QPushButton(self.tr("Choose &a photo…"))
        self.pick_photo.setToolTip(self.tr("Opens a picture file (JPG, PNG) to show with the product"))
        self.pick_photo.clicked.connect(self._choose_photo)
        self.remove_photo = QPushButton(self.tr("&Remove photo"))
        self.remove_photo.setToolTip(self.tr("Takes the photo off this product"))
        self.remove_photo.clicked.connect(self._remove_photo)
        self.selling_points = QLabel()
        self.selling_points.setWordWrap(True)
        self.selling_points.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.qr = QLabel()
        self.qr.setFixedSize(QR_SIZE, QR_SIZE)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setAccessibleName(self.tr("Shop link QR code"))
        self.save_qr = QPushButton(self.tr("Save &QR code…"))
        self.save_qr.setToolTip(self.tr("Saves the shop link's QR code as a PNG picture, to print or share"))
        self.save_qr.clicked.connect(self._save_qr)

        photo_buttons = FlowLayout()  # side by side, or one under the other when the text is large
        photo_buttons.addWidget(self.pick_photo)
        photo_buttons.addWidget(self.remove_photo)
        points_box = QGroupBox(self.tr("Selling points"))
        QVBoxLayout(points_box).addWidget(self.selling_points)
        qr_box = QGroupBox(self.tr("Shop link"))
        qr_layout = QVBoxLayout(qr_box)
        qr_layout.addWidget(self.qr, alignment=Qt.AlignmentFlag.AlignHCenter)
        qr_layout.addWidget(self.save_qr)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(self.photo, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(photo_buttons)
        layout.addWidget(points_box)
        layout.addWidget(qr_box)
        layout.addStretch(1)
        self.show_product(None)

    def show_product(self, product: Product | None) -> None:
        self._product = product
        enabled = product is not None
        for widget in (self.pick_photo, self.photo):
            widget.setEnabled(enabled)
        self.remove_photo.setEnabled(enabled and product.has_photo)
        if product is None:
            self.title.setText(self.tr("No product selected"))
            self.facts.clear()
            self.selling_points.clear()
            self.photo.setPixmap(QPixmap())
            self.photo.setText(self.tr("Select a product"))
            self._show_qr(None)
            return
        self.title.setText(f"{product.name}  {product.spec}")
        self.facts.setText(self.tr("¥{price} · on hand {on_hand} · reserved {reserved} · available {available} · "
                                   "{origin}").format(price=format_fen(product.price_fen), on_hand=product.on_hand,
                                                      reserved=product.reserved, available=product.available,
                                                      origin=product.origin or "—"))
        self.selling_points.setText(product.selling_points or self.tr("(none yet)"))
        self._show_photo(self._catalog.photo(product.id) if product.has_photo else None)
        self._show_qr(product.shop_link or None)

    def _show_photo(self, image: bytes | None) -> None:
        pixmap = QPixmap()
        if image and pixmap.loadFromData(image):
            inner = PHOTO_SIZE - 8
            self.photo.setPixmap(pixmap.scaled(inner, inner, Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))
        else:
            self.photo.setPixmap(QPixmap())
            self.photo.setText(self.tr("Drop a photo here\nor choose one below"))

    def _show_qr(self, link: str | None) -> None:
        self._qr_bytes = qr_png(link, box_size=6) if link else None
        self.save_qr.setEnabled(self._qr_bytes is not None)
        if self._qr_bytes is None:
            self.qr.setPixmap(QPixmap())
            self.qr.setText(self.tr("No shop link"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(self._qr_bytes)
        self.qr.setPixmap(pixmap.scaled(self.qr.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                        Qt.TransformationMode.FastTransformation))

    def _choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a product photo"), in_pictures(""),
                                              self.tr("Images ({patterns})").format(patterns=IMAGE_FILTER))
        if path:
            self.set_photo_from(Path(path))

    def set_photo_from(self, path: Path) -> None:
        if self._product is None:
            return
        try:
            data = read_user_file(path)
            self.show_product(self._catalog.set_photo_from_file(self._product.id, data, path.name))
        except LiveHelperError as error:
            show_error(self, self.tr("Photo not changed"), error)

    def _remove_photo(self) -> None:
        if self._product is not None:
            self._catalog.remove_photo(self._product.id)
            self.show_product(self._catalog.get(self._product.id))

    def _save_qr(self) -> None:
        if self._qr_bytes is None or self._product is None:
            return
        suggested = f"{safe_file_name(self._product.name, 'qr')}.png"  # 红枣 5kg/袋 → 红枣 5kg_袋.png
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save QR code"), in_pictures(suggested), "PNG (*.png)")
        if path:
            try:
                write_file_atomically(Path(path), self._qr_bytes)
            except LiveHelperError as error:
                show_error(self, self.tr("QR code not saved"), error)
                return
            tell_saved(self, Path(path))
