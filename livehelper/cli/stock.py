"""`livehelper stock list | adjust | count | history` (issue 16): the three stock figures and the ledger.

PRODUCT is a merchant code (商家编码) or a product id; DELTA is a signed change such as +10 or -2 (a positive one is
a 入库 receipt, a negative one a correction kept as a 盘点 with its reason); `count` sets on hand to what the
storeroom holds and records the difference. Bad input is one line on stderr and exit 2 (DESIGN.md).
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from livehelper.cli.common import EXIT_OK, Subcommands, say
from livehelper.domain.messages import Message
from livehelper.domain.product import product_label
from livehelper.startup import Options

if TYPE_CHECKING:
    from livehelper.domain.stock import StockLevel, StockMovement
    from livehelper.services.context import AppContext

WHO = "cli"  # the ledger's "who" for changes typed on the command line


def add_commands(commands: Subcommands) -> None:
    stock = commands.add_parser("stock", help="stock on hand, reserved and available, and the stock ledger")
    stock.set_defaults(run=run)
    actions = stock.add_subparsers(dest="action", required=True)
    listing = actions.add_parser("list", help="on hand, reserved and available of every product")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    adjust = actions.add_parser("adjust", help="add a receipt (+10) or take off a loss (-2) with its reason")
    adjust.add_argument("product", metavar="PRODUCT", help="merchant code or product id")
    adjust.add_argument("delta", metavar="DELTA", help="the change, e.g. +10 or -2")
    adjust.add_argument("--reason", required=True, help="why (received, harvested, broken …)")
    count = actions.add_parser("count", help="set on hand to a count; the difference is recorded")
    count.add_argument("product", metavar="PRODUCT", help="merchant code or product id")
    count.add_argument("counted", metavar="N", help="how many are in the storeroom")
    count.add_argument("--reason", default="", help="why (optional)")
    history = actions.add_parser("history", help="the stock ledger of one product, newest first")
    history.add_argument("product", metavar="PRODUCT", help="merchant code or product id")
    history.add_argument("--json", action="store_true", help="print a JSON array")


def run(options: Options, args: argparse.Namespace) -> int:
    from livehelper.domain.product import parse_count
    from livehelper.domain.stock import parse_delta
    from livehelper.services.context import open_context

    # Parse what was typed before opening the database: a bad number is a usage error either way.
    delta = parse_delta(args.delta) if args.action == "adjust" else None
    counted = parse_count(args.counted, "N") if args.action == "count" else None
    context = open_context(options.data_dir, options.db_url, options.demo)
    try:
        if args.action == "list":
            return _list(context, args.json, options.lang)
        product_id = context.stock.find(args.product)
        if args.action == "history":
            return _history(context, product_id, args.json, options.lang)
        before = context.stock.level(product_id)
        if delta is not None:
            after = context.stock.receive(product_id, delta, args.reason, WHO)
        else:
            assert counted is not None
            after = context.stock.count(product_id, counted, WHO, args.reason)
        say(Message("{product}: on hand {before} → {after}, reserved {reserved}, available {available}",
                    product=_name(after), before=before.on_hand, after=after.on_hand, reserved=after.reserved,
                    available=after.available), options.lang)
        return EXIT_OK
    finally:
        context.close()


def _name(level: StockLevel) -> str:
    return " ".join(part for part in (level.merchant_code, level.name, level.spec) if part)


def _list(context: AppContext, as_json: bool, lang: str) -> int:
    levels = context.stock.levels()
    if as_json:
        print(json.dumps([level.as_json() for level in levels], ensure_ascii=False))
        return EXIT_OK
    say(Message("id\tmerchant code\tproduct\ton hand\treserved\tavailable"), lang)
    for level in levels:
        print("\t".join((str(level.product_id), level.merchant_code or "-", product_label(level.name, level.spec),
                         str(level.on_hand), str(level.reserved), str(level.available))))
    say(Message("{count} products", count=len(levels)), lang)
    return EXIT_OK


def _movement_json(movement: StockMovement) -> dict[str, object]:
    return {"id": movement.id, "product_id": movement.product_id, "kind": movement.kind.value, "qty": movement.qty,
            "balance": movement.balance, "reason": movement.reason, "who": movement.who,
            "at": movement.at.isoformat(), "task_id": movement.task_id}


def _history(context: AppContext, product_id: int, as_json: bool, lang: str) -> int:
    movements = context.stock.history(product_id)
    if as_json:
        print(json.dumps([_movement_json(m) for m in movements], ensure_ascii=False))
        return EXIT_OK
    for movement in movements:
        print("\t".join((movement.at.astimezone().strftime("%Y-%m-%d %H:%M"), movement.kind.label.render(lang),
                         f"{movement.qty:+d}", str(movement.balance), movement.who, movement.reason or "-")))
    say(Message("{count} stock movements", count=len(movements)), lang)
    return EXIT_OK
