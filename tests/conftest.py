"""Shared fixtures. Qt needs a platform before any QApplication exists: offscreen unless told otherwise."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
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
