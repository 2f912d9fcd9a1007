"""Set up a development environment and run LiveHelper or its tests — the README's two commands.

    python3 scripts/dev.py demo [livehelper options…]   # set up, then open the app with demo data
    python3 scripts/dev.py test [pytest options…]       # set up with the test extra, then lint and test
    python3 scripts/dev.py build [build_frozen options…] # the frozen app (scripts/build_frozen.py; .ci/run uses it)

On Debian and Ubuntu the set-up installs the system packages of scripts/system-packages.txt that are missing
(as root or with sudo that asks no password; otherwise it prints the one command to run and exits 2), makes the
virtual environment .venv/ in the project, and checks that Qt's xcb platform plugin loads. `test` runs the
tests a second time on a throwaway PostgreSQL server. On Windows (py scripts\\dev.py …) and macOS it needs
nothing but Python 3.11+.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
import venv
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import dev_postgres  # scripts/ is not a package: imported from its folder
import dev_system

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
LINUX = sys.platform.startswith("linux")
NEEDS = {"demo": ("setup", "app"), "test": ("setup", "app", "test"), "build": ("setup", "app", "build")}
PG_URL_ENV = "LIVEHELPER_TEST_PG_URL"
MAX_WORKERS = 4  # pytest-xdist workers: each runs Qt and at times a Chromium or a child LiveHelper


def run(*command: str | Path, **kwargs: object) -> int:
    return subprocess.run([str(c) for c in command], cwd=ROOT, check=False, **kwargs).returncode  # type: ignore[arg-type]


def say(line: str) -> None:
    print(f"dev.py: {line}", flush=True)


def problem(line: str) -> int:
    print(f"dev.py: {line}", file=sys.stderr, flush=True)
    return 2


@contextmanager
def step(what: str) -> Iterator[None]:
    """Each step says what it does and, when done, how long it took."""
    say(f"{what} …")
    started = time.monotonic()
    yield
    say(f"{what}: {time.monotonic() - started:.1f} s")


def _stamp(extra: str) -> tuple[Path, str]:
    return VENV / f".installed-{extra or 'app'}", hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()


def first_run(extra: str) -> bool:
    """Whether .venv lacks what this pyproject.toml asks for (with any extra, the app itself is there)."""
    _, wanted = _stamp(extra)
    stamps = VENV.glob(".installed-*") if not extra else [_stamp(extra)[0]]
    return not any(stamp.exists() and stamp.read_text() == wanted for stamp in stamps)


def ensure_venv(extra: str) -> None:
    if not PYTHON.exists():
        with step(f"creating the virtual environment {VENV}"):
            venv.EnvBuilder(with_pip=True).create(VENV)
    if not first_run(extra):
        return
    stamp, wanted = _stamp(extra)
    target = f".[{extra}]" if extra else "."
    with step(f"installing LiveHelper and its Python packages ({target}) into .venv"):
        if run(PYTHON, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-e", target,
               stdin=subprocess.DEVNULL) != 0:
            sys.exit("dev.py: pip install failed")
    stamp.write_text(wanted)


def system_packages(command: str) -> int | None:
    """Install the listed packages this command needs; the exit code when that is not possible."""
    if not (LINUX and dev_system.uses_apt()):
        return None
    absent = dev_system.missing(dev_system.needed(NEEDS[command]))
    if not absent:
        return None
    names = dev_system.install_names(absent)
    prefix = dev_system.install_prefix()
    if prefix is None:
        return problem(f"missing system packages: {' '.join(names)}. Install them once with\n    "
                       f"{dev_system.install_command(names)}\nthen run this command again.")
    with step(f"installing system packages: {' '.join(names)}"):
        if not dev_system.install(names, prefix):
            return problem(f"apt-get could not install them; try it by hand:\n    {dev_system.install_command(names)}")
    return None


def check_qt() -> int | None:
    """Qt's xcb plugin must load (on Linux); on failure name the missing libraries and their packages."""
    if not LINUX:
        return None
    with step("checking that Qt's libraries load"):
        probe = dev_system.probe_qt(PYTHON)
    if probe.loads:
        return None
    if not probe.missing:
        return problem(f"Qt's xcb platform plugin does not load: {probe.error}")
    listed = dev_system.read_list()
    names = list(dict.fromkeys(dev_system.debian_package_of(library, listed) for library in probe.missing))
    prefix = dev_system.install_prefix() if dev_system.uses_apt() else None
    if prefix is not None:
        with step(f"Qt lacks {', '.join(probe.missing)}: installing {' '.join(names)}"):
            dev_system.install(names, prefix)
        probe = dev_system.probe_qt(PYTHON)
        if probe.loads:
            return None
    how = (f"install them with\n    {dev_system.install_command(names)}" if dev_system.uses_apt()
           else f"install the packages that provide them (on Debian: {' '.join(names)})")
    return problem(f"Qt cannot load: {', '.join(probe.missing)} missing; {how}")


def has_display() -> bool:
    if not LINUX or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def setup(command: str, extra: str) -> int | None:
    if first_run(extra):
        say("first run: setting up (system packages where needed, then .venv); this takes several minutes, "
            "later runs start at once")
    failed = system_packages(command)
    if failed is not None:
        return failed
    ensure_venv(extra)
    return check_qt()


def demo(args: list[str]) -> int:
    if not has_display():
        return problem("no display here to open the app on: run this in a desktop session, or on a virtual screen "
                       "with  xvfb-run -a python3 scripts/dev.py demo  (Debian's xvfb and xauth packages)")
    failed = setup("demo", "")
    if failed is not None:
        return failed
    say("opening LiveHelper with demo data")
    return run(BIN / "livehelper", "--demo", *args)


def test_postgres(stack: ExitStack) -> str | None:
    """The server of the second pass: the one named by LIVEHELPER_TEST_PG_URL, else a throwaway one (Linux)."""
    if os.environ.get(PG_URL_ENV) or not LINUX:
        return os.environ.get(PG_URL_ENV)
    bin_dir = dev_postgres.server_bin()
    if bin_dir is None:
        say("no PostgreSQL installed: the tests run on SQLite only")
        return None
    with step("starting a throwaway PostgreSQL server for the tests' second pass"):
        return stack.enter_context(dev_postgres.throwaway_server(bin_dir))


def parallel(args: list[str]) -> list[str]:
    """pytest-xdist's workers, one per core up to MAX_WORKERS, unless the caller chose (-n, -p no:xdist) or the
    machine has a single core. Each worker is its own process: its own Qt, its own PostgreSQL databases."""
    if any(arg == "-n" or arg.startswith(("-n", "--numprocesses")) or "xdist" in arg for arg in args):
        return []
    workers = min(os.cpu_count() or 1, MAX_WORKERS)
    return ["-n", str(workers)] if workers > 1 else []


def test(args: list[str]) -> int:
    failed = setup("test", "test")
    if failed is not None:
        return failed
    for what, command in (("ruff", [BIN / "ruff", "check", "livehelper", "tests", "bench", "scripts"]),
                          ("import rules (lint-imports)", [BIN / "lint-imports"])):
        with step(what):
            code = run(*command, stdin=subprocess.DEVNULL)
        if code != 0:
            return code
    with ExitStack() as stack:
        pg_url = test_postgres(stack)
        env = dict(os.environ, **({PG_URL_ENV: pg_url} if pg_url else {}))
        pytest_args = [*parallel(args), *args]
        with step(" ".join(["tests: pytest", *pytest_args])):
            return run(PYTHON, "-m", "pytest", *pytest_args, env=env, stdin=subprocess.DEVNULL)


def build(args: list[str]) -> int:
    failed = system_packages("build")
    if failed is not None:
        return failed
    with step(" ".join(["frozen build: build_frozen.py", *args])):
        return run(sys.executable, ROOT / "scripts" / "build_frozen.py", *args, stdin=subprocess.DEVNULL)


COMMANDS = {"demo": demo, "test": test, "build": build}


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        print(__doc__)
        return 2
    command, args = sys.argv[1], sys.argv[2:]
    started = time.monotonic()
    code = COMMANDS[command](args)
    say(f"{command} finished with exit code {code} after {time.monotonic() - started:.0f} s")
    return code


if __name__ == "__main__":
    sys.exit(main())
