"""The order and shipping commands: `orders import`, `orders list`, `shipments export` (contract in DESIGN.md)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from livehelper.cli.common import EXIT_OK, EXIT_PROBLEMS, Subcommands, fail, say
from livehelper.domain.messages import Message
from livehelper.startup import Options

if TYPE_CHECKING:
    from livehelper.domain.errors import RowProblem
    from livehelper.services.shipping.orders import ImportPreview

# livehelper.domain.order_import.PLATFORM_CHOICES, repeated so that starting the GUI does not import the parsers
ORDER_PLATFORMS = ("auto", "taobao", "taobao-items", "douyin", "kuaishou", "pinduoduo", "channels", "youzan",
                   "generic")
SHIPPING_PLATFORMS = ("taobao", "douyin", "kuaishou", "pinduoduo", "channels", "youzan", "generic")
REASON_COLUMN = "错误原因"


def add_commands(commands: Subcommands) -> None:
    orders = commands.add_parser("orders", help="import or list platform orders")
    actions = orders.add_subparsers(dest="action", required=True)
    importing = actions.add_parser("import", help="import a platform order export (CSV, .xlsx or .xls)")
    importing.add_argument("file", type=Path)
    importing.add_argument("--platform", choices=ORDER_PLATFORMS, default="auto")
    importing.add_argument("--password", help="the password of a protected workbook")
    importing.add_argument("--skip-bad", action="store_true",
                           help="import the good rows; write the bad ones to FILE.rejected.csv")
    importing.add_argument("--json", action="store_true", help="print the summary as one JSON object")
    importing.set_defaults(run=lambda options, args: import_orders(options, args.file, args.platform, args.skip_bad,
                                                                   args.json, args.password))
    listing = actions.add_parser("list", help="list the orders")
    listing.add_argument("--status", help="a task state (pending, 待打包 …) or the platform's order status")
    listing.add_argument("--json", action="store_true", help="print a JSON array of orders")
    listing.set_defaults(run=lambda options, args: list_orders(options, args.status, args.json))
    shipments = commands.add_parser("shipments", help="batch-shipping file for the platforms")
    shipment_actions = shipments.add_subparsers(dest="action", required=True)
    export = shipment_actions.add_parser(
        "export", help="each platform's bulk-shipping upload file for the shipped tasks not yet exported")
    export.add_argument("file", type=Path)
    export.add_argument("--platform", choices=SHIPPING_PLATFORMS,
                        help="only this platform's file (default: one file per platform in the queue)")
    export.set_defaults(run=lambda options, args: export_shipments(options, args.file, args.platform))


def rejected_path(path: Path) -> Path:
    """orders.csv → orders.rejected.csv beside it."""
    return path.with_name(f"{path.stem}.rejected.csv")


def rejected_csv(data: bytes, source: str, problems: list[RowProblem], lang: str, password: str | None = None) -> bytes:
    """The header and the bad rows of the original file, each with its reasons in a last column (in a workbook
    with several sheets: those of the first sheet with bad rows; stderr names the others' rows and sheets)."""
    from livehelper.domain.csv_text import write_csv
    from livehelper.domain.order_import import read_records

    first_sheet = next((problem.sheet for problem in problems), "")
    rows = read_records(data, source, password, first_sheet)  # CSV text or a workbook, as the import read it
    start = next((i for i, cells in enumerate(rows) if any(cell.strip() for cell in cells)), 0)
    reasons: dict[int, list[str]] = {}
    for problem in problems:
        if problem.sheet == first_sheet:
            reasons.setdefault(problem.row, []).append(f"{problem.column}: {problem.message.render(lang)}")
    header = [cell.replace("\ufeff", "") for cell in rows[start]] if rows else []
    bad = [[*rows[number - 1], "；".join(reasons[number])] for number in sorted(reasons) if 0 < number <= len(rows)]
    return write_csv([*header, REASON_COLUMN], bad)


def _summary(preview: ImportPreview) -> Message:
    return Message(
        "{source} ({layout}): orders {orders_new} new, {orders_changed} changed, {orders_unchanged} unchanged; "
        "lines {lines_new} new, {lines_changed} changed, {lines_unchanged} unchanged; {bad} bad rows",
        source=preview.source, layout=preview.layout.value, orders_new=preview.orders_new,
        orders_changed=preview.orders_changed, orders_unchanged=preview.orders_unchanged,
        lines_new=preview.lines_new, lines_changed=preview.lines_changed, lines_unchanged=preview.lines_unchanged,
        bad=len(preview.bad_row_numbers))


def import_orders(options: Options, path: Path, platform: str, skip_bad: bool, as_json: bool,
                  password: str | None = None) -> int:
    from livehelper.services.context import open_context
    from livehelper.services.files import read_user_file, write_file_atomically

    data = read_user_file(path)
    context = open_context(options.data_dir, options.db_url, options.demo)
    try:
        preview = context.orders.preview(data, path.name, platform, password)
        problems = list(preview.problems)
        written = not problems or skip_bad
        result = context.orders.commit(preview, skip_bad=True) if written else preview
        rejected: Path | None = None
        if problems and skip_bad:
            rejected = rejected_path(path)
            write_file_atomically(rejected, rejected_csv(data, path.name, problems, options.lang, password))
    finally:
        context.close()
    if as_json:
        document: dict[str, Any] = result.as_dict(options.lang)
        document |= {"written": written, "rejected_file": str(rejected) if rejected else None,
                     "tasks_touched": result.tasks_touched}
        print(json.dumps(document, ensure_ascii=False))
    else:
        say(_summary(result), options.lang)
        if result.lines_waiting:
            say(Message("{count} item lines wait for their Taobao order list", count=result.lines_waiting),
                   options.lang)
        for title in result.unmatched_titles:
            say(Message("no catalog product for “{title}”", title=title), options.lang)
        for warning in result.warnings:
            say(warning, options.lang)
        for note in result.parsed.notes:
            say(note, options.lang)
        if result.parsed.skipped_sheets:
            say(Message("sheets skipped (not orders or items): {sheets}",
                        sheets="、".join(result.parsed.skipped_sheets)), options.lang)
    for problem in problems:
        print(problem.render(options.lang), file=sys.stderr)
    if not problems:
        return EXIT_OK
    if rejected is not None:
        fail(Message("{count} bad rows were left out and written to {path}", count=len(preview.bad_row_numbers),
                      path=str(rejected)), options.lang)
    else:
        fail(Message("{count} bad rows; nothing was imported", count=len(preview.bad_row_numbers)), options.lang)
    return EXIT_PROBLEMS


def list_orders(options: Options, status: str | None, as_json: bool) -> int:
    from livehelper.domain.money import format_fen
    from livehelper.services.context import open_context

    context = open_context(options.data_dir, options.db_url, options.demo)
    try:
        orders = context.orders.list_orders(status)
    finally:
        context.close()
    if as_json:
        print(json.dumps(orders, ensure_ascii=False))
        return EXIT_OK
    for order in orders:
        items = "，".join(f"{item['title']} ×{item['qty']}" for item in order["items"])
        print("\t".join((order["platform"], order["order_no"], order["status"] or "-", order["task_status"] or "-",
                         format_fen(order["amount_fen"]), items)))
    say(Message("{count} orders", count=len(orders)), options.lang)
    return EXIT_OK


def export_shipments(options: Options, path: Path, platform: str | None = None) -> int:
    """Each platform's own upload file; one per platform (FILE-pinduoduo.xlsx …) when the queue mixes them."""
    from livehelper.domain.orders import Platform
    from livehelper.domain.shipping_files import TEMPLATES, file_name, write_files
    from livehelper.services.context import open_context
    from livehelper.services.files import write_file_atomically

    context = open_context(options.data_dir, options.db_url, options.demo)
    written: list[tuple[Path, int, Message | None]] = []
    try:
        entries = context.tasks.shipment_files(platform)
        if not entries:  # nothing shipped since the last export: an empty list for the records, as before
            written.append((path, 0, None))
            write_file_atomically(path, write_files(TEMPLATES[Platform.GENERIC], [])[0])
        for entry in entries:
            several = len(entries) > 1
            for part, data in enumerate(entry.files, 1):
                target = path.with_name(file_name(path.name, entry.template, part, len(entry.files), several))
                write_file_atomically(target, data)
                generic = entry.template is TEMPLATES[Platform.GENERIC]
                written.append((target, len(entry.task_ids) if part == 1 else 0,
                                None if generic else entry.template.label))
            context.tasks.mark_exported(entry.task_ids)
    finally:
        context.close()
    for target, count, label in written:
        if label is None:
            say(Message("exported {count} shipments to {path}", count=count, path=str(target)), options.lang)
        else:
            say(Message("exported {count} shipments to {path}: the file for {platform}", count=count,
                        path=str(target), platform=label), options.lang)
    return EXIT_OK
