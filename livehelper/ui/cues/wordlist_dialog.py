"""The streamer's own additions to the advertising-law word list: words to flag and phrases to allow."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from livehelper.domain.adlaw import BannedWord, WordList
from livehelper.services.cues.decks import CueService
from livehelper.ui.widgets.dialog_buttons import describe_buttons

USER_CATEGORY = "自定义"
KIND, WORD, REASON, SUGGESTION = range(4)


class WordListDialog(QDialog):
    def __init__(self, cues: CueService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cues = cues
        self.setWindowTitle(self.tr("Advertising-law word list"))
        self.resize(760, 440)
        intro = QLabel(self.tr(
            "The built-in list covers the words of the advertising law and food claims. Add words your "
            "platform warns about, or phrases that are fine in your shop (an allowed phrase is never flagged)."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Your words"))
        self.table.setAccessibleDescription(self.tr(
            "One word per row; F2 or typing edits the cell, Tab moves to the next cell"))
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Word or phrase"), self.tr("Reason"),
                                              self.tr("Safer wording")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        add_banned = QPushButton(self.tr("Add a word to &flag"))
        add_banned.clicked.connect(lambda: self.add_row(banned=True))
        add_allowed = QPushButton(self.tr("Add an &allowed phrase"))
        add_allowed.clicked.connect(lambda: self.add_row(banned=False))
        remove = QPushButton(self.tr("&Remove selected"))
        remove.clicked.connect(self._remove_selected)
        add_banned.setToolTip(self.tr("Adds a row for a word the check should flag, with a reason and safer wording"))
        add_allowed.setToolTip(self.tr("Adds a row for a phrase the check should let pass, e.g. your brand name"))
        remove.setToolTip(self.tr("Removes the selected rows"))
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        describe_buttons(buttons, self.tr("Saves your words; the check uses them at once"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (add_banned, add_allowed, remove):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        words = cues.user_words()
        for entry in words.banned:
            self.add_row(True, entry.word, entry.reason, entry.suggestion)
        for phrase in words.allowed:
            self.add_row(False, phrase)

    def add_row(self, banned: bool, word: str = "", reason: str = "", suggestion: str = "") -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        kind = QComboBox()
        kind.addItem(self.tr("Flag"), True)
        kind.addItem(self.tr("Allow"), False)
        kind.setCurrentIndex(0 if banned else 1)
        self.table.setCellWidget(row, KIND, kind)
        for column, text in ((WORD, word), (REASON, reason), (SUGGESTION, suggestion)):
            self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.setCurrentCell(row, WORD)
        return row

    def _remove_selected(self) -> None:
        for row in sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def words(self) -> WordList | None:
        """The table as a word list, or None after showing which row is incomplete."""
        banned: list[BannedWord] = []
        allowed: list[str] = []
        for row in range(self.table.rowCount()):
            word = self._text(row, WORD)
            if not word:
                continue
            kind = self.table.cellWidget(row, KIND)
            if isinstance(kind, QComboBox) and kind.currentData():
                reason = self._text(row, REASON)
                if not reason:
                    self.problem.setText(self.tr("Row {row}: say why “{word}” should be flagged").format(
                        row=row + 1, word=word))
                    self.problem.show()
                    self.table.setCurrentCell(row, REASON)
                    return None
                banned.append(BannedWord(word, reason, self._text(row, SUGGESTION), USER_CATEGORY))
            else:
                allowed.append(word)
        return WordList(tuple(banned), tuple(allowed))

    def accept(self) -> None:
        words = self.words()
        if words is None:
            return
        self._cues.save_user_words(words)
        super().accept()
