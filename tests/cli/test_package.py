"""livehelper/cli/ stays a package without a circle: every command module is one of main's COMMAND_GROUPS and
sits in the import-linter contract that lets it use livehelper.cli.common only (issue 14)."""

from __future__ import annotations

import tomllib
from pathlib import Path

from livehelper.cli.main import COMMAND_GROUPS

ROOT = Path(__file__).resolve().parents[2]
CLI = ROOT / "livehelper" / "cli"


def _command_modules() -> set[str]:
    return {path.stem for path in CLI.glob("*.py")} - {"__init__", "main", "common"}


def test_every_command_module_is_a_command_group():
    assert {group.__name__.rpartition(".")[2] for group in COMMAND_GROUPS} == _command_modules()


def test_every_command_module_is_in_the_import_contract():
    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["importlinter"]["contracts"]
    [contract] = [c for c in contracts if c.get("layers", [None])[0] == "livehelper.cli.main"]
    assert contract["layers"][-1] == "livehelper.cli.common"
    assert set(contract["layers"][1].split(" | ")) == {f"livehelper.cli.{name}" for name in _command_modules()}
