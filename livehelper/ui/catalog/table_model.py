"""The catalog table: rows are fetched page by page from SQL, sorted and filtered by the database."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from livehelper.domain.errors import NotFoundError
from livehelper.domain.money import format_fen
from livehelper.domain.product import Product
from livehelper.services.catalog.products import ENTITY, CatalogService, ProductQuery
from livehelper.services.events import ChangeEvent, ChangeKind
from livehelper.ui.appearance.theme import background_colour, text_colour
from livehelper.ui.widgets.flat_table import AnyIndex, FlatTableModel

PAGE_SIZE = 256
COLUMN_FIELDS = ("name", "spec", "price_fen", "stock", "reserved", "available", "merchant_code", "origin", "active")
COUNT_FIELDS = ("price_fen", "stock", "reserved", "available")
# Changes that move a product's 占用/可售 without naming it: an order import reserves, a task change frees.
RESERVING_ENTITIES = ("order",)
LOW_STOCK_BACKGROUND = QColor("#fde2c8")
SOLD_OUT_BACKGROUND = QColor("#f8c9c4")
INACTIVE_FOREGROUND = QColor("#8a8a8a")
ProductIdRole = Qt.ItemDataRole.UserRole + 1


class ProductTableModel(FlatTableModel):
    def __init__(self, catalog: CatalogService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._query = ProductQuery()
        self._rows: list[Product] = []
        self._row_of: dict[int, int] = {}
        self._exhausted = False
        self._headers = (self.tr("Name"), self.tr("Spec"), self.tr("Price (yuan)"), self.tr("On hand"),
                         self.tr("Reserved"), self.tr("Available"), self.tr("Merchant code"), self.tr("Origin"),
                         self.tr("Status"))
        self.fetchMore(QModelIndex())

    # Qt model interface
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)


    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: AnyIndex) -> None:
        if parent.isValid() or self._exhausted:
            return
        products = self._catalog.page(self._query, len(self._rows), PAGE_SIZE)
        self._exhausted = len(products) < PAGE_SIZE
        if not products:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(products) - 1)
        for offset, product in enumerate(products):
            self._row_of[product.id] = first + offset
        self._rows.extend(products)
        self.endInsertRows()


    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        product = self._rows[index.row()]
        field = COLUMN_FIELDS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(product, field)
        if role == ProductIdRole:
            return product.id
        if role == Qt.ItemDataRole.TextAlignmentRole and field in COUNT_FIELDS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # the warnings are about 可售: what can still be sold once the open orders are packed
        if role == Qt.ItemDataRole.BackgroundRole and product.active and field == "available":
            if product.available <= 0:
                return QBrush(background_colour(SOLD_OUT_BACKGROUND))
            if product.is_low_stock:
                return QBrush(background_colour(LOW_STOCK_BACKGROUND))
        if role == Qt.ItemDataRole.ForegroundRole and not product.active:
            return QBrush(text_colour(INACTIVE_FOREGROUND))
        if role == Qt.ItemDataRole.FontRole and field == "available" and product.active and product.is_low_stock:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and field == "available" and product.is_low_stock:
            if product.available <= 0:
                return self.tr("Sold out: {on_hand} on hand, {reserved} reserved by orders to pack").format(
                    on_hand=product.on_hand, reserved=product.reserved)
            return self.tr("Low stock: {stock} left (warning level {level})").format(
                stock=product.available, level=product.low_stock_threshold)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMN_FIELDS):
            return
        self.set_query(replace(self._query, sort=COLUMN_FIELDS[column],
                               descending=order == Qt.SortOrder.DescendingOrder))

    # our interface
    @property
    def query(self) -> ProductQuery:
        return self._query

    def set_query(self, query: ProductQuery) -> None:
        self._query = query
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows, self._row_of, self._exhausted = [], {}, False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def product_at(self, row: int) -> Product | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, product_id: int) -> int | None:
        return self._row_of.get(product_id)

    def on_change(self, event: ChangeEvent) -> None:
        if event.entity in RESERVING_ENTITIES or (event.entity == "task" and not event.ids):
            self.reload()  # an import, or another PC's task changes: whose products is not said
            return
        if event.entity != ENTITY:
            return
        if event.kind == ChangeKind.UPDATED and event.ids and all(i in self._row_of for i in event.ids):
            for product_id in event.ids:
                self._refresh_row(product_id)
            return
        self.reload()

    def _refresh_row(self, product_id: int) -> None:
        row = self._row_of[product_id]
        try:
            self._rows[row] = self._catalog.get(product_id)
        except NotFoundError:
            self.reload()
            return
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMN_FIELDS) - 1))

    def _display(self, product: Product, field: str) -> str:
        if field == "price_fen":
            return format_fen(product.price_fen)
        if field == "active":
            return self.tr("On sale") if product.active else self.tr("Off sale")
        if field == "merchant_code":
            return product.merchant_code
        return str(getattr(product, field))
