"""Baseline for start-up figures: a bare PySide6 main window with four tabs, shown, one event-loop pass, quit.

DESIGN (Performance budgets) compares LiveHelper's start with this window: four tabs as LiveHelper has four
workspaces, one of them a table. Run as a script by bench/startup.py (and frozen by build.spec with
LIVEHELPER_FREEZE=bare) with the same interpreter and QT_QPA_PLATFORM=offscreen.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTableWidget, QTabWidget


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare window")
    tabs = QTabWidget()
    tabs.addTab(QTableWidget(20, 8), "one")
    for title in ("two", "three", "four"):
        tabs.addTab(QLabel(title), title)
    window.setCentralWidget(tabs)
    window.resize(1000, 700)
    window.show()
    QTimer.singleShot(0, app.quit)  # spin the event loop once, then leave it
    code = app.exec()
    print("ready", flush=True)  # bench/startup.py times the start up to this line
    window.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
