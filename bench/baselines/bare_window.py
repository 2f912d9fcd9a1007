"""Baseline for start-up figures: a bare PySide6 main window with one table, shown, one event-loop pass, quit.

Run as a script by bench/startup.py with the same interpreter and QT_QPA_PLATFORM=offscreen.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare window")
    window.setCentralWidget(QTableWidget(20, 8, window))
    window.resize(1000, 700)
    window.show()
    QTimer.singleShot(0, app.quit)  # spin the event loop once, then leave it
    code = app.exec()
    print("ready", flush=True)  # bench/startup.py times the start up to this line
    window.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
