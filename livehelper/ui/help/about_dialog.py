"""Help → About: version, where the data and the logs are, and the licences of the bundled libraries."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from livehelper import __version__
from livehelper.bundled import bundled_libraries
from livehelper.ui.app_icon import icon_pixmap
from livehelper.ui.widgets.dialog_buttons import describe_buttons

HEADER_ICON_SIZE = 48


class AboutDialog(QDialog):
    def __init__(self, data_dir: Path, log_dir: Path, database_url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About LiveHelper"))
        self.resize(640, 560)
        layout = QVBoxLayout(self)
        layout.addLayout(self._header())
        layout.addLayout(self._folders(data_dir, log_dir, database_url))
        layout.addWidget(QLabel(self.tr("Bundled libraries and their licences:")))
        self.libraries = self._library_table()
        layout.addWidget(self.libraries, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        describe_buttons(buttons)
        layout.addWidget(buttons)

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(icon_pixmap(HEADER_ICON_SIZE))
        row.addWidget(icon)
        self.title = QLabel(self.tr("LiveHelper {version}").format(version=__version__))
        self.title.setStyleSheet("font-size: 22px; font-weight: bold;")
        row.addWidget(self.title, 1)
        return row

    def _folders(self, data_dir: Path, log_dir: Path, database_url: str) -> QGridLayout:
        grid = QGridLayout()
        self.folder_labels: dict[str, QLabel] = {}
        rows = (("data", self.tr("Data folder:"), data_dir, self.tr("Open the &data folder"),
                 self.tr("Shows the folder with the database and its backups in the file manager")),
                ("logs", self.tr("Log folder:"), log_dir, self.tr("Open the &log folder"),
                 self.tr("Shows the folder with the logs and problem reports in the file manager")))
        for row, (key, caption, folder, open_text, open_description) in enumerate(rows):
            grid.addWidget(QLabel(caption), row, 0)
            shown = QLabel(str(folder))
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.folder_labels[key] = shown
            grid.addWidget(shown, row, 1)
            opener = QPushButton(open_text)
            opener.setToolTip(open_description)
            opener.clicked.connect(lambda _=False, path=folder: self._open_folder(path))
            grid.addWidget(opener, row, 2)
        grid.addWidget(QLabel(self.tr("Database:")), len(rows), 0)
        grid.addWidget(QLabel(database_url), len(rows), 1, 1, 2)
        grid.setColumnStretch(1, 1)
        return grid

    def _library_table(self) -> QTableWidget:
        libraries = bundled_libraries()
        table = QTableWidget(len(libraries), 3)
        table.setAccessibleName(self.tr("Bundled libraries"))
        table.setAccessibleDescription(self.tr("The name, version and licence of each library LiveHelper ships "
                                               "with; the arrow keys move through them"))
        table.setHorizontalHeaderLabels([self.tr("Library"), self.tr("Version"), self.tr("Licence")])
        for row, library in enumerate(libraries):
            for column, text in enumerate((library.name, library.version, library.licence)):
                table.setItem(row, column, QTableWidgetItem(text))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move in it): no keyboard trap
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _open_folder(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)  # the log folder exists only after the first report
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
