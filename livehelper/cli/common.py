"""What every command module shares: exit codes, printing in the user's language, and the argument parser.

Command modules import from here and never from each other or from livehelper.cli.main, so the package
has no import circle (livehelper.cli.main imports the command modules, not the other way round).
"""

from __future__ import annotations

import argparse
import functools
import re
import sys
from collections.abc import Callable, Iterable
from typing import Any, NoReturn

from livehelper.domain.cli_help_zh import help_text
from livehelper.domain.messages import Message
from livehelper.startup import Options

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2

# What a command does once parsed: set as the parser default `run` by the module that adds the command.
Command = Callable[[Options, argparse.Namespace], int]
Subcommands = argparse._SubParsersAction  # type: ignore[type-arg]  # argparse has no public name for it


class UsageError(Exception):
    """A command line that cannot be run; `problem` says why, in the user's language when argparse said it."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.problem: Message | str = message
        for pattern, make in _ARGPARSE_PROBLEMS:
            found = pattern.fullmatch(message)
            if found is not None:
                self.problem = make(found)
                break


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


def language(lang_hint: str | None) -> str:
    """--lang as typed, else the saved or system language: usable before the data folder is known."""
    from livehelper.prefs import choose_language

    return choose_language(lang_hint, None)


class HelpFormatter(argparse.HelpFormatter):
    """--help in the chosen language: our help texts and argparse's own headings.

    The language hint travels with each parser (see Parser), so two parsers built for two languages in
    one process (the tests do) never see each other's language.
    """

    def __init__(self, prog: str, *args: Any, lang_hint: str | None = None, **kwargs: Any) -> None:
        super().__init__(prog, *args, **kwargs)
        self.lang_hint = lang_hint

    @property
    def lang(self) -> str:  # looked up only when help is shown: parsing a command reads no settings
        return language(self.lang_hint)

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return help_text(action.help, self.lang) if action.help else action.help

    def start_section(self, heading: str | None) -> None:
        super().start_section(help_text(heading, self.lang) if heading else heading)

    def add_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                  groups: Iterable[argparse._MutuallyExclusiveGroup], prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, help_text("usage: ", self.lang) if prefix is None else prefix)


class Parser(argparse.ArgumentParser):
    """Raises UsageError instead of exiting, and hands its help language down to every subcommand."""

    def __init__(self, *args: Any, lang_hint: str | None = None, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", functools.partial(HelpFormatter, lang_hint=lang_hint))
        super().__init__(*args, **kwargs)
        self.lang_hint = lang_hint

    def add_subparsers(self, **kwargs: Any) -> Subcommands:
        kwargs.setdefault("parser_class", functools.partial(Parser, lang_hint=self.lang_hint))
        return super().add_subparsers(**kwargs)

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def say(message: Message, lang: str) -> None:
    """One line of a command's output on stdout."""
    print(message.render(lang))


def fail(message: Message, lang: str) -> None:
    """The one line on stderr that explains a failure (`livehelper: …`); the caller returns the exit code."""
    print(Message("livehelper: {reason}", reason=message).render(lang), file=sys.stderr)
