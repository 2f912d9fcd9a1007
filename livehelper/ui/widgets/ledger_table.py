"""A ledger: a read-only table of dated entries (stock movements, a task's history), one entry a row.

Every ledger reads the same way: whole rows selected, the arrows move in it and Tab leaves it (no keyboard
trap), columns sized to their contents with the last (the reason) taking the rest, and a name and description
for screen readers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget


class LedgerTable(QTableWidget):
    def __init__(self, headers: Sequence[str], name: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(list(headers))
        self.setAccessibleName(name)
        self.setAccessibleDescription(description)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table (arrows move in it): no keyboard trap
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def fill(self, rows: Iterable[Sequence[str]]) -> None:
        """Show these rows (each the texts of its columns) in place of what was shown."""
        rows = list(rows)
        self.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.setItem(row, column, QTableWidgetItem(value))
