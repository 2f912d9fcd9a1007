"""Several PCs on one database: two real processes change the same packing tasks and product and tally into the
same live session at once (no lost update, exact totals), and a stale edit from a second PC is refused."""

import json
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from livehelper.domain.errors import ConflictError
from livehelper.domain.live import Platform
from livehelper.domain.order_import import GENERIC_HEADER
from livehelper.domain.product import MAX_STOCK, ProductDraft
from livehelper.services.context import AppContext, open_context

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 40
TIMEOUT = 120
ROWS = (
    "微信,WX-1,2026-11-20 18:00,刘桂兰,13800138001,山东省,济南市,历下区,泉城路100号,米脂黄小米,2.5kg/袋,,2,29.90,8,,",
    "快手,KS-2,2026-11-20 18:05,孙大伟,13912340002,陕西省,榆林市,米脂县,南街7号,巨鹿金银花,50g/罐,,1,36.00,0,,",
)
PRODUCTS = (ProductDraft(name="米脂黄小米", price_fen=3990, stock=MAX_STOCK // 2),
            ProductDraft(name="巨鹿金银花", price_fen=2990, stock=MAX_STOCK // 2))


@pytest.fixture
def pc(database_url: str, tmp_path: Path) -> Callable[[str], AppContext]:
    """Opens LiveHelper as one more PC on the test's shared database (each PC with its own data folder)."""
    opened: list[AppContext] = []

    def open_pc(name: str) -> AppContext:
        opened.append(open_context(tmp_path / name, db_url=database_url))
        return opened[-1]

    yield open_pc
    for context in opened:
        context.close()


def import_orders(context: AppContext) -> None:
    data = ("\r\n".join([",".join(GENERIC_HEADER), *ROWS]) + "\r\n").encode("utf-8-sig")
    context.orders.commit(context.orders.preview(data, "orders.csv"))


def test_a_stale_edit_from_another_pc_is_refused_with_a_clear_message(pc):
    streamer, packer = pc("streamer"), pc("packer")
    import_orders(streamer)
    product = streamer.catalog.create(PRODUCTS[0])
    task = streamer.tasks.list()[0]
    seen_by_packer = packer.tasks.get(task.id)

    streamer.tasks.transition(task.id, "packing", task.version, "主播")
    with pytest.raises(ConflictError) as caught:
        packer.tasks.transition(task.id, "cancelled", seen_by_packer.version, "打包员")
    assert "meanwhile" in caught.value.message.render("en")
    assert caught.value.message.render("zh_CN") != caught.value.message.render("en")  # said in Chinese too
    assert packer.tasks.get(task.id).state == "packing"

    product_seen_by_packer = packer.catalog.get(product.id)
    streamer.catalog.update(product.id, replace(product.draft(), price_fen=4990), product.version)
    with pytest.raises(ConflictError) as caught:
        packer.catalog.update(product.id, replace(product.draft(), stock=1), product_seen_by_packer.version)
    assert "meanwhile" in caught.value.message.render("en")
    assert packer.catalog.get(product.id).price_fen == 4990
    assert packer.catalog.get(product.id).stock == PRODUCTS[0].stock


def start_worker(database_url: str, data_dir: Path, name: str) -> subprocess.Popen[str]:
    worker = subprocess.Popen(
        [sys.executable, "-m", "tests.services.concurrency_worker", database_url, str(data_dir), name, str(ROUNDS)],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8")
    assert worker.stdout is not None and worker.stdout.readline().strip() == "READY"
    return worker


def finish(worker: subprocess.Popen[str]) -> dict[str, int]:
    output, _ = worker.communicate(timeout=TIMEOUT)
    assert worker.returncode == 0, output
    lines = output.splitlines()
    assert lines[-1] == "DONE", output
    return json.loads(lines[-2])


@pytest.mark.slow
def test_two_processes_change_the_same_tasks_and_tally_at_once(pc, database_url, tmp_path):
    setup = pc("setup")
    import_orders(setup)
    products = [setup.catalog.create(draft) for draft in PRODUCTS]
    session = setup.live.start("两台电脑同场", Platform.DOUYIN, 0, [p.id for p in products]).session
    setup.live.close()
    before = {task.id: (task.version, len(setup.tasks.history(task.id))) for task in setup.tasks.list()}

    workers = [start_worker(database_url, tmp_path / name, name) for name in ("pc-a", "pc-b")]
    for worker in workers:  # both start together
        assert worker.stdin is not None
        worker.stdin.write("go\n")
        worker.stdin.flush()
    results = [finish(worker) for worker in workers]

    check = pc("check")
    moved = 0
    for task in check.tasks.list():
        version, history = before[task.id]
        changes = task.version - version
        added = [change.version for change in check.tasks.history(task.id)[history:]]
        assert added == list(range(version + 1, task.version + 1))  # every version step once in the history
        moved += changes
    assert moved == sum(r["transitions"] for r in results) == 2 * ROUNDS  # no transition lost or doubled

    stock = check.catalog.get(products[0].id).stock
    assert stock == PRODUCTS[0].stock + sum(r["stock_edits"] for r in results)  # no lost stock edit

    totals = check.live.resume(session.id).totals
    assert totals.items == sum(r["items"] for r in results)
    assert totals.revenue_fen == sum(r["revenue_fen"] for r in results)
