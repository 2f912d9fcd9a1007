"""The system side of scripts/dev.py on Debian and Ubuntu: which listed packages are missing, installing them
when this user may, the one command to run when not, and the probe that tells whether Qt can really load.

The packages are listed once, in scripts/system-packages.txt. The probe loads Qt's xcb platform plugin (the one
a desktop uses) and, when that fails, asks `ldd` which shared libraries are missing, because Qt's own message
names the wrong one ("xcb-cursor0 is needed" when libxcb-icccm4 is missing).
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

PACKAGE_LIST = Path(__file__).resolve().with_name("system-packages.txt")
INSTALLED = "install ok installed"


@dataclass(frozen=True)
class Package:
    need: str  # setup, app, test or build
    names: tuple[str, ...]  # the package and its alternatives, preferred first
    libraries: tuple[str, ...] = ()  # shared libraries whose package name does not follow Debian's rule


def read_list(path: Path = PACKAGE_LIST) -> list[Package]:
    packages = []
    for line in path.read_text("utf-8").splitlines():
        words = line.partition("#")[0].split()
        if words:
            packages.append(Package(words[0], tuple(words[1].split("|")), tuple(words[2:])))
    return packages


def needed(needs: tuple[str, ...], path: Path = PACKAGE_LIST) -> list[Package]:
    return [package for package in read_list(path) if package.need in needs]


def uses_apt() -> bool:
    return bool(shutil.which("apt-get") and shutil.which("dpkg-query"))


def installed_names(names: list[str]) -> set[str]:
    """The packages among names that dpkg has installed (unknown names are simply not installed)."""
    if not names:
        return set()
    listed = subprocess.run(["dpkg-query", "-W", "-f", "${Package} ${Status}\n", *names], capture_output=True,
                            text=True, check=False).stdout
    return {line.split(" ", 1)[0].partition(":")[0] for line in listed.splitlines() if line.endswith(INSTALLED)}


def missing(packages: list[Package]) -> list[Package]:
    found = installed_names([name for package in packages for name in package.names])
    return [package for package in packages if not found.intersection(package.names)]


def offered(names: list[str]) -> set[str]:
    """The names the package lists have a version of (none before the first apt-get update on a bare machine)."""
    policy = subprocess.run(["apt-cache", "policy", *names], capture_output=True, text=True, check=False,
                            env=dict(os.environ, LC_ALL="C")).stdout
    found, current = set(), None
    for line in policy.splitlines():
        if line and not line.startswith(" ") and line.endswith(":"):
            current = line[:-1]
        elif current and line.strip().startswith("Candidate:") and "(none)" not in line:
            found.add(current)
    return found


def install_names(packages: list[Package]) -> list[str]:
    """One name per package: the first alternative the package lists offer, else the first (apt resolves it)."""
    available = offered([name for package in packages for name in package.names if len(package.names) > 1])
    return [next((name for name in package.names if name in available), package.names[0]) for package in packages]


def install_prefix() -> list[str] | None:
    """How this user may install: [] as root, sudo without a password, or None when not allowed."""
    if os.geteuid() == 0:
        return []
    if shutil.which("sudo") and subprocess.run(["sudo", "-n", "true"], capture_output=True, check=False,
                                               stdin=subprocess.DEVNULL).returncode == 0:
        return ["sudo", "-n"]
    return None


def install(names: list[str], prefix: list[str]) -> bool:
    """apt-get update, then install, without questions (CI runs this as root with no terminal)."""
    quiet = {"stdin": subprocess.DEVNULL, "stdout": subprocess.DEVNULL, "check": False}
    apt = [*prefix, "env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "-o", "DPkg::Lock::Timeout=300"]
    if subprocess.run([*apt, "update", "-qq"], **quiet).returncode != 0:  # type: ignore[call-overload]
        return False
    return subprocess.run([*apt, "install", "-y", "-qq", "--no-install-recommends", *names],
                          **quiet).returncode == 0  # type: ignore[call-overload]


def install_command(names: list[str]) -> str:
    """The one command a person runs to install names (with the package lists refreshed first)."""
    apt = f"apt-get update && apt-get install -y --no-install-recommends {' '.join(names)}"
    return f"sudo sh -c {shlex.quote(apt)}" if shutil.which("sudo") else f"su -c {shlex.quote(apt)}"


def debian_package_of(library: str, packages: list[Package]) -> str:
    """libxcb-icccm.so.4 → libxcb-icccm4, libX11.so.6 → libx11-6 (Debian policy 8.1), unless the list says else."""
    for package in packages:
        if library in package.libraries:
            return package.names[0]
    found = re.fullmatch(r"(?P<name>.+?)\.so\.(?P<major>\d+)(\..*)?", library)
    if found is None:
        return library
    name = found["name"].lower()
    return f"{name}{'-' if name[-1].isdigit() else ''}{found['major']}"


def missing_libraries(ldd_output: str) -> list[str]:
    """The `libfoo.so.1 => not found` lines of ldd, in order, once each."""
    names = [line.split("=>")[0].strip() for line in ldd_output.splitlines() if "=> not found" in line]
    return list(dict.fromkeys(names))


@dataclass(frozen=True)
class QtProbe:
    loads: bool
    missing: list[str]  # shared libraries ldd could not find
    error: str = ""  # the loader's message when it fails for another reason


def xcb_plugin(python: Path) -> Path | None:
    """Qt's xcb platform plugin inside the venv's PySide6 (found without importing Qt, which may not load)."""
    code = "import importlib.util; print(importlib.util.find_spec('PySide6').submodule_search_locations[0])"
    found = subprocess.run([str(python), "-c", code], capture_output=True, text=True, check=False)
    plugin = Path(found.stdout.strip()) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if found.returncode == 0 and plugin.is_file() else None


def probe_qt(python: Path) -> QtProbe:
    """Load the xcb plugin with everything it needs, as the app will; on failure, ldd names what is missing."""
    plugin = xcb_plugin(python)
    if plugin is None:
        return QtProbe(False, [], "PySide6's xcb platform plugin (libqxcb.so) is not in .venv")
    loaded = subprocess.run([str(python), "-c", "import ctypes, sys; ctypes.CDLL(sys.argv[1])", str(plugin)],
                            capture_output=True, text=True, check=False)
    if loaded.returncode == 0:
        return QtProbe(True, [])
    ldd = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=False)
    error = (loaded.stderr.strip().splitlines() or [""])[-1]
    return QtProbe(False, missing_libraries(ldd.stdout), error)
