"""Shared fixtures. Qt needs a platform before any QApplication exists: offscreen unless told otherwise."""

from __future__ import annotations

import json
import os
import tempfile

# A 1366×768 offscreen screen: the small laptop screen many streamers have (Qt's default is 800×600).
_SCREEN = os.path.join(tempfile.mkdtemp(prefix="livehelper-screen-"), "screen.json")
with open(_SCREEN, "w", encoding="utf-8") as _file:
    json.dump({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                            "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}, _file)
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"
os.environ.pop("LIVEHELPER_DB", None)

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from livehelper.services.context import AppContext, open_context  # noqa: E402


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def context(data_dir: Path) -> Iterator[AppContext]:
    """An empty LiveHelper database in a real SQLite file."""
    ctx = open_context(data_dir)
    yield ctx
    ctx.close()


@pytest.fixture
def demo_context(data_dir: Path) -> Iterator[AppContext]:
    """The demo catalog in a real SQLite file."""
    ctx = open_context(data_dir, demo=True)
    yield ctx
    ctx.close()
