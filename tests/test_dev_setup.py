"""scripts/dev.py's system side (issue 21): one package list, the Qt probe and the names it gives."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from scripts import dev, dev_system

ROOT = Path(__file__).resolve().parents[1]
# ldd on Qt's xcb plugin with libxcb-icccm4 and libxcb-keysyms1 removed (Debian 12, PySide6 6.8)
LDD_WITHOUT_ICCCM = """\
\tlinux-vdso.so.1 (0x00007ffd8a5f2000)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/plugins/platforms/../../lib/libQt6XcbQpa.so.6 (0x00007f2a1c000000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
\tlibX11-xcb.so.1 => /lib/x86_64-linux-gnu/libX11-xcb.so.1 (0x00007f2a1bff0000)
"""


def test_the_list_has_every_need_and_no_repeats():
    packages = dev_system.read_list()
    assert {package.need for package in packages} == {"setup", "app", "test", "build"}
    names = [name for package in packages for name in package.names]
    assert len(names) == len(set(names))
    assert {"libxcb-icccm4", "libxcb-keysyms1", "fonts-wqy-microhei", "xvfb", "chromium-driver",
            "postgresql"} <= set(names)


def test_ci_names_no_package_of_its_own():
    """.ci/run runs dev.py, which reads the list: no second list to drift apart."""
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert "scripts/dev.py test" in ci
    names = {name for package in dev_system.read_list() for name in package.names}
    assert [name for name in names if f" {name}" in ci or f"({name}" in ci] == []


def test_ldd_names_each_missing_library_once():
    assert dev_system.missing_libraries(LDD_WITHOUT_ICCCM) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]


def test_missing_libraries_get_their_debian_package():
    listed = dev_system.read_list()
    assert [dev_system.debian_package_of(library, listed) for library in (
        "libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libX11.so.6", "libxkbcommon-x11.so.0", "libEGL.so.1",
        "libglib-2.0.so.0", "libdbus-1.so.3")] == [
        "libxcb-icccm4", "libxcb-keysyms1", "libx11-6", "libxkbcommon-x11-0", "libegl1", "libglib2.0-0",
        "libdbus-1-3"]


def test_the_command_to_run_installs_every_name_after_an_update():
    command = dev_system.install_command(["libxcb-icccm4", "libxcb-keysyms1"])
    assert command.endswith("'apt-get update && apt-get install -y --no-install-recommends "
                            "libxcb-icccm4 libxcb-keysyms1'")


def test_the_probe_loads_qt_here():
    """The test run itself needs Qt's libraries, so on Linux the probe must find the xcb plugin loadable."""
    if not sys.platform.startswith("linux"):
        assert dev_system.xcb_plugin(Path(sys.executable)) is None
        return
    assert dev_system.probe_qt(Path(sys.executable)) == dev_system.QtProbe(True, [])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="only Linux can lack a display")
def test_demo_without_a_display_says_so_in_one_line_before_setting_anything_up(tmp_path):
    env = {key: value for key, value in os.environ.items()
           if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "dev.py"), "demo"], capture_output=True, text=True,
                            env=env, stdin=subprocess.DEVNULL, timeout=60, check=False)
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert "no display" in line and "xvfb-run" in line and "desktop" in line


@pytest.mark.parametrize(("args", "cores", "expected"), [
    ([], 2, ["-n", "2"]), ([], 16, ["-n", "4"]), ([], 1, []), (["-n", "0"], 8, []), (["-n3", "-x"], 8, []),
    (["-p", "no:xdist"], 8, []), (["tests/domain", "-q"], 2, ["-n", "2"])])
def test_the_suite_spreads_over_the_cores_unless_told_otherwise(monkeypatch, args, cores, expected):
    monkeypatch.setattr(dev.os, "cpu_count", lambda: cores)
    assert dev.parallel(args) == expected
