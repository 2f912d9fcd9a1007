"""`livehelper privacy purge [--days N] [--dry-run]`: mask the buyer data of orders that ended long ago."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

from livehelper.cli.common import EXIT_OK, Subcommands, say
from livehelper.domain.messages import Message
from livehelper.startup import Options


def add_commands(commands: Subcommands) -> None:
    privacy = commands.add_parser("privacy", help="buyer personal data")
    privacy.set_defaults(run=run)
    actions = privacy.add_subparsers(dest="action", required=True)
    purge = actions.add_parser("purge", help="mask buyer name, phone and address of orders shipped or closed "
                                             "more than N days ago (the setting, 90 by default)")
    purge.add_argument("--days", type=int, help="this many days instead of the setting (this run only)")
    purge.add_argument("--dry-run", action="store_true", help="only count the orders that would be purged")


def run(options: Options, args: argparse.Namespace) -> int:
    from livehelper.services.context import open_context

    context = open_context(options.data_dir, options.db_url, options.demo)
    try:
        service = context.privacy
        days = args.days if args.days is not None else service.purge_days()
        count = service.purge(datetime.now(UTC), days, dry_run=args.dry_run)
    finally:
        context.close()
    if args.dry_run:
        say(Message("{count} orders have buyer data older than {days} days (nothing changed)",
                       count=count, days=days), options.lang)
    else:
        say(Message("buyer data of {count} orders masked (older than {days} days)", count=count, days=days),
               options.lang)
    return EXIT_OK
