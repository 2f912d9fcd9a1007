"""Frozen size and start-up: the PyInstaller folder of LiveHelper against a frozen bare PySide6 window.

DESIGN (Performance budgets): the frozen app (PyInstaller onedir) ≤ 1.3× a frozen bare PySide6 window with the
same exclusions. Both are built from build.spec (LIVEHELPER_FREEZE=bare builds bench/baselines/bare_window.py
with the same excluded modules, the same Qt translation pruning and the same stripping), into the run's work
folder. Needs the build extra (`pip install -e .[build]`); the two builds take a minute or two.

    python bench/run.py frozen_size
    python bench/run.py frozen_startup_first_window frozen_startup   # issue 20: the same start-up figures, frozen
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

from bench._harness import PROJECT_DIR, BenchError, Measurement, Settings, bench_env, benchmark, run_command

SPEC = PROJECT_DIR / "build.spec"
BUILD_TIMEOUT = 900.0


def folder_size(folder: Path) -> int:
    """Bytes of the regular files in `folder`; symbolic links (PyInstaller makes some on Linux) count once."""
    total = 0
    for directory, _subdirs, names in os.walk(folder):
        for name in names:
            path = Path(directory, name)
            if not path.is_symlink():
                total += path.stat().st_size
    return total


def freeze(workdir: Path, bare: bool) -> Path:
    """Run PyInstaller on build.spec and return the dist folder it made."""
    env = bench_env()
    env.pop("LIVEHELPER_FREEZE", None)
    if bare:
        env["LIVEHELPER_FREEZE"] = "bare"
    dist, work = workdir / "dist", workdir / "build"
    run_command([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", str(dist),
                 "--workpath", str(work), str(SPEC)], env, timeout=BUILD_TIMEOUT)
    folder = dist / ("BareWindow" if bare else "LiveHelper")
    if not folder.is_dir():
        raise BenchError(f"PyInstaller made no {folder}")
    return folder


@benchmark("frozen_size", budget=1.3, unit="MB")
def frozen_size(settings: Settings) -> Measurement:
    app = folder_size(frozen_folder(settings.workdir, bare=False)) / 1e6
    bare = folder_size(frozen_folder(settings.workdir, bare=True)) / 1e6
    return Measurement(app, bare, (app,), (bare,))  # sizes do not vary between runs: one build of each


_frozen: dict[tuple[Path, bool], Path] = {}


def frozen_folder(workdir: Path, bare: bool) -> Path:
    """One build of each per run, shared by the size and start-up figures."""
    key = (workdir, bare)
    if key not in _frozen:
        if importlib.util.find_spec("PyInstaller") is None:
            raise BenchError("PyInstaller is not installed: pip install -e .[build]")
        _frozen[key] = freeze(workdir / ("frozen-bare" if bare else "frozen-app"), bare=bare)
    return _frozen[key]


def executable(folder: Path) -> Path:
    """The bare window, or LiveHelper's console twin (the windowed exe has no stdout on Windows to print on)."""
    name = "BareWindow" if folder.name == "BareWindow" else "livehelper-cli"
    return folder / (f"{name}.exe" if os.name == "nt" else name)


def frozen_start(settings: Settings, marker: str) -> Measurement:
    """The frozen app's start (to `marker`) against the frozen bare window's, as bench/startup.py measures them."""
    from bench._harness import compare, time_until_line
    from bench.startup import BASELINE_DONE, compile_bytecode

    compile_bytecode()
    app = executable(frozen_folder(settings.workdir, bare=False))
    bare = executable(frozen_folder(settings.workdir, bare=True))
    data_dir = settings.workdir / "frozen-startup-demo"
    command = [str(app), "--data-dir", str(data_dir), "--demo", "--lang", "en", "selftest", "--verbose"]
    env = bench_env()
    run_command(command, env)  # creates and seeds the demo database; not measured
    return compare(lambda: time_until_line(command, marker, env),
                   lambda: time_until_line([str(bare)], BASELINE_DONE, env), settings)


@benchmark("frozen_startup_first_window", budget=1.5, unit="s")
def frozen_startup_first_window(settings: Settings) -> Measurement:
    from bench.startup import WINDOW_SHOWN

    return frozen_start(settings, WINDOW_SHOWN)


@benchmark("frozen_startup", budget=3.0, unit="s")
def frozen_startup(settings: Settings) -> Measurement:
    from bench.startup import SELFTEST_DONE

    return frozen_start(settings, SELFTEST_DONE)
