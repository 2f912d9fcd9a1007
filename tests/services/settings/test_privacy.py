"""Buyer data is masked in place some days after the order ended; the order, task and history stay."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from livehelper.domain.errors import ValidationError
from livehelper.domain.tasks import TaskState
from livehelper.services.context import AppContext
from livehelper.services.events import ChangeEvent
from livehelper.services.settings.privacy import DEFAULT_PURGE_DAYS, PrivacyService
from livehelper.storage.models import OrderItemRecord, OrderRecord
from tests.services.task_data import add_products, by_order_no, generic_row, import_rows, ship

JINAN = ("山东省", "济南市", "历下区", "泉城路100号3单元502")
MIZHI = ("陕西省", "榆林市", "米脂县", "银州镇南大街27号")


@pytest.fixture
def service(context: AppContext) -> PrivacyService:
    return PrivacyService(context.database, context.events)


@pytest.fixture
def orders(context: AppContext) -> datetime:
    """WX-1 shipped, WX-2 cancelled, WX-3 still to pack, TB-4 closed and TB-5 completed on the platform (no task);
    returns the moment after they all ended."""
    add_products(context)
    import_rows(context, [
        generic_row("微信", "WX-1", "2026-11-20 20:05", "刘桂兰", "13800138001", JINAN, "米脂小米", "MZ-XM-2500", 2),
        generic_row("微信", "WX-2", "2026-11-20 20:30", "孙大伟", "13912340002", MIZHI, "金银花茶", "JL-JYH-50"),
        generic_row("微信", "WX-3", "2026-11-20 21:10", "王芳", "13712340003", MIZHI, "锅巴", "XM-GB-600"),
        generic_row("淘宝", "TB-4", "2026-11-20 21:20", "欧阳娜娜", "13612340004", JINAN, "锅巴", "XM-GB-600",
                    status="交易关闭"),
        generic_row("淘宝", "TB-5", "2026-11-20 21:30", "赵红梅", "15011112205", JINAN, "锅巴", "XM-GB-600",
                    status="交易成功"),
    ])
    tasks = by_order_no(context)
    ship(context, tasks["WX-1"], "73100000000001")
    context.tasks.transition(tasks["WX-2"].id, TaskState.CANCELLED, tasks["WX-2"].version, "王姐", reason="买家退款")
    return datetime.now(UTC)


def buyers(context: AppContext) -> dict[str, tuple[str, str, str, bool, bool, bool]]:
    with context.database.sessions() as session:
        return {row.order_no: (row.buyer_name, row.buyer_phone, row.address, row.name_hidden, row.phone_hidden,
                               row.address_hidden) for row in session.execute(select(OrderRecord)).scalars()}


def test_nothing_is_purged_before_the_days_are_over(context: AppContext, service: PrivacyService, orders: datetime):
    before = buyers(context)
    assert service.purge_days() == DEFAULT_PURGE_DAYS == 90
    assert service.purge(orders + timedelta(days=89)) == 0
    assert buyers(context) == before


def test_ended_orders_are_masked_in_place_after_the_days(context: AppContext, service: PrivacyService,
                                                         orders: datetime):
    received: list[ChangeEvent] = []
    context.events.subscribe(received.append)
    with context.database.sessions() as session:
        items_before = session.execute(select(OrderItemRecord.title).order_by(OrderItemRecord.id)).scalars().all()
    history_before = context.tasks.history(by_order_no(context)["WX-1"].id)

    assert service.purge(orders + timedelta(days=DEFAULT_PURGE_DAYS, minutes=1)) == 4

    after = buyers(context)
    assert after["WX-1"] == ("刘**", "138****8001", "****", True, True, True)
    assert after["WX-2"] == ("孙**", "139****0002", "****", True, True, True)
    assert after["TB-4"] == ("欧阳**", "136****0004", "****", True, True, True)
    assert after["TB-5"][:3] == ("赵**", "150****2205", "****")
    assert after["WX-3"] == ("王芳", "13712340003", "银州镇南大街27号", False, False, False)  # still to pack
    shipped = by_order_no(context)["WX-1"]
    assert shipped.state == TaskState.SHIPPED and shipped.tracking_no == "73100000000001"
    assert shipped.buyer_masked == "刘** 138****8001" and shipped.city == "济南市"
    assert context.tasks.history(shipped.id) == history_before
    with context.database.sessions() as session:
        assert session.execute(select(OrderItemRecord.title).order_by(OrderItemRecord.id)).scalars().all() \
            == items_before
    assert [event.entity for event in received] == ["order"]
    assert service.purge(orders + timedelta(days=400)) == 0  # purged once is purged


def test_dry_run_counts_without_changing(context: AppContext, service: PrivacyService, orders: datetime):
    before = buyers(context)
    assert service.purge(orders + timedelta(days=91), dry_run=True) == 4
    assert buyers(context) == before


def test_the_days_are_a_setting_shared_by_every_pc(context: AppContext, service: PrivacyService, orders: datetime):
    service.set_purge_days(30)
    assert PrivacyService(context.database, context.events).purge_days() == 30
    assert service.purge(orders + timedelta(days=29)) == 0
    assert service.purge(orders + timedelta(days=31)) == 4


def test_the_days_given_for_one_run_win_over_the_setting(context: AppContext, service: PrivacyService,
                                                         orders: datetime):
    assert service.purge(orders + timedelta(days=8), days=7) == 4
    assert service.purge_days() == DEFAULT_PURGE_DAYS


@pytest.mark.parametrize("days", [0, -1, 3651])
def test_unreasonable_days_are_refused(service: PrivacyService, days: int):
    with pytest.raises(ValidationError):
        service.set_purge_days(days)
    with pytest.raises(ValidationError):
        service.purge(datetime.now(UTC), days=days)


def test_an_order_merged_into_a_parcel_ends_when_the_parcel_ships(context: AppContext, service: PrivacyService):
    add_products(context)
    import_rows(context, [
        generic_row("微信", "WX-6", "2026-11-20 20:05", "刘桂兰", "13800138001", JINAN, "米脂小米", "MZ-XM-2500"),
        generic_row("微信", "WX-7", "2026-11-20 20:35", "刘桂兰", "13800138001", JINAN, "锅巴", "XM-GB-600"),
    ])
    tasks = by_order_no(context)
    parcel = context.tasks.merge([tasks["WX-6"].id, tasks["WX-7"].id], "王姐")
    assert service.purge(datetime.now(UTC) + timedelta(days=91)) == 0  # the merged one is 已取消, the parcel not sent

    ship(context, parcel, "73100000000006")
    assert service.purge(datetime.now(UTC) + timedelta(days=91)) == 2
    assert {order: fields[0] for order, fields in buyers(context).items()} == {"WX-6": "刘**", "WX-7": "刘**"}


def test_importing_the_same_export_again_does_not_bring_purged_data_back(
        context: AppContext, service: PrivacyService, orders: datetime):
    assert service.purge(orders + timedelta(days=91)) == 4
    purged = buyers(context)
    assert purged["WX-1"][:3] == ("刘**", "138****8001", "****")
    import_rows(context, [  # the first export again, and TB-5 now refunded on the platform
        generic_row("微信", "WX-1", "2026-11-20 20:05", "刘桂兰", "13800138001", JINAN, "米脂小米", "MZ-XM-2500", 2),
        generic_row("淘宝", "TB-5", "2026-11-20 21:30", "赵红梅", "15011112205", JINAN, "锅巴", "XM-GB-600",
                    status="交易关闭"),
    ])
    assert buyers(context) == purged
    with context.database.sessions() as session:
        status = session.scalar(select(OrderRecord.status).where(OrderRecord.order_no == "TB-5"))
    assert status == "交易关闭"  # everything but the buyer data is still brought up to date
