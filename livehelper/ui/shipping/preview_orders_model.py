"""The orders of a previewed import as a table: order number, masked buyer, items, amount, state."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QObject, Qt

from livehelper.domain.order_preview import PreviewRow
from livehelper.ui.widgets.flat_table import AnyIndex, FlatTableModel

ORDER_NO, BUYER, ITEMS, AMOUNT, STATE = range(5)


class PreviewOrdersModel(FlatTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PreviewRow] = []
        self._headers = (self.tr("Order number"), self.tr("Buyer"), self.tr("Items"), self.tr("Amount"),
                         self.tr("State"))

    def set_rows(self, rows: Sequence[PreviewRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def _state(self, row: PreviewRow) -> str:
        packs = self.tr("becomes a packing task") if row.packs else self.tr("not packed")
        return f"{row.status} ({packs})" if row.status else packs

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            column = index.column()
            if column == STATE:
                return self._state(row)
            return (row.order_no, row.buyer, row.items, row.amount)[column] if column < STATE else None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
