"""Is the SQLite file in a folder that other PCs or a sync program also reach? Then WAL stays off.

SQLite's WAL mode needs shared memory that every connection maps from the -shm file, so "WAL does not work over
a network filesystem" (sqlite.org/wal.html, "all processes using a database must be on the same host
computer"); and its locking over SMB/NFS is unreliable in any mode (sqlite.org/useovernet.html). A sync program
(OneDrive, 坚果云, 百度网盘同步空间, Dropbox) copies the database file without its -wal file, or while it is
half-written, and replays another PC's copy over it. So such a folder is detected, WAL is left off there
(rollback journal: everything lives in the one file) and the user is told: one PC per SQLite file; several PCs
share a shop's data through PostgreSQL (docs/shared-database.md).

Detected: a UNC path (\\\\server\\share, also what a mapped drive resolves to), a drive whose type Windows reports
as DRIVE_REMOTE (GetDriveTypeW: a mapped network drive), a folder inside OneDrive (its environment variables,
or a path component named OneDrive / "OneDrive - <organisation>"), inside 坚果云 (Nutstore), 百度网盘's sync
folder, Dropbox or Google Drive; on Linux and macOS a mount of type nfs, cifs/smb or sshfs.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePath, PureWindowsPath

from livehelper.domain.messages import Message

DRIVE_REMOTE = 4  # GetDriveTypeW (learn.microsoft.com/windows/win32/api/fileapi/nf-fileapi-getdrivetypew)
ONEDRIVE_VARIABLES = ("OneDrive", "OneDriveConsumer", "OneDriveCommercial")
NETWORK_FILESYSTEMS = frozenset({"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "afpfs", "webdav"})
# Folder names the sync programs create (their defaults); compared case-insensitively, whole components only.
_SYNC_FOLDERS: tuple[tuple[str, Message], ...] = (
    ("onedrive", Message("a OneDrive folder")),
    ("我的坚果云", Message("a 坚果云 (Nutstore) sync folder")),
    ("nutstore", Message("a 坚果云 (Nutstore) sync folder")),
    ("baidusyncdisk", Message("a 百度网盘 sync folder")),
    ("baidunetdiskworkspace", Message("a 百度网盘 sync folder")),
    ("百度网盘同步空间", Message("a 百度网盘 sync folder")),
    ("dropbox", Message("a Dropbox folder")),
    ("google drive", Message("a Google Drive folder")),
    ("icloud drive", Message("an iCloud Drive folder")),
    ("iclouddrive", Message("an iCloud Drive folder")),
)


@dataclass(frozen=True)
class SharedFolder:
    """Why the folder is shared: `kind` names it for the user."""

    folder: PurePath
    kind: Message

    def explanation(self) -> Message:
        return Message(
            "The data folder {folder} is {kind}. A SQLite database there is safe only while one PC uses it and no "
            "sync program copies it while LiveHelper runs: open it from one PC only. To work on the same shop "
            "from several PCs, use a PostgreSQL server (docs/shared-database.md). LiveHelper keeps SQLite's WAL "
            "mode off in this folder, because WAL does not work on network and sync folders.",
            folder=str(self.folder), kind=self.kind)


def shared_folder(folder: PurePath, environ: Mapping[str, str] | None = None,
                  drive_type: Callable[[str], int] | None = None, mounts: str | None = None) -> SharedFolder | None:
    """The reason `folder` is reached by other PCs or a sync program; None for a local folder.

    `environ`, `drive_type` and `mounts` default to this PC's (os.environ, GetDriveTypeW, /proc/mounts).
    """
    environ = os.environ if environ is None else environ
    kind = _windows_kind(folder, drive_type) if isinstance(folder, PureWindowsPath) else _mount_kind(folder, mounts)
    if kind is None:
        kind = _sync_kind(folder, environ)
    return SharedFolder(folder, kind) if kind is not None else None


def _windows_kind(folder: PureWindowsPath, drive_type: Callable[[str], int] | None) -> Message | None:
    drive = folder.drive
    if drive.startswith("\\\\"):
        if drive.upper().startswith("\\\\?\\") and not drive.upper().startswith("\\\\?\\UNC\\"):
            drive = drive[4:]  # \\?\C: is a local drive in long-path form
        else:
            return Message("a network share")
    if len(drive) == 2 and drive[1] == ":":
        reported = (drive_type or _windows_drive_type)(drive + "\\")
        if reported == DRIVE_REMOTE:
            return Message("a mapped network drive")
    return None


def _windows_drive_type(root: str) -> int:
    if sys.platform != "win32":
        return 0
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]


def _mount_kind(folder: PurePath, mounts: str | None) -> Message | None:
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text("utf-8", errors="replace")
        except OSError:
            return None
    best, best_type = "", ""
    text = str(folder)
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = text == point or text.startswith(point.rstrip("/") + "/")
        if inside and len(point) > len(best):
            best, best_type = point, fields[2]
    if best_type in NETWORK_FILESYSTEMS:
        return Message("a network share")
    return None


def _sync_kind(folder: PurePath, environ: Mapping[str, str]) -> Message | None:
    for variable in ONEDRIVE_VARIABLES:
        root = environ.get(variable)
        if root and _is_inside(folder, type(folder)(root)):
            return Message("a OneDrive folder")
    for part in folder.parts:
        name = part.casefold()
        for marker, kind in _SYNC_FOLDERS:
            if name == marker or (marker == "onedrive" and name.startswith("onedrive - ")):
                return kind
    return None


def _is_inside(folder: PurePath, root: PurePath) -> bool:
    if isinstance(folder, PureWindowsPath):  # Windows compares names case-insensitively
        return str(folder).casefold().startswith(str(root).casefold().rstrip("\\") + "\\") or \
            str(folder).casefold() == str(root).casefold()
    return folder == root or root in folder.parents
