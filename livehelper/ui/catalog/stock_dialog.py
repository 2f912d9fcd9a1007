"""库存: one product's (or every product's) stock ledger, and a receipt or a count typed by keyboard.

The figures (在库, 占用, 可售) and the ledger come from StockService; a receipt (入库) adds what arrived, a count
(盘点) sets what the storeroom holds and the ledger records the difference. Changes made elsewhere meanwhile (a
parcel shipped on another PC) show through the event bridge.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from livehelper.domain.errors import LiveHelperError
from livehelper.domain.product import MAX_STOCK, product_label
from livehelper.domain.stock import MovementKind, StockMovement
from livehelper.services.catalog.products import CatalogService
from livehelper.services.catalog.stock import StockService
from livehelper.services.events import ChangeEvent
from livehelper.ui.i18n import current_language
from livehelper.ui.widgets.dialog_buttons import describe_buttons
from livehelper.ui.widgets.ledger_table import LedgerTable

SHOWN_MOVEMENTS = 500  # the newest; `livehelper stock history` prints them all
ALL = 0  # the product chooser's entry for every product


class StockDialog(QDialog):
    def __init__(self, stock: StockService, catalog: CatalogService, who: str, product_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stock = stock
        self._who = who
        self.setWindowTitle(self.tr("Stock"))
        self.resize(860, 520)
        self.product = QComboBox()
        self.product.addItem(self.tr("All products"), ALL)
        self._names: dict[int, str] = {}
        for level in stock.levels():
            self._names[level.product_id] = product_label(level.name, level.spec)
            self.product.addItem(self._names[level.product_id], level.product_id)
        self.product.setAccessibleDescription(self.tr("Whose ledger to show and whose stock to change"))
        self.figures = QLabel()
        self.figures.setObjectName("stockFigures")
        self.figures.setAccessibleName(self.tr("Stock figures"))
        self.table = LedgerTable(
            [self.tr("When"), self.tr("Product"), self.tr("Kind"), self.tr("Change"), self.tr("On hand after"),
             self.tr("Who"), self.tr("Reason")], self.tr("Stock ledger"),
            self.tr("Every change of stock, newest first: when, which product, receipt, count, shipment or return, "
                    "by how much, who and why"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Receipt: add what arrived"), MovementKind.RECEIPT.value)
        self.kind.addItem(self.tr("Count: the storeroom holds"), MovementKind.COUNT.value)
        self.kind.setAccessibleDescription(self.tr("A receipt adds to on hand; a count sets it and the ledger "
                                                   "records the difference"))
        self.quantity = QSpinBox()
        self.quantity.setRange(0, MAX_STOCK)
        self.quantity.setGroupSeparatorShown(False)
        self.quantity.setAccessibleDescription(self.tr("How many arrived, or how many the storeroom holds"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. new harvest, month-end count"))
        self.reason.setMaxLength(200)
        self.record_button = QPushButton(self.tr("&Record"))
        self.record_button.setAccessibleDescription(self.tr("Writes the receipt or count into the stock ledger"))
        self.record_button.clicked.connect(self.record)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.problem.setWordWrap(True)
        self.problem.hide()

        chooser = QFormLayout()
        chooser.addRow(self.tr("&Product"), self.product)
        form = QFormLayout()
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Quantity"), self.quantity)
        form.addRow(self.tr("R&eason"), self.reason)
        record_row = QHBoxLayout()
        record_row.addStretch(1)
        record_row.addWidget(self.record_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        describe_buttons(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(chooser)
        layout.addWidget(self.figures)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(record_row)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

        self.product.currentIndexChanged.connect(lambda _index: self.refresh())
        self.kind.currentIndexChanged.connect(lambda _index: self._kind_changed())
        if product_id is not None and self.product.findData(product_id) >= 0:
            self.product.setCurrentIndex(self.product.findData(product_id))
        self.refresh()
        self._kind_changed()
        (self.quantity if product_id is not None else self.product).setFocus()
        self.quantity.selectAll()  # typing replaces the number

    # reading
    @property
    def product_id(self) -> int | None:
        value = self.product.currentData()
        return None if value in (None, ALL) else int(value)

    def refresh(self) -> None:
        product_id = self.product_id
        for widget in (self.kind, self.quantity, self.reason, self.record_button):
            widget.setEnabled(product_id is not None)
        if product_id is None:
            levels = self._stock.levels()
            self.figures.setText(self.tr("{count} products · on hand {on_hand} · reserved {reserved} · available "
                                         "{available}").format(
                count=len(levels), on_hand=sum(level.on_hand for level in levels),
                reserved=sum(level.reserved for level in levels),
                available=sum(level.available for level in levels)))
        else:
            level = self._stock.level(product_id)
            self.figures.setText(self.tr("On hand {on_hand} · reserved {reserved} · available {available}").format(
                on_hand=level.on_hand, reserved=level.reserved, available=level.available))
            if self.kind.currentData() == MovementKind.COUNT.value:
                self.quantity.setValue(level.on_hand)
        self._fill(self._stock.history(product_id, SHOWN_MOVEMENTS))

    def _fill(self, movements: list[StockMovement]) -> None:
        lang = current_language()
        self.table.fill((movement.at.astimezone().strftime("%Y-%m-%d %H:%M"), self._names.get(movement.product_id, ""),
                         movement.kind.label.render(lang), f"{movement.qty:+d}", str(movement.balance), movement.who,
                         movement.reason) for movement in movements)

    def _kind_changed(self) -> None:
        counting = self.kind.currentData() == MovementKind.COUNT.value
        self.quantity.setMinimum(0 if counting else 1)
        product_id = self.product_id
        if counting and product_id is not None:
            self.quantity.setValue(self._stock.level(product_id).on_hand)

    # writing
    def record(self) -> None:
        product_id = self.product_id
        if product_id is None:
            return
        try:
            if self.kind.currentData() == MovementKind.COUNT.value:
                self._stock.count(product_id, self.quantity.value(), self._who, self.reason.text())
            else:
                self._stock.receive(product_id, self.quantity.value(), self.reason.text(), self._who)
        except LiveHelperError as error:
            self.problem.setText(error.render(current_language()))
            self.problem.show()
            return
        self.problem.hide()
        self.reason.clear()
        self.refresh()
        self.quantity.setFocus()
        self.quantity.selectAll()

    def on_change(self, event: ChangeEvent) -> None:
        """Another PC or window changed stock: show the new figures and ledger."""
        if event.entity in ("product", "task", "order") and self.isVisible():
            self.refresh()
