"""The welcome page: shown once on the first start (and again from Help → Welcome page).

It says what the four workspaces are for, offers the demo data or an empty start, says where the data lives and
asks the language. On the first start it comes before the database opens, so that the choice of demo data can
still pick the (separate) demo folder and the language can change at once.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QProcess, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from livehelper import prefs
from livehelper.ui.app_icon import icon_pixmap
from livehelper.ui.i18n import install_translators

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

    from livehelper.startup import Options

WELCOME_DONE = "welcome_done"  # the prefs.json key: once set, the first-run page is not shown again
LANGUAGES = (("zh_CN", "中文(&C)"), ("en", "&English"))  # each language names itself, whatever the current one


def needs_welcome(data_dir: Path) -> bool:
    """A new data folder: nothing chosen yet, and no database from a LiveHelper before the welcome page."""
    from livehelper.services.context import has_database_file

    return not prefs.load(data_dir).get(WELCOME_DONE) and not has_database_file(data_dir)


class WelcomeDialog(QDialog):
    """`first_run`: offer demo data or an empty start; afterwards (from the Help menu) offer a demo window."""

    language_chosen = Signal(str)

    def __init__(self, data_dir: Path, language: str, first_run: bool, is_demo: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._first_run = first_run
        self.setMinimumWidth(560)
        self.resize(620, 0)
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(icon_pixmap(48))
        header.addWidget(icon)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 22px; font-weight: bold;")
        header.addWidget(self.heading, 1)
        layout.addLayout(header)
        self.overview = QLabel()
        self.overview.setWordWrap(True)
        layout.addWidget(self.overview)
        self.start_box = QGroupBox()
        start_layout = QVBoxLayout(self.start_box)
        self.demo_choice = QRadioButton()
        self.empty_choice = QRadioButton()
        self.demo_choice.setChecked(True)
        self.demo_hint = QLabel()  # the explanation wraps here; a radio button's text cannot
        self.demo_hint.setWordWrap(True)
        self.demo_hint.setIndent(24)
        self.demo_hint.setStyleSheet("color: #5a5a5a;")
        start_layout.addWidget(self.demo_choice)
        start_layout.addWidget(self.demo_hint)
        start_layout.addWidget(self.empty_choice)
        self.demo_button = QPushButton()
        self.demo_button.clicked.connect(launch_demo)
        start_layout.addWidget(self.demo_button)
        self.demo_choice.setVisible(first_run)
        self.demo_hint.setVisible(first_run)
        self.empty_choice.setVisible(first_run)
        self.demo_button.setVisible(not first_run and not is_demo)
        self.start_box.setVisible(first_run or not is_demo)
        layout.addWidget(self.start_box)
        self.where = QLabel()
        self.where.setWordWrap(True)
        layout.addWidget(self.where)
        self.language_box = QGroupBox()
        language_layout = QHBoxLayout(self.language_box)
        self.language_buttons = QButtonGroup(self)
        for code, name in LANGUAGES:
            button = QRadioButton(name)
            button.setProperty("language", code)
            button.setChecked(code == language)
            self.language_buttons.addButton(button)
            language_layout.addWidget(button)
        language_layout.addStretch(1)
        self.language_buttons.buttonToggled.connect(self._language_toggled)
        layout.addWidget(self.language_box)
        self.next_start_note = QLabel()
        self.next_start_note.setVisible(False)
        layout.addWidget(self.next_start_note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        layout.addWidget(self.buttons)
        self._retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        # A top-level window does not grow for its wrapped labels by itself: give them their height.
        layout = self.layout()
        self.setMinimumHeight(layout.totalHeightForWidth(self.minimumWidth()))
        self.resize(self.width(), max(self.height(), layout.totalHeightForWidth(self.width())))
        super().showEvent(event)

    def chosen_language(self) -> str:
        checked = self.language_buttons.checkedButton()
        return str(checked.property("language")) if checked is not None else "zh_CN"

    def wants_demo(self) -> bool:
        return self._first_run and self.demo_choice.isChecked()

    def accept(self) -> None:
        prefs.save(self._data_dir, **{WELCOME_DONE: True, "language": self.chosen_language()})
        super().accept()

    def _language_toggled(self, button: QRadioButton, checked: bool) -> None:
        if not checked:
            return
        if not self._first_run:  # the open main window does not retranslate itself: from the next start
            prefs.save(self._data_dir, language=self.chosen_language())
            self.next_start_note.setVisible(True)
        self.language_chosen.emit(str(button.property("language")))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to LiveHelper"))
        self.heading.setText(self.tr("Welcome to LiveHelper"))
        self.overview.setText(self.tr(
            "Products keeps your catalog (prices, stock, shop links) and Cue cards your talking points, checked "
            "against advertising-law words. During the stream, Live shows the product you are presenting and "
            "counts sales with one key. Afterwards, Shipping turns the platforms' order exports into a packing "
            "queue with pick lists, packing slips and tracking numbers."))
        self.start_box.setTitle(self.tr("How do you want to start?"))
        self.demo_choice.setText(self.tr("Try it with &demo data"))
        self.demo_hint.setText(self.tr("Sample products, cue cards and orders, kept apart from your own shop."))
        self.demo_choice.setAccessibleDescription(self.demo_hint.text())
        self.empty_choice.setText(self.tr("Start empty, with my &own shop"))
        self.empty_choice.setAccessibleDescription(self.tr(
            "LiveHelper starts with no products: add your own or import them from a CSV file"))
        self.demo_button.setText(self.tr("Open the demo data in a &second window"))
        self.demo_button.setToolTip(self.tr("Starts a second LiveHelper on the sample data; your own shop stays "
                                            "as it is"))
        self.where.setText(self.tr("Your data stays on this PC, in {folder}. LiveHelper backs it up on its own.")
                           .format(folder=str(self._data_dir)))
        self.language_box.setTitle(self.tr("Language"))
        for button in self.language_buttons.buttons():
            chinese = button.property("language") == "zh_CN"
            button.setAccessibleDescription(self.tr("Shows LiveHelper in Chinese") if chinese
                                            else self.tr("Shows LiveHelper in English"))
        self.next_start_note.setText(self.tr("The new language is used from the next start."))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Start") if self._first_run else self.tr("Close"))
        ok.setAccessibleDescription(self.tr("Starts LiveHelper with the choices above (Enter)") if self._first_run
                                    else self.tr("Closes the window (Enter)"))


def launch_demo() -> bool:
    """A second LiveHelper on the demo data (its own folder, so the real shop's data is never mixed in)."""
    if getattr(sys, "frozen", False):
        return QProcess.startDetached(sys.executable, ["--demo"])[0]
    return QProcess.startDetached(sys.executable, ["-m", "livehelper", "--demo"])[0]


def first_run(app: QApplication, options: Options, translators: list[QTranslator]) -> Options:
    """Show the welcome page once, before the database opens; returns the options the user's choices imply.

    `translators` is updated in place when the user picks another language.
    """
    from livehelper.paths import demo_data_dir

    dialog = WelcomeDialog(options.data_dir, options.lang, first_run=True)

    def switch(language: str) -> None:
        for translator in translators:
            app.removeTranslator(translator)
        translators[:] = install_translators(app, language)

    dialog.language_chosen.connect(switch)
    dialog.setWindowIcon(app.windowIcon())
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return options  # closed without choosing: start as usual, and welcome again next time
    chosen = replace(options, lang=dialog.chosen_language())
    if dialog.wants_demo():
        chosen = replace(chosen, demo=True, data_dir=options.data_dir if options.explicit_data_dir
                         else demo_data_dir())
    return chosen
