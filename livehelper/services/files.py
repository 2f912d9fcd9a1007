"""Reading files a user points at and writing files so that a crash never leaves half of one."""

from __future__ import annotations

from pathlib import Path

from livehelper.domain.errors import UnreadableFileError
from livehelper.domain.messages import Message
from livehelper.durable_files import replace_file


def read_user_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise UnreadableFileError(Message("cannot read {path}: {reason}", path=str(path),
                                          reason=error.strerror or str(error))) from error


def write_file_atomically(path: Path, data: bytes) -> None:
    """Write beside the target and rename over it (retried while Excel or a scanner holds the old file)."""
    temporary = path.with_name(path.name + ".part")
    try:
        temporary.write_bytes(data)
        replace_file(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise UnreadableFileError(Message("cannot write {path}: {reason}", path=str(path),
                                          reason=error.strerror or str(error))) from error
