"""Building tonight's line-up: pick products from the catalog, order them, load or save a named line-up."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from livehelper.domain.errors import LiveHelperError, NotFoundError
from livehelper.domain.live import link_label
from livehelper.domain.product import Product
from livehelper.services.catalog.products import ProductQuery
from livehelper.services.context import AppContext
from livehelper.ui.keys.commands import command_shortcut
from livehelper.ui.live.money import yuan
from livehelper.ui.widgets.errors import show_error
from livehelper.ui.widgets.flow_layout import FlowLayout

SEARCH_DELAY_MS = 150
PAGE_SIZE = 200
ProductRole = Qt.ItemDataRole.UserRole + 1


def _wrapping(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)  # a long caption takes two lines at 200% instead of widening the workspace
    return label


class LineupBuilder(QWidget):
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._lineup: list[Product] = []
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search the catalog"))
        self.search.setPlaceholderText(self.tr("Search products to add…"))
        self.search.setClearButtonEnabled(True)
        self.catalog_list = QListWidget()
        self.catalog_list.setAccessibleName(self.tr("Products on sale"))
        self.catalog_list.setAccessibleDescription(self.tr("Enter adds the product to the end of the line-up"))
        self.lineup_list = QListWidget()
        self.lineup_list.setAccessibleName(self.tr("Line-up"))
        self.lineup_list.setAccessibleDescription(self.tr(
            "The products of this stream in the platform's order; Delete removes one, Ctrl+Up and Ctrl+Down move it"))
        for view in (self.catalog_list, self.lineup_list):
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            view.setObjectName("lineupList")  # its look: appearance/widget_sheet.py
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS, timeout=self.reload_catalog)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._add_first_match)
        self.catalog_list.itemActivated.connect(lambda _item: self.add_selected())

        self.add_button = self._button(self.tr("&Add →"), self.add_selected, self.tr("Add to the line-up"))
        self.remove_button = self._button(self.tr("&Remove"), self.remove_selected,
                                          self.tr("Remove from the line-up"))
        self.up_button = self._button(self.tr("Move &up"), lambda: self.move_selected(-1), self.tr("Move up"))
        self.down_button = self._button(self.tr("Move do&wn"), lambda: self.move_selected(1), self.tr("Move down"))
        self.saved = QComboBox()
        self.saved.setAccessibleName(self.tr("Saved line-ups"))
        self.saved.setToolTip(self.tr("Line-ups you saved before, to load for a stream like an earlier one"))
        self.saved.setMinimumWidth(180)
        self.load_button = self._button(self.tr("Loa&d"), self.load_saved, self.tr("Load the saved line-up"))
        self.save_button = self._button(self.tr("Save li&ne-up as…"), self.save_as, self.tr("Save line-up as"))
        for command, slot in (("lineup.remove", self.remove_selected), ("lineup.up", lambda: self.move_selected(-1)),
                              ("lineup.down", lambda: self.move_selected(1))):
            command_shortcut(command, self.lineup_list, slot, Qt.ShortcutContext.WidgetShortcut)
        for button, description in (
                (self.add_button, self.tr("Adds the selected product to the end of the line-up")),
                (self.remove_button, self.tr("Takes the selected product out of the line-up (Delete)")),
                (self.up_button, self.tr("Moves the selected product one place earlier (Ctrl+Up)")),
                (self.down_button, self.tr("Moves the selected product one place later (Ctrl+Down)")),
                (self.load_button, self.tr("Replaces the line-up with the chosen saved one")),
                (self.save_button, self.tr("Keeps this line-up under a name, to load it for a later stream"))):
            button.setToolTip(description)
        self.lineup_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.catalog_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self._layout()
        self.reload()

    def _button(self, text: str, slot: object, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        return button

    def _layout(self) -> None:
        left = QVBoxLayout()
        left.addWidget(_wrapping(self.tr("Catalog (products on sale)")))
        left.addWidget(self.search)
        left.addWidget(self.catalog_list, 1)
        middle = QVBoxLayout()
        middle.addStretch(1)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            middle.addWidget(button)
        middle.addStretch(1)
        saved_row = QHBoxLayout()
        saved_row.addWidget(QLabel(self.tr("Saved:")))
        saved_row.addWidget(self.saved, 1)
        saved_buttons = FlowLayout()  # under the list of saved line-ups: large text never widens the window
        saved_buttons.addWidget(self.load_button)
        saved_buttons.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addWidget(_wrapping(self.tr("Line-up, in the order of the platform's product list")))
        right.addLayout(saved_row)
        right.addLayout(saved_buttons)
        right.addWidget(self.lineup_list, 1)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addLayout(left, 0, 0)
        grid.addLayout(middle, 0, 1)
        grid.addLayout(right, 0, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(2, 1)

    # reading
    def product_ids(self) -> list[int]:
        return [p.id for p in self._lineup]

    def products(self) -> list[Product]:
        return list(self._lineup)

    # filling
    def reload(self) -> None:
        self.reload_catalog()
        self.reload_saved()

    def schedule_reload(self) -> None:
        self._search_timer.start()

    def reload_catalog(self) -> None:
        chosen = set(self.product_ids())
        current = self.catalog_list.currentItem()
        current_id = current.data(ProductRole) if current else None
        self.catalog_list.clear()
        query = ProductQuery(text=self.search.text(), include_inactive=False)
        for product in self._context.catalog.page(query, 0, PAGE_SIZE):
            text = self._describe(product)
            item = QListWidgetItem(self.tr("{product}  ✓ in the line-up").format(product=text)
                                   if product.id in chosen else text)
            item.setData(ProductRole, product.id)
            if product.id in chosen:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.catalog_list.addItem(item)
            if product.id == current_id:
                self.catalog_list.setCurrentItem(item)
        if self.catalog_list.currentRow() < 0 and self.catalog_list.count():
            self.catalog_list.setCurrentRow(0)
        self._update_buttons()

    def reload_saved(self) -> None:
        self.saved.clear()
        for lineup_id, name in self._context.live.saved_lineups():
            self.saved.addItem(name, lineup_id)
        self._update_buttons()

    def set_products(self, products: list[Product]) -> None:
        self._lineup = list({p.id: p for p in products}.values())
        self._refresh_lineup(0 if products else -1)

    def _describe(self, product: Product) -> str:
        return self.tr("{name} {spec}  {price}  stock {stock}").format(
            name=product.name, spec=product.spec, price=yuan(product.price_fen), stock=product.available)

    def _refresh_lineup(self, current_row: int) -> None:
        self.lineup_list.clear()
        for position, product in enumerate(self._lineup, start=1):
            self.lineup_list.addItem(f"{link_label(position)}  {self._describe(product)}")
        if 0 <= current_row < len(self._lineup):
            self.lineup_list.setCurrentRow(current_row)
        self.reload_catalog()
        self.changed.emit()

    def _update_buttons(self) -> None:
        row = self.lineup_list.currentRow()
        catalog_item = self.catalog_list.currentItem()
        self.add_button.setEnabled(catalog_item is not None and bool(catalog_item.flags() & Qt.ItemFlag.ItemIsEnabled))
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < len(self._lineup) - 1)
        self.load_button.setEnabled(self.saved.count() > 0)
        self.save_button.setEnabled(bool(self._lineup))

    # editing
    def add_product(self, product_id: int) -> None:
        if product_id in self.product_ids():
            return
        try:
            product = self._context.catalog.get(product_id)
        except LiveHelperError as error:
            show_error(self, self.tr("Not added"), error)
            return
        self._lineup.append(product)
        self._refresh_lineup(len(self._lineup) - 1)

    def add_selected(self) -> None:
        item = self.catalog_list.currentItem()
        if item is not None and item.flags() & Qt.ItemFlag.ItemIsEnabled:
            row = self.catalog_list.currentRow()
            self.add_product(item.data(ProductRole))
            self.catalog_list.setCurrentRow(min(row + 1, self.catalog_list.count() - 1))

    def _add_first_match(self) -> None:
        self._search_timer.stop()
        self.reload_catalog()
        for row in range(self.catalog_list.count()):
            item = self.catalog_list.item(row)
            if item.flags() & Qt.ItemFlag.ItemIsEnabled:
                self.add_product(item.data(ProductRole))
                self.search.selectAll()
                return

    def remove_selected(self) -> None:
        row = self.lineup_list.currentRow()
        if 0 <= row < len(self._lineup):
            del self._lineup[row]
            self._refresh_lineup(min(row, len(self._lineup) - 1))

    def move_selected(self, step: int) -> None:
        row = self.lineup_list.currentRow()
        target = row + step
        if 0 <= row < len(self._lineup) and 0 <= target < len(self._lineup):
            self._lineup[row], self._lineup[target] = self._lineup[target], self._lineup[row]
            self._refresh_lineup(target)

    def load_saved(self) -> None:
        lineup_id = self.saved.currentData()
        if lineup_id is None:
            return
        products = []
        for product_id in self._context.live.lineup_products(lineup_id):
            try:
                product = self._context.catalog.get(product_id)
            except NotFoundError:
                continue  # deleted since the line-up was saved
            if product.active:
                products.append(product)
        self.set_products(products)

    def save_as(self) -> None:
        if not self._lineup:
            return
        name, ok = QInputDialog.getText(self, self.tr("Save line-up"), self.tr("Name of this line-up:"),
                                        text=self.saved.currentText())
        if ok:
            self.save_named(name)

    def save_named(self, name: str) -> int | None:
        try:
            lineup_id = self._context.live.save_lineup(name, self.product_ids())
        except LiveHelperError as error:
            show_error(self, self.tr("Line-up not saved"), error)
            return None
        self.reload_saved()
        self.saved.setCurrentIndex(self.saved.findData(lineup_id))
        return lineup_id
