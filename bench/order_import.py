"""Importing a 50,000-row order export: `OrderService.import_file` against raw csv plus sqlite3 executemany.

DESIGN (Performance budgets) / issue 5: a 50,000-row export imports within 3× of raw csv parsing plus sqlite3
executemany of the same rows.

The file is a generated Taobao ExportOrderList (GBK, the full 44-column header, ="…" and apostrophe quirks,
`null` for empty), every order paid and waiting for shipment: the export a shop downloads to pack tonight's
parcels, and the worst case for the import, since each order also gets a packing task and its first history
entry. The value is the whole import into a fresh LiveHelper database: read the file, preview (parse, compare
with the database), commit (compare again, write orders, tasks and history in one transaction). The baseline
reads the same file, decodes it, parses it with the csv module and inserts one row per order with sqlite3's
executemany into a copy of LiveHelper's own `orders` table (same columns, constraints and indexes, copied from
the DDL), in a fresh file with the same pragmas (WAL, synchronous=FULL, foreign_keys=ON), and commits. Each
sample starts from an empty database; creating it is not timed.

A 抖店 export (`order_import_douyin`) has one row per sub-order: each row is an order and its item line (商品,
数量, 商品金额, 商家编码, 子订单编号), which the import must keep as an `order_items` row. Its baseline stores the
same rows, then: the orders, one query for their ids, and the item lines into a copy of `order_items`. (Until
this was added the baseline wrote half of what the import writes, and the figure compared unlike work.)
"""

from __future__ import annotations

import csv
import io
import shutil
import sqlite3
import time
from itertools import count
from pathlib import Path

from bench._harness import BenchError, Measurement, Settings, benchmark, compare

ROWS = 50_000
EXPORT_NAME = "ExportOrderList202611.csv"
RAW_COLUMNS = ("platform", "order_no", "status", "amount_fen", "shipping_fen", "goods_fen", "buyer_name",
               "buyer_phone", "address", "buyer_note", "title_summary", "seller_note", "created_at", "paid_at",
               "imported_at", "updated_at")
ADDRESSES = ("陕西省 榆林市 米脂县 银州街道 东大街{n}号 (718100)", "河北省 邢台市 巨鹿县 堤村乡 王家庄村{n}号",
             "山东省 济南市 历下区 泉城路{n}号 3单元 502", "广东省 东莞市 南城街道 鸿福路{n}号",
             "北京 北京市 朝阳区 望京街道 阜通东大街{n}号")
TITLES = ("米脂小米 2.5kg 包邮 新米", "巨鹿金银花 50g 罐装", "小米锅巴 香辣味 10袋", "富硒小米礼盒 4×500g")
NAMES = ("李秀英", "王建国", "赵敏", "陈静", "刘桂兰", "孙大伟", "周晓燕", "吴磊")
PRICES = ("29.90", "36.00", "19.90", "89.00")


def taobao_export(rows: int) -> bytes:
    """A Taobao ExportOrderList of `rows` orders, every one 买家已付款，等待卖家发货, as Taobao writes it."""
    from tests.data.orders.make_samples import TAOBAO_HEADER

    names = [name.strip() for name in TAOBAO_HEADER]
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(TAOBAO_HEADER)
    for i in range(rows):
        qty = 1 + i % 3
        price = PRICES[i % len(PRICES)]
        goods = f"{int(price.replace('.', '')) * qty / 100:.2f}"
        shipping = "0.00" if i % 5 else "6.00"
        total = f"{float(goods) + float(shipping):.2f}"
        day = 1 + i // 3600 % 28
        minute, second = divmod(i % 3600, 60)
        paid_minute, paid_second = divmod(i % 3600 + 10 + i % 50, 60)
        values = {
            "订单编号": f'="{3301928374650000000 + i * 7}"', "买家会员名": f"tb_{i % 9973:04d}",
            "买家支付宝账号": "null", "买家应付货款": goods, "买家应付邮费": shipping, "买家支付积分": "0",
            "总金额": total, "返点积分": "0", "买家实际支付金额": total, "买家实际支付积分": "0",
            "订单状态": "买家已付款，等待卖家发货", "买家留言": "晚上七点后送，谢谢" if i % 7 == 0 else "null",
            "收货人姓名": NAMES[i % len(NAMES)], "收货地址": ADDRESSES[i % len(ADDRESSES)].format(n=1 + i % 400),
            "运送方式": "快递", "联系电话": "null", "联系手机": f"'1{3 + i % 7}{i % 100_000_000:09d}",
            "订单创建时间": f"2026-11-{day:02d} 20:{minute:02d}:{second:02d}",
            "订单付款时间": f"2026-11-{day:02d} {20 + paid_minute // 60}:{paid_minute % 60:02d}:{paid_second:02d}",
            "宝贝标题": TITLES[i % len(TITLES)], "宝贝种类": "1", "物流单号": "null", "物流公司": "null",
            "订单备注": "null", "宝贝总数量": str(qty), "店铺Id": "0", "店铺名称": "米脂小米山货铺",
            "订单关闭原因": "null", "卖家服务费": "0", "买家服务费": "0元", "发票抬头": "null",
            "是否手机订单": "手机订单",
        }
        writer.writerow([values.get(name, "null") for name in names])
    return buffer.getvalue().encode("gbk")


TAOBAO_PICKS = ("订单编号", "订单状态", "买家实际支付金额", "买家应付邮费", "买家应付货款", "收货人姓名", "联系手机",
                "收货地址", "买家留言", "宝贝标题", "订单备注", "订单创建时间", "订单付款时间", "订单付款时间",
                "订单付款时间")
DOUYIN_PICKS = ("主订单编号", "订单状态", "订单应付金额", "运费", "商品金额", "收件人", "收件人手机号", "详细地址",
                "买家留言", "选购商品", "商家备注", "订单提交时间", "支付完成时间", "支付完成时间", "支付完成时间")
ITEM_COLUMNS = ("title", "qty", "unit_price_fen", "merchant_code", "sub_order_no", "status")
DOUYIN_ITEM_PICKS = ("选购商品", "商品数量", "商品金额", "商家编码", "子订单编号", "订单状态")
RAW_TABLES = ("orders", "order_items", "products")  # order_items refers to both


def raw_import(path: Path, database: Path, encoding: str = "gb18030", picked: tuple[str, ...] = TAOBAO_PICKS,
               platform: str = "taobao", item_picks: tuple[str, ...] = ()) -> None:
    """The baseline: csv parsing plus one executemany of the same rows into the copied orders table (and, with
    `item_picks`, of their item lines into the copied order_items table)."""
    connection = sqlite3.connect(database)
    try:
        connection.execute("PRAGMA synchronous=FULL")
        connection.execute("PRAGMA foreign_keys=ON")
        records = csv.reader(io.StringIO(path.read_bytes().decode(encoding), newline=""))
        header = [name.strip() for name in next(records)]
        at = {name: header.index(name) for name in header}
        picks = [at[name] for name in picked]
        item_at = [at[name] for name in item_picks]
        cells_of = list(records)
        rows = [(platform, *(cells[index] for index in picks)) for cells in cells_of]
        marks = ", ".join("?" for _ in RAW_COLUMNS)
        with connection:
            connection.executemany(f"INSERT INTO orders ({', '.join(RAW_COLUMNS)}) VALUES ({marks})", rows)
            if item_at:
                ids = dict(connection.execute("SELECT order_no, id FROM orders"))
                items = [(ids[cells[picks[0]]], *(cells[index] for index in item_at)) for cells in cells_of]
                connection.executemany(f"INSERT INTO order_items (order_id, {', '.join(ITEM_COLUMNS)}) "
                                       f"VALUES (?{', ?' * len(ITEM_COLUMNS)})", items)
    finally:
        connection.close()


def raw_tables_ddl(database: Path) -> list[str]:
    with sqlite3.connect(database) as connection:
        ddl = [sql for (sql,) in connection.execute(
            f"SELECT sql FROM sqlite_master WHERE tbl_name IN ({', '.join('?' for _ in RAW_TABLES)}) "
            "AND sql IS NOT NULL ORDER BY type = 'index', rowid", RAW_TABLES)]
    connection.close()
    if not ddl:
        raise BenchError(f"{database} has no {', '.join(RAW_TABLES)} tables")
    return ddl


def empty_raw_database(path: Path, ddl: list[str]) -> Path:
    connection = sqlite3.connect(path)
    try:
        if connection.execute("PRAGMA journal_mode=WAL").fetchone()[0] != "wal":
            raise BenchError(f"{path} refused journal_mode=WAL")
        with connection:
            for statement in ddl:
                connection.execute(statement)
    finally:
        connection.close()
    return path


def douyin_export(rows: int) -> bytes:
    """A 抖店 2025 export of `rows` orders (the 75-column header, UTF-8 with BOM, tab-prefixed ids, ciphertext
    recipients, one sub-order each), every one 待发货: issue 15's check that the new layouts import as fast."""
    from tests.data.orders.make_platform_samples import DOUYIN_75

    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(DOUYIN_75)
    for i in range(rows):
        qty = 1 + i % 3
        price = PRICES[i % len(PRICES)]
        minute, second = divmod(i % 3600, 60)
        values = {
            "主订单编号": f"\t{6931000000000000000 + i * 7}", "子订单编号": f"\t{6931000000000000001 + i * 7}",
            "选购商品": TITLES[i % len(TITLES)], "商家编码": f"MZ-{i % 4}", "商品数量": str(qty), "商品金额": price,
            "订单提交时间": f"2026-11-{1 + i // 3600 % 28:02d} 20:{minute:02d}:{second:02d}",
            "支付完成时间": f"2026-11-{1 + i // 3600 % 28:02d} 20:{minute:02d}:{second:02d}",
            "订单状态": "待发货",
            "订单应付金额": f"{int(price.replace('.', '')) * qty / 100:.2f}", "运费": "0", "收件人": f"##{i:08X}",
            "收件人手机号": f"$${i:08X}", "省": "浙江省", "市": "杭州市", "区": "西湖区", "街道": "文新街道",
            "详细地址": f"##{i * 31:08X}", "买家留言": "晚上送" if i % 7 == 0 else "-",
        }
        writer.writerow([values.get(name, "-") for name in DOUYIN_75])
    return buffer.getvalue().encode("utf-8-sig")


@benchmark("order_import", budget=3.0, unit="s")
def order_import(settings: Settings) -> Measurement:
    return _measure(settings, "order-import", EXPORT_NAME, taobao_export(ROWS), ("gb18030", TAOBAO_PICKS, "taobao"))


@benchmark("order_import_douyin", budget=3.0, unit="s")
def order_import_douyin(settings: Settings) -> Measurement:
    return _measure(settings, "order-import-douyin", "抖店订单.csv", douyin_export(ROWS),
                    ("utf-8-sig", DOUYIN_PICKS, "douyin", DOUYIN_ITEM_PICKS))


def _measure(settings: Settings, name: str, file_name: str, data: bytes,
             raw_reading: tuple[str, tuple[str, ...], str] | tuple[str, tuple[str, ...], str, tuple[str, ...]]
             ) -> Measurement:
    from livehelper.services.context import open_context
    from livehelper.storage.engine import DB_FILE_NAME

    folder = settings.workdir / name
    folder.mkdir(parents=True, exist_ok=True)
    export = folder / file_name
    export.write_bytes(data)
    template = folder / "template"
    open_context(template).close()  # an empty, migrated LiveHelper database to copy for every sample
    ddl = raw_tables_ddl(template / DB_FILE_NAME)
    samples = count()

    def through_the_service() -> float:
        data_dir = folder / f"livehelper-{next(samples)}"
        shutil.copytree(template, data_dir)
        context = open_context(data_dir)
        try:
            start = time.perf_counter()
            result = context.orders.import_file(export.read_bytes(), export.name)
            elapsed = time.perf_counter() - start
        finally:
            context.close()
        if (result.orders_new, result.tasks_touched, len(result.problems)) != (ROWS, ROWS, 0):
            raise BenchError(f"the import went wrong: {result.as_dict()}")
        shutil.rmtree(data_dir)
        return elapsed

    def raw() -> float:
        database = empty_raw_database(folder / f"raw-{next(samples)}.sqlite3", ddl)
        start = time.perf_counter()
        raw_import(export, database, *raw_reading)
        elapsed = time.perf_counter() - start
        for suffix in ("", "-wal", "-shm"):
            Path(f"{database}{suffix}").unlink(missing_ok=True)
        return elapsed

    return compare(through_the_service, raw, settings)
