"""A tally burst in its own process, for test_live_kill.py (which kills it hard in the middle).

    python tally_burst.py DATA_DIR COUNT

Opens DATA_DIR, resumes the unfinished live session or starts one (creating two products on first use), prints
`READY <session id> started|resumed`, then tallies COUNT times as fast as it can. Each tally prints
`ACK <db id> <product id> <qty>` the moment its durable future resolves, written straight to the stdout file
descriptor (one write per line, no buffering), so a line the parent has read is a tally the database
acknowledged. When every tally is durable it prints `DONE` and exits.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from concurrent.futures import Future
from pathlib import Path

_output = threading.Lock()


def emit(line: str) -> None:
    data = (line + "\n").encode()
    with _output:
        while data:
            data = data[os.write(1, data):]


def acknowledge(future: Future[int], product_id: int, qty: int) -> None:
    if future.exception() is None:
        emit(f"ACK {future.result()} {product_id} {qty}")


def main(argv: list[str]) -> int:
    data_dir, count = Path(argv[1]), int(argv[2])
    from livehelper.domain.live import Platform
    from livehelper.domain.product import MAX_STOCK, ProductDraft
    from livehelper.services.context import open_context

    context = open_context(data_dir)
    unfinished = context.live.unfinished_session()
    if unfinished is None:
        products = [context.catalog.create(ProductDraft(name=name, price_fen=price, stock=MAX_STOCK))
                    for name, price in (("米脂黄小米", 3990), ("巨鹿金银花", 2990))]
        snapshot = context.live.start("压力测试", Platform.DOUYIN, 0, [p.id for p in products])
        how = "started"
    else:
        snapshot = context.live.resume(unfinished.id)
        how = "resumed"
    product_ids = [entry.product.id for entry in snapshot.lineup]
    emit(f"READY {snapshot.session.id} {how}")
    for n in range(count):
        product_id, qty = product_ids[n % len(product_ids)], 1 + n % 3
        pending = context.live.tally(product_id, qty, source="lan" if n % 2 else "desktop", allow_oversell=True)
        pending.durable.add_done_callback(lambda f, p=product_id, q=qty: acknowledge(f, p, q))
        time.sleep(0)  # yield the GIL: a loop that never does starves the writer thread (~25 ms per commit)
    context.live.wait_durable()
    emit("DONE")
    context.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
