"""A test fails on an unexpected Qt warning, as qutebrowser's do (pytest-qt's message handler, set up by
qt_log_level_fail and qt_log_ignore in pyproject.toml); the allow-listed harmless ones pass.

Checked by running pytest on a small test file with the project's own configuration."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROBE = '''
from PySide6.QtCore import qWarning


def test_an_unexpected_warning(qapp):
    qWarning("QWidget::setLayout: Attempting to set QLayout on a widget which already has a layout")


def test_an_allowed_warning(qapp):
    qWarning("This plugin does not support propagateSizeHints()")


def test_no_warning(qapp):
    assert qapp is not None
'''


def test_unexpected_qt_warnings_fail_the_test_and_allowed_ones_do_not(tmp_path):
    (tmp_path / "test_probe.py").write_text(PROBE, "utf-8")
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-c",
                             str(ROOT / "pyproject.toml"), "--rootdir", str(tmp_path), str(tmp_path / "test_probe.py")],
                            capture_output=True, text=True, timeout=300, check=False, cwd=tmp_path,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "FAILED test_probe.py::test_an_unexpected_warning" in result.stdout
    assert "1 failed, 2 passed" in result.stdout
