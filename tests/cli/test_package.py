"""livehelper/cli/ stays a package without a circle: every command module is one of main's command_groups() and
sits in the import-linter contract that lets it use livehelper.cli.common only (issue 14)."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from livehelper.cli.main import command_groups

ROOT = Path(__file__).resolve().parents[2]
CLI = ROOT / "livehelper" / "cli"


def _command_modules() -> set[str]:
    return {path.stem for path in CLI.glob("*.py")} - {"__init__", "main", "common"}


def test_every_command_module_is_a_command_group():
    assert {group.__name__.rpartition(".")[2] for group in command_groups()} == _command_modules()


def test_every_command_module_is_in_the_import_contract():
    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["importlinter"]["contracts"]
    [contract] = [c for c in contracts if c.get("layers", [None])[0] == "livehelper.cli.main"]
    assert contract["layers"][-1] == "livehelper.cli.common"
    assert set(contract["layers"][1].split(" | ")) == {f"livehelper.cli.{name}" for name in _command_modules()}


DESKTOP_START = """
import sys
from livehelper.cli.main import build_parser, starts_desktop
argv = sys.argv[1:]
args = build_parser(None, desktop_only=starts_desktop(argv)).parse_args(argv)
loaded = sorted(name for name in sys.modules if name.startswith("livehelper.cli."))
print(args.command, starts_desktop(argv), " ".join(loaded))
"""


@pytest.mark.parametrize(("argv", "command"), [([], None), (["--data-dir", "D:/直播", "--lang", "en"], None),
                                                (["--demo", "selftest", "--verbose"], "selftest")])
def test_the_desktop_start_imports_no_command_group(argv, command):
    """Issue 20: opening the app (or its self-test) parses the global options only; the nine command groups and
    their parsers are for the commands."""
    done = subprocess.run([sys.executable, "-c", DESKTOP_START, *argv], capture_output=True, text=True, timeout=60,
                          check=True)
    parsed, desktop, *loaded = done.stdout.split()
    assert (parsed, desktop) == (str(command), "True")
    assert set(loaded) <= {"livehelper.cli.common", "livehelper.cli.main"}


@pytest.mark.parametrize("argv", [["catalog", "list"], ["--data-dir", "selftest", "orders", "import", "x.csv"],
                                  ["--help"], ["selftest", "--version"], ["frobnicate"]])
def test_commands_help_and_mistakes_get_the_whole_command_line(argv):
    from livehelper.cli.main import starts_desktop

    assert not starts_desktop(argv)
