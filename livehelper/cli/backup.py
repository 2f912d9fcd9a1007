"""`livehelper backup [DEST]` and `livehelper restore FILE` (contract in DESIGN.md).

Both work on the database file directly and never open it through the app's engine: a backup must not
upgrade the database, and a restore needs LiveHelper closed (it refuses a database that is in use).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from livehelper.cli.common import EXIT_OK, Subcommands, say
from livehelper.domain.messages import Message
from livehelper.startup import Options

if TYPE_CHECKING:
    from livehelper.services.settings.backup import Backups


def add_commands(commands: Subcommands) -> None:
    backup = commands.add_parser("backup", help="back up the database (SQLite) now; prints the backup's path")
    backup.add_argument("dest", nargs="?", type=Path,
                        help="a folder, or a file name ending in .sqlite3 (default: the backup folder)")
    backup.add_argument("--list", action="store_true", help="show the backup folder and the backups in it")
    backup.add_argument("--set-folder", type=Path, metavar="DIR",
                        help="keep the automatic backups in DIR from now on")
    restore = commands.add_parser("restore", help="replace the database with a backup (close LiveHelper first)")
    restore.add_argument("file", type=Path)
    backup.set_defaults(run=backup_now)
    restore.set_defaults(run=restore_backup)


def _backups(options: Options) -> Backups:
    from livehelper.services.settings.backup import Backups
    from livehelper.storage.engine import resolve_url

    return Backups(options.data_dir, resolve_url(options.db_url, options.data_dir))


def backup_now(options: Options, args: argparse.Namespace) -> int:
    if args.set_folder is not None:
        from livehelper.services.settings.backup import set_backup_folder

        folder = set_backup_folder(options.data_dir, args.set_folder)
        say(Message("backups are kept in {folder}", folder=str(folder)), options.lang)
        return EXIT_OK
    backups = _backups(options)
    if args.list:
        say(Message("backups are kept in {folder}", folder=str(backups.folder)), options.lang)
        for found in backups.list():
            print(found.path)
        return EXIT_OK
    taken = backups.take(destination=args.dest.expanduser() if args.dest else None)
    print(taken.path.resolve())
    return EXIT_OK


def restore_backup(options: Options, args: argparse.Namespace) -> int:
    backups = _backups(options)
    outcome = backups.restore(args.file.expanduser())
    if outcome.previous is not None:
        say(Message("the database as it was is saved in {path}", path=str(outcome.previous)), options.lang)
    say(Message("restored {path} (schema {revision}) into {database}", path=str(args.file),
                   revision=outcome.revision, database=str(backups.database)), options.lang)
    return EXIT_OK
