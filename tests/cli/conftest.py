"""Running the command line as a user does: a real subprocess with its own HOME."""

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

_DROPPED = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LIVEHELPER_DB", "LC_ALL", "LC_MESSAGES", "LANG",
            "LANGUAGE", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "HOME")


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str

    @property
    def error_lines(self) -> list[str]:
        return self.stderr.splitlines()


Run = Callable[..., Result]


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


@pytest.fixture
def run(home: Path, tmp_path: Path) -> Run:
    """Run `python -m livehelper ARGS` with HOME and the XDG folders inside tmp_path."""

    def run(*args: str | Path, display: bool = True, env: dict[str, str] | None = None) -> Result:
        environment = {k: v for k, v in os.environ.items() if k not in _DROPPED}
        environment |= {"HOME": str(home), "XDG_DATA_HOME": str(home / ".local" / "share"),
                        "XDG_CONFIG_HOME": str(home / ".config"), "LANG": "C.UTF-8"}
        if display:
            environment["QT_QPA_PLATFORM"] = "offscreen"
        environment |= env or {}
        completed = subprocess.run([sys.executable, "-m", "livehelper", *map(str, args)], capture_output=True,
                                   env=environment, cwd=tmp_path, timeout=120, check=False)
        result = Result(completed.returncode, completed.stdout.decode("utf-8"), completed.stderr.decode("utf-8"))
        assert "Traceback" not in result.stderr, result.stderr
        return result

    return run
