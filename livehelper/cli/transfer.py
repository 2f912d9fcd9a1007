"""`livehelper transfer export FILE.zip` and `livehelper transfer import FILE.zip [--replace]`: moving to a new PC."""

from __future__ import annotations

import argparse
from pathlib import Path

from livehelper.cli.common import EXIT_OK, Subcommands, say
from livehelper.domain.messages import Message
from livehelper.startup import Options


def add_commands(commands: Subcommands) -> None:
    transfer = commands.add_parser("transfer", help="move everything to another PC as one zip file")
    transfer.set_defaults(run=run)
    actions = transfer.add_subparsers(dest="action", required=True)
    actions.add_parser("export", help="write the catalog, cue cards, sessions, orders, tasks and settings "
                                      "into FILE.zip").add_argument("file", type=Path)
    importing = actions.add_parser("import", help="bring everything from FILE.zip into this (empty) database")
    importing.add_argument("file", type=Path)
    importing.add_argument("--replace", action="store_true",
                           help="delete what the database holds first (a SQLite database is backed up before)")


def run(options: Options, args: argparse.Namespace) -> int:
    from livehelper.services import transfer
    from livehelper.services.context import open_context

    context = open_context(options.data_dir, options.db_url, options.demo)
    path = args.file.expanduser()
    try:
        if args.action == "export":
            manifest = transfer.export_everything(context.database, options.data_dir, path)
            say(Message("exported {rows} rows of {tables} tables to {path}", rows=manifest.rows,
                           tables=len(manifest.tables), path=str(path)), options.lang)
            return EXIT_OK
        outcome = transfer.import_everything(context.database, options.data_dir, path, replace=args.replace)
    finally:
        context.close()
    if outcome.previous is not None:
        say(Message("the database as it was before the import is saved in {path}", path=str(outcome.previous)),
               options.lang)
    say(Message("imported {rows} rows from {path} (written by LiveHelper {version} on {created_at})",
                   rows=outcome.rows, path=str(path), version=outcome.manifest.version,
                   created_at=outcome.manifest.created_at), options.lang)
    return EXIT_OK
