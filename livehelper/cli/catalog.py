"""`livehelper catalog import FILE` and `livehelper catalog export FILE` (contract in DESIGN.md)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from livehelper.cli.common import EXIT_OK, EXIT_PROBLEMS, Subcommands, fail, say
from livehelper.domain.errors import ImportRejected
from livehelper.domain.messages import Message
from livehelper.startup import Options


def add_commands(commands: Subcommands) -> None:
    catalog = commands.add_parser("catalog", help="import or export the catalog as CSV")
    catalog.set_defaults(run=run)
    actions = catalog.add_subparsers(dest="action", required=True)
    actions.add_parser("import", help="import products from a CSV file").add_argument("file", type=Path)
    actions.add_parser("export", help="export all products to a CSV file").add_argument("file", type=Path)


def run(options: Options, args: argparse.Namespace) -> int:
    from livehelper.services.context import open_context
    from livehelper.services.files import read_user_file, write_file_atomically

    context = open_context(options.data_dir, options.db_url, options.demo)
    try:
        if args.action == "import":
            try:
                summary = context.catalog.import_csv(read_user_file(args.file), args.file.name)
            except ImportRejected as rejected:
                fail(rejected.message, options.lang)
                for problem in rejected.problems:
                    print(problem.render(options.lang), file=sys.stderr)
                return EXIT_PROBLEMS
            say(Message("imported: {created} new, {updated} updated, {unchanged} unchanged",
                        created=summary.created, updated=summary.updated, unchanged=summary.unchanged),
                options.lang)
        else:
            write_file_atomically(args.file, context.catalog.export_csv())
            say(Message("exported {count} products to {path}", count=context.catalog.count(),
                        path=str(args.file)), options.lang)
        return EXIT_OK
    finally:
        context.close()
