"""The command line: `livehelper [options] [command]`. The contract is in DESIGN.md."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from livehelper import __version__
from livehelper.domain.cli_help_zh import help_text
from livehelper.domain.errors import ImportRejected, LiveHelperError
from livehelper.domain.messages import SUPPORTED_LANGUAGES, Message

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
# livehelper.domain.order_import.PLATFORM_CHOICES, repeated so that starting the GUI does not import the parsers
ORDER_PLATFORMS = ("auto", "taobao", "taobao-items", "douyin", "generic")


class UsageError(Exception):
    pass


# argparse's own complaints, so that they read in the user's language like every other error.
_ARGPARSE_PROBLEMS = (
    (re.compile(r"the following arguments are required: (?P<names>.+)"),
     lambda found: Message("the following arguments are required: {names}", names=found["names"])),
    (re.compile(r"unrecognized arguments: (?P<words>.+)"),
     lambda found: Message("unrecognized arguments: {words}", words=found["words"])),
    (re.compile(r"argument (?P<name>\S+): invalid choice: (?P<value>.+?) \(choose from (?P<choices>.+)\)"),
     lambda found: Message("argument {name}: invalid choice: {value} (choose from {choices})", **found.groupdict())),
    (re.compile(r"argument (?P<name>\S+): expected one argument"),
     lambda found: Message("argument {name}: expected one argument", name=found["name"])),
    (re.compile(r"argument (?P<name>\S+): invalid \S+ value: (?P<value>.+)"),
     lambda found: Message("argument {name}: invalid value {value}", **found.groupdict())),
)


class UsageProblem(UsageError):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.problem: Message | str = message
        for pattern, make in _ARGPARSE_PROBLEMS:
            found = pattern.fullmatch(message)
            if found is not None:
                self.problem = make(found)
                break


def _language(lang_hint: str | None) -> str:
    from livehelper.prefs import choose_language

    return choose_language(lang_hint, None)


class _HelpFormatter(argparse.HelpFormatter):
    """--help in the chosen language: our help texts and argparse's own headings."""

    lang_hint: str | None = None  # --lang as typed; the language itself is looked up only when help is shown

    @property
    def lang(self) -> str:
        return _language(self.lang_hint)

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return help_text(action.help, self.lang) if action.help else action.help

    def start_section(self, heading: str | None) -> None:
        super().start_section(help_text(heading, self.lang) if heading else heading)

    def add_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                  groups: Iterable[argparse._MutuallyExclusiveGroup], prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, help_text("usage: ", self.lang) if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        raise UsageProblem(message)


@dataclass(frozen=True)
class Options:
    data_dir: Path
    db_url: str | None
    lang: str
    demo: bool
    explicit_data_dir: bool
    helper_url: str | None = None  # `--helper URL`: a queue-only window on another PC's LAN API


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="livehelper", description="直播助手 LiveHelper")
    parser.add_argument("--version", action="version", version=f"LiveHelper {__version__}")
    parser.add_argument("--data-dir", type=Path, help="folder for the database and settings")
    parser.add_argument("--db", dest="db_url", help="SQLAlchemy database URL (or LIVEHELPER_DB)")
    parser.add_argument("--lang", choices=SUPPORTED_LANGUAGES, help="interface language")
    parser.add_argument("--demo", action="store_true", help="fill an empty database with demo data")
    parser.add_argument("--helper", dest="helper_url", metavar="URL",
                        help="helper mode: work on another LiveHelper's queue (its pairing link)")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)
    selftest = commands.add_parser("selftest", help="open every workspace, check the database, exit 0 when healthy")
    selftest.add_argument("--verbose", action="store_true",
                          help="also say when the window is shown (bench/startup.py times it)")
    catalog = commands.add_parser("catalog", help="import or export the catalog as CSV")
    catalog_commands = catalog.add_subparsers(dest="action", required=True, parser_class=_Parser)
    catalog_commands.add_parser("import", help="import products from a CSV file").add_argument("file", type=Path)
    catalog_commands.add_parser("export", help="export all products to a CSV file").add_argument("file", type=Path)
    script = commands.add_parser("script", help="check a cue-card script")
    script_commands = script.add_subparsers(dest="action", required=True, parser_class=_Parser)
    script_commands.add_parser("check", help="advertising-law check; exit 1 when it finds words").add_argument(
        "file", type=Path)
    orders = commands.add_parser("orders", help="import or list platform orders")
    order_commands = orders.add_subparsers(dest="action", required=True, parser_class=_Parser)
    order_import = order_commands.add_parser("import", help="import a platform order export (CSV)")
    order_import.add_argument("file", type=Path)
    order_import.add_argument("--platform", choices=ORDER_PLATFORMS, default="auto")
    order_import.add_argument("--skip-bad", action="store_true",
                              help="import the good rows; write the bad ones to FILE.rejected.csv")
    order_import.add_argument("--json", action="store_true", help="print the summary as one JSON object")
    order_list = order_commands.add_parser("list", help="list the orders")
    order_list.add_argument("--status", help="a task state (pending, 待打包 …) or the platform's order status")
    order_list.add_argument("--json", action="store_true", help="print a JSON array of orders")
    shipments = commands.add_parser("shipments", help="batch-shipping file for the platforms")
    shipment_commands = shipments.add_subparsers(dest="action", required=True, parser_class=_Parser)
    shipment_commands.add_parser(
        "export", help="订单编号,物流公司,运单号 of shipped tasks not yet exported").add_argument("file", type=Path)
    from livehelper import cli_backup  # argparse only: it imports no database code until a command runs

    cli_backup.add_commands(commands)
    from livehelper import cli_notify  # group robots (issue 6)

    cli_notify.add_commands(commands)
    from livehelper import cli_server  # issue 6: the LAN helper page (argparse only until a command runs)

    cli_server.add_commands(commands)
    from livehelper import cli_transfer  # issue 7: moving everything to a new PC

    cli_transfer.add_commands(commands)
    from livehelper import cli_privacy  # issue 7: personal-data lifecycle

    cli_privacy.add_commands(commands)
    return parser


def _options(args: argparse.Namespace) -> Options:
    from livehelper.paths import default_data_dir, demo_data_dir
    from livehelper.prefs import choose_language

    explicit = args.data_dir is not None
    if explicit:
        data_dir = args.data_dir.expanduser().resolve()
    else:
        data_dir = demo_data_dir() if args.demo else default_data_dir()
    return Options(data_dir, args.db_url, choose_language(args.lang, data_dir), args.demo, explicit,
                   args.helper_url)


def _print(message: Message, lang: str) -> None:
    print(message.render(lang))


def _fail(message: Message, lang: str) -> None:
    print(Message("livehelper: {reason}", reason=message).render(lang), file=sys.stderr)


def _catalog(options: Options, args: argparse.Namespace) -> int:
    from livehelper.services.context import open_context
    from livehelper.services.files import read_user_file, write_file_atomically

    context = open_context(options.data_dir, options.db_url, options.demo)
    try:
        if args.action == "import":
            try:
                summary = context.catalog.import_csv(read_user_file(args.file), args.file.name)
            except ImportRejected as rejected:
                _fail(rejected.message, options.lang)
                for problem in rejected.problems:
                    print(problem.render(options.lang), file=sys.stderr)
                return EXIT_PROBLEMS
            _print(Message("imported: {created} new, {updated} updated, {unchanged} unchanged",
                           created=summary.created, updated=summary.updated, unchanged=summary.unchanged),
                   options.lang)
        else:
            write_file_atomically(args.file, context.catalog.export_csv())
            _print(Message("exported {count} products to {path}", count=context.catalog.count(),
                           path=str(args.file)), options.lang)
        return EXIT_OK
    finally:
        context.close()


def _script(options: Options, args: argparse.Namespace) -> int:
    from livehelper.domain.csv_text import PLAIN_TEXT, decode_text
    from livehelper.services.context import open_context
    from livehelper.services.files import read_user_file

    text = decode_text(read_user_file(args.file), args.file.name, PLAIN_TEXT)
    context = open_context(options.data_dir, options.db_url, options.demo)
    try:
        findings = context.cues.check(text)
    finally:
        context.close()
    for finding in findings:
        _print(Message("line {line}, column {column}: {word} — {reason}; instead: {suggestion}",
                       line=finding.line, column=finding.column, word=finding.word, reason=finding.reason,
                       suggestion=finding.suggestion or "—"), options.lang)
    if findings:
        _print(Message("{count} advertising-law findings in {path}", count=len(findings), path=str(args.file)),
               options.lang)
        return EXIT_PROBLEMS
    _print(Message("no advertising-law words found in {path}", path=str(args.file)), options.lang)
    return EXIT_OK


def _orders(options: Options, args: argparse.Namespace) -> int:
    from livehelper import cli_orders

    if args.action == "import":
        return cli_orders.import_orders(options, args.file, args.platform, args.skip_bad, args.json)
    return cli_orders.list_orders(options, args.status, args.json)


def _shipments(options: Options, args: argparse.Namespace) -> int:
    from livehelper import cli_orders

    return cli_orders.export_shipments(options, args.file)


def _backup(options: Options, args: argparse.Namespace) -> int:
    from livehelper import cli_backup

    return cli_backup.backup(options, args) if args.command == "backup" else cli_backup.restore(options, args)


def _privacy(options: Options, args: argparse.Namespace) -> int:
    from livehelper import cli_privacy

    return cli_privacy.run(options, args)


def _transfer(options: Options, args: argparse.Namespace) -> int:
    from livehelper import cli_transfer

    return cli_transfer.run(options, args)


def _helpers(options: Options, args: argparse.Namespace) -> int:
    from livehelper import cli_server

    return cli_server.helpers(options, args) if args.command == "helpers" else cli_server.serve(options, args)


def _notify(options: Options, args: argparse.Namespace) -> int:
    from livehelper import cli_notify

    return cli_notify.notify(options, args)


def _gui(options: Options, args: argparse.Namespace) -> int:
    from livehelper import app

    return app.run(options, selftest=args.command == "selftest", verbose=getattr(args, "verbose", False))


COMMANDS: dict[str | None, Callable[[Options, argparse.Namespace], int]] = {
    None: _gui,
    "selftest": _gui,
    "catalog": _catalog,
    "script": _script,
    "orders": _orders,
    "shipments": _shipments,
    "backup": _backup,
    "restore": _backup,
    "notify": _notify,
    "helpers": _helpers,
    "serve": _helpers,
    "transfer": _transfer,
    "privacy": _privacy,
}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    lang_hint = None
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            lang_hint = argv[index + 1]
        elif arg.startswith("--lang="):
            lang_hint = arg.partition("=")[2]
    _HelpFormatter.lang_hint = lang_hint
    try:
        args = build_parser().parse_args(argv)
    except UsageError as error:
        lang = _language(lang_hint)
        problem = error.problem if isinstance(error, UsageProblem) else str(error)
        _fail(Message("{problem} (see livehelper --help)",
                      problem=problem.render(lang) if isinstance(problem, Message) else problem), lang)
        return EXIT_USAGE
    options = _options(args)
    try:
        return COMMANDS[args.command](options, args)
    except LiveHelperError as error:
        _fail(error.message, options.lang)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
