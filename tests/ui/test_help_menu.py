"""Help menu (issue 8): the About dialog, the welcome page, and the first-run check before the database opens."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from livehelper import __version__, prefs
from livehelper.startup import Options
from livehelper.ui.app_icon import app_icon
from livehelper.ui.help.about_dialog import AboutDialog
from livehelper.ui.help.welcome_dialog import WELCOME_DONE, WelcomeDialog, first_run, needs_welcome
from livehelper.ui.i18n import install_translators


def help_action(window, text: str):
    for menu_action in window.menuBar().actions():
        if menu_action.menu() is not None and menu_action.text() == window.tr("&Help"):
            return next(action for action in menu_action.menu().actions() if action.text() == text)
    raise AssertionError("no Help menu")


def choose_language(dialog: WelcomeDialog, code: str) -> None:
    next(button for button in dialog.language_buttons.buttons() if button.property("language") == code).click()


def press_ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


@pytest.fixture
def translators(qapp: QApplication):
    """The app's installed translators, as app.run keeps them; back to English afterwards."""
    installed = install_translators(qapp, "en")
    yield installed
    for translator in installed:
        qapp.removeTranslator(translator)
    install_translators(qapp, "en")


@pytest.fixture
def first_start(tmp_path: Path) -> Options:
    return Options(tmp_path / "shop", None, "en", demo=False, explicit_data_dir=True)


def test_about_shows_version_folders_and_licences(window, modal):
    window.log_dir = Path("/var/tmp/livehelper-logs")
    seen: dict[str, object] = {}

    def read(dialog: AboutDialog) -> None:
        table = dialog.libraries
        seen["title"] = dialog.title.text()
        seen["folders"] = {key: label.text() for key, label in dialog.folder_labels.items()}
        seen["licences"] = {table.item(row, 0).text(): table.item(row, 2).text() for row in range(table.rowCount())}
        dialog.reject()

    modal.next(read)
    help_action(window, window.tr("&About LiveHelper")).trigger()
    assert __version__ in seen["title"]
    assert seen["folders"] == {"data": str(window.context.data_dir), "logs": "/var/tmp/livehelper-logs"}
    licences = seen["licences"]
    assert licences["Python"] == "PSF-2.0"
    assert licences["SQLAlchemy"] == "MIT"
    assert "LGPL" in licences["PySide6-Essentials"]


def test_the_first_start_can_pick_demo_data_and_chinese(qapp, first_start, modal, translators):
    emitted: list[str] = []

    def answer(dialog: WelcomeDialog) -> None:
        dialog.language_chosen.connect(emitted.append)
        assert dialog.demo_choice.isVisible() and dialog.empty_choice.isVisible()
        assert str(first_start.data_dir) in dialog.where.text()
        dialog.demo_choice.setChecked(True)
        choose_language(dialog, "zh_CN")
        press_ok(dialog)

    modal.next(answer)
    chosen = first_run(qapp, first_start, translators)
    assert emitted == ["zh_CN"]
    assert translators, "the Chinese translators are installed at once"
    assert (chosen.lang, chosen.demo, chosen.data_dir) == ("zh_CN", True, first_start.data_dir)
    assert prefs.load(first_start.data_dir) == {WELCOME_DONE: True, "language": "zh_CN"}
    assert not needs_welcome(first_start.data_dir)


def test_the_first_start_can_start_empty(qapp, first_start, modal):
    def answer(dialog: WelcomeDialog) -> None:
        dialog.empty_choice.setChecked(True)
        press_ok(dialog)

    modal.next(answer)
    chosen = first_run(qapp, first_start, [])
    assert (chosen.lang, chosen.demo) == ("en", False)
    assert not needs_welcome(first_start.data_dir)


def test_closing_the_welcome_page_welcomes_again_next_time(qapp, first_start, modal):
    modal.next(lambda dialog: dialog.reject())
    assert first_run(qapp, first_start, []) == first_start
    assert needs_welcome(first_start.data_dir)


def test_only_a_new_data_folder_needs_the_welcome_page(tmp_path, context):
    assert needs_welcome(tmp_path / "new")
    assert not needs_welcome(context.data_dir) or context.database.url.startswith("postgresql"), \
        "a folder with a database from before the welcome page existed is not a first run"
    prefs.save(tmp_path / "chosen", **{WELCOME_DONE: True})
    assert not needs_welcome(tmp_path / "chosen")


def test_the_main_window_itself_never_shows_the_welcome_page(window):
    """UI tests and the self-test build the window directly: the first-run page belongs to app.run only."""
    assert QApplication.activeModalWidget() is None


def test_help_menu_shows_the_welcome_page_again(window, modal):
    seen: dict[str, bool] = {}

    def answer(dialog: WelcomeDialog) -> None:
        seen["start choice"] = dialog.demo_choice.isVisibleTo(dialog)
        seen["demo button"] = dialog.demo_button.isVisibleTo(dialog)  # the window already shows demo data
        choose_language(dialog, "zh_CN")
        seen["note"] = dialog.next_start_note.isVisibleTo(dialog)
        press_ok(dialog)

    modal.next(answer)
    help_action(window, window.tr("&Welcome page…")).trigger()
    assert seen == {"start choice": False, "demo button": False, "note": True}
    assert prefs.load(window.context.data_dir)["language"] == "zh_CN"


def test_the_welcome_page_offers_a_demo_window_next_to_real_data(qtbot, tmp_path):
    dialog = WelcomeDialog(tmp_path, "en", first_run=False, is_demo=False)
    qtbot.addWidget(dialog)
    assert dialog.demo_button.isVisibleTo(dialog)
    assert not dialog.wants_demo()


def test_the_app_icon_has_every_size(qapp):
    icon = app_icon()
    sizes = {size.width() for size in icon.availableSizes()}
    assert {16, 32, 48, 256} <= sizes
    for size in (16, 32, 48, 256):  # each file is there and is read when its size is drawn
        image = icon.pixmap(size, size).toImage()
        assert image.width() == size and image.pixelColor(size // 2, size // 2).alpha() > 0
