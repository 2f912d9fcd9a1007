"""High contrast: a selected row is black on yellow, readable (WCAG AAA, 7:1), in every table a streamer selects in:
the catalog, the line-up while live (including the product being explained) and the shipping queue. Measured on
the grabbed pixels of the row, as the screen shows it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QTableView

from livehelper.ui.appearance import theme as appearance
from livehelper.ui.appearance.theme import Appearance
from livehelper.ui.live.lineup_model import Column
from tests.ui.appearance.test_appearance import settle
from tests.ui.test_accessibility import start_session

AAA = 7.0


@pytest.fixture(autouse=True)
def default_appearance_after(qapp: QApplication) -> Iterator[None]:
    yield
    appearance.apply(Appearance())


def luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue())


def contrast(one: QColor, other: QColor) -> float:
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def text_contrast_of_cell(table: QTableView, row: int, column: int) -> tuple[float, QColor]:
    """The cell's background (its most common pixel) against its text (the pixel that differs most from it)."""
    rect = table.visualRect(table.model().index(row, column)).adjusted(4, 4, -4, -4)
    image = table.viewport().grab(rect).toImage().convertToFormat(QImage.Format.Format_RGB32)
    pixels = Counter(image.pixel(x, y) for x in range(image.width()) for y in range(image.height()))
    background = QColor.fromRgb(pixels.most_common(1)[0][0])
    return max(contrast(background, QColor.fromRgb(pixel)) for pixel in pixels), background


def assert_readable_selected_row(table: QTableView, row: int, columns: range) -> None:
    table.selectRow(row)
    settle()
    for column in columns:
        ratio, background = text_contrast_of_cell(table, row, column)
        assert background.name() == "#ffff00", f"column {column}: the selection shows as {background.name()}"
        assert ratio >= AAA, f"column {column}: selected text on its background only {ratio:.1f}:1"


def test_selected_catalog_row_is_readable_in_high_contrast(qtbot, window):
    appearance.apply(Appearance(100, True))
    assert_readable_selected_row(window.catalog.table, 0, range(3))


def test_the_product_being_explained_is_readable_when_selected_in_high_contrast(qtbot, window):
    appearance.apply(Appearance(100, True))
    start_session(window, [1, 2, 5])
    try:
        window.live.explain(window.live.snapshot.lineup[0])
        view = window.live.running
        assert view.model.index(0, Column.PRODUCT).data().startswith("▶")
        assert_readable_selected_row(view.table, 0, range(len(Column)))
    finally:
        window.context.live.stop()


def test_selected_task_is_readable_in_high_contrast(qtbot, window):
    appearance.apply(Appearance(100, True))
    window.tabs.setCurrentWidget(window.shipping)
    assert window.shipping.table.model().rowCount() > 0
    assert_readable_selected_row(window.shipping.table, 0, range(3))


def test_selected_rows_keep_their_normal_colours_at_default(qtbot, window):
    window.catalog.table.selectRow(0)
    settle()
    ratio, background = text_contrast_of_cell(window.catalog.table, 0, 0)
    assert background.name() == "#f2c14e" and ratio >= 4.5
