"""A second LiveHelper on the same data folder finds the first and asks it to show itself (real processes)."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

from livehelper.single_instance import InstanceGuard, channel_name

PROJECT = Path(__file__).resolve().parents[2]
SECOND = ("import sys; from pathlib import Path; from livehelper.single_instance import InstanceGuard, channel_name;"
          "guard = InstanceGuard(channel_name(Path(sys.argv[1]))); first = guard.claim();"
          "print('first' if first else 'second', guard.ask_first_to_show() if not first else '')")


def _second(data_dir: Path) -> str:
    done = subprocess.run([sys.executable, "-c", SECOND, str(data_dir)], cwd=PROJECT, capture_output=True,
                          text=True, timeout=60, check=True)
    return done.stdout.strip()


def test_a_second_start_brings_the_first_forward(tmp_path):
    shown = threading.Event()
    first = InstanceGuard(channel_name(tmp_path / "数据"), shown.set)
    try:
        assert first.claim()
        assert _second(tmp_path / "数据") == "second True"
        assert shown.wait(30)
        assert _second(tmp_path / "别的店") == "first"  # another data folder is another shop: it may run
    finally:
        first.close()
    assert _second(tmp_path / "数据") == "first"  # the first has gone: the next start is the first again


def test_the_same_folder_in_another_spelling_is_the_same_channel(tmp_path):
    (tmp_path / "a").mkdir()
    assert channel_name(tmp_path / "a") == channel_name(tmp_path / "a" / ".." / "a")
    assert channel_name(tmp_path / "a") != channel_name(tmp_path / "b")


def test_a_channel_left_by_a_crashed_copy_is_taken_over(tmp_path):
    name = channel_name(tmp_path / "数据")
    Path(name).write_bytes(b"")  # what a killed copy leaves behind on POSIX: a socket file nobody answers on
    guard = InstanceGuard(name)
    try:
        assert guard.claim()
    finally:
        guard.close()
