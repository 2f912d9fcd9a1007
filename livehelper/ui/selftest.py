"""`livehelper selftest`: the main window opens, every workspace shows, the database is healthy."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from livehelper.domain.messages import Message
from livehelper.ui.main_window import MainWindow


def run_selftest(app: QApplication, window: MainWindow, lang: str) -> int:
    window.show()
    app.processEvents()
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
                      problems="; ".join(problems)).render(lang), file=sys.stderr)
        return 1
    print(Message("selftest ok: {workspaces} workspaces, {products} products, database {url}",
                  workspaces=window.tabs.count(), products=products,
                  url=window.context.database.url).render(lang))
    return 0
