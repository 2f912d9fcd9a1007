"""The product lines of a manual order: product, unit price, quantity (editable with a spin box), subtotal."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtWidgets import QSpinBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from livehelper.domain.manual_order import MAX_QTY
from livehelper.domain.money import format_fen
from livehelper.domain.product import Product
from livehelper.ui.widgets.flat_table import AnyIndex, FlatTableModel

PRODUCT, PRICE, QTY, SUBTOTAL = range(4)
ProductIdRole = Qt.ItemDataRole.UserRole + 1


@dataclass
class ItemLine:
    product: Product
    qty: int

    @property
    def subtotal_fen(self) -> int:
        return self.product.price_fen * self.qty


class OrderItemsModel(FlatTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: list[ItemLine] = []
        self._headers = (self.tr("Product"), self.tr("Unit price"), self.tr("Quantity"), self.tr("Subtotal"))

    # for the dialog
    def add(self, product: Product, qty: int) -> int:
        """Add a line, or more of a product already listed; returns its row."""
        for row, line in enumerate(self._lines):
            if line.product.id == product.id:
                self.setData(self.index(row, QTY), min(MAX_QTY, line.qty + qty))
                return row
        row = len(self._lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self._lines.append(ItemLine(product, max(1, min(MAX_QTY, qty))))
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._lines):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._lines[row]
            self.endRemoveRows()

    def items(self) -> tuple[tuple[int, int], ...]:
        """(product id, quantity) per line, as ManualOrder takes them."""
        return tuple((line.product.id, line.qty) for line in self._lines)

    def goods_fen(self) -> int:
        return sum(line.subtotal_fen for line in self._lines)

    # Qt model interface
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)



    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == QTY else flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == PRODUCT:
                return line.product.label
            if column == PRICE:
                return format_fen(line.product.price_fen, symbol=True)
            if column == QTY:
                return str(line.qty)
            return format_fen(line.subtotal_fen, symbol=True)
        if role == Qt.ItemDataRole.EditRole and column == QTY:
            return line.qty
        if role == ProductIdRole:
            return line.product.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column != PRODUCT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != QTY \
                or not 0 <= index.row() < len(self._lines):
            return False
        try:
            qty = int(value)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return False
        if not 1 <= qty <= MAX_QTY:
            return False
        self._lines[index.row()].qty = qty
        self.dataChanged.emit(self.index(index.row(), QTY), self.index(index.row(), SUBTOTAL))
        return True


class QuantityDelegate(QStyledItemDelegate):
    """A spin box from 1 to MAX_QTY for the quantity column."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        box = QSpinBox(parent)
        box.setRange(1, MAX_QTY)
        box.setFrame(False)
        return box
