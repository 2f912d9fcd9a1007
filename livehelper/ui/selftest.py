"""`livehelper selftest`: the main window opens, every workspace shows, the database is healthy."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from livehelper.domain.messages import Message
from livehelper.ui.main_window import MainWindow


class SelfTest:
    """Runs once the window is ready (every workspace built): shows each workspace, checks the database, prints
    the verdict and leaves the event loop with the exit code."""

    def __init__(self, app: QApplication, window: MainWindow, lang: str) -> None:
        self._app = app
        self._window = window
        self._lang = lang

    def run(self) -> None:
        self._app.exit(self.check())

    def check(self) -> int:
        window, app = self._window, self._app
        assert window.context is not None
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            app.processEvents()
        window.tabs.setCurrentIndex(0)
        problems = window.context.database.check_health()
        products = window.context.catalog.count()
        window.close()
        app.processEvents()
        if problems:
            print(Message("selftest: the database check found problems: {problems}",
                          problems="; ".join(problems)).render(self._lang), file=sys.stderr)
            return 1
        print(Message("selftest ok: {workspaces} workspaces, {products} products, database {url}",
                      workspaces=window.tabs.count(), products=products,
                      url=window.context.database.url).render(self._lang))
        return 0
