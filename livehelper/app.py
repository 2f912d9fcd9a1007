"""Starting the desktop app (and its self-test) once the command line has parsed its options."""

from __future__ import annotations

import logging
import os
import sys
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING

from livehelper.domain.errors import LiveHelperError
from livehelper.domain.messages import Message
from livehelper.startup import log_folder

STARTUP_BACKUP_DELAY_MS = 3000
SHARED_FOLDER_PREF = "shared_folder_explained"  # prefs.json: the network/sync folder the user was told about

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

    from livehelper.services.context import AppContext
    from livehelper.services.settings.backup import BackupScheduler
    from livehelper.startup import Options
    from livehelper.ui.bring_forward import BringForward
    from livehelper.ui.crash_hooks import CrashHandler
    from livehelper.ui.main_window import MainWindow


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def _route_qt_messages(cleanup: ExitStack) -> None:
    """Qt's messages go to stderr (or the handler installed before, the tests' one that fails a test on an
    unexpected warning), and its warnings and errors to the log too; the offscreen platform's warnings about
    window-manager hints it ignores are dropped. The previous handler is back when the app ends."""
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

    log = logging.getLogger("livehelper.qt")
    levels = {QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}

    def handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if "propagateSizeHints" in message:
            return
        if previous is None:
            print(message, file=sys.stderr)
        else:  # under the tests: their handler sees every message too
            previous(mode, context, message)
        if mode in levels:
            log.log(levels[mode], "%s", message)

    previous = qInstallMessageHandler(handler)
    cleanup.callback(qInstallMessageHandler, previous)


def run(options: Options, selftest: bool = False, verbose: bool = False) -> int:
    """Open the main window; with `selftest`, visit every workspace, check the database and exit (`verbose`: also
    say when the window is shown).

    Background failures go to the log, and a native crash to a report, in the log folder (livehelper.logfile).
    """
    from livehelper import logfile

    diagnostics = logfile.start(log_folder(options))
    try:
        with ExitStack() as cleanup:
            return _run(options, selftest, verbose, cleanup)
    finally:
        diagnostics.stop()


def _run(options: Options, selftest: bool, verbose: bool, cleanup: ExitStack) -> int:
    if not has_display():
        if not selftest:
            print(Message(
                "livehelper: no display found. Start it from a desktop session, or run it under xvfb-run; "
                "'livehelper selftest' also works with QT_QPA_PLATFORM=offscreen").render(options.lang),
                file=sys.stderr)
            return 2
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # the self-test needs no screen

    from livehelper.ui import feature_check

    feature_check.quicken()  # before any other module is imported after PySide6
    from PySide6.QtWidgets import QApplication

    from livehelper.ui.app_icon import app_icon
    from livehelper.ui.appearance.theme import apply as apply_appearance
    from livehelper.ui.appearance.theme import load as load_appearance
    from livehelper.ui.i18n import install_translators

    _route_qt_messages(cleanup)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("LiveHelper")
    app.setApplicationDisplayName("直播助手 LiveHelper" if options.lang.startswith("zh") else "LiveHelper")
    translators = install_translators(app, options.lang)
    app.setWindowIcon(app_icon())
    apply_appearance(load_appearance(options.data_dir))  # issue 9: the remembered UI scale and contrast
    if options.helper_url and not selftest:  # helper mode: no local database, only the other PC's queue
        return _run_helper(app, options.helper_url)
    instance = None if selftest else _claim_instance(options)
    if instance is False:
        return 0  # another copy runs on this data folder and was brought forward
    if not selftest and not options.demo:
        from livehelper.ui.help.welcome_dialog import first_run, needs_welcome

        if needs_welcome(options.data_dir):  # once per data folder; never in the self-test (nor in UI tests,
            options = first_run(app, options, translators)  # which build the MainWindow themselves)
            app.setApplicationDisplayName("直播助手 LiveHelper" if options.lang.startswith("zh") else "LiveHelper")
    note: Message | None = None
    try:
        while True:  # more than once only after 设置 → 从备份恢复… (ui/restore_action.py)
            code, window, url = _session(app, options, selftest, verbose, instance, note)
            if window.pending_restore is None or url is None:
                return code
            from livehelper.ui.settings.restore_action import restore_now

            note = restore_now(options.data_dir, url, window.pending_restore)  # the database is closed now
            window.deleteLater()
    finally:
        if instance is not None:
            instance.close()
        del translators


def _session(app: QApplication, options: Options, selftest: bool, verbose: bool,
             instance: BringForward | None, note: Message | None) -> tuple[int, MainWindow, str | None]:
    """One main window from show to close: (exit code, the window, the database URL once it was open).

    The window is painted first, with nothing but Qt and a few small modules imported (issue 20); the database is
    opened on a worker thread meanwhile (SQLAlchemy, the migrations, the workspaces' modules), and the workspaces
    are built once it is there, the one on show first."""
    from PySide6.QtCore import QTimer

    from livehelper.ui.context_opener import ContextOpener
    from livehelper.ui.main_window import MainWindow

    window = MainWindow(data_dir=options.data_dir, is_demo=options.demo)
    if instance is not None:
        instance.window = window  # a second start brings this window forward
    window.log_dir = log_folder(options)  # shown in Help → About
    crashes = _install_crash_reports(options, window)
    opener = ContextOpener(options, long_running=not selftest)
    backups: list[BackupScheduler] = []
    failure: list[LiveHelperError] = []

    def opened(context: AppContext) -> None:
        window.attach(context)
        backups.append(_start_backups(context, window))

    def failed(error: Exception) -> None:
        if not isinstance(error, LiveHelperError):
            raise error  # the crash report, as for any unexpected error on the UI thread
        failure.append(error)
        if not selftest:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(window, "LiveHelper", error.render(options.lang))
        window.hide()
        app.exit(2)

    def ready() -> None:
        window.offer_resume()  # a stream cut off by a crash or a power cut
        _mention_last_crash(crashes.recorder.folder, window)
        explain_shared_folder(window.context, window)  # type: ignore[arg-type]
        if note is not None:
            window.statusBar().showMessage(note.render(options.lang), 60_000)

    opener.opened.connect(opened)
    opener.failed.connect(failed)
    if selftest:
        from livehelper.ui.selftest import SelfTest

        check = SelfTest(app, window, options.lang)
        window.ready.connect(check.run)
    else:
        window.ready.connect(ready)
    try:
        opener.start_after_first_paint(window)
        window.show()
        if selftest and verbose:  # bench/startup.py times the first window up to this line, as the bare window's
            QTimer.singleShot(0, lambda: print(Message("selftest: window shown").render(options.lang), flush=True))
        code = app.exec()
        opener.wait()
        if failure and selftest:
            raise failure[0]
        context = opener.context
        url = context.database.engine.url.render_as_string(hide_password=False) if context is not None else None
        return code, window, url
    finally:
        for scheduler in backups:
            scheduler.stop()
        if opener.context is not None:
            opener.context.close()
        crashes.uninstall()


def _claim_instance(options: Options) -> BringForward | bool:
    """This copy's claim on its data folder (livehelper/single_instance.py); False when another copy has it."""
    from livehelper.single_instance import InstanceGuard, channel_name
    from livehelper.ui.bring_forward import BringForward

    instance = BringForward()
    guard = InstanceGuard(channel_name(options.data_dir), instance.show_requested.emit)
    if not guard.claim():
        guard.ask_first_to_show()
        return False
    instance.guard = guard
    return instance


def _run_helper(app: QApplication, url: str) -> int:
    from livehelper.ui.helpers.remote_window import RemoteWindow, connect_queue

    queue = connect_queue(url)
    if queue is None:
        return 0
    window = RemoteWindow(queue)
    window.show()
    return app.exec()


def _install_crash_reports(options: Options, window: QMainWindow) -> CrashHandler:
    from livehelper.ui.crash_hooks import CrashHandler

    handler = CrashHandler(log_folder(options), lambda: window, window)
    handler.install()
    return handler


def _mention_last_crash(folder: Path, window: QMainWindow) -> None:
    from livehelper.crash import take_unmentioned_report

    report = take_unmentioned_report(folder)
    if report is not None:
        window.statusBar().showMessage(window.tr(
            "LiveHelper had a problem last time; the report is in {path}").format(path=str(report)), 60_000)


def explain_shared_folder(context: AppContext, window: QMainWindow) -> QMessageBox | None:
    """Once per data folder: the SQLite file is in a network or sync folder (storage/folder_kind.py)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from livehelper import prefs
    from livehelper.storage.folder_kind import shared_folder
    from livehelper.storage.snapshots import sqlite_file
    from livehelper.ui.i18n import current_language

    database = sqlite_file(context.database.engine.url)
    found = shared_folder(database.resolve().parent) if database is not None else None
    if found is None or prefs.load(context.data_dir).get(SHARED_FOLDER_PREF) == str(found.folder):
        return None
    prefs.save(context.data_dir, **{SHARED_FOLDER_PREF: str(found.folder)})
    box = QMessageBox(QMessageBox.Icon.Warning, "LiveHelper", found.explanation().render(current_language()),
                      QMessageBox.StandardButton.Ok, window)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()  # not exec(): start-up goes on; the note stays until read
    return box


def _start_backups(context: AppContext, window: QMainWindow) -> BackupScheduler:
    """A backup soon after start, in the background (start-up does not wait for it), then every 10 minutes while
    a live session runs."""
    from PySide6.QtCore import QTimer

    from livehelper.services.settings.backup import ENTITY, BackupScheduler
    from livehelper.ui.i18n import current_language

    backups = context.backups
    scheduler = BackupScheduler(backups, lambda: context.live.active, context.events)
    if not backups.available:
        window.statusBar().showMessage(backups.unavailable_note().render(current_language()), 30_000)
        return scheduler

    def show(event: object) -> None:
        if getattr(event, "entity", None) == ENTITY and scheduler.last_error is not None:
            window.statusBar().showMessage(window.tr("Backup failed: {reason}").format(
                reason=scheduler.last_error.render(current_language())))

    window.bridge.changed.connect(show)  # type: ignore[attr-defined]
    # Once the window is up and idle: the copy then competes with nothing the user waits for.
    QTimer.singleShot(STARTUP_BACKUP_DELAY_MS, window, scheduler.start)
    return scheduler
