"""The main window's menu bar and what its items do (文件, 查看, 工具, 帮助).

Kept apart from the window (ui/main_window.py), which owns the workspaces, the status line and closing: the
menus only open dialogs and folders and switch tabs, all through the window's public parts. Items that need
the database are greyed out until the window is ready (`enable_data_items`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox

from livehelper.prefs import save as save_prefs
from livehelper.ui.appearance.menu import add_appearance_items
from livehelper.ui.i18n import current_language
from livehelper.ui.keys.commands import DEFAULT_KEYS, sequences, tag

if TYPE_CHECKING:
    from collections.abc import Callable

    from livehelper.ui.main_window import MainWindow


class MainMenus(QObject):
    """Builds the menu bar of `window`; the actions stay the window's children (the 快捷键 page finds them)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._needs_data: list[QAction] = []  # enabled once the database is open and the workspaces built
        self._transfer_job: object = None
        bar = window.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._data_action(file_menu, self.tr("&Import products…"), self._open_catalog("import_csv"))
        self._data_action(file_menu, self.tr("&Export products…"), self._open_catalog("export_csv"))
        file_menu.addSeparator()
        self.settings_action = self._data_action(file_menu, self.tr("&Settings…"), self.open_settings,
                                                 "window.settings")
        self._action(file_menu, self.tr("Open &backup folder"), self._open_backup_folder)
        file_menu.addSeparator()
        self._data_action(file_menu, self.tr("Move to a new PC: e&xport everything…"), self._export_everything)
        self._data_action(file_menu, self.tr("Move from another PC: i&mport everything…"), self._import_everything)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), window.close, "window.quit")
        view_menu = bar.addMenu(self.tr("&View"))
        for index, command in enumerate(("window.show_catalog", "window.show_cues", "window.show_live",
                                         "window.show_shipping")):
            self._action(view_menu, window.tabs.tabText(index),
                         lambda _=False, i=index: window.tabs.setCurrentIndex(i), command)
        language_menu = view_menu.addMenu(self.tr("Lan&guage"))
        self._action(language_menu, "中文(&Z)", lambda: self._set_language("zh_CN"))
        self._action(language_menu, "&English", lambda: self._set_language("en"))
        self.appearance_menu = add_appearance_items(view_menu, window.data_dir, window)  # issue 9: scale, contrast
        tools_menu = bar.addMenu(self.tr("&Tools"))  # issue 6: the LAN helper page, the group robots
        self.helpers_action = self._data_action(tools_menu, self.tr("&Helpers…"), self.open_helpers)
        self.robots_action = self._data_action(tools_menu, self.tr("Group &robots…"), self.open_robots)
        help_menu = bar.addMenu(self.tr("&Help"))
        self._data_action(help_menu, self.tr("&Keyboard shortcuts…"), self.open_shortcuts, "window.shortcuts")
        self._action(help_menu, self.tr("&Welcome page…"), self.show_welcome)
        self._data_action(help_menu, self.tr("&About LiveHelper"), self.show_about)

    def enable_data_items(self) -> None:
        """The database is open and the workspaces built: the items that need them work now."""
        for action in self._needs_data:
            action.setEnabled(True)

    def _action(self, menu: QMenu, text: str, slot: Callable[..., object], command: str | None = None) -> QAction:
        """A menu item; with `command`, its keys are the command's (re-bindable on the 快捷键 page)."""
        action = QAction(text, self._window)
        action.triggered.connect(slot)
        if command is not None:
            tag(action, command)
            action.setShortcuts(sequences(DEFAULT_KEYS[command]))
        menu.addAction(action)
        return action

    def _data_action(self, menu: QMenu, text: str, slot: Callable[..., object],
                     command: str | None = None) -> QAction:
        """A menu item that needs the database: greyed out until the window is ready."""
        action = self._action(menu, text, slot, command)
        action.setEnabled(self._window.is_ready)
        self._needs_data.append(action)
        return action

    def _open_catalog(self, method: str) -> Callable[[], None]:
        def run() -> None:
            self._window.tabs.setCurrentWidget(self._window.catalog)
            getattr(self._window.catalog, method)()
        return run

    # 文件
    def open_settings(self) -> None:
        from livehelper.ui.settings.settings_dialog import SettingsDialog

        window = self._window
        dialog = SettingsDialog(window.context, window)
        dialog.exec()
        dialog.deleteLater()  # it waits for its backup before it closes, so nothing is left to report to it
        if dialog.restore_requested is not None:  # app.run restores once the database is closed, then reopens
            window.pending_restore = dialog.restore_requested
            if not window.close():
                window.pending_restore = None

    def _open_backup_folder(self) -> None:
        from livehelper.services.settings.backup import backup_folder
        from livehelper.ui.settings.settings_dialog import open_folder

        open_folder(backup_folder(self._window.data_dir))

    def _export_everything(self) -> None:
        from livehelper.ui.settings.transfer_actions import export_everything

        self._transfer_job = export_everything(self._window, self._window.context)

    def _import_everything(self) -> None:
        from livehelper.ui.settings.transfer_actions import import_everything

        self._transfer_job = import_everything(self._window, self._window.context)

    # 查看
    def _set_language(self, language: str) -> None:
        save_prefs(self._window.data_dir, language=language)
        if language != current_language():
            QMessageBox.information(self._window, self.tr("Language"),
                                    self.tr("The new language is used from the next start."))

    # 工具 (issue 6): the LAN helper page and its helpers, and the group robots.
    def open_helpers(self) -> None:
        from livehelper.ui.helpers.helpers_dialog import HelpersDialog

        dialog = HelpersDialog(self._window.context, self._window.lan, self._window)
        dialog.exec()
        dialog.deleteLater()

    def open_robots(self) -> None:
        from livehelper.ui.settings.notify_dialog import NotifyDialog

        context = self._window.context
        dialog = NotifyDialog(context.notify, context.events, self._window)  # type: ignore[union-attr]
        dialog.exec()
        dialog.deleteLater()

    # 帮助 (issue 8). The window's log_dir is where app.run says the crash reports go.
    def open_shortcuts(self) -> None:
        self._window.keyboard.open_page()  # type: ignore[union-attr]

    def show_about(self) -> None:
        from livehelper.ui.help.about_dialog import AboutDialog

        window, context = self._window, self._window.context
        assert context is not None
        dialog = AboutDialog(context.data_dir, window.log_dir or context.data_dir / "logs", context.database.url,
                             window)
        dialog.exec()
        dialog.deleteLater()

    def show_welcome(self) -> None:
        from livehelper.ui.help.welcome_dialog import WelcomeDialog

        window = self._window
        dialog = WelcomeDialog(window.data_dir, current_language(), first_run=False, is_demo=window.is_demo,
                               parent=window)
        dialog.exec()
        dialog.deleteLater()
