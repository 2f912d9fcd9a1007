"""Flushing and renaming files so that Windows' rules hold as well as POSIX ones.

Two Windows rules that Linux CI never meets:
- os.fsync is FlushFileBuffers there, which needs a handle with write access: a file opened read-only fails
  with EBADF ("Bad file descriptor"). So a file is flushed through a read-write handle.
- os.replace fails with PermissionError (ERROR_ACCESS_DENIED / ERROR_SHARING_VIOLATION) while another program
  holds the target open without FILE_SHARE_DELETE: Excel showing an export, an antivirus scanning a new backup,
  the search indexer. They let go within moments, so the rename is retried a bounded number of times.
No imports beyond the standard library: prefs, storage and services all use this.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

REPLACE_ATTEMPTS = 10
REPLACE_PAUSE_S = 0.1  # the first pause; it doubles up to REPLACE_MAX_PAUSE_S (about 3 s in all)
REPLACE_MAX_PAUSE_S = 0.5
# Folders can be flushed only on POSIX: Windows' os.open cannot open a folder at all.
FOLDERS_FLUSHABLE = os.name == "posix"


def fsync_file(path: Path) -> None:
    """Flush `path`'s data to the disk through a handle that may write (FlushFileBuffers requires one)."""
    descriptor = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def fsync_folder(folder: Path) -> None:
    """A rename is durable once its folder is flushed (POSIX); NTFS journals renames itself."""
    if not FOLDERS_FLUSHABLE:
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def replace_file(source: Path, target: Path) -> None:
    """os.replace, retried while Windows refuses because another program briefly holds `target` (or `source`).

    The last PermissionError propagates: a file that stays locked (open in Excel) is the user's to close.
    """
    pause = REPLACE_PAUSE_S
    for attempt in range(REPLACE_ATTEMPTS):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if attempt == REPLACE_ATTEMPTS - 1 or not source.exists():
                raise
        time.sleep(pause)
        pause = min(pause * 2, REPLACE_MAX_PAUSE_S)
