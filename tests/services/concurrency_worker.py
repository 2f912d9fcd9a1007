"""One "PC" of test_concurrency.py, in its own process: it hammers shared packing tasks and a product while tallying.

    python -m tests.services.concurrency_worker DB_URL DATA_DIR NAME ROUNDS

Opens DB_URL, resumes the one unfinished live session, prints `READY`, waits for a line on stdin (so both workers
start at the same moment), then for ROUNDS rounds: moves one of the tasks between pending and packing (read it,
transition with its version, and on ConflictError read again and retry), tallies, and every third round adds one
to the product's stock the same versioned way. Prints one JSON line with what it did, then `DONE`.
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

from livehelper.domain.errors import ConflictError
from livehelper.domain.tasks import TaskState
from livehelper.services.context import AppContext, open_context

MAX_TRIES = 200


def move_task(context: AppContext, task_id: int, who: str) -> int:
    """One transition of the task; returns how many times a stale version was refused first."""
    for conflicts in range(MAX_TRIES):
        task = context.tasks.get(task_id)
        to = TaskState.PACKING if task.state is TaskState.PENDING else TaskState.PENDING
        try:
            context.tasks.transition(task_id, to, task.version, who)
        except ConflictError:
            continue
        return conflicts
    raise RuntimeError(f"task {task_id} stayed contended for {MAX_TRIES} tries")


def add_stock(context: AppContext, product_id: int) -> int:
    for conflicts in range(MAX_TRIES):
        product = context.catalog.get(product_id)
        try:
            context.catalog.update(product_id, replace(product.draft(), stock=product.stock + 1), product.version)
        except ConflictError:
            continue
        return conflicts
    raise RuntimeError(f"product {product_id} stayed contended for {MAX_TRIES} tries")


def main(argv: list[str]) -> int:
    url, data_dir, name, rounds = argv[1], Path(argv[2]), argv[3], int(argv[4])
    context = open_context(data_dir, db_url=url)
    try:
        unfinished = context.live.unfinished_session()
        assert unfinished is not None
        snapshot = context.live.resume(unfinished.id)
        product_ids = [entry.product.id for entry in snapshot.lineup]
        task_ids = [task.id for task in context.tasks.list()]
        print("READY", flush=True)
        sys.stdin.readline()
        done = {"transitions": 0, "task_conflicts": 0, "stock_edits": 0, "stock_conflicts": 0,
                "items": 0, "revenue_fen": 0}
        for n in range(rounds):
            done["task_conflicts"] += move_task(context, task_ids[n % len(task_ids)], name)
            done["transitions"] += 1
            pending = context.live.tally(product_ids[n % len(product_ids)], 1 + n % 3, allow_oversell=True)
            done["items"] += pending.tally.qty
            done["revenue_fen"] += pending.tally.revenue_fen
            if n % 3 == 0:
                done["stock_conflicts"] += add_stock(context, product_ids[0])
                done["stock_edits"] += 1
        context.live.wait_durable(60)
        print(json.dumps(done), flush=True)
        print("DONE", flush=True)
    finally:
        context.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
