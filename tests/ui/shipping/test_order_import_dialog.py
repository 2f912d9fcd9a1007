"""The order import dialog on real SQLite files: background preview, bad files, bad rows, title rules, import."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from livehelper.domain.order_import import GENERIC_HEADER
from livehelper.services.context import AppContext
from livehelper.services.events import ChangeEvent
from livehelper.storage.products import ProductQuery
from livehelper.ui.shipping.import_dialog import OrderImportDialog

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "orders"
GOOD = ("微信,WX-1,2026-11-20 18:00,刘桂兰,13800138001,山东省,济南市,历下区,泉城路100号,米脂黄小米,2.5kg/袋,MZ-XM-2500,"
        "2,39.90,8,,")
UNMATCHED = ("微信,WX-2,2026-11-20 18:05,孙大伟,13912340002,陕西省,榆林市,米脂县,南街7号,米脂小米 2.5kg 包邮,,,"
             "1,39.90,0,,")
BAD = "微信,WX-3,2026-11-20 18:10,王芳,12345,陕西省,榆林市,米脂县,北街1号,小米锅巴,,XM-GB-600,1,19.90,0,,"
BIG_ROWS = 20_000


def generic_file(folder: Path, *rows: str, name: str = "orders.csv") -> Path:
    path = folder / name
    path.write_bytes(("\r\n".join([",".join(GENERIC_HEADER), *rows]) + "\r\n").encode("utf-8-sig"))
    return path


def open_dialog(qtbot, context: AppContext, path: Path | None = None) -> OrderImportDialog:
    dialog = OrderImportDialog(context, None, path)
    qtbot.addWidget(dialog)
    dialog.show()
    if path is not None:
        wait_idle(qtbot, dialog)
    return dialog


def wait_idle(qtbot, dialog: OrderImportDialog, timeout: int = 5000) -> None:
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=timeout)


def test_preview_shows_the_services_counts(qtbot, demo_context: AppContext):
    path = SAMPLES / "douyin.csv"
    stored = demo_context.orders.count()
    dialog = open_dialog(qtbot, demo_context, path)
    expected = demo_context.orders.preview(path.read_bytes(), path.name)
    assert dialog.preview is not None
    assert dialog.preview.as_dict() == expected.as_dict()
    assert dialog.orders_label.text() == f"{expected.orders_new} new, 0 changed, 0 unchanged"
    assert dialog.lines_label.text() == f"{expected.lines_new} new, 0 changed, 0 unchanged"
    assert "Douyin" in dialog.layout_label.text()
    assert dialog.import_button.isEnabled()
    assert demo_context.orders.count() == stored


@pytest.mark.parametrize(("name", "data"), [
    ("photo.csv", bytes(range(256)) * 8),
    ("gbk_garbage.csv", "订单编号,数量\n".encode("gbk") + b"\xff\xfe\x81" * 200),
    ("products.csv", "商家编码,名称,规格,价格,库存\r\nMZ-1,米脂黄小米,2.5kg/袋,39.90,100\r\n".encode("utf-8-sig")),
    ("empty.csv", b""),
])
def test_an_unreadable_file_shows_one_message_writes_nothing_and_allows_another_try(
        qtbot, demo_context: AppContext, tmp_path: Path, name: str, data: bytes):
    generic_file(tmp_path, GOOD)
    demo_context.orders.commit(demo_context.orders.preview((tmp_path / "orders.csv").read_bytes(), "orders.csv"))
    before = demo_context.orders.list_orders()
    bad = tmp_path / name
    bad.write_bytes(data)
    dialog = open_dialog(qtbot, demo_context, bad)
    assert dialog.isVisible()
    assert dialog.preview is None
    assert dialog.message.isVisible() and dialog.message.text()
    assert "\n" not in dialog.message.text()
    assert not dialog.import_button.isEnabled()
    assert not dialog.summary.isVisible()
    assert demo_context.orders.list_orders() == before
    dialog.load(generic_file(tmp_path, UNMATCHED, name="next.csv"))
    wait_idle(qtbot, dialog)
    assert dialog.preview is not None and dialog.preview.orders_new == 1
    assert dialog.import_button.isEnabled()


def test_a_missing_file_is_a_clear_message(qtbot, context: AppContext, tmp_path: Path):
    dialog = open_dialog(qtbot, context, tmp_path / "gone.csv")
    assert "gone.csv" in dialog.message.text()
    assert dialog.preview is None


def test_bad_rows_are_listed_and_disable_import(qtbot, qtmodeltester, demo_context: AppContext, tmp_path: Path):
    stored = demo_context.orders.count()
    dialog = open_dialog(qtbot, demo_context, generic_file(tmp_path, GOOD, BAD))
    model = dialog.bad_rows_model
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == ["Row", "Column", "Reason"]
    assert model.index(0, 0).data() == "3"
    assert model.index(0, 1).data() == "手机号"
    assert dialog.bad_rows_box.isVisible()
    assert not dialog.import_button.isEnabled()
    assert "nothing will be written" in dialog.message.text()
    dialog.start_import()  # even when asked directly
    assert not dialog.is_busy
    assert demo_context.orders.count() == stored


def test_a_confirmed_title_rule_refreshes_the_preview(qtbot, demo_context: AppContext, tmp_path: Path):
    stored = demo_context.orders.count()
    dialog = open_dialog(qtbot, demo_context, generic_file(tmp_path, GOOD, UNMATCHED))
    title = "米脂小米 2.5kg 包邮"
    assert dialog.titles_box.isVisible()
    assert dialog.titles.titles == [title]
    combo, remember = dialog.titles.combo_for(title), dialog.titles.button_for(title)
    assert not remember.isEnabled()
    millet = next(p for p in demo_context.catalog.page(ProductQuery(), 0, 50) if p.merchant_code == "MZ-XM-2500")
    combo.setCurrentIndex(combo.findData(millet.id))
    assert remember.isEnabled()
    qtbot.mouseClick(remember, Qt.MouseButton.LeftButton)
    assert dialog.is_busy
    wait_idle(qtbot, dialog)
    assert demo_context.orders.title_rules() == {title: millet.id}
    assert dialog.preview is not None and dialog.preview.unmatched_titles == ()
    assert not dialog.titles_box.isVisible()
    assert (dialog.preview.orders_new, dialog.preview.lines_new) == (2, 2)
    assert demo_context.orders.count() == stored  # a rule is remembered; orders still wait for 导入


def test_import_commits_once_shows_the_result_and_closes(qtbot, modal, demo_context: AppContext, tmp_path: Path):
    stored, tasks = demo_context.orders.count(), demo_context.tasks.count()
    events: list[ChangeEvent] = []
    unsubscribe = demo_context.events.subscribe(events.append)
    dialog = open_dialog(qtbot, demo_context, generic_file(tmp_path, GOOD, UNMATCHED))
    modal.press(QMessageBox.StandardButton.Ok)
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        assert not dialog.import_button.isEnabled()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)  # a double click imports once
        dialog.reject()  # and cannot be cancelled halfway
        assert dialog.isVisible()
    unsubscribe()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.imported is not None
    assert (dialog.imported.orders_new, dialog.imported.tasks_touched) == (2, 2)
    assert "2 new" in modal.texts[0]
    assert demo_context.orders.count() == stored + 2
    assert demo_context.tasks.count() == tasks + 2
    assert "task" in {event.entity for event in events}


def test_an_already_imported_file_offers_nothing_to_import(qtbot, context: AppContext):
    path = SAMPLES / "generic.csv"
    context.orders.commit(context.orders.preview(path.read_bytes(), path.name))
    dialog = open_dialog(qtbot, context, path)
    assert dialog.preview is not None and dialog.preview.orders_unchanged == 2
    assert not dialog.import_button.isEnabled()
    assert "already imported" in dialog.message.text()


def test_a_big_file_previews_in_the_background(qtbot, context: AppContext, tmp_path: Path):
    rows = [f"微信,BIG-{n:05d},2026-11-20 18:00,刘桂兰,138{n:08d},山东省,济南市,历下区,泉城路{n}号,米脂黄小米,"
            f"2.5kg/袋,,1,39.90,0,," for n in range(BIG_ROWS)]
    path = generic_file(tmp_path, *rows)
    dialog = open_dialog(qtbot, context)
    dialog.load(path)
    assert dialog.is_busy
    assert dialog.progress.isVisible()
    assert not dialog.choose_button.isEnabled()
    assert not dialog.import_button.isEnabled()
    assert dialog.cursor().shape() == Qt.CursorShape.BusyCursor
    QApplication.processEvents()  # the window keeps painting meanwhile
    wait_idle(qtbot, dialog, timeout=120_000)
    assert not dialog.progress.isVisible()
    assert dialog.preview is not None and dialog.preview.orders_new == BIG_ROWS
    assert dialog.import_button.isEnabled()


def test_a_dropped_file_is_previewed(qtbot, context: AppContext):
    dialog = open_dialog(qtbot, context)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(SAMPLES / "generic.csv"))])
    enter = QDragEnterEvent(dialog.rect().center(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    dialog.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(dialog.rect().center()), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    dialog.dropEvent(drop)
    wait_idle(qtbot, dialog)
    assert dialog.preview is not None and dialog.preview.orders_new == 2
