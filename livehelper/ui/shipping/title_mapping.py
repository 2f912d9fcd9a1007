"""Mapping order-line titles that match no catalog product: one product combo and one 记住 button per title."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from livehelper.domain.product import Product

MAX_LISTED_TITLES = 100  # a file of random titles should not build thousands of widgets


class TitleMappingPanel(QWidget):
    """Emits `confirm_requested(title, product_id)`; the owner remembers the rule and refreshes the titles."""

    confirm_requested = Signal(str, int)

    def __init__(self, products: Sequence[Product], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._products = list(products)
        self._combos: dict[str, QComboBox] = {}
        self._buttons: dict[str, QPushButton] = {}
        self.explanation = QLabel(self.tr(
            "These item titles match no catalog product. Choose the product once and press Remember: "
            "later imports match the title by themselves."))
        self.explanation.setWordWrap(True)
        self.more = QLabel()
        self._rows = QWidget()
        self._grid = QGridLayout(self._rows)
        self._grid.setColumnStretch(0, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._rows)
        scroll.setMaximumHeight(220)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.explanation)
        layout.addWidget(scroll)
        layout.addWidget(self.more)

    @property
    def titles(self) -> list[str]:
        return list(self._combos)

    def combo_for(self, title: str) -> QComboBox:
        return self._combos[title]

    def button_for(self, title: str) -> QPushButton:
        return self._buttons[title]

    def set_titles(self, titles: Sequence[tuple[str, int]]) -> None:
        """(title, how many lines of the file carry it), most first."""
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._combos.clear()
        self._buttons.clear()
        for row, (title, lines) in enumerate(titles[:MAX_LISTED_TITLES]):
            self._add_row(row, title, lines)
        hidden = len(titles) - MAX_LISTED_TITLES
        self.more.setText(self.tr("… and {count} more titles").format(count=hidden) if hidden > 0 else "")
        self.more.setVisible(hidden > 0)
        self.setVisible(bool(titles))

    def set_enabled_all(self, enabled: bool) -> None:
        for title, combo in self._combos.items():
            combo.setEnabled(enabled)
            self._buttons[title].setEnabled(enabled and combo.currentData() is not None)

    def _add_row(self, row: int, title: str, lines: int) -> None:
        text = self.tr("{title} ({count} lines)").format(title=title, count=lines) if lines else title
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        combo = QComboBox()
        combo.setAccessibleName(title)
        combo.setToolTip(self.tr("The catalog product that this title in the export stands for"))
        combo.addItem(self.tr("Choose a product…"), None)
        for product in self._products:
            combo.addItem(product.label, product.id)
        button = QPushButton(self.tr("Remember"))
        button.setEnabled(False)
        button.setAccessibleName(self.tr("Remember the product for {title}").format(title=title))
        button.setToolTip(self.tr("Matches this title to the chosen product now and in later imports"))
        combo.currentIndexChanged.connect(lambda _index: button.setEnabled(combo.currentData() is not None))
        button.clicked.connect(lambda: self._confirm(title))
        self._grid.addWidget(label, row, 0)
        self._grid.addWidget(combo, row, 1)
        self._grid.addWidget(button, row, 2)
        self._combos[title] = combo
        self._buttons[title] = button

    def _confirm(self, title: str) -> None:
        product_id = self._combos[title].currentData()
        if product_id is not None:
            self.confirm_requested.emit(title, int(product_id))
