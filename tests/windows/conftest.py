"""The command-line tests' fixtures: real subprocesses with their own HOME."""

from tests.cli.conftest import home, run  # noqa: F401
