"""Where LiveHelper keeps its files, and where its bundled resources are."""

from __future__ import annotations

from pathlib import Path

APP_NAME = "LiveHelper"


def default_data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False, roaming=True)


def default_log_dir() -> Path:
    """Crash reports go here (with --data-dir, to logs/ inside that folder instead)."""
    from platformdirs import user_log_path

    return user_log_path(APP_NAME, appauthor=False)


def demo_data_dir() -> Path:
    """Demo data lives apart from real data so the two are never mixed."""
    return default_data_dir() / "demo"


def resource(*parts: str) -> Path:
    """A file shipped in resources/ (installed as the package livehelper.resources). The package is a real
    folder wherever LiveHelper runs (installed, editable, frozen by PyInstaller), so its files are found beside
    its __init__: importlib.resources would cost the start its own imports (tempfile, random, zipfile…)."""
    import livehelper.resources as package

    return Path(package.__file__).parent.joinpath(*parts)
