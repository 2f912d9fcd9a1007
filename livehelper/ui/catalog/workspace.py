"""商品: the catalog workspace — a searchable, sortable product table beside the selected product."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from livehelper.domain.errors import LiveHelperError
from livehelper.domain.product import Product
from livehelper.services.catalog.products import CatalogService, ImportSummary
from livehelper.services.catalog.stock import StockService
from livehelper.services.files import read_user_file, write_file_atomically
from livehelper.ui.appearance.theme import follow, table_follows_scale
from livehelper.ui.bridge import EventBridge
from livehelper.ui.catalog.detail_panel import ProductDetailPanel
from livehelper.ui.catalog.product_dialog import ProductDialog
from livehelper.ui.catalog.stock_dialog import StockDialog
from livehelper.ui.catalog.table_model import ProductTableModel
from livehelper.ui.keys.commands import command_button, command_shortcut, describe, show_keys_in_tooltip
from livehelper.ui.tasks import BackgroundRunner
from livehelper.ui.widgets.errors import show_error
from livehelper.ui.widgets.file_places import in_documents, tell_saved
from livehelper.ui.widgets.flow_layout import FlowLayout
from livehelper.ui.widgets.row_selection import select_only_row

SEARCH_DELAY_MS = 150


class CatalogWorkspace(QWidget):
    def __init__(self, catalog: CatalogService, bridge: EventBridge, parent: QWidget | None = None,
                 stock: StockService | None = None, who: Callable[[], str] = lambda: "desktop") -> None:
        super().__init__(parent)
        self.setObjectName("catalogWorkspace")
        self._catalog = catalog
        self._stock = stock
        self._who = who
        self._bridge = bridge
        self._runner = BackgroundRunner(self)
        self.model = ProductTableModel(catalog, self)
        bridge.changed.connect(self.model.on_change)
        bridge.changed.connect(lambda _event: self._refresh_selected())

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, spec, merchant code or origin (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search products"))
        self.show_inactive = QCheckBox(self.tr("Sho&w off-sale products"))
        self.show_inactive.setToolTip(self.tr("Lists the products taken off sale too, greyed out"))
        self.show_inactive.setChecked(True)
        self.count_label = QLabel()
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.show_inactive.toggled.connect(lambda _on: self._apply_filter())

        self.add_button = command_button("catalog.new", self.tr("&New product"), self, self.add_product)
        self.edit_button = command_button("catalog.edit", self.tr("&Edit"), self, self.edit_selected)
        self.duplicate_button = command_button("catalog.duplicate", self.tr("D&uplicate"), self,
                                               self.duplicate_selected)
        self.active_button = command_button("catalog.toggle_active", self.tr("Take &off sale"), self,
                                            self.toggle_active_selected)
        self.delete_button = command_button("catalog.delete", self.tr("&Delete"), self, self.delete_selected)
        self.import_button = command_button("catalog.import", self.tr("&Import CSV…"), self, self.import_csv)
        self.export_button = command_button("catalog.export", self.tr("E&xport CSV…"), self, self.export_csv)
        self.stock_button = command_button("catalog.stock", self.tr("Stoc&k…"), self, self.open_stock)
        if stock is None:  # hide() only: setVisible(True) on a button not yet in a layout shows it as a window
            self.stock_button.hide()
        command_shortcut("catalog.find", self, self.search.setFocus)
        for button, description in (
                (self.add_button, self.tr("Adds a product to the catalog")),
                (self.edit_button, self.tr("Edits the selected product")),
                (self.duplicate_button, self.tr("Adds a copy of the selected product, to change its spec or price")),
                (self.active_button, self.tr("Takes the selected product off sale, or puts it back on sale")),
                (self.delete_button, self.tr("Deletes the selected product after asking")),
                (self.import_button, self.tr("Adds or updates products from a CSV file")),
                (self.export_button, self.tr("Saves all products to a CSV file that Excel opens")),
                (self.stock_button, self.tr("Shows the stock ledger of the selected product (or of all) and takes a "
                                            "receipt or a count"))):
            describe(button, description)

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Products"))
        self.table.setAccessibleDescription(self.tr("Enter edits the product in the row; its details show beside"))
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move in it): no keyboard trap
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((170, 100, 100, 70, 70, 70, 130, 120, 70)):
            self.table.setColumnWidth(column, width)
        table_follows_scale(self.table, row_height=34)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(lambda *_: self._update_actions())

        self.detail = ProductDetailPanel(catalog)
        detail_scroller = QScrollArea()
        detail_scroller.setWidget(self.detail)
        detail_scroller.setWidgetResizable(True)
        detail_scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("catalogSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(detail_scroller)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([760, 320])

        def fit_details() -> None:  # the details never narrower than their buttons: no sideways scrolling
            detail_scroller.setMinimumWidth(self.detail.minimumSizeHint().width()
                                            + detail_scroller.verticalScrollBar().sizeHint().width())
        follow(self.detail, fit_details)

        actions = FlowLayout()  # one row, or more when large text leaves no room
        for button in (self.add_button, self.edit_button, self.duplicate_button, self.active_button,
                       self.delete_button, self.stock_button, self.import_button, self.export_button):
            actions.addWidget(button)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.show_inactive)
        search_row.addWidget(self.count_label)
        self.empty_hint = QLabel(self.tr(
            "No products yet. Press Ctrl+N to add the first product, or import a CSV file (Import CSV…)."))
        self.empty_hint.setObjectName("catalogEmptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addLayout(search_row)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.splitter, 1)
        self._update_count()
        self._update_actions()
        # Show the first product once the window is up (its QR code takes a moment to draw).
        QTimer.singleShot(0, lambda: select_only_row(self.table, 0) if self.model.rowCount() and
                          not self.table.selectionModel().hasSelection() else None)

    # selection
    def selected_product(self) -> Product | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.product_at(rows[0].row()) if rows else None

    def select_product(self, product_id: int) -> None:
        row = self.model.row_of(product_id)
        while row is None and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
            row = self.model.row_of(product_id)
        if row is not None:
            select_only_row(self.table, row, scroll=True)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.detail.show_product(self.selected_product())
        self._update_actions()

    def _refresh_selected(self) -> None:
        self.detail.show_product(self.selected_product())
        self._update_actions()

    def _update_actions(self) -> None:
        product = self.selected_product()
        for button in (self.edit_button, self.duplicate_button, self.active_button, self.delete_button):
            button.setEnabled(product is not None)
        off = product is not None and not product.active
        self.active_button.setText(self.tr("Put &on sale") if off else self.tr("Take &off sale"))
        show_keys_in_tooltip(self.active_button)

    def _apply_filter(self) -> None:
        self.model.set_query(replace(self.model.query, text=self.search.text(),
                                     include_inactive=self.show_inactive.isChecked()))

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n product(s)", "", self._catalog.count(self.model.query)))
        self.empty_hint.setVisible(self._catalog.count() == 0)  # a new shop: say how to begin
        self._refresh_selected()

    # actions
    def add_product(self) -> None:
        dialog = ProductDialog(self._catalog.create, parent=self)
        if dialog.exec() and dialog.saved:
            self.select_product(dialog.saved.id)

    def edit_selected(self) -> None:
        product = self.selected_product()
        if product is None:
            return
        # A 库存 left as it was loaded keeps on hand (a parcel may have shipped meanwhile); a changed one is a 盘点.
        dialog = ProductDialog(lambda draft: self._catalog.update(product.id, draft, product.version,
                                                                  keep_stock=draft.stock == product.stock),
                               product, self)
        if dialog.exec() and dialog.saved:
            self.select_product(dialog.saved.id)

    def open_stock(self) -> None:
        """库存…: the selected product's ledger (all products' when none is selected), a receipt or a count."""
        if self._stock is None:
            return
        product = self.selected_product()
        dialog = StockDialog(self._stock, self._catalog, self._who(), product.id if product else None, self)
        self._bridge.changed.connect(dialog.on_change)
        try:
            dialog.exec()
        finally:
            self._bridge.changed.disconnect(dialog.on_change)

    def duplicate_selected(self) -> None:
        product = self.selected_product()
        if product is not None:
            self._guard(self.tr("Not duplicated"),
                        lambda: self.select_product(self._catalog.duplicate(product.id, self.tr(" (copy)")).id))

    def toggle_active_selected(self) -> None:
        product = self.selected_product()
        if product is not None:
            self._guard(self.tr("Not changed"), lambda: self._catalog.set_active(product.id, not product.active))

    def delete_selected(self) -> None:
        product = self.selected_product()
        if product is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete product"),
            self.tr("Delete “{name} {spec}” for good? This cannot be undone.").format(
                name=product.name, spec=product.spec),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self._guard(self.tr("Not deleted"), lambda: self._catalog.delete(product.id))

    def _guard(self, title: str, action: object) -> None:
        try:
            action()  # type: ignore[operator]
        except LiveHelperError as error:
            show_error(self, title, error)

    # files
    def import_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import products"), in_documents(""),
                                              self.tr("CSV files (*.csv);;All files (*)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        self._set_busy(True)
        self._runner.start(lambda: self._catalog.import_csv(read_user_file(path), path.name),
                           self._import_done, self._file_failed(self.tr("Nothing was imported")))

    def _import_done(self, summary: ImportSummary) -> None:
        self._set_busy(False)
        QMessageBox.information(self, self.tr("Import finished"), self.tr(
            "{created} new, {updated} updated, {unchanged} unchanged.").format(
            created=summary.created, updated=summary.updated, unchanged=summary.unchanged))

    def export_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export products"), in_documents(self.tr("products.csv")),
                                              self.tr("CSV files (*.csv)"))
        if path:
            self.export_file(Path(path))

    def export_file(self, path: Path) -> None:
        self._set_busy(True)
        def done(_none: object) -> None:
            self._set_busy(False)
            tell_saved(self, path)
        self._runner.start(lambda: write_file_atomically(path, self._catalog.export_csv()), done,
                           self._file_failed(self.tr("Not exported")))

    def _file_failed(self, title: str) -> object:
        def failed(error: Exception) -> None:
            self._set_busy(False)
            if not isinstance(error, LiveHelperError):
                raise error
            show_error(self, title, error)
        return failed

    def _set_busy(self, busy: bool) -> None:
        for button in (self.import_button, self.export_button):
            button.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

