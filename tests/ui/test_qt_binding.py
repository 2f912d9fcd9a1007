"""Guards against a broken Qt binding: PySide6 6.12.0 decrements None's reference count on every empty
QVariant it returns, and the app dies with "deallocating None" once a few thousand have gone by."""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QListWidgetItem


class EmptyModel(QAbstractTableModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None


def test_empty_qvariants_keep_none_alive(qapp):
    model = EmptyModel()
    item = QListWidgetItem("x")
    before = sys.getrefcount(None)
    for _ in range(2000):
        model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
        item.data(Qt.ItemDataRole.UserRole)
    assert sys.getrefcount(None) >= before - 100
