"""A restore in its own process, for test_backup.py (which kills it hard in the middle).

    python restore_child.py DATA_DIR BACKUP

Prints `COPY <pages>/<total>` after each step of the copy, `COPIED` when the copy is complete and `DONE` when
the restore is over, each straight to the stdout file descriptor, so the parent can kill it at a known point.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def emit(line: str) -> None:
    data = (line + "\n").encode()
    while data:
        data = data[os.write(1, data):]


def progress(done: int, total: int) -> None:
    emit(f"COPY {done}/{total}")
    if done >= total:
        emit("COPIED")


def main(argv: list[str]) -> int:
    from livehelper.services.settings.backup import Backups
    from livehelper.storage.engine import DB_FILE_NAME, sqlite_url

    data_dir, source = Path(argv[1]), Path(argv[2])
    Backups(data_dir, sqlite_url(data_dir / DB_FILE_NAME)).restore(source, progress=progress)
    emit("DONE")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
