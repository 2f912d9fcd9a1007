"""Screenshots of every workspace with the demo data, for the README and for looking at the app.

    python scripts/screenshots.py [--lang zh_CN|en] [--out docs/screenshots]

Runs offscreen (no display needed) on a fresh demo database in a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from livehelper.services.context import open_context
from livehelper.ui.i18n import install_translators
from livehelper.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[1]
NAMES = ("catalog", "cues", "live", "shipping")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    translators = install_translators(app, args.lang)
    with tempfile.TemporaryDirectory() as folder:
        context = open_context(Path(folder), demo=True)
        window = MainWindow(context)
        window.resize(1280, 800)
        window.show()
        window.catalog.table.selectRow(0)
        for index, name in enumerate(NAMES):
            window.tabs.setCurrentIndex(index)
            app.processEvents()
            target = args.out / f"{name}-{args.lang}.png"
            window.grab().save(str(target))
            print(target)
        window.close()
        context.close()
    del translators


if __name__ == "__main__":
    main()
