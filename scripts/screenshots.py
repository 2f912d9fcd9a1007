"""Screenshots of every workspace with the demo data, for the README and for looking at the app.

    python scripts/screenshots.py [--lang zh_CN|en] [--out docs/screenshots] [--scale 100..200] [--contrast]

Runs offscreen (no display needed) on a fresh demo database in a temporary folder. With --scale or --contrast
(the large-text high-contrast theme) it takes the four workspaces and the teleprompter on a 1366×768 screen,
named e.g. live-zh_CN-200.png and live-zh_CN-contrast.png.
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from offscreen import use_small_laptop_screen  # scripts/offscreen.py, beside this script
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QImage, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from livehelper.domain.live import Platform, Tally
from livehelper.domain.tasks import TaskState
from livehelper.services.context import AppContext, open_context
from livehelper.services.live.report import history
from livehelper.storage import live as live_repo
from livehelper.storage.products import ProductQuery
from livehelper.ui.appearance.theme import SCALES, Appearance
from livehelper.ui.appearance.theme import apply as apply_appearance
from livehelper.ui.cues.deck_list import EntryRole
from livehelper.ui.cues.workspace import SYNC_DELAY_MS
from livehelper.ui.i18n import install_translators
from livehelper.ui.live.report_card import render_report_png
from livehelper.ui.main_window import MainWindow
from livehelper.ui.prompter.window import TeleprompterWindow

ROOT = Path(__file__).resolve().parents[1]
NAMES = ("catalog", "cues", "live", "shipping")
MINUTES_ON_AIR = 47


def save(widget: QWidget, target: Path) -> None:
    widget.grab().save(str(target))
    print(target)


def show_a_finding(window: MainWindow) -> None:
    """Open the millet deck and type a risky sentence into it, so the editor shows an underline."""
    cues = window.cues
    for row in range(cues.decks.count()):
        entry = cues.decks.item(row).data(EntryRole)
        if entry is not None and entry.title.startswith("米脂黄小米"):
            cues.decks.setCurrentRow(row)
    cursor = cues.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Down, n=1)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    cursor.insertText("全网最低价，天天喝还能降血压！")
    cues.editor.setTextCursor(cursor)
    QTest.qWait(SYNC_DELAY_MS * 2)  # the card list and findings follow the text after a short pause
    cues.save_now()


def select_open_tasks(window: MainWindow) -> None:
    """Select two tasks waiting to be packed, so the queue's action buttons show as they are used."""
    shipping = window.shipping
    model = shipping.model
    waiting = [row for row in range(min(model.rowCount(), 20)) if model.task_at(row).state == TaskState.PENDING]
    selection = shipping.table.selectionModel()
    for row in waiting[:2]:
        selection.select(model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)


def go_live(context: AppContext) -> None:
    """A stream 47 minutes in: start it back-dated, add the sales of those minutes, then carry on live."""
    products = context.catalog.page(ProductQuery(include_inactive=False), 0, 10)
    started = datetime.now(UTC) - timedelta(minutes=MINUTES_ON_AIR)
    context.live.start("新米丰收专场", Platform.DOUYIN, 300_000, [p.id for p in products], started_at=started)
    session_id = context.live.snapshot().session.id
    rng = random.Random(3)
    with context.database.engine.begin() as connection:
        for minute in range(MINUTES_ON_AIR):
            for _ in range(rng.randint(0, 5)):
                product = rng.choice([products[0], products[2], products[3]])
                at = started + timedelta(minutes=minute, seconds=rng.randint(0, 59))
                live_repo.insert_tally(connection, session_id, Tally(0, product.id, 1, product.price_fen, at))
    context.live.resume(session_id)
    context.live.explain(products[2].id)
    context.live.tally(products[2].id, 2)
    context.live.wait_durable()


def inked_height(image: QImage, below: int) -> int:
    """How far down something is painted on a white page image, not looking at its last `below` pixel rows."""
    white = image.pixel(0, 0)
    for y in range(image.height() - below, 0, -2):
        if any(image.pixel(x, y) != white for x in range(0, image.width(), 3)):
            return y
    return image.height()


def save_documents(context: AppContext, out: Path, lang: str) -> None:
    """The pick list of every parcel waiting to be packed, and an A4 sheet of packing slips, from the demo orders."""
    from livehelper.services.shipping.tasks import TaskFilter
    from livehelper.ui.shipping.documents import Document, DocumentMeta

    waiting = context.tasks.by_ids(context.tasks.ids(TaskFilter(state="pending")))
    with_notes = sorted(waiting, key=lambda task: (not task.buyer_note, not task.merged_order_nos, task.id))
    meta = DocumentMeta(datetime.now(UTC), parcels=len(waiting))
    for name, kind, data in (("picklist", "pick_list", context.tasks.pick_list([task.id for task in waiting])),
                             ("slip", "slips", context.tasks.packing_slips([task.id for task in with_notes[:3]]))):
        target = out / f"{name}-{lang}.png"
        image = Document(kind, data, "a4", meta).page_image(0, dpi=120)
        if kind == "pick_list":  # a short list: the empty rest of the sheet (down to the page number) left out
            image = image.copy(0, 0, image.width(), inked_height(image, below=120) + 60)
        image.save(str(target))
        print(target)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--scale", type=int, choices=SCALES, default=100, help="UI scale in percent")
    parser.add_argument("--contrast", action="store_true", help="the large-text high-contrast theme")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    look = Appearance(args.scale, args.contrast)
    suffix = "" if look.is_default else "-contrast" if look.high_contrast else f"-{look.scale}"
    use_small_laptop_screen()  # read when the QApplication is made
    app = QApplication([])
    translators = install_translators(app, args.lang)
    with tempfile.TemporaryDirectory() as folder:
        context = open_context(Path(folder), demo=True)
        apply_appearance(look, context.data_dir)  # the main window shows the appearance saved for its data folder
        window = MainWindow(context)
        if look.is_default:
            window.resize(1280, 800)
        else:  # the whole small screen, as a streamer with large text would use it
            window.setGeometry(app.primaryScreen().availableGeometry())
        window.show()
        window.catalog.table.selectRow(0)
        show_a_finding(window)
        select_open_tasks(window)
        for index, name in enumerate(NAMES):
            if name == "live":
                continue  # taken below, mid-stream
            window.tabs.setCurrentIndex(index)
            app.processEvents()
            save(window, args.out / f"{name}-{args.lang}{suffix}.png")
        if look.is_default:
            page = window.keyboard.page("shipping")
            page.show()
            app.processEvents()
            save(page, args.out / f"shortcuts-{args.lang}.png")
            page.close()
        prompter = TeleprompterWindow(context.prompter, window.bridge, context.data_dir)
        context.prompter.show_deck(window.cues.deck.id)
        prompter.resize(1280, 720) if look.is_default else prompter.setGeometry(app.primaryScreen().availableGeometry())
        prompter.show()
        app.processEvents()
        save(prompter, args.out / f"teleprompter-{args.lang}{suffix}.png")
        prompter.close()
        go_live(context)
        window.tabs.setCurrentWidget(window.live)
        QTest.qWait(1100)  # the clock ticks once a second
        save(window, args.out / f"live-{args.lang}{suffix}.png")
        if look.is_default:  # the report card and the printed pages are images of their own, the same at any scale
            report = history(context.database)[0]
            (args.out / f"report-{args.lang}.png").write_bytes(render_report_png(report))
            print(args.out / f"report-{args.lang}.png")
            save_documents(context, args.out, args.lang)
        window.close()
        context.close()
    del translators


if __name__ == "__main__":
    main()
