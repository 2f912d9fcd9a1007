"""`livehelper [options] [command]`: builds the parser from the command modules and runs what was asked.

The console script and the frozen app enter at main(). With no command the desktop app starts; every other
command is added, and run, by its own module (catalog.py, orders.py …), which sets the parser default `run`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from livehelper import __version__
from livehelper.cli.common import EXIT_USAGE, Parser, UsageError, fail, language
from livehelper.console import command_of
from livehelper.domain.errors import LiveHelperError
from livehelper.domain.messages import SUPPORTED_LANGUAGES, Message
from livehelper.startup import Options, resolve_options

DESKTOP_COMMANDS = (None, "selftest")  # command_of(argv) when argv starts the desktop app
HELP_FLAGS = ("-h", "--help", "--version")


def command_groups() -> tuple[ModuleType, ...]:
    """The modules that each add their commands to the parser; none imports database or server code until its
    command runs. Imported here, not at the top: the desktop app's start does without them (issue 20)."""
    from livehelper.cli import backup, catalog, notify, orders, privacy, script, server, stock, transfer

    return catalog, script, orders, backup, notify, server, transfer, privacy, stock


def starts_desktop(argv: Sequence[str]) -> bool:
    """No command, or `selftest`, and no --help: the parser then needs only the global options, and building the
    nine command groups' parsers (a tenth of the first window's time) is skipped."""
    return command_of(argv) in DESKTOP_COMMANDS and not any(word in HELP_FLAGS for word in argv)


def gui(options: Options, args: argparse.Namespace) -> int:
    """No command (or `selftest`): the desktop app."""
    from livehelper import app

    return app.run(options, selftest=args.command == "selftest", verbose=getattr(args, "verbose", False))


def build_parser(lang_hint: str | None = None, desktop_only: bool = False) -> Parser:
    """The whole command line (`desktop_only`: the global options and `selftest`); lang_hint (--lang as typed) is
    the language of --help and usage errors."""
    parser = Parser(prog="livehelper", description="直播助手 LiveHelper", lang_hint=lang_hint)
    parser.add_argument("--version", action="version", version=f"LiveHelper {__version__}")
    parser.add_argument("--data-dir", type=Path, help="folder for the database and settings")
    parser.add_argument("--db", dest="db_url", help="SQLAlchemy database URL (or LIVEHELPER_DB)")
    parser.add_argument("--lang", choices=SUPPORTED_LANGUAGES, help="interface language")
    parser.add_argument("--demo", action="store_true", help="fill an empty database with demo data")
    parser.add_argument("--helper", dest="helper_url", metavar="URL",
                        help="helper mode: work on another LiveHelper's queue (its pairing link)")
    parser.set_defaults(run=gui)
    commands = parser.add_subparsers(dest="command")
    selftest = commands.add_parser("selftest", help="open every workspace, check the database, exit 0 when healthy")
    selftest.add_argument("--verbose", action="store_true",
                          help="also say when the window is shown (bench/startup.py times it)")
    for group in () if desktop_only else command_groups():
        group.add_commands(commands)
    return parser


def options_from(args: argparse.Namespace) -> Options:
    """The start-up options of a parsed command line."""
    return resolve_options(args.data_dir, args.db_url, args.lang, args.demo, args.helper_url)


def lang_hint_of(argv: Sequence[str]) -> str | None:
    """--lang as typed, found before parsing so that even a usage error reads in that language."""
    hint = None
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            hint = argv[index + 1]
        elif arg.startswith("--lang="):
            hint = arg.partition("=")[2]
    return hint


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    lang_hint = lang_hint_of(argv)
    try:
        args = build_parser(lang_hint, desktop_only=starts_desktop(argv)).parse_args(argv)
    except UsageError as error:
        lang = language(lang_hint)
        problem = error.problem.render(lang) if isinstance(error.problem, Message) else error.problem
        fail(Message("{problem} (see livehelper --help)", problem=problem), lang)
        return EXIT_USAGE
    options = options_from(args)
    try:
        return int(args.run(options, args))
    except LiveHelperError as error:
        fail(error.message, options.lang)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
