"""Frozen size: the PyInstaller folder of LiveHelper against a frozen bare PySide6 window.

DESIGN (Performance budgets): the frozen app (PyInstaller onedir) ≤ 1.3× a frozen bare PySide6 window with the
same exclusions. Both are built from build.spec (LIVEHELPER_FREEZE=bare builds bench/baselines/bare_window.py
with the same excluded modules, the same Qt translation pruning and the same stripping), into the run's work
folder. Needs the build extra (`pip install -e .[build]`); the two builds take a minute or two.

    python bench/run.py frozen_size
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
    if importlib.util.find_spec("PyInstaller") is None:
        raise BenchError("PyInstaller is not installed: pip install -e .[build]")
    app = folder_size(freeze(settings.workdir / "frozen-app", bare=False)) / 1e6
    bare = folder_size(freeze(settings.workdir / "frozen-bare", bare=True)) / 1e6
    return Measurement(app, bare, (app,), (bare,))  # sizes do not vary between runs: one build of each
