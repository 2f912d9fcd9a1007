"""The live figure (issue 16), on SQLite and PostgreSQL: the line-up's 剩余 starts from 可售, counts down with
tallies, and the stream's orders, once imported, take the place of its tallies instead of being counted twice;
the oversell question and {库存} on cue cards use the same figure."""

from datetime import UTC, datetime

import pytest

from livehelper.domain.live import Platform
from livehelper.services.context import AppContext
from livehelper.services.live.session_state import OversellError
from tests.services.task_data import add_products, by_order_no, generic_row, import_rows, ship

HOME = ("浙江省", "杭州市", "西湖区", "文三路478号")
STARTED = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)  # 20:00 in Beijing


def order(number: str, at: str, qty: int) -> str:
    return generic_row("微信", number, at, f"买家{number}", "13533334406", HOME, "米脂小米", "MZ-XM-2500", qty)


def card_stock(context: AppContext, product_id: int) -> str:
    return context.cues.fill("还有 {库存} 袋", product_id).text


def test_the_line_up_counts_down_from_available_and_orders_replace_tallies(context: AppContext):
    millet = add_products(context)["MZ-XM-2500"]
    import_rows(context, [order("BEFORE-1", "2026-11-19 10:00", 3)])  # an earlier order still to pack
    assert card_stock(context, millet) == "还有 97 袋"  # 可售 when not live

    snapshot = context.live.start("小米专场", Platform.DOUYIN, 0, [millet], started_at=STARTED)
    assert snapshot.remaining(millet) == 97
    context.live.tally(millet, 2).durable.result(10)
    context.live.tally(millet, 1).durable.result(10)
    assert context.live.snapshot().remaining(millet) == 94
    assert card_stock(context, millet) == "还有 94 袋"

    # the stream's orders arrive (two of the three tallied units so far): 可售 falls, 剩余 does not move twice
    import_rows(context, [order("LIVE-1", "2026-11-20 20:05", 2)])
    snapshot = context.live.snapshot()
    assert context.stock.level(millet).available == 95
    assert snapshot.remaining(millet) == 94 and snapshot.ordered == {millet: 2}
    import_rows(context, [order("LIVE-2", "2026-11-20 20:09", 1), order("LIVE-3", "2026-11-20 20:10", 4)])
    assert context.live.snapshot().remaining(millet) == 90  # more ordered than tallied: the orders count
    ship(context, by_order_no(context)["LIVE-1"], "73100000000006")  # shipping moves on hand, not 剩余
    assert context.live.snapshot().remaining(millet) == 90
    assert card_stock(context, millet) == "还有 90 袋"

    with pytest.raises(OversellError) as caught:
        context.live.tally(millet, 91)
    assert "only 90" in caught.value.render("en")

    context.live.stop()
    assert card_stock(context, millet) == "还有 90 袋" and context.stock.level(millet).available == 90


def test_the_teleprompter_follows_the_live_figure(context: AppContext):
    millet = add_products(context)["MZ-XM-2500"]
    deck = context.cues.deck_for_product(millet)
    context.cues.save_text(deck.id, "只剩 {库存} 袋了")
    context.live.start("小米专场", Platform.DOUYIN, 0, [millet])
    assert context.prompter.state().card.text == "只剩 100 袋了"
    context.live.tally(millet, 4).durable.result(10)
    assert context.prompter.state().card.text == "只剩 96 袋了"
    context.live.stop()
