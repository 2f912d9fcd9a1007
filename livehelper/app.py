"""Starting the desktop app (and its self-test) once the command line has parsed its options."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from livehelper.domain.errors import LiveHelperError
from livehelper.domain.messages import Message

if TYPE_CHECKING:
    from livehelper.cli import Options


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def _quiet_offscreen_noise() -> None:
    """The offscreen platform warns about window-manager hints it ignores; other messages pass through."""
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

    def handler(_mode: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def run(options: Options, selftest: bool = False) -> int:
    """Open the main window; with `selftest`, visit every workspace, check the database and exit."""
    if not has_display():
        if not selftest:
            print(Message(
                "livehelper: no display found. Start it from a desktop session, or run it under xvfb-run; "
                "'livehelper selftest' also works with QT_QPA_PLATFORM=offscreen").render(options.lang),
                file=sys.stderr)
            return 2
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # the self-test needs no screen

    # The services (SQLAlchemy) are imported before Qt: PySide6 installs an import hook that makes every
    # later import slower, and SQLAlchemy is a big one.
    from livehelper.services.context import open_context  # isort: skip

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from livehelper.ui.i18n import install_translators
    from livehelper.ui.main_window import MainWindow

    _quiet_offscreen_noise()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("LiveHelper")
    app.setApplicationDisplayName("直播助手 LiveHelper" if options.lang.startswith("zh") else "LiveHelper")
    translators = install_translators(app, options.lang)
    try:
        context = open_context(options.data_dir, options.db_url, options.demo)
    except LiveHelperError as error:
        if selftest:
            raise
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, "LiveHelper", error.render(options.lang))
        return 2
    window = MainWindow(context)
    try:
        if selftest:
            from livehelper.ui.selftest import run_selftest

            return run_selftest(app, window, options.lang)
        window.show()
        QTimer.singleShot(0, window.offer_resume)  # a stream cut off by a crash or a power cut
        return app.exec()
    finally:
        context.close()
        del translators
