"""The bad rows of an order export as a table: row number, column, reason."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QObject, Qt

from livehelper.domain.errors import RowProblem
from livehelper.ui.i18n import current_language
from livehelper.ui.widgets.flat_table import AnyIndex, FlatTableModel

ROW, COLUMN, REASON = range(3)


class BadRowsModel(FlatTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._problems: list[RowProblem] = []
        self._reasons: list[str] = []
        self._headers = (self.tr("Row"), self.tr("Column"), self.tr("Reason"))

    def set_problems(self, problems: Sequence[RowProblem]) -> None:
        lang = current_language()
        self.beginResetModel()
        self._problems = sorted(problems, key=lambda problem: problem.row)
        self._reasons = [problem.message.render(lang) for problem in self._problems]
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._problems)



    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._problems):
            return None
        problem = self._problems[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if index.column() == ROW:
                return str(problem.row)
            if index.column() == COLUMN:
                return problem.column
            return self._reasons[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
