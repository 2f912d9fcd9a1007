"""Set up a development environment and run LiveHelper or its tests — the README's two commands.

    python3 scripts/dev.py demo [livehelper options…]   # venv + install, then open the app with demo data
    python3 scripts/dev.py test [pytest options…]       # venv + install with the test extra, then lint and test

Works the same on Windows (py scripts\\dev.py …) and Linux. The virtual environment is .venv/ in the project.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
QT_LIBS_HINT = (
    "Qt needs system libraries. On Debian/Ubuntu: sudo apt-get install libgl1 libegl1 libxkbcommon0 "
    "libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libxcb-cursor0 libglib2.0-0 fonts-wqy-microhei "
    "(or run bash .ci/run as root, which installs everything)")


def run(*command: str | Path, **kwargs: object) -> int:
    return subprocess.run([str(c) for c in command], cwd=ROOT, check=False, **kwargs).returncode  # type: ignore[arg-type]


def ensure_venv(extra: str) -> None:
    if not PYTHON.exists():
        print(f"creating {VENV}")
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp = VENV / f".installed-{extra or 'app'}"
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text() == wanted:
        return
    target = f".[{extra}]" if extra else "."
    if run(PYTHON, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-e", target) != 0:
        sys.exit("pip install failed")
    stamp.write_text(wanted)


def qt_works() -> bool:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    probe = "from PySide6.QtWidgets import QApplication; QApplication([])"
    return run(PYTHON, "-c", probe, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) == 0


def demo(args: list[str]) -> int:
    ensure_venv("")
    return run(BIN / "livehelper", "--demo", *args)


def test(args: list[str]) -> int:
    ensure_venv("test")
    if not qt_works():
        print(QT_LIBS_HINT, file=sys.stderr)
        return 2
    steps = [
        [BIN / "ruff", "check", "livehelper", "tests", "bench", "scripts"],
        [BIN / "lint-imports"],
        [PYTHON, "-m", "pytest", *args],
    ]
    for step in steps:
        print("$", " ".join(str(part.name if isinstance(part, Path) else part) for part in step), flush=True)
        code = run(*step)
        if code != 0:
            return code
    return 0


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in ("demo", "test"):
        print(__doc__)
        return 2
    command, args = sys.argv[1], sys.argv[2:]
    return demo(args) if command == "demo" else test(args)


if __name__ == "__main__":
    sys.exit(main())
