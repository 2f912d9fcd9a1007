"""Builds r0001.sqlite3 … r0005.sqlite3: a LiveHelper database at each earlier schema revision, with data.

    python tests/data/migrations/make_fixtures.py

Each file is made by the project's own Alembic migrations, run up to that revision on an empty file, and
then filled with plain SQL valid at that revision: products with a photo, cue decks, a session with tallies,
orders with items, packing tasks and their history, as far as the tables exist. tests/storage/
test_migration_fixtures.py upgrades each copy to the head and checks that every row listed in ROWS survives.
The files are committed; run this again only to change them.
"""

from __future__ import annotations

import io
import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REVISIONS = ("0001", "0002", "0003", "0004", "0005")

T0, T1, T2, T3 = "2026-10-05 11:00:00.000000", "2026-10-05 12:00:00.000000", "2026-10-05 13:30:00.000000", \
    "2026-10-06 09:15:00.000000"

# (table, first revision it is filled at, columns, rows). Later revisions fill everything earlier ones do.
PRODUCT_COLUMNS = ("id", "name", "spec", "price_fen", "stock", "merchant_code", "origin", "selling_points",
                   "shop_link", "low_stock_threshold", "active", "has_photo", "version", "created_at", "updated_at")
PRODUCTS = [
    (1, "米脂黄小米", "2.5kg/袋", 3990, 126, "MZ-XM-2500", "陕西米脂", "当年新米，颗粒饱满", "https://item.taobao.com/1",
     10, 1, 1, 3, T0, T1),
    (2, "巨鹿金银花", "50g/罐", 3600, 40, "JL-JYH-50", "河北巨鹿", "头茬花，泡水清香", "", 5, 1, 0, 1, T0, T0),
    (3, "小米锅巴", "香辣味 10袋", 1990, 0, None, "", "", "", 10, 0, 0, 2, T0, T2),
]
ORDER_COLUMNS_0001 = ("id", "platform", "order_no", "status", "amount_fen", "created_at")
ORDERS_0001 = [(1, "taobao", "3301234567890", "已发货", 8780, T1), (2, "manual", "WX20261005-01", "", 3600, T2)]
ORDER_ITEM_COLUMNS_0001 = ("id", "order_id", "title", "qty", "unit_price_fen", "product_id")
ORDER_ITEMS_0001 = [(1, 1, "米脂黄小米 2.5kg", 2, 3990, 1), (2, 1, "赠品 小米锅巴", 1, 800, None),
                    (3, 2, "巨鹿金银花 50g", 1, 3600, 2)]
TALLY_COLUMNS_0001 = ("id", "product_id", "qty", "unit_price_fen", "created_at", "source", "void")
TALLIES_0001 = [(1, 1, 2, 3990, T1, "desktop", 0), (2, 2, 1, 3600, T1, "lan", 0), (3, 1, 1, 3990, T1, "desktop", 1)]

FILLS: list[tuple[str, str, tuple[str, ...], list[tuple[object, ...]]]] = [
    ("products", "0001", PRODUCT_COLUMNS, PRODUCTS),
    ("orders", "0001", ORDER_COLUMNS_0001, ORDERS_0001),
    ("order_items", "0001", ORDER_ITEM_COLUMNS_0001, ORDER_ITEMS_0001),
    ("tally_events", "0001", TALLY_COLUMNS_0001, TALLIES_0001),
    ("settings", "0002", ("key", "value"), [("shop_name", "米脂小米合作社"), ("default_courier", "zto")]),
    ("cue_decks", "0002", ("id", "kind", "product_id", "title", "text", "position", "version", "updated_at"), [
        (1, "opening", None, "开场", "家人们好！今天给大家带来陕北的好小米\n---\n点点关注不迷路", 0, 2, T1),
        (2, "product", 1, "米脂黄小米", "{名称} 只要 {价格}\n---\n库存只剩 {库存} 袋", 0, 1, T1)]),
    ("live_sessions", "0003", ("id", "title", "platform", "goal_fen", "started_at", "ended_at"),
     [(1, "国庆小米专场", "douyin", 500000, T1, T2)]),
    ("session_products", "0003", ("session_id", "position", "product_id", "oversell_allowed"),
     [(1, 1, 1, 0), (1, 2, 2, 1)]),
    ("explain_switches", "0003", ("id", "session_id", "product_id", "at"),
     [(1, 1, 1, T1), (2, 1, 2, T1), (3, 1, None, T2)]),
    ("lineups", "0003", ("id", "name"), [(1, "周末常用")]),
    ("lineup_items", "0003", ("lineup_id", "position", "product_id"), [(1, 1, 2), (1, 2, 1)]),
    ("tally_events", "0003", ("id", "session_id", "product_id", "qty", "unit_price_fen", "created_at", "source",
                              "void"), [(4, 1, 1, 3, 3990, T2, "desktop", 0), (5, 1, 2, 1, 3600, T2, "lan", 0)]),
    ("packing_tasks", "0004", ("id", "order_id", "state", "assignee", "courier", "tracking_no", "problem_reason",
                               "version", "created_at", "updated_at", "exported_at"),
     [(1, 1, "shipped", "王姐", "zto", "75300012345678", "", 4, T1, T3, T3), (2, 2, "pending", "", "", None, "", 1,
                                                                               T2, T2, None)]),
    ("task_history", "0004", ("id", "task_id", "from_state", "to_state", "who", "at", "version", "reason"), [
        (1, 1, None, "pending", "导入", T1, 1, None), (2, 1, "pending", "packing", "王姐", T2, 2, None),
        (3, 1, "packing", "packed", "王姐", T2, 3, None),
        (4, 1, "packed", "shipped", "王姐", T3, 4, "中通 75300012345678"),
        (5, 2, None, "pending", "手工录入", T2, 1, None)]),
    ("title_rules", "0004", ("id", "title", "product_id", "created_at"), [(1, "赠品 小米锅巴", 3, T3)]),
    ("pending_order_items", "0004", ("id", "platform", "order_no", "position", "title", "qty", "unit_price_fen",
                                     "merchant_code", "sku_text", "status"),
     [(1, "taobao", "3309999999999", 1, "米脂黄小米 5kg", 1, 6990, "MZ-XM-5000", "规格:5kg", "买家已付款")]),
]
# Orders get buyers from 0004 on (the columns did not exist before); a third order is merged at 0005.
ORDER_BUYERS_0004 = [
    (1, "刘桂兰", "13800138001", "泉城路100号 3单元502", "山东省", "济南市", "历下区", 8780, 800, "要新米"),
    (2, "孙大伟", "13912340002", "城关镇 南街7号", "陕西省", "榆林市", "米脂县", 3600, 0, ""),
]
MERGED_0005 = {"order": (3, "manual", "WX20261005-02", "", 1990, T2),
               "item": (4, 3, "小米锅巴 香辣味", 1, 1990, 3),
               "task": (3, 3, "cancelled", "", "", None, "", 2, T2, T3, None, 2)}


def thumbnail() -> bytes:
    from PIL import Image

    picture = Image.new("RGB", (48, 48), (222, 170, 60))
    for x in range(48):
        picture.putpixel((x, x), (120, 80, 20))
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=80)
    return out.getvalue()


def insert(connection: sqlite3.Connection, table: str, columns: tuple[str, ...], rows: list[tuple[object, ...]]
           ) -> None:
    marks = ", ".join("?" * len(columns))
    connection.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)


def fill(connection: sqlite3.Connection, revision: str) -> None:
    for table, since, columns, rows in FILLS:
        if revision >= since:
            insert(connection, table, columns, rows)
    insert(connection, "product_photos", ("product_id", "image", "mime"), [(1, thumbnail(), "image/jpeg")])
    if revision >= "0004":
        connection.executemany(
            "UPDATE orders SET buyer_name = ?, buyer_phone = ?, address = ?, province = ?, city = ?, district = ?, "
            "goods_fen = ?, shipping_fen = ?, buyer_note = ?, paid_at = created_at WHERE id = ?",
            [(*buyer[1:], buyer[0]) for buyer in ORDER_BUYERS_0004])
        connection.execute("UPDATE order_items SET position = id, merchant_code = 'MZ-XM-2500' WHERE product_id = 1")
    if revision >= "0005":
        insert(connection, "orders", ORDER_COLUMNS_0001, [MERGED_0005["order"]])
        insert(connection, "order_items", ORDER_ITEM_COLUMNS_0001, [MERGED_0005["item"]])
        insert(connection, "packing_tasks", ("id", "order_id", "state", "assignee", "courier", "tracking_no",
                                             "problem_reason", "version", "created_at", "updated_at", "exported_at",
                                             "merged_into_id"), [MERGED_0005["task"]])


def build(revision: str, target: Path) -> None:
    from alembic import command
    from sqlalchemy import create_engine

    from livehelper.storage.engine import sqlite_url
    from livehelper.storage.migrate import alembic_config

    target.unlink(missing_ok=True)
    with sqlite3.connect(target) as empty:
        empty.execute("PRAGMA page_size=1024")  # small pages: each table and index takes one; the files stay small
        empty.execute("VACUUM")
    engine = create_engine(sqlite_url(target))
    try:
        command.upgrade(alembic_config(engine), revision)
    finally:
        engine.dispose()
    connection = sqlite3.connect(target)
    try:
        connection.execute("PRAGMA foreign_keys=ON")
        fill(connection, revision)
        connection.commit()
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        connection.execute("VACUUM")
        connection.execute("PRAGMA journal_mode=DELETE")
    finally:
        connection.close()


def main() -> int:
    sys.path.insert(0, str(HERE.parents[2]))
    for revision in REVISIONS:
        target = HERE / f"r{revision}.sqlite3"
        build(revision, target)
        print(f"{target.name}: {target.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
