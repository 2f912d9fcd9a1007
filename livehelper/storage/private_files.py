"""Files and folders only their owner may read (0700 folders, 0600 files) off Windows, where the user's
profile folder already keeps other users out. The data folder, the database, its backups, transfer zips and
crash reports hold buyers' data and robot secrets: another account on the same PC has no business there."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

FOLDER_MODE = 0o700
FILE_MODE = 0o600
OWNER_ONLY = sys.platform != "win32"


def private_folder(path: Path) -> Path:
    """`path` made (with its missing parents) and, off Windows, closed to other users."""
    path.mkdir(parents=True, exist_ok=True)
    if OWNER_ONLY:
        with contextlib.suppress(OSError):  # a folder we do not own (a shared mount): leave it
            os.chmod(path, FOLDER_MODE)
    return path


def private_file(path: Path) -> Path:
    """Closes an existing file to other users (off Windows); missing files are left alone."""
    if OWNER_ONLY:
        with contextlib.suppress(OSError):
            os.chmod(path, FILE_MODE)
    return path


def private_new_file(path: Path) -> Path:
    """An empty file made owner-only before anything writes to it (SQLite then keeps the mode for its -wal and
    -shm files); an existing one is closed to other users instead."""
    if not OWNER_ONLY:
        return path
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
    except FileExistsError:
        private_file(path)
    except OSError:
        pass  # the caller's own open reports a real problem
    return path
