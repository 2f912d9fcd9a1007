"""Adding and editing one product. A bad field keeps the dialog open, names the field, loses nothing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from livehelper.domain.errors import LiveHelperError, ValidationError
from livehelper.domain.money import format_fen, parse_fen
from livehelper.domain.product import DEFAULT_LOW_STOCK, MAX_STOCK, Product, ProductDraft
from livehelper.ui.i18n import current_language
from livehelper.ui.widgets.dialog_buttons import describe_buttons

SaveAction = Callable[[ProductDraft], Product]


class ProductDialog(QDialog):
    def __init__(self, save: SaveAction, product: Product | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.saved: Product | None = None
        self.setWindowTitle(self.tr("Edit product") if product else self.tr("New product"))
        self.setMinimumWidth(520)
        self.name = QLineEdit()
        self.spec = QLineEdit()
        self.price = QLineEdit()
        self.stock = self._count_box()
        self.low_stock = self._count_box()
        self.merchant_code = QLineEdit()
        self.origin = QLineEdit()
        self.selling_points = QPlainTextEdit()
        self.shop_link = QLineEdit()
        self.active = QCheckBox(self.tr("On s&ale"))
        self.problem = QLabel()
        self.name.setPlaceholderText(self.tr("e.g. Mizhi yellow millet"))
        self.spec.setPlaceholderText(self.tr("e.g. 2.5kg/bag"))
        self.price.setPlaceholderText(self.tr("e.g. 39.90"))
        self.merchant_code.setPlaceholderText(self.tr("the SKU code the platform exports"))
        self.shop_link.setPlaceholderText("https://")
        self.selling_points.setPlaceholderText(self.tr("one selling point per line"))
        self.selling_points.setTabChangesFocus(True)
        self.origin.setToolTip(self.tr("Where it grows or is made, e.g. 米脂, 陕西; cue cards can say it"))
        self.selling_points.setAccessibleDescription(self.tr("One selling point per line; Tab moves on"))
        self.stock.setToolTip(self.tr("Units in the storeroom (on hand); a changed number is recorded as a stock "
                                      "count in the stock ledger"))
        self.low_stock.setToolTip(self.tr("The catalog and the live view warn when the stock falls below this number"))
        self.active.setToolTip(self.tr("Off-sale products stay in the catalog but not in new line-ups"))
        self.selling_points.setFixedHeight(110)
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self._fields: dict[str, QWidget] = {
            "name": self.name, "spec": self.spec, "price_fen": self.price, "stock": self.stock,
            "low_stock_threshold": self.low_stock, "merchant_code": self.merchant_code, "origin": self.origin,
            "selling_points": self.selling_points, "shop_link": self.shop_link, "active": self.active}
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Spec"), self.spec)
        form.addRow(self.tr("&Price (yuan)"), self.price)
        form.addRow(self.tr("S&tock"), self.stock)
        form.addRow(self.tr("&Warn below"), self.low_stock)
        form.addRow(self.tr("&Merchant code"), self.merchant_code)
        form.addRow(self.tr("&Origin"), self.origin)
        form.addRow(self.tr("S&elling points"), self.selling_points)
        form.addRow(self.tr("Shop &link"), self.shop_link)
        form.addRow("", self.active)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Sa&ve"))  # Alt+S is 规格's
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Cancel"))
        describe_buttons(buttons, self.tr("Saves the product and closes the window (also Ctrl+Enter)"))
        buttons.accepted.connect(self.accept)
        for keys in ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S"):  # also from the multi-line selling points
            QShortcut(QKeySequence(keys), self, self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._fill(product)

    def _count_box(self) -> QSpinBox:
        box = QSpinBox()
        box.setRange(0, MAX_STOCK)
        box.setGroupSeparatorShown(False)
        return box

    def _fill(self, product: Product | None) -> None:
        self.low_stock.setValue(DEFAULT_LOW_STOCK)
        self.active.setChecked(True)
        if product is None:
            return
        self.name.setText(product.name)
        self.spec.setText(product.spec)
        self.price.setText(format_fen(product.price_fen))
        self.stock.setValue(product.stock)
        self.low_stock.setValue(product.low_stock_threshold)
        self.merchant_code.setText(product.merchant_code)
        self.origin.setText(product.origin)
        self.selling_points.setPlainText(product.selling_points)
        self.shop_link.setText(product.shop_link)
        self.active.setChecked(product.active)

    def draft(self) -> ProductDraft:
        """The typed values; ValidationError names the first bad field."""
        return ProductDraft(
            name=self.name.text(), spec=self.spec.text(), price_fen=parse_fen(self.price.text(), "price_fen"),
            stock=self.stock.value(), low_stock_threshold=self.low_stock.value(),
            merchant_code=self.merchant_code.text(), origin=self.origin.text(),
            selling_points=self.selling_points.toPlainText(), shop_link=self.shop_link.text(),
            active=self.active.isChecked()).validate()

    def accept(self) -> None:
        try:
            self.saved = self._save(self.draft())
        except ValidationError as error:
            self._show_problem(error, self._fields.get(error.field_name))
            return
        except LiveHelperError as error:
            self._show_problem(error, None)
            return
        super().accept()

    def _show_problem(self, error: LiveHelperError, field: QWidget | None) -> None:
        label = self._label_of(field)
        text = error.render(current_language())
        self.problem.setText(self.tr("{field}: {problem}").format(field=label, problem=text) if label else text)
        self.problem.show()
        if field is not None:
            field.setFocus()

    def _label_of(self, field: QWidget | None) -> str:
        if field is None:
            return ""
        form = self.layout().itemAt(0).layout()
        assert isinstance(form, QFormLayout)
        label = form.labelForField(field)
        return label.text().replace("&", "") if isinstance(label, QLabel) else ""
