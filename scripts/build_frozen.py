"""Build the frozen app with PyInstaller, smoke-test it, and (optionally) compile the installer.

    python scripts/build_frozen.py               # venv + build extra, PyInstaller on build.spec, frozen selftest
    python scripts/build_frozen.py --installer   # … then makensis on installer/livehelper.nsi
    python scripts/build_frozen.py --installer --uncompressed   # CI's check: the installer compiles, in seconds

The release order of docs/building.md: the version (from livehelper.__version__; build.spec turns it into the
Windows version resource) → PyInstaller → the frozen `selftest`, offscreen with a throwaway data folder → the
installer. Any failing step stops the script with a non-zero exit. Works on Windows and Linux.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dev import PYTHON, ROOT, ensure_venv, run  # scripts/ is not a package: imported from its folder

DIST = ROOT / "dist" / "LiveHelper"
EXE = DIST / ("LiveHelper.exe" if os.name == "nt" else "LiveHelper")
CONSOLE_EXE = DIST / ("livehelper-cli.exe" if os.name == "nt" else "livehelper-cli")  # the command-line twin
NSIS_SCRIPT = ROOT / "installer" / "livehelper.nsi"
SELFTEST_TIMEOUT = 300


def version() -> str:
    namespace: dict[str, str] = {}
    exec((ROOT / "livehelper" / "__init__.py").read_text("utf-8"), namespace)  # just the __version__ line
    return namespace["__version__"]


def freeze() -> None:
    code = run(PYTHON, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN", ROOT / "build.spec")
    if code != 0:
        sys.exit(f"PyInstaller failed (exit {code})")


def smoke_test() -> None:
    """The frozen app opens every workspace on the demo data, offscreen, and leaves no crash report behind.

    The console twin runs the selftest and must print its verdict line (on Windows too: it is a console exe);
    the windowed exe then takes a backup, which it must manage without any console or stdout.
    """
    with tempfile.TemporaryDirectory(prefix="livehelper-frozen-") as data_dir:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        env.pop("LIVEHELPER_DB", None)
        completed = subprocess.run([str(CONSOLE_EXE), "--data-dir", data_dir, "--demo", "--lang", "en", "selftest"],
                                   env=env, capture_output=True, text=True, encoding="utf-8", errors="replace",
                                   timeout=SELFTEST_TIMEOUT, check=False, stdin=subprocess.DEVNULL)
        print((completed.stdout + completed.stderr).strip())
        backup = subprocess.run([str(EXE), "--data-dir", data_dir, "backup", str(Path(data_dir) / "smoke.sqlite3")],
                                env=env, timeout=SELFTEST_TIMEOUT, check=False, stdin=subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        crash_reports = sorted((Path(data_dir) / "logs").glob("crash-*.txt"))
        for report in crash_reports:
            print(report.read_text("utf-8", errors="replace"), file=sys.stderr)
        if completed.returncode != 0 or crash_reports:
            sys.exit(f"the frozen selftest failed (exit {completed.returncode}, {len(crash_reports)} crash reports)")
        if "selftest ok" not in completed.stdout:
            sys.exit("the frozen selftest did not report 'selftest ok'")
        if backup.returncode != 0 or not (Path(data_dir) / "smoke.sqlite3").is_file():
            sys.exit(f"the windowed exe could not take a backup (exit {backup.returncode})")


def help_link() -> str:
    """The project's web page: LIVEHELPER_HELP_URL, or the repository a GitHub workflow builds; else none."""
    if os.environ.get("LIVEHELPER_HELP_URL"):
        return os.environ["LIVEHELPER_HELP_URL"]
    server, repository = os.environ.get("GITHUB_SERVER_URL"), os.environ.get("GITHUB_REPOSITORY")
    return f"{server}/{repository}" if server and repository else ""


def compile_installer(app_version: str, compress: bool) -> Path:
    makensis = shutil.which("makensis")
    if makensis is None:
        sys.exit("makensis not found: install NSIS (Debian: apt-get install nsis; Windows: choco install nsis)")
    output = ROOT / "dist" / f"LiveHelper-{app_version}-setup.exe"
    numbers = [part for part in app_version.split("+")[0].split(".") if part.isdigit()][:4]
    version4 = ".".join(numbers + ["0"] * (4 - len(numbers)))  # VIProductVersion wants exactly four numbers
    options = [] if compress else ["-DNO_COMPRESSION"]  # LZMA over the whole folder takes minutes
    help_url = help_link()
    if help_url:
        options.append(f"-DHELP_URL={help_url}")  # Settings → Apps: the entry's help and "about" link
    code = run(makensis, "-V2", "-WX", "-INPUTCHARSET", "UTF8", *options, f"-DVERSION={app_version}",
               f"-DVERSION4={version4}", f"-DDIST={DIST}", f"-DOUTFILE={output}", NSIS_SCRIPT)
    if code != 0 or not output.is_file():
        sys.exit(f"makensis failed (exit {code})")
    return output


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--installer", action="store_true", help="also compile installer/livehelper.nsi")
    parser.add_argument("--uncompressed", action="store_true",
                        help="store the installer's files uncompressed (a quick compile check, not a release)")
    args = parser.parse_args()
    started = time.perf_counter()
    ensure_venv("build")
    app_version = version()
    print(f"LiveHelper {app_version}: PyInstaller on build.spec", flush=True)
    freeze()
    built = time.perf_counter()
    print(f"built {DIST} in {built - started:.0f}s; running the frozen selftest", flush=True)
    smoke_test()
    if args.installer:
        installer = compile_installer(app_version, compress=not args.uncompressed)
        print(f"installer: {installer} ({installer.stat().st_size / 1e6:.1f} MB)")
    print(f"frozen build ok in {time.perf_counter() - started:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
