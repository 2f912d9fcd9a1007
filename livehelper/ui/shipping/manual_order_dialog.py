"""Entering an order by hand (WeChat or phone regulars). A bad field is named and focused; nothing typed is lost.

The checks themselves (mainland mobile, province, address parts, items) are the service's: the dialog only
shows its ValidationError at the field it names.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from livehelper.domain.errors import LiveHelperError, ValidationError
from livehelper.domain.manual_order import PROVINCES, ManualOrder
from livehelper.domain.money import format_fen, parse_fen
from livehelper.domain.product import Product
from livehelper.services.catalog.products import ProductQuery
from livehelper.services.context import AppContext
from livehelper.ui.appearance.theme import scrollable
from livehelper.ui.i18n import current_language
from livehelper.ui.shipping.order_items_model import MAX_QTY, QTY, OrderItemsModel, QuantityDelegate
from livehelper.ui.widgets.dialog_buttons import describe_buttons
from livehelper.ui.widgets.row_selection import select_only_row

PROBLEM_STYLE = "color: #b3261e; font-weight: bold;"
MARKED_STYLE = "border: 2px solid #b3261e;"


class ManualOrderDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.order_id: int | None = None  # the new order, once saved
        self._marked: list[QWidget] = []
        self.setWindowTitle(self.tr("New order"))
        self.setMinimumWidth(640)
        self._build_buyer()
        self._build_items()
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        describe_buttons(self.buttons, self.tr("Saves the order and makes its packing task"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QWidget()  # scrolls when large text makes it taller than the screen; the buttons stay in view
        form_layout = QVBoxLayout(form)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addLayout(self._buyer_form)
        form_layout.addWidget(self._items_box, 1)
        form_layout.addLayout(self._money_form)
        form_layout.addWidget(self.problem)
        layout = QVBoxLayout(self)
        layout.addWidget(scrollable(form), 1)
        layout.addWidget(self.buttons)
        self.save_button.setDefault(True)  # once inside the dialog: that makes it the dialog's main default
        self._fields: dict[str, tuple[QWidget, str]] = {
            "buyer_name": (self.buyer_name, self.tr("Buyer name")), "phone": (self.phone, self.tr("Mobile")),
            "province": (self.province, self.tr("Province")), "city": (self.city, self.tr("City")),
            "district": (self.district, self.tr("District / county")),
            "detail": (self.detail, self.tr("Street address")), "note": (self.note, self.tr("Note")),
            "items": (self.product, self.tr("Items")), "shipping_fen": (self.shipping, self.tr("Shipping fee")),
        }
        chain = [self.buyer_name, self.phone, self.province, self.city, self.district, self.detail, self.note,
                 self.product, self.quantity, self.add_button, self.items, self.remove_button, self.shipping,
                 self.save_button, self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for before, after in pairwise(chain):
            self.setTabOrder(before, after)
        self._update_total()

    # building
    def _build_buyer(self) -> None:
        self.buyer_name = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("11-digit mobile, e.g. 13800138000"))
        self.phone.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.province = QComboBox()
        self.province.setEditable(True)
        self.province.addItems(list(PROVINCES))
        self.province.setCurrentIndex(-1)
        self.province.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(list(PROVINCES), self.province)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.province.setCompleter(completer)
        self.city = QLineEdit()
        self.district = QLineEdit()
        self.buyer_name.setToolTip(self.tr("As on the parcel; helpers see it masked, e.g. 王*"))
        self.province.setToolTip(self.tr("Type a few characters to pick the province from the list"))
        self.city.setToolTip(self.tr("City or prefecture, e.g. 榆林市"))
        self.district.setToolTip(self.tr("District or county, e.g. 米脂县"))
        self.detail = QLineEdit()
        self.detail.setPlaceholderText(self.tr("street, building, unit, room"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. pack the gift box separately"))
        form = QFormLayout()
        form.addRow(self.tr("Buyer &name"), self.buyer_name)
        form.addRow(self.tr("&Mobile"), self.phone)
        form.addRow(self.tr("Pro&vince"), self.province)
        form.addRow(self.tr("&City"), self.city)
        form.addRow(self.tr("&District / county"), self.district)
        form.addRow(self.tr("Street &address"), self.detail)
        form.addRow(self.tr("N&ote"), self.note)
        self._buyer_form = form

    def _build_items(self) -> None:
        self.product = QComboBox()
        for product in self._on_sale_products():
            self.product.addItem(self._product_text(product), product)
        self.quantity = QSpinBox()
        self.quantity.setRange(1, MAX_QTY)
        self.product.setToolTip(self.tr("A product on sale, with its price"))
        self.quantity.setToolTip(self.tr("How many of the product the buyer ordered"))
        self.add_button = QPushButton(self.tr("Add &item"))
        self.add_button.setAutoDefault(False)
        self.add_button.setEnabled(self.product.count() > 0)
        self.add_button.clicked.connect(self.add_item)
        self.remove_button = QPushButton(self.tr("&Remove item"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_item)
        self.add_button.setToolTip(self.tr("Adds the product and quantity to the order's items"))
        self.remove_button.setToolTip(self.tr("Removes the selected item from the order"))
        product_label_widget = QLabel(self.tr("Produc&t"))
        product_label_widget.setBuddy(self.product)
        quantity_label = QLabel(self.tr("&Quantity"))
        quantity_label.setBuddy(self.quantity)
        add_bar = QHBoxLayout()
        add_bar.addWidget(product_label_widget)
        add_bar.addWidget(self.product, 1)
        add_bar.addWidget(quantity_label)
        add_bar.addWidget(self.quantity)
        add_bar.addWidget(self.add_button)
        self.items_model = OrderItemsModel(self)
        self.items = QTableView()
        self.items.setModel(self.items_model)
        self.items.setAccessibleDescription(self.tr("The order's items; typing a number on a row changes its quantity"))
        self.items.setItemDelegateForColumn(QTY, QuantityDelegate(self.items))
        self.items.setTabKeyNavigation(False)
        self.items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.items.verticalHeader().hide()
        self.items.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.items.setMinimumHeight(120)
        for signal in (self.items_model.rowsInserted, self.items_model.rowsRemoved, self.items_model.dataChanged,
                       self.items_model.modelReset):
            signal.connect(self._update_total)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)
        box = QGroupBox(self.tr("Items"))
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(add_bar)
        box_layout.addWidget(self.items)
        box_layout.addLayout(remove_row)
        self._items_box = box
        self.shipping = QLineEdit()
        self.shipping.setPlaceholderText(self.tr("0.00 for free shipping"))
        self.shipping.textChanged.connect(self._update_total)
        self.total = QLabel()
        self.total.setObjectName("total")
        self.total.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.total.setWordWrap(True)  # large text on a small screen
        form = QFormLayout()
        form.addRow(self.tr("&Shipping fee (yuan)"), self.shipping)
        form.addRow(self.tr("Total"), self.total)
        self._money_form = form

    def _on_sale_products(self) -> list[Product]:
        catalog = self._context.catalog
        query = ProductQuery(include_inactive=False, sort="name")
        return catalog.page(query, 0, catalog.count(query))

    def _product_text(self, product: Product) -> str:
        return self.tr("{product} — {price}").format(product=product.label,
                                                     price=format_fen(product.price_fen, symbol=True))

    # items
    def add_item(self) -> None:
        product = self.product.currentData()
        if not isinstance(product, Product):
            return
        row = self.items_model.add(product, self.quantity.value())
        select_only_row(self.items, row)
        self.quantity.setValue(1)

    def remove_item(self) -> None:
        current = self.items.currentIndex()
        if current.isValid():
            self.items_model.remove(current.row())

    def _update_total(self) -> None:
        goods = self.items_model.goods_fen()
        shipping = self._shipping_fen_or_none()
        if shipping is None:
            self.total.setText(self.tr("goods {goods}; the shipping fee is not a price yet").format(
                goods=format_fen(goods, symbol=True)))
            return
        self.total.setText(self.tr("{total} (goods {goods} + shipping {shipping})").format(
            total=format_fen(goods + shipping, symbol=True), goods=format_fen(goods, symbol=True),
            shipping=format_fen(shipping, symbol=True)))

    def _shipping_fen_or_none(self) -> int | None:
        try:
            return self._shipping_fen()
        except ValidationError:
            return None

    def _shipping_fen(self) -> int:
        text = self.shipping.text()
        return parse_fen(text, "shipping_fen") if text.strip() else 0

    # saving
    def order(self) -> ManualOrder:
        """The typed order; ValidationError for a shipping fee that is not a price."""
        return ManualOrder(
            buyer_name=self.buyer_name.text().strip(), phone=self.phone.text().strip(),
            province=self.province.currentText(), city=self.city.text().strip(), district=self.district.text().strip(),
            detail=self.detail.text().strip(), note=self.note.text().strip(), items=self.items_model.items(),
            shipping_fen=self._shipping_fen())

    def field_label(self, field_name: str) -> str:
        return self._fields[field_name][1] if field_name in self._fields else ""

    def accept(self) -> None:
        self._clear_marks()
        try:
            order = self.order()
            problems = self._context.orders.check_manual(order)
            if problems:  # every bad field is marked at once; the service would only name the first
                for later in problems[1:]:
                    self._mark(later.field_name)
                raise problems[0]
            self.order_id = self._context.orders.add_manual(order)
        except ValidationError as error:
            self._show_problem(error, error.field_name)
            return
        except LiveHelperError as error:
            self._show_problem(error, None)
            return
        super().accept()

    def _show_problem(self, error: LiveHelperError, field_name: str | None) -> None:
        label = self.field_label(field_name or "")
        text = error.render(current_language())
        self.problem.setText(self.tr("{field}: {problem}").format(field=label, problem=text) if label else text)
        self.problem.show()
        widget = self._mark(field_name)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _mark(self, field_name: str | None) -> QWidget | None:
        if field_name is None or field_name not in self._fields:
            return None
        widget = self._fields[field_name][0]
        if field_name == "items" and self.items_model.rowCount():
            widget = self.items
        widget.setStyleSheet(MARKED_STYLE)
        self._marked.append(widget)
        return widget

    def _clear_marks(self) -> None:
        for widget in self._marked:
            widget.setStyleSheet("")
        self._marked.clear()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in the product or quantity box adds the item; elsewhere it saves (and saving checks first)."""
        focus = QApplication.focusWidget()
        in_add_bar = focus is not None and any(box is focus or box.isAncestorOf(focus)
                                                for box in (self.product, self.quantity))
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and in_add_bar:
            self.add_item()
            return
        super().keyPressEvent(event)
