"""Saving a file: the dialog opens in Documents (Pictures for images), never the program's folder; the report's
file name carries the date once; and after saving the app says where the file went."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from livehelper.services.live.report import build_report
from livehelper.ui.live.report_dialog import ReportDialog
from tests.ui.conftest import choose_file
from tests.ui.live.test_live_report import CRISPS, MILLET, run_session

Location = QStandardPaths.StandardLocation


def first_existing(*locations: QStandardPaths.StandardLocation) -> Path:
    for location in locations:
        found = QStandardPaths.writableLocation(location)
        if found and Path(found).is_dir():
            return Path(found)
    return Path.home()


def test_report_files_are_offered_in_pictures_and_documents_with_the_date_once(qtbot, demo_context):
    started = datetime.now(UTC) - timedelta(minutes=30)
    title = f"直播 {started.astimezone():%Y-%m-%d}"  # the title the start page offers
    report = build_report(demo_context.database, run_session(demo_context, title, started, [MILLET, CRISPS],
                                                             [(MILLET, 2)]))
    dialog = ReportDialog(report)
    qtbot.addWidget(dialog)
    image, table = Path(dialog._default_name("png")), Path(dialog._default_name("csv"))
    assert image.parent == first_existing(Location.PicturesLocation, Location.DocumentsLocation)
    assert table.parent == first_existing(Location.DocumentsLocation)
    assert Path.cwd() not in (image.parent, table.parent)  # never the program's folder
    day = started.astimezone()
    assert image.name.count(f"{day:%Y-%m-%d}") + image.name.count(f"{day:%Y%m%d}") == 1, image.name
    untitled = build_report(demo_context.database, run_session(demo_context, "周日早场", started, [MILLET], []))
    assert f"{day:%Y%m%d}" in Path(ReportDialog(untitled)._default_name("png")).name  # a title without a date


def test_saving_the_report_image_says_where_it_went(qtbot, modal, demo_context, tmp_path):
    report = build_report(demo_context.database, run_session(
        demo_context, "周日早场", datetime.now(UTC) - timedelta(minutes=30), [MILLET], [(MILLET, 1)]))
    dialog = ReportDialog(report)
    qtbot.addWidget(dialog)
    dialog.show()

    def choose(file_dialog):
        choose_file(file_dialog, str(tmp_path / "战报"))

    modal.next(choose)
    saved = dialog.save_image()
    assert saved == tmp_path / "战报.png"
    assert dialog.saved_label.isVisible() and str(saved) in dialog.saved_label.text()
