"""Reconciliation of a finished live session with real tallies against orders imported into its time window."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from livehelper.domain.live import Platform
from livehelper.services.context import AppContext
from livehelper.storage.products import ProductQuery
from livehelper.ui.shipping.reconcile_dialog import FEWER_ORDERED, MORE_ORDERED, ReconcileDialog, ReconcileModel
from tests.ui.shipping.test_shipping_documents import import_orders


@pytest.fixture
def session_id(demo_context: AppContext) -> int:
    """A stream that started three hours ago (after the demo's stream of last night), and orders paid an hour ago.

    Tallied: millet 3 + 2, honeysuckle 2, crisps 1 (4 more undone). Ordered: millet 2 + 1, honeysuckle 3, crisps 1."""
    products = {p.merchant_code: p for p in demo_context.catalog.page(ProductQuery(include_inactive=False), 0, 10)}
    millet, honeysuckle, crisps = products["MZ-XM-2500"], products["JL-JYH-50"], products["XM-GB-600"]
    live = demo_context.live
    live.start("对账测试专场", Platform.KUAISHOU, 0, [millet.id, honeysuckle.id, crisps.id],
               started_at=datetime.now(UTC) - timedelta(hours=3))
    for product, qty in ((millet, 3), (millet, 2), (honeysuckle, 2), (crisps, 1), (crisps, 4)):
        live.tally(product.id, qty)
    live.undo_last()  # the 4 crisps were a slip of the finger
    ended = live.stop()
    import_orders(demo_context, when=datetime.now(UTC) - timedelta(hours=1))
    return ended.id


def rows(model: ReconcileModel) -> list[list[str]]:
    return [[model.index(row, column).data() for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def test_tallied_against_ordered_per_product(qtbot, qtmodeltester, demo_context, session_id):
    dialog = ReconcileDialog(demo_context)
    qtbot.addWidget(dialog)
    assert dialog.sessions.count() == 2  # the demo's stream of last night too
    dialog.sessions.setCurrentIndex(dialog.sessions.findData(session_id))
    assert "对账测试专场" in dialog.sessions.currentText() and "快手" in dialog.sessions.currentText()
    model = dialog.model
    qtmodeltester.check(model)
    assert rows(model) == [["米脂黄小米 2.5kg/袋", "5", "3", "−2  fewer ordered"],
                           ["巨鹿金银花 50g/罐", "2", "3", "+1  more ordered"],
                           ["小米锅巴 200g×3袋", "1", "1", "0  matches"]]
    background = [model.index(row, 3).data(Qt.ItemDataRole.BackgroundRole) for row in range(3)]
    assert background == [FEWER_ORDERED, MORE_ORDERED, None]
    assert model.index(0, 3).data(Qt.ItemDataRole.FontRole).bold()
    assert dialog.summary.text() == "Tallied 8 · ordered 7 · 2 products differ"
    assert "above 0" in dialog.explanation.text()


def test_the_newest_session_first_and_keyboard_choice(qtbot, qtmodeltester, demo_context, session_id):
    dialog = ReconcileDialog(demo_context)
    qtbot.addWidget(dialog)
    assert dialog.session_id() == session_id
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.sessions.hasFocus)
    qtbot.keyClick(dialog.sessions, Qt.Key.Key_Down)
    assert "米脂杂粮专场" in dialog.sessions.currentText()  # the demo's stream of last night, with its orders
    qtmodeltester.check(dialog.model)
    expected = demo_context.tasks.reconcile(dialog.session_id())
    assert [dialog.model.line(row) for row in range(dialog.model.rowCount())] == expected
    assert sum(line.ordered for line in expected) > 0 and sum(line.tallied for line in expected) > 0


def test_no_finished_session_says_so(qtbot, context):
    dialog = ReconcileDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0 and not dialog.sessions.isEnabled()
    assert "No finished live session" in dialog.summary.text()
