"""The main window: four workspaces (商品, 话术, 直播, 发货) as large tabs, a menu and a status line."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QWidget

from livehelper.ui.appearance.theme import add_window_sheet, scrollable
from livehelper.ui.keys.key_buffer import KeyBuffer
from livehelper.ui.main_menus import MainMenus
from livehelper.ui.widgets.elided_label import ElidedLabel
from livehelper.ui.window_state import WindowState
from livehelper.ui.window_title import window_title
from livehelper.ui.workspace_tabs import WorkspaceTabs, WorkspaceTabWidget

if TYPE_CHECKING:  # the workspaces and the services are imported when the database is open, after the first paint
    from livehelper.services.context import AppContext
    from livehelper.ui.bridge import EventBridge
    from livehelper.ui.catalog.workspace import CatalogWorkspace
    from livehelper.ui.cues.workspace import CueWorkspace
    from livehelper.ui.helpers.lan_controller import LanController
    from livehelper.ui.keys.keyboard import KeyboardSetup
    from livehelper.ui.live.workspace import LiveWorkspace
    from livehelper.ui.shipping.workspace import ShippingWorkspace

# Part of the application's style sheet (appearance.add_window_sheet), scoped to the main window and its dialogs:
# a sheet set on the window itself would be matched again for every widget at each theme switch.
STYLE = """
MainWindow, MainWindow QWidget { font-size: 15px; }
MainWindow QTabBar::tab { font-size: 18px; padding: 10px 28px; min-width: 90px; }
MainWindow QTabBar::tab:selected { font-weight: bold; color: #a33b2a; border-bottom: 3px solid #a33b2a; }
MainWindow QPushButton { padding: 7px 14px; }
MainWindow QPushButton:focus, MainWindow QLineEdit:focus, MainWindow QTableView:focus { outline: 2px solid #1f6feb; }
MainWindow QTableView { gridline-color: #e4ded2; selection-background-color: #f2c14e; selection-color: #222; }
MainWindow QMenu::item { padding: 5px 28px 5px 24px; }
MainWindow QMenu::item:selected { background: #f2c14e; color: #222; }
MainWindow QHeaderView::section { padding: 6px; font-weight: bold; background: #f4f1ea; border: 0;
                                  border-bottom: 1px solid #d8d0c0; }
"""


DEFAULT_SIZE = QSize(1180, 720)
FRAME_ROOM = QSize(16, 40)  # a title bar and borders (Windows: 31 px of title), which resize() does not count


def default_size() -> QSize:
    """1180×720, or less on a smaller screen: the window with its frame always fits the screen's free area (a
    1366×768 laptop with a taskbar), so the status line at the bottom is never cut off."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return DEFAULT_SIZE
    free = screen.availableGeometry().size() - FRAME_ROOM
    return DEFAULT_SIZE.boundedTo(free)


class MainWindow(QMainWindow):
    """The window opens in two steps (issue 20): the frame (title, tabs, menus, status line) is painted first,
    with no database and no workspace; `attach` then hands it the opened AppContext, and each workspace is built
    when first shown or soon after, while keys typed meanwhile wait in a KeyBuffer. `MainWindow(context)` does
    both steps at once and builds every workspace, as tests and scripts expect."""

    ready = Signal()  # the database is attached and every workspace is built

    WORKSPACES = ("catalog", "cues", "live", "shipping")

    def __init__(self, context: AppContext | None = None, parent: QWidget | None = None, *,
                 data_dir: Path | None = None, is_demo: bool = False) -> None:
        super().__init__(parent)
        self.context: AppContext | None = None
        self.data_dir = context.data_dir if context is not None else data_dir
        if self.data_dir is None:
            raise ValueError("MainWindow needs a context or a data folder")
        self.is_demo = context.is_demo if context is not None else is_demo
        self.pending_restore: Path | None = None  # 设置 → 从备份恢复…: app.run restores it after closing
        self.bridge: EventBridge | None = None
        self.keyboard: KeyboardSetup | None = None
        self.lan: LanController | None = None
        self._keys = KeyBuffer(self)
        self.setWindowTitle(self._title())
        add_window_sheet("main", STYLE)
        self.resize(default_size())
        self.tabs = WorkspaceTabWidget()
        self.tabs.setDocumentMode(True)
        self.workspaces = WorkspaceTabs(self.tabs, self)
        for name, title in zip(self.WORKSPACES, (self.tr("&Products"), self.tr("&Cue cards"), self.tr("&Live"),
                                                  self.tr("&Shipping")), strict=True):
            self.workspaces.add(name, title)
        self.workspaces.built.connect(self._workspace_built)
        self.setCentralWidget(scrollable(self.tabs))  # large text on a small screen scrolls, never cut off
        self.tabs.currentChanged.connect(lambda _index: QTimer.singleShot(0, self.focus_workspace))
        self.menus = MainMenus(self)  # 文件, 查看, 工具, 帮助
        self.settings_action, self.helpers_action = self.menus.settings_action, self.menus.helpers_action
        self.robots_action, self.appearance_menu = self.menus.robots_action, self.menus.appearance_menu
        self._build_status_line()
        self._state = WindowState(self.data_dir)
        self._state.restore(self)
        if context is not None:
            self.attach(context)
            self.workspaces.build_all()

    # The workspaces, built when first asked for.
    @property
    def catalog(self) -> CatalogWorkspace:
        return self.workspaces.workspace("catalog")  # type: ignore[return-value]

    @property
    def cues(self) -> CueWorkspace:
        return self.workspaces.workspace("cues")  # type: ignore[return-value]

    @property
    def live(self) -> LiveWorkspace:
        return self.workspaces.workspace("live")  # type: ignore[return-value]

    @property
    def shipping(self) -> ShippingWorkspace:
        return self.workspaces.workspace("shipping")  # type: ignore[return-value]

    @property
    def is_ready(self) -> bool:
        return self.keyboard is not None

    def attach(self, context: AppContext) -> None:
        """The database is open: build the workspace on show, then (on later passes of the event loop) the rest,
        the keys, the LAN switch; `ready` follows."""
        from livehelper.ui.bridge import EventBridge

        self.context = context
        self.bridge = EventBridge(context.events, self)
        self._show_database(context)
        self.workspaces.all_built.connect(self._finish)
        self.workspaces.set_factories({
            "catalog": self._build_catalog, "cues": self._build_cues,
            "live": self._build_live, "shipping": self._build_shipping})
        self.workspaces.build_rest_soon()

    def _build_catalog(self) -> QWidget:
        from livehelper.ui.catalog.workspace import CatalogWorkspace
        from livehelper.ui.shipping.task_actions import who_acts

        context = self.context
        assert context is not None
        return CatalogWorkspace(context.catalog, self.bridge, stock=context.stock, who=lambda: who_acts(context))

    def _build_cues(self) -> QWidget:
        from livehelper.ui.cues.workspace import CueWorkspace

        return CueWorkspace(self.context, self.bridge)  # type: ignore[arg-type]

    def _build_live(self) -> QWidget:
        from livehelper.ui.live.workspace import LiveWorkspace

        return LiveWorkspace(self.context, self.bridge)  # type: ignore[arg-type]

    def _build_shipping(self) -> QWidget:
        from livehelper.ui.shipping.workspace import ShippingWorkspace

        return ShippingWorkspace(self.context, self.bridge)  # type: ignore[arg-type]

    def _workspace_built(self, name: str, _workspace: QWidget) -> None:
        splitters, headers = self._remembered(name)
        self._state.restore_parts(splitters, headers)
        if self.tabs.currentIndex() == self.tabs.indexOf(self.workspaces.slot(name)):
            QTimer.singleShot(0, self.focus_workspace)

    def _finish(self) -> None:
        from livehelper.ui.keys.keyboard import KeyboardSetup

        self._start_lan()  # issue 6: helpers, LAN server, group robots
        self.keyboard = KeyboardSetup(self)  # issue 9: the keys the user chose, and the global hotkeys
        self.menus.enable_data_items()
        self._keys.release(focus=self.focus_workspace)
        QTimer.singleShot(0, self.focus_workspace)  # built before show (MainWindow(context)): once it is visible
        self.ready.emit()

    def offer_resume(self) -> None:
        """After a crash or a power cut: offer to carry on with the stream that was running."""
        if self.live.offer_resume():
            self.tabs.setCurrentWidget(self.live)

    def focus_workspace(self) -> None:
        """Put the keyboard focus inside the workspace shown, so its keys work at once (they are live only
        there), unless a workspace already chose where it goes. Not while the window holds the keys typed
        during its opening: they would come after the keys typed later."""
        if self._keys.holding:
            return
        from PySide6.QtCore import Qt  # here: the first window does without the Qt namespace (issue 20)

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
        """The display name, after "Demo data" on the demo: the name once, where Qt would append it."""
        return window_title(self.tr("Demo data") if self.is_demo else "")

    def _remembered(self, *names: str) -> tuple[dict, dict]:
        """The splitters and table headers whose layout is remembered, of the named workspaces (default: those
        built)."""
        built = [name for name in names or self.WORKSPACES if self.workspaces.is_built(name)]
        splitters = {name: self.workspaces.workspace(name).splitter for name in built
                     if name in ("catalog", "cues")}
        headers = {name: self.workspaces.workspace(name).table.horizontalHeader() for name in built
                   if name in ("catalog", "shipping")}
        return splitters, headers

    def _build_status_line(self) -> None:
        self._database_label = ElidedLabel(self.tr("Opening the database…"))
        self._database_label.setStyleSheet("color: #6a6a6a;")
        self.statusBar().addPermanentWidget(self._database_label)
        if self.is_demo:
            badge = QLabel(self.tr("Demo data — not your real shop"))
            badge.setStyleSheet("background: #f2c14e; padding: 2px 8px; border-radius: 4px;")
            self.statusBar().addWidget(badge)

    def _show_database(self, context: AppContext) -> None:
        self._database_label.setText(self.data_place())

    def data_place(self) -> str:
        """Where the data is, in words: the database file's path, or the shared server and database name (never
        a sqlite:/// or postgresql+psycopg:// URL, nor a password)."""
        url = str(self.context.database.url)  # type: ignore[union-attr]
        if url.startswith("sqlite"):
            return self.tr("Data: {path}").format(path=str(Path(url.split(":///", 1)[-1])))
        parts = urlsplit(url)
        return self.tr("Shared database: {database} on {server}").format(
            database=parts.path.lstrip("/") or "?", server=parts.hostname or "?")

    # app.run sets log_dir to where the crash reports go (帮助 → 关于 shows it).
    log_dir: Path | None = None

    # The LAN helper page and its helpers (issue 6), started once the workspaces are built.
    def _start_lan(self) -> None:
        from livehelper.ui.helpers.lan_controller import LanController

        self.lan = LanController(self.context, self)  # type: ignore[arg-type]
        self.lan.failed.connect(lambda text: self.statusBar().showMessage(text, 30_000))  # e.g. port in use
        self.lan.restore()  # back on if it was on when the app last closed

    def confirm_quit_while_live(self) -> bool:
        """Quitting mid-stream takes the overlay and the teleprompter off the broadcast: asked first, with
        going on streaming as the default (Enter, Esc)."""
        if self.context is None:
            return True
        live = self.context.live
        if not live.active:
            return True
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Quit during the live stream?"), self.tr(
            "“{title}” is on air. Quitting takes the overlay and the teleprompter off the broadcast; the tallies "
            "are saved and the next start offers to resume the stream.").format(title=live.snapshot().session.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Quit anyway"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("&Keep streaming"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setEscapeButton(QMessageBox.StandardButton.No)
        answer = box.exec()
        box.deleteLater()
        return answer == QMessageBox.StandardButton.Yes

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.confirm_quit_while_live():
            event.ignore()
            return
        if self.workspaces.is_built("cues") and not self.cues.save_now():
            event.ignore()  # the unsaved cue text would be lost
            return
        self._state.save(self, *self._remembered())
        if self.lan is not None:
            self.lan.shut_down()  # issue 6: the LAN server stops with the window (its switch is remembered)
        if self.keyboard is not None:
            self.keyboard.hotkeys.close()  # the global hotkeys go back to Windows now, not at interpreter exit
        if self.bridge is not None:
            self.bridge.stop()
        super().closeEvent(event)
