"""`livehelper script check FILE`: the advertising-law check of a cue-card script; exit 1 when it finds words."""

from __future__ import annotations

import argparse
from pathlib import Path

from livehelper.cli.common import EXIT_OK, EXIT_PROBLEMS, Subcommands, say
from livehelper.domain.messages import Message
from livehelper.startup import Options


def add_commands(commands: Subcommands) -> None:
    script = commands.add_parser("script", help="check a cue-card script")
    script.set_defaults(run=run)
    actions = script.add_subparsers(dest="action", required=True)
    actions.add_parser("check", help="advertising-law check; exit 1 when it finds words").add_argument(
        "file", type=Path)


def run(options: Options, args: argparse.Namespace) -> int:
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
        say(Message("line {line}, column {column}: {word} — {reason}; instead: {suggestion}",
                    line=finding.line, column=finding.column, word=finding.word, reason=finding.explanation,
                    suggestion=finding.suggestion or "—"), options.lang)
    if findings:
        say(Message("{count} advertising-law findings in {path}", count=len(findings), path=str(args.file)),
            options.lang)
        return EXIT_PROBLEMS
    say(Message("no advertising-law words found in {path}", path=str(args.file)), options.lang)
    return EXIT_OK
