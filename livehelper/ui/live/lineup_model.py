"""The running session's line-up as a table: link number, product, price, sold, revenue and stock left.

Stock warnings are shown as a word as well as a colour (库存紧张 / 已售罄 / 超卖), never by colour alone.
Each row's texts are worked out once per change (a tally changes one row); data() only looks them up, because
the view asks for every role of every painted cell.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from livehelper.domain.live import link_label
from livehelper.services.live.session_state import LineupEntry, LiveSnapshot
from livehelper.ui.appearance.theme import readable_brush as readable
from livehelper.ui.live.money import yuan

ProductIdRole = Qt.ItemDataRole.UserRole + 1
PositionRole = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    LINK = 0
    PRODUCT = 1
    PRICE = 2
    SOLD = 3
    REVENUE = 4
    STOCK = 5


class StockState(IntEnum):
    OK = 0
    LOW = 1
    SOLD_OUT = 2
    OVERSOLD = 3


COLUMNS = len(Column)
EXPLAINING_BACKGROUND = QBrush(QColor("#e3f1e6"))
STOCK_COLOURS = {
    StockState.LOW: (QBrush(QColor("#fff1c2")), QBrush(QColor("#7a4d00"))),
    StockState.SOLD_OUT: (QBrush(QColor("#fde0dc")), QBrush(QColor("#b3261e"))),
    StockState.OVERSOLD: (QBrush(QColor("#b3261e")), QBrush(QColor("#ffffff"))),
}
# plain ints: comparing them is much cheaper than building enum members on every call
_DISPLAY, _ACCESSIBLE = Qt.ItemDataRole.DisplayRole.value, Qt.ItemDataRole.AccessibleTextRole.value
_ALIGNMENT, _FONT = Qt.ItemDataRole.TextAlignmentRole.value, Qt.ItemDataRole.FontRole.value
_BACKGROUND, _FOREGROUND = Qt.ItemDataRole.BackgroundRole.value, Qt.ItemDataRole.ForegroundRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_PRODUCT_ID, _POSITION = int(ProductIdRole), int(PositionRole)
_RIGHT = (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value
_LEFT = (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value
_NUMBER_COLUMNS = frozenset({Column.PRICE.value, Column.SOLD.value, Column.REVENUE.value, Column.STOCK.value})
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def stock_state(remaining: int, threshold: int) -> StockState:
    if remaining < 0:
        return StockState.OVERSOLD
    if remaining == 0:
        return StockState.SOLD_OUT
    return StockState.LOW if remaining <= threshold else StockState.OK


@dataclass(frozen=True)
class RowView:
    key: tuple[object, ...]  # what the row depends on: unchanged key, unchanged row
    texts: tuple[str, ...]
    product_id: int
    position: int
    explaining: bool
    state: StockState
    tooltip: str | None


class LineupTableModel(QAbstractTableModel):
    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._snapshot: LiveSnapshot | None = None
        self._rows: list[RowView] = []
        self._bold = QFont()
        self._bold.setBold(True)

    # the data
    def set_snapshot(self, snapshot: LiveSnapshot | None) -> None:
        old_ids = [e.product.id for e in self._snapshot.lineup] if self._snapshot else []
        new_ids = [e.product.id for e in snapshot.lineup] if snapshot else []
        self._snapshot = snapshot
        if old_ids != new_ids:
            self.beginResetModel()
            self._rows = [self._row_view(e, self._row_key(e)) for e in snapshot.lineup] if snapshot else []
            self.endResetModel()
            return
        for row, entry in enumerate(snapshot.lineup if snapshot else ()):
            key = self._row_key(entry)
            if key != self._rows[row].key:
                self._rows[row] = self._row_view(entry, key)
                self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMNS - 1))

    def _row_key(self, entry: LineupEntry) -> tuple[object, ...]:
        snapshot = self._snapshot
        assert snapshot is not None
        sold = snapshot.totals.per_product.get(entry.product.id)
        return (entry.position, entry.product, entry.oversell_allowed, snapshot.explaining == entry.product.id,
                sold.items if sold else 0, sold.revenue_fen if sold else 0, snapshot.remaining(entry.product.id))

    def _row_view(self, entry: LineupEntry, key: tuple[object, ...]) -> RowView:
        product = entry.product
        explaining = bool(key[3])
        items, revenue = int(key[4]), int(key[5])  # type: ignore[call-overload]
        remaining = int(key[6])  # type: ignore[call-overload]  # 剩余: 可售 counted down (LiveSnapshot.remaining)
        state = stock_state(remaining, product.low_stock_threshold)
        name = product.label
        mark = {StockState.LOW: self.tr("low"), StockState.SOLD_OUT: self.tr("sold out"),
                StockState.OVERSOLD: self.tr("oversold")}.get(state)
        texts = (link_label(entry.position),
                 self.tr("▶ Explaining · {name}").format(name=name) if explaining else name,
                 yuan(product.price_fen), str(items), yuan(revenue),
                 f"{remaining} · {mark}" if mark else str(remaining))
        tooltip = self.tr("Low-stock level: {level}").format(level=product.low_stock_threshold) if mark else None
        return RowView(key, texts, product.id, entry.position, explaining, state, tooltip)

    def widest_texts(self) -> dict[int, list[str]]:
        """For each column but the product's, the widest texts it may show during the session."""
        views = self._rows or [RowView((), ("",) * COLUMNS, 0, 0, False, StockState.OK, None)]
        current = {column: [view.texts[column] for view in views] for column in range(COLUMNS)}
        stock = max((e.product.stock for e in self._snapshot.lineup), default=0) if self._snapshot else 0
        return {Column.LINK: current[Column.LINK], Column.PRICE: current[Column.PRICE],
                Column.SOLD: [*current[Column.SOLD], "9999"],
                Column.REVENUE: [*current[Column.REVENUE], yuan(9_999_999)],
                Column.STOCK: [*current[Column.STOCK], f"{stock}", f"0 · {self.tr('sold out')}",
                               f"-99 · {self.tr('oversold')}", f"10 · {self.tr('low')}"]}

    def entry(self, row: int) -> LineupEntry | None:
        if self._snapshot is None or not 0 <= row < len(self._snapshot.lineup):
            return None
        return self._snapshot.lineup[row]

    def row_of_position(self, position: int) -> int | None:
        return next((row for row, view in enumerate(self._rows) if view.position == position), None)

    # QAbstractTableModel
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY or not 0 <= section < COLUMNS:
            return None
        return (self.tr("Link"), self.tr("Product"), self.tr("Price"), self.tr("Sold"), self.tr("Revenue"),
                self.tr("Stock left"))[section]

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = index.row()
        if not index.isValid() or row >= len(self._rows):
            return None
        view = self._rows[row]
        column = index.column()
        if role in (_DISPLAY, _ACCESSIBLE):
            return view.texts[column]
        if role == _ALIGNMENT:
            return _RIGHT if column in _NUMBER_COLUMNS else _LEFT
        stock_warning = column == Column.STOCK and view.state != StockState.OK
        if role in (_BACKGROUND, _FOREGROUND):
            if stock_warning:
                return readable(STOCK_COLOURS[view.state][0 if role == _BACKGROUND else 1], role == _BACKGROUND)
            return readable(EXPLAINING_BACKGROUND, True) if view.explaining and role == _BACKGROUND else None
        if role == _FONT:
            return self._bold if view.explaining or column == Column.SOLD or stock_warning else None
        if role == _PRODUCT_ID:
            return view.product_id
        if role == _POSITION:
            return view.position
        if role == _TOOLTIP and stock_warning:
            return view.tooltip
        return None
