"""The calm side of a crash: the dialog that says a report was written, and where (ui/crash_hooks.py opens it)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from livehelper.ui.widgets.dialog_buttons import describe_buttons


class CrashDialog(QDialog):
    def __init__(self, report: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.report = report
        self.setWindowTitle(self.tr("LiveHelper hit a problem"))
        icon = QLabel()
        from PySide6.QtWidgets import QStyle  # made only with this dialog, not on every start (issue 20)

        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(48, 48))
        message = QLabel(self.tr(
            "Something unexpected happened. What was already saved is safe, and you can keep working.\n"
            "If it happens again, please send this report to whoever helps you with LiveHelper "
            "(it holds no buyer names, phones or addresses):"))
        message.setWordWrap(True)
        self.location = QLabel(str(report))
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The platform's fixed-width family (Consolas or Courier New on Windows): "monospace" is a fontconfig alias
        # that Windows does not know, so it would fall back to a proportional font.
        self.location.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.location.setStyleSheet("padding: 6px; background: #f4f1ea;")
        self.location.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_folder_button = buttons.addButton(self.tr("&Open the folder"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.open_folder_button.setToolTip(self.tr("Shows the report file in the file manager, to send it on"))
        self.open_folder_button.clicked.connect(self.open_folder)
        buttons.rejected.connect(self.reject)
        describe_buttons(buttons)
        text = QVBoxLayout()
        text.addWidget(message)
        text.addWidget(self.location)
        row = QHBoxLayout()
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.report.parent)))
