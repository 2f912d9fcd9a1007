"""Selecting a table row from code, whatever keys the user happens to hold.

QTableView.selectRow (and setCurrentIndex) ask QGuiApplication.keyboardModifiers() how to select, as if the
user had clicked: with Ctrl held they toggle the row (a row already selected becomes unselected), with Shift
they extend the selection. When the app picks the row itself (after a merge, on arrival, a hotkey pick while
Ctrl is down) the row must end up the one selected row, so these helpers go to the selection model directly.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView

_ONLY_THIS_ROW = (QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)


def select_only_row(view: QAbstractItemView, row: int, scroll: bool = False) -> None:
    """Make `row` the current and only selected row of `view` (nothing happens for a row it does not have)."""
    model = view.model()
    if model is None or not 0 <= row < model.rowCount():
        return
    index = model.index(row, 0)
    view.selectionModel().setCurrentIndex(index, _ONLY_THIS_ROW)
    if scroll:
        view.scrollTo(index)
