from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox

from livehelper.storage.models import TallyEventRecord
from livehelper.storage.products import ProductQuery
from livehelper.ui.catalog.product_dialog import ProductDialog
from livehelper.ui.catalog.table_model import COLUMN_FIELDS
from tests.ui.conftest import choose_file, type_text


def names(workspace) -> list[str]:
    model = workspace.model
    return [model.product_at(row).name for row in range(model.rowCount())]


def select(workspace, name: str) -> None:
    product = workspace._catalog.page(ProductQuery(text=name), 0, 1)[0]
    workspace.select_product(product.id)


def test_search_as_you_type(qtbot, window):
    workspace = window.catalog
    type_text(workspace.search, "小米")
    qtbot.waitUntil(lambda: len(names(workspace)) == 3)
    assert set(names(workspace)) == {"米脂黄小米", "小米锅巴", "富硒小米礼盒"}
    workspace.search.clear()
    qtbot.waitUntil(lambda: len(names(workspace)) == 6)


def test_clicking_a_header_sorts(qtbot, window):
    workspace = window.catalog
    header = workspace.table.horizontalHeader()
    price = COLUMN_FIELDS.index("price_fen")
    header.sectionClicked.emit(price)
    header.setSortIndicator(price, Qt.SortOrder.AscendingOrder)
    prices = [workspace.model.product_at(r).price_fen for r in range(workspace.model.rowCount())]
    assert prices == sorted(prices)
    header.setSortIndicator(price, Qt.SortOrder.DescendingOrder)
    prices = [workspace.model.product_at(r).price_fen for r in range(workspace.model.rowCount())]
    assert prices == sorted(prices, reverse=True)


def test_add_product_through_the_dialog(qtbot, demo_context):
    dialog = ProductDialog(demo_context.catalog.create)
    qtbot.addWidget(dialog)
    type_text(dialog.name, "绥德油馍馍")
    type_text(dialog.spec, "6个/盒")
    type_text(dialog.price, "¥32.5")
    dialog.stock.setValue(30)
    type_text(dialog.merchant_code, "SD-YMM-6")
    dialog.accept()
    assert dialog.result() == ProductDialog.DialogCode.Accepted
    saved = demo_context.catalog.get(dialog.saved.id)
    assert (saved.name, saved.spec, saved.price_fen, saved.stock) == ("绥德油馍馍", "6个/盒", 3250, 30)


def test_a_phone_number_in_the_price_field_keeps_the_dialog_open(qtbot, demo_context):
    before = demo_context.catalog.count()
    dialog = ProductDialog(demo_context.catalog.create)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.name, "新米")
    type_text(dialog.price, "13800138000")
    dialog.accept()
    assert dialog.isVisible() and dialog.saved is None
    assert "13800138000" in dialog.problem.text() and "Price" in dialog.problem.text()
    assert dialog.name.text() == "新米"  # nothing typed is lost
    assert demo_context.catalog.count() == before
    dialog.price.setText("12.80")
    dialog.accept()
    assert dialog.saved is not None and dialog.saved.price_fen == 1280


def test_duplicate_code_is_refused_in_the_dialog(qtbot, demo_context):
    dialog = ProductDialog(demo_context.catalog.create)
    qtbot.addWidget(dialog)
    dialog.name.setText("另一个小米")
    dialog.price.setText("10")
    dialog.merchant_code.setText("MZ-XM-2500")
    dialog.accept()
    assert dialog.saved is None and "MZ-XM-2500" in dialog.problem.text()


def test_edit_duplicate_deactivate(qtbot, window, modal):
    workspace = window.catalog
    select(workspace, "米脂黄小米")
    modal.next(lambda dialog: (dialog.price.setText("42"), dialog.accept()))
    workspace.edit_button.click()
    assert workspace.selected_product().price_fen == 4200
    workspace.duplicate_button.click()
    copy = workspace.selected_product()
    assert copy.name.startswith("米脂黄小米") and copy.name != "米脂黄小米" and copy.merchant_code == ""
    assert copy.has_photo
    workspace.active_button.click()
    assert workspace.selected_product().active is False
    assert workspace.model.data(workspace.model.index(workspace.model.row_of(copy.id), 0),
                                Qt.ItemDataRole.ForegroundRole) is not None


def test_delete_asks_first(qtbot, window, modal):
    workspace = window.catalog
    select(workspace, "手工杂粮挂面")
    modal.press(QMessageBox.StandardButton.No)
    workspace.delete_button.click()
    assert "手工杂粮挂面" in names(workspace)
    modal.press(QMessageBox.StandardButton.Yes)
    workspace.delete_button.click()
    assert "手工杂粮挂面" not in names(workspace)
    assert "挂面" in modal.texts[0]


def test_delete_is_refused_for_a_product_with_sales(qtbot, window, modal, demo_context):
    workspace = window.catalog
    select(workspace, "巨鹿金银花")
    product = workspace.selected_product()
    with demo_context.database.sessions.begin() as session:
        session.add(TallyEventRecord(product_id=product.id, qty=1, unit_price_fen=product.price_fen))
    modal.press(QMessageBox.StandardButton.Yes)
    modal.press(QMessageBox.StandardButton.Ok)
    workspace.delete_button.click()
    qtbot.waitUntil(lambda: len(modal.texts) == 2)
    assert "cannot be deleted" in modal.texts[1]
    assert "巨鹿金银花" in names(workspace)


def test_photo_from_file_and_bad_file(qtbot, window, modal, tmp_path: Path):
    workspace = window.catalog
    select(workspace, "手工杂粮挂面")
    picture = tmp_path / "new.png"
    Image.new("RGB", (1200, 900), "#c04030").save(picture)
    workspace.detail.set_photo_from(picture)
    stored = Image.open(io.BytesIO(workspace._catalog.photo(workspace.selected_product().id)))
    assert stored.format == "JPEG" and max(stored.size) == 480
    assert not workspace.detail.photo.pixmap().isNull()
    not_a_picture = tmp_path / "orders.csv"
    not_a_picture.write_text("订单编号,金额\n1,2\n", encoding="utf-8")
    modal.press(QMessageBox.StandardButton.Ok)
    workspace.detail.set_photo_from(not_a_picture)
    assert "orders.csv" in modal.texts[0] and "not an image" in modal.texts[0]
    assert workspace.selected_product().has_photo  # the old photo is kept


def test_qr_code_shown_for_shop_link(qtbot, window):
    workspace = window.catalog
    select(workspace, "米脂黄小米")
    assert not workspace.detail.qr.pixmap().isNull() and workspace.detail.save_qr.isEnabled()
    select(workspace, "手工杂粮挂面")  # no shop link
    assert workspace.detail.qr.pixmap().isNull() and not workspace.detail.save_qr.isEnabled()


def test_import_bad_file_writes_nothing_and_says_which_row(qtbot, window, modal, tmp_path: Path):
    workspace = window.catalog
    bad = tmp_path / "bad.csv"
    bad.write_text("名称,价格,库存\n新小米,12.8,10\n旧小米,13800138000,5\n", encoding="utf-8-sig")
    before = workspace.model.rowCount()
    modal.press(QMessageBox.StandardButton.Ok)
    workspace.import_file(bad)
    qtbot.waitUntil(lambda: len(modal.texts) == 1)
    assert "3" in modal.texts[0] and "13800138000" in modal.texts[0]
    assert workspace.model.rowCount() == before


def test_import_and_export_from_the_workspace(qtbot, window, modal, tmp_path: Path):
    workspace = window.catalog
    exported = tmp_path / "catalog.csv"
    workspace.export_file(exported)
    qtbot.waitUntil(lambda: exported.exists() and workspace.import_button.isEnabled())
    assert exported.read_bytes().startswith(b"\xef\xbb\xbf")
    good = tmp_path / "more.csv"
    good.write_text("名称,规格,价格,库存\n清涧红枣,1kg/袋,￥29.80,40\n", encoding="gbk")
    modal.press(QMessageBox.StandardButton.Ok)
    workspace.import_file(good)
    qtbot.waitUntil(lambda: "清涧红枣" in names(workspace))
    qtbot.waitUntil(lambda: len(modal.texts) == 1)


def test_keyboard_opens_new_product_dialog(qtbot, window, modal):
    workspace = window.catalog
    workspace.table.setFocus()
    seen = []
    modal.next(lambda dialog: (seen.append(type(dialog).__name__), dialog.reject()))
    qtbot.keyClick(workspace.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen == ["ProductDialog"]
    assert workspace.model.canFetchMore(QModelIndex()) is False


def test_save_qr_code_as_png_through_the_file_dialog(qtbot, window, modal, tmp_path: Path):
    workspace = window.catalog
    select(workspace, "米脂黄小米")
    target = tmp_path / "二维码.png"

    def choose(dialog):
        choose_file(dialog, str(target))

    modal.next(choose)
    workspace.detail.save_qr.click()
    with Image.open(target) as saved:
        assert saved.format == "PNG" and saved.size[0] == saved.size[1] > 100


def test_photo_dropped_on_the_photo_area(qtbot, window, tmp_path: Path):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    workspace = window.catalog
    select(workspace, "佳县红枣")
    before = workspace._catalog.photo(workspace.selected_product().id)
    picture = tmp_path / "枣.jpg"
    Image.new("RGB", (640, 640), "#8a1c15").save(picture)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(picture))])
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    workspace.detail.photo.dropEvent(drop)
    after = workspace._catalog.photo(workspace.selected_product().id)
    assert after != before and Image.open(io.BytesIO(after)).size == (480, 480)
