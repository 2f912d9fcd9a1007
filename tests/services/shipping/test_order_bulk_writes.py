"""The bulk write path of a big import stores exactly what the row-by-row path stores: tasks, history, ids."""

from datetime import UTC, datetime

from sqlalchemy import select

from livehelper.domain.orders import Buyer, Order, Platform
from livehelper.domain.tasks import INITIAL_VERSION, TaskState
from livehelper.services.context import AppContext
from livehelper.storage.models import OrderRecord, PackingTaskRecord, TaskHistoryRecord
from livehelper.storage.order_writes import ORDER_COLUMNS, ORDER_TABLE, create_tasks, insert_returning_ids

NOW = datetime(2026, 11, 20, 12, 31, 5, 250000, tzinfo=UTC)


def _order_row(number: int) -> tuple[object, ...]:
    order = Order(Platform.TAOBAO, f"33019{number:06d}", "买家已付款，等待卖家发货", 2990, 0, 2990,
                  Buyer("李秀英", "13800138001", "东大街1号", "陕西省", "榆林市", "米脂县"),
                  paid_at=NOW)
    values = {"platform": order.platform.value, "order_no": order.order_no, "status": order.status,
              "after_sale": "", "amount_fen": order.paid_fen, "shipping_fen": 0, "goods_fen": order.goods_fen,
              "buyer_name": order.buyer.name, "buyer_phone": order.buyer.phone, "address": order.buyer.address,
              "province": order.buyer.province, "city": order.buyer.city, "district": order.buyer.district,
              "name_hidden": False, "phone_hidden": False, "address_hidden": False, "buyer_note": "",
              "seller_note": "", "title_summary": "米脂小米", "channel": "", "paid_at": NOW, "created_at": NOW,
              "imported_at": NOW, "updated_at": NOW}
    return tuple(values[name] for name in ORDER_COLUMNS)


def test_new_ids_come_back_in_row_order_and_tasks_get_their_first_history(context: AppContext):
    with context.database.sessions.begin() as session:
        ids = insert_returning_ids(session, ORDER_TABLE, ORDER_COLUMNS, [_order_row(n) for n in range(5)],
                                   ("platform", "order_no"))
        stored = dict(session.execute(select(OrderRecord.order_no, OrderRecord.id)).all())
        assert ids == [stored[f"33019{n:06d}"] for n in range(5)]
        chosen = [ids[3], ids[0], ids[4]]  # any order of orders: the task ids follow it
        task_ids = create_tasks(session, chosen, NOW)
    with context.database.sessions() as session:
        tasks = {task.id: task for task in session.scalars(select(PackingTaskRecord))}
        assert [tasks[task_id].order_id for task_id in task_ids] == chosen
        for task in tasks.values():
            assert (task.state, task.assignee, task.courier, task.tracking_no, task.problem_reason, task.version,
                    task.exported_at, task.merged_into_id) == (
                TaskState.PENDING.value, "", "", None, "", INITIAL_VERSION, None, None)
            assert task.created_at.replace(tzinfo=UTC) == NOW == task.updated_at.replace(tzinfo=UTC)
        history = session.scalars(select(TaskHistoryRecord).order_by(TaskHistoryRecord.id)).all()
        assert [entry.task_id for entry in history] == task_ids
        assert {(entry.from_state, entry.to_state, entry.who, entry.version, entry.reason)
                for entry in history} == {(None, TaskState.PENDING.value, "system", INITIAL_VERSION, None)}
        assert {entry.at.replace(tzinfo=UTC) for entry in history} == {NOW}


def test_no_orders_no_tasks(context: AppContext):
    with context.database.sessions.begin() as session:
        assert create_tasks(session, [], NOW) == []
        assert insert_returning_ids(session, ORDER_TABLE, ORDER_COLUMNS, [], ("platform", "order_no")) == []


def test_bulk_insert_stores_the_times_and_flags_sqlalchemy_would_store(context: AppContext):
    """On SQLite insert_rows formats DATETIME columns itself (once per datetime object): what it stores must be what
    SQLAlchemy's own insert stores, for aware and naive times, microseconds, and a time shared by several columns."""
    from datetime import date, timedelta, timezone

    from sqlalchemy import insert

    from livehelper.storage.order_writes import insert_rows

    beijing = timezone(timedelta(hours=8))
    times = [NOW, datetime(2026, 1, 2, 3, 4, 5), datetime(2026, 11, 20, 20, 31, 5, 7, tzinfo=beijing),
             datetime(999, 1, 1, tzinfo=UTC), date(2026, 11, 20)]
    rows = []
    for number, moment in enumerate(times):
        values = dict(zip(ORDER_COLUMNS, _order_row(number), strict=True))
        values.update(paid_at=moment if number != 1 else None, created_at=moment, name_hidden=bool(number % 2))
        rows.append(values)
    with context.database.sessions.begin() as session:
        insert_rows(session, ORDER_TABLE, ORDER_COLUMNS, [tuple(values[name] for name in ORDER_COLUMNS)
                                                          for values in rows])
        session.execute(insert(ORDER_TABLE), [{**values, "order_no": "S" + values["order_no"]} for values in rows])
    with context.database.sessions() as session:
        raw = session.connection().exec_driver_sql(
            "SELECT order_no, paid_at, created_at, imported_at, name_hidden FROM orders").all()
    ours = {order_no: rest for order_no, *rest in raw if not order_no.startswith("S")}
    theirs = {order_no[1:]: rest for order_no, *rest in raw if order_no.startswith("S")}
    assert ours == theirs and len(ours) == len(times)
    if context.database.engine.dialect.name == "sqlite":  # as text, in SQLAlchemy's storage format
        assert ours["33019000000"][:2] == ["2026-11-20 12:31:05.250000", "2026-11-20 12:31:05.250000"]
