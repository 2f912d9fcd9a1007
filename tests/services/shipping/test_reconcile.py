"""Reconciliation of a live session: units tallied on stream against units ordered in its time window."""

from datetime import UTC, datetime

import pytest

from livehelper.domain.errors import NotFoundError
from livehelper.domain.live import Platform as LivePlatform
from livehelper.services.context import AppContext
from tests.services.task_data import add_products, generic_row, import_rows

JINAN = ("山东省", "济南市", "历下区", "泉城路100号3单元502")


def test_tallied_against_ordered_per_product(context: AppContext):
    products = add_products(context)
    millet, honeysuckle, crisps = products["MZ-XM-2500"], products["JL-JYH-50"], products["XM-GB-600"]
    # the stream: 20:00 Beijing (12:00 UTC) until now; tallies through the live service, one undone
    context.live.start("米脂专场", LivePlatform.DOUYIN, 0, [millet, honeysuckle],
                       started_at=datetime(2026, 11, 20, 12, 0, tzinfo=UTC))
    for product_id, qty in ((millet, 2), (millet, 1), (honeysuckle, 1), (honeysuckle, 5)):
        context.live.tally(product_id, qty)
    context.live.wait_durable()
    context.live.undo_last()  # the 5 金银花 were a mistake
    session_id = context.live.stop().id
    import_rows(context, [
        generic_row("微信", "WX-1", "2026-11-20 20:05", "刘桂兰", "13800138001", JINAN, "米脂小米", "MZ-XM-2500", 2),
        generic_row("微信", "WX-2", "2026-11-20 20:06", "刘桂兰", "13800138001", JINAN, "米脂小米", "MZ-XM-2500", 2),
        generic_row("微信", "WX-2", "", "", "", ("", "", "", ""), "锅巴", "XM-GB-600", 1),
        generic_row("微信", "WX-3", "2026-11-20 20:07", "刘桂兰", "13800138001", JINAN, "红薯", "", 9),
        generic_row("微信", "WX-4", "2026-11-20 20:08", "刘桂兰", "13800138001", JINAN, "米脂小米", "MZ-XM-2500", 7,
                    status="已取消"),
        generic_row("微信", "WX-5", "2026-11-20 19:50", "刘桂兰", "13800138001", JINAN, "金银花", "JL-JYH-50", 4),
    ])
    lines = context.tasks.reconcile(session_id)
    assert [(line.product_id, line.name, line.tallied, line.ordered, line.difference) for line in lines] == [
        (millet, "米脂黄小米 2.5kg/袋", 3, 4, 1),  # line-up order first
        (honeysuckle, "巨鹿金银花 50g/罐", 1, 0, -1),  # ordered before the stream began
        (crisps, "小米锅巴 200g×3袋", 0, 1, 1),  # ordered, never tallied
    ]


def test_an_unknown_session(context: AppContext):
    with pytest.raises(NotFoundError):
        context.tasks.reconcile(42)


def test_the_demo_session_reconciles(demo_context: AppContext):
    lines = demo_context.tasks.reconcile(1)
    assert len(lines) == 4 and all(line.tallied > 0 and line.ordered > 0 for line in lines)
