"""`livehelper transfer export FILE.zip` and `livehelper transfer import FILE.zip [--replace]`: moving to a new PC.

The robots' webhook keys and signing secrets travel only with --with-secrets, sealed with a passphrase."""

from __future__ import annotations

import argparse
import getpass
import os
from pathlib import Path

from livehelper.cli.common import EXIT_OK, EXIT_USAGE, Subcommands, fail, say
from livehelper.domain.messages import Message
from livehelper.startup import Options

PASSPHRASE_ENV = "LIVEHELPER_PASSPHRASE"


def add_commands(commands: Subcommands) -> None:
    transfer = commands.add_parser("transfer", help="move everything to another PC as one zip file")
    transfer.set_defaults(run=run)
    actions = transfer.add_subparsers(dest="action", required=True)
    exporting = actions.add_parser("export", help="write the catalog, cue cards, sessions, orders, tasks and "
                                                  "settings into FILE.zip")
    exporting.add_argument("file", type=Path)
    importing = actions.add_parser("import", help="bring everything from FILE.zip into this (empty) database")
    importing.add_argument("file", type=Path)
    for parser in (exporting, importing):
        parser.add_argument("--with-secrets", action="store_true", help=(
            "also the group robots' webhook keys and signing secrets, sealed with a passphrase (asked for, or "
            "taken from LIVEHELPER_PASSPHRASE)"))
    importing.add_argument("--replace", action="store_true",
                           help="delete what the database holds first (a SQLite database is backed up before)")


def _passphrase(twice: bool, lang: str) -> str | None:
    """LIVEHELPER_PASSPHRASE (for scripts), else asked on the terminal (twice when it seals)."""
    given = os.environ.get(PASSPHRASE_ENV)
    if given is not None:
        return given or None
    try:
        first = getpass.getpass(Message("Passphrase for the robot secrets: ").render(lang))
        if twice and first != getpass.getpass(Message("The same passphrase again: ").render(lang)):
            return None
    except (EOFError, KeyboardInterrupt):
        return None
    return first or None


def run(options: Options, args: argparse.Namespace) -> int:
    from livehelper.services.context import open_context
    from livehelper.services.settings import transfer

    passphrase = _passphrase(args.action == "export", options.lang) if args.with_secrets else None
    if args.with_secrets and not passphrase:
        fail(Message("a passphrase is required for --with-secrets"), options.lang)
        return EXIT_USAGE
    context = open_context(options.data_dir, options.db_url, options.demo)
    path = args.file.expanduser()
    try:
        if args.action == "export":
            manifest = transfer.export_everything(context.database, options.data_dir, path, passphrase=passphrase)
            say(Message("exported {rows} rows of {tables} tables to {path}", rows=manifest.rows,
                           tables=len(manifest.tables), path=str(path)), options.lang)
            say(Message("the group robots' secrets are in it, sealed with the passphrase") if passphrase else
                Message("the group robots' secrets are not in it: enter them again on the new PC"), options.lang)
            return EXIT_OK
        outcome = transfer.import_everything(context.database, options.data_dir, path, replace=args.replace,
                                             passphrase=passphrase)
    finally:
        context.close()
    if outcome.previous is not None:
        say(Message("the database as it was before the import is saved in {path}", path=str(outcome.previous)),
               options.lang)
    say(Message("imported {rows} rows from {path} (written by LiveHelper {version} on {created_at})",
                   rows=outcome.rows, path=str(path), version=outcome.manifest.version,
                   created_at=outcome.manifest.created_at), options.lang)
    if passphrase is None and transfer.secrets_sealed(path):
        say(Message("the group robots came without their secrets (sealed with a passphrase in the file): enter "
                    "them again, or import with --with-secrets"), options.lang)
    return EXIT_OK
