"""The main window: four workspaces (商品, 话术, 直播, 发货) as large tabs, a menu and a status line."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget

from livehelper.prefs import save as save_prefs
from livehelper.services.context import AppContext
from livehelper.ui.appearance.menu import add_appearance_items
from livehelper.ui.appearance.theme import scrollable
from livehelper.ui.bridge import EventBridge
from livehelper.ui.catalog.workspace import CatalogWorkspace
from livehelper.ui.cues.workspace import CueWorkspace
from livehelper.ui.i18n import current_language
from livehelper.ui.keys.commands import DEFAULT_KEYS, sequences, tag
from livehelper.ui.keys.keyboard import KeyboardSetup
from livehelper.ui.live.workspace import LiveWorkspace
from livehelper.ui.shipping.task_actions import who_acts
from livehelper.ui.shipping.workspace import ShippingWorkspace
from livehelper.ui.widgets.elided_label import ElidedLabel
from livehelper.ui.window_state import WindowState

STYLE = """
QMainWindow, QWidget { font-size: 15px; }
QTabBar::tab { font-size: 18px; padding: 10px 28px; min-width: 90px; }
QTabBar::tab:selected { font-weight: bold; color: #a33b2a; border-bottom: 3px solid #a33b2a; }
QPushButton { padding: 7px 14px; }
QPushButton:focus, QLineEdit:focus, QTableView:focus { outline: 2px solid #1f6feb; }
QTableView { gridline-color: #e4ded2; selection-background-color: #f2c14e; selection-color: #222; }
QHeaderView::section { padding: 6px; font-weight: bold; background: #f4f1ea; border: 0;
                       border-bottom: 1px solid #d8d0c0; }
"""


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.pending_restore: Path | None = None  # 设置 → 从备份恢复…: app.run restores it after closing
        self.bridge = EventBridge(context.events, self)
        self.setWindowTitle(self._title())
        self.setStyleSheet(STYLE)
        self.resize(1180, 760)
        self.catalog = CatalogWorkspace(context.catalog, self.bridge, stock=context.stock,
                                        who=lambda: who_acts(context))
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.catalog, self.tr("&Products"))
        self.cues = CueWorkspace(context, self.bridge)
        self.tabs.addTab(self.cues, self.tr("&Cue cards"))
        self.live = LiveWorkspace(context, self.bridge)
        self.tabs.addTab(self.live, self.tr("&Live"))
        self.shipping = ShippingWorkspace(context, self.bridge)
        self.tabs.addTab(self.shipping, self.tr("&Shipping"))
        self.setCentralWidget(scrollable(self.tabs))  # large text on a small screen scrolls, never cut off
        self.tabs.currentChanged.connect(lambda _index: QTimer.singleShot(0, self.focus_workspace))
        QTimer.singleShot(0, self.focus_workspace)
        self._build_menus()
        self._build_tools_menu()  # issue 6: helpers, LAN server, group robots
        self._build_status_line()
        self.keyboard = KeyboardSetup(self)  # issue 9: the keys the user chose, and the global hotkeys
        self._state = WindowState(context.data_dir)
        self._state.restore(self, *self._remembered())

    def offer_resume(self) -> None:
        """After a crash or a power cut: offer to carry on with the stream that was running."""
        if self.live.offer_resume():
            self.tabs.setCurrentWidget(self.live)

    def focus_workspace(self) -> None:
        """Put the keyboard focus inside the workspace shown, so its keys work at once (they are live only
        there), unless a workspace already chose where it goes."""
        workspace = self.tabs.currentWidget()
        focused = QApplication.focusWidget()
        if workspace is None or (focused is not None and workspace.isAncestorOf(focused)):
            return
        candidate = workspace.nextInFocusChain()
        for _ in range(len(workspace.findChildren(QWidget)) * 4):  # the chain is circular over the whole window
            if workspace.isAncestorOf(candidate) and candidate.isVisible() and candidate.isEnabled() \
                    and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus:
                candidate.setFocus(Qt.FocusReason.TabFocusReason)
                return
            candidate = candidate.nextInFocusChain()

    def _title(self) -> str:
        title = self.tr("LiveHelper")
        return title + self.tr(" — demo data") if self.context.is_demo else title

    def _remembered(self) -> tuple[dict, dict]:
        return ({"catalog": self.catalog.splitter, "cues": self.cues.splitter},
                {"catalog": self.catalog.table.horizontalHeader(),
                 "shipping": self.shipping.table.horizontalHeader()})

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&Import products…"), self._open_catalog(self.catalog.import_csv))
        self._action(file_menu, self.tr("&Export products…"), self._open_catalog(self.catalog.export_csv))
        file_menu.addSeparator()
        self.settings_action = self._action(file_menu, self.tr("&Settings…"), self.open_settings, "window.settings")
        self._action(file_menu, self.tr("Open &backup folder"), self._open_backup_folder)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Move to a new PC: e&xport everything…"), self._export_everything)
        self._action(file_menu, self.tr("Move from another PC: i&mport everything…"), self._import_everything)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, "window.quit")
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for index, command in enumerate(("window.show_catalog", "window.show_cues", "window.show_live",
                                         "window.show_shipping")):
            self._action(view_menu, self.tabs.tabText(index), lambda _=False, i=index: self.tabs.setCurrentIndex(i),
                         command)
        language_menu = view_menu.addMenu(self.tr("Lan&guage"))
        self._action(language_menu, "中文(&Z)", lambda: self._set_language("zh_CN"))
        self._action(language_menu, "&English", lambda: self._set_language("en"))
        self.appearance_menu = add_appearance_items(view_menu, self.context.data_dir, self)  # issue 9: scale, contrast
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Keyboard shortcuts…"), self.open_shortcuts, "window.shortcuts")
        self._action(help_menu, self.tr("&Welcome page…"), self.show_welcome)
        self._action(help_menu, self.tr("&About LiveHelper"), self.show_about)

    def open_shortcuts(self) -> None:
        self.keyboard.open_page()

    def open_settings(self) -> None:
        from livehelper.ui.settings.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.context, self)
        dialog.exec()
        dialog.deleteLater()  # it waits for its backup before it closes, so nothing is left to report to it
        if dialog.restore_requested is not None:  # app.run restores once the database is closed, then reopens
            self.pending_restore = dialog.restore_requested
            if not self.close():
                self.pending_restore = None

    def _open_backup_folder(self) -> None:
        from livehelper.services.settings.backup import backup_folder
        from livehelper.ui.settings.settings_dialog import open_folder

        open_folder(backup_folder(self.context.data_dir))

    def _export_everything(self) -> None:
        from livehelper.ui.settings.transfer_actions import export_everything

        self._transfer_job = export_everything(self, self.context)

    def _import_everything(self) -> None:
        from livehelper.ui.settings.transfer_actions import import_everything

        self._transfer_job = import_everything(self, self.context)

    def _action(self, menu: object, text: str, slot: object, command: str | None = None) -> QAction:
        """A menu item; with `command`, its keys are the command's (re-bindable on the 快捷键 page)."""
        action = QAction(text, self)
        action.triggered.connect(slot)
        if command is not None:
            tag(action, command)
            action.setShortcuts(sequences(DEFAULT_KEYS[command]))
        menu.addAction(action)  # type: ignore[attr-defined]
        return action

    def _open_catalog(self, action: object) -> object:
        def run() -> None:
            self.tabs.setCurrentWidget(self.catalog)
            action()  # type: ignore[operator]
        return run

    def _build_status_line(self) -> None:
        where = ElidedLabel(self.tr("Database: {url}").format(url=self.context.database.url))
        where.setStyleSheet("color: #6a6a6a;")
        self.statusBar().addPermanentWidget(where)
        if self.context.is_demo:
            badge = QLabel(self.tr("Demo data — not your real shop"))
            badge.setStyleSheet("background: #f2c14e; padding: 2px 8px; border-radius: 4px;")
            self.statusBar().addWidget(badge)

    def _set_language(self, language: str) -> None:
        save_prefs(self.context.data_dir, language=language)
        if language != current_language():
            QMessageBox.information(self, self.tr("Language"),
                                    self.tr("The new language is used from the next start."))

    # The Help menu (issue 8). app.run sets log_dir to where the crash reports go.
    log_dir: Path | None = None

    def show_about(self) -> None:
        from livehelper.ui.help.about_dialog import AboutDialog

        dialog = AboutDialog(self.context.data_dir, self.log_dir or self.context.data_dir / "logs",
                             self.context.database.url, self)
        dialog.exec()
        dialog.deleteLater()

    def show_welcome(self) -> None:
        from livehelper.ui.help.welcome_dialog import WelcomeDialog

        dialog = WelcomeDialog(self.context.data_dir, current_language(), first_run=False,
                               is_demo=self.context.is_demo, parent=self)
        dialog.exec()
        dialog.deleteLater()

    # The Tools menu (issue 6): the LAN helper page and its helpers, and the group robots.
    def _build_tools_menu(self) -> None:
        from PySide6.QtWidgets import QMenu

        from livehelper.ui.helpers.lan_controller import LanController

        self.lan = LanController(self.context, self)
        self.lan.failed.connect(lambda text: self.statusBar().showMessage(text, 30_000))  # e.g. port in use
        tools_menu = QMenu(self.tr("&Tools"), self)
        self.helpers_action = self._action(tools_menu, self.tr("&Helpers…"), self.open_helpers)
        self.robots_action = self._action(tools_menu, self.tr("Group &robots…"), self.open_robots)
        help_actions = [action for action in self.menuBar().actions() if action.text() == self.tr("&Help")]
        self.menuBar().insertMenu(help_actions[0] if help_actions else None, tools_menu)
        self.lan.restore()  # back on if it was on when the app last closed

    def open_helpers(self) -> None:
        from livehelper.ui.helpers.helpers_dialog import HelpersDialog

        dialog = HelpersDialog(self.context, self.lan, self)
        dialog.exec()
        dialog.deleteLater()

    def open_robots(self) -> None:
        from livehelper.ui.settings.notify_dialog import NotifyDialog

        dialog = NotifyDialog(self.context.notify, self.context.events, self)
        dialog.exec()
        dialog.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.cues.save_now():
            event.ignore()  # the unsaved cue text would be lost
            return
        self._state.save(self, *self._remembered())
        self.lan.shut_down()  # issue 6: the LAN server stops with the window (its switch is remembered)
        self.keyboard.hotkeys.close()  # the global hotkeys go back to Windows now, not at interpreter exit
        self.bridge.stop()
        super().closeEvent(event)
