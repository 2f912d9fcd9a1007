"""Network, mapped and sync folders are recognised, and WAL stays off there (sqlite.org/wal.html: WAL needs all
processes on the same host; sqlite.org/useovernet.html). Windows paths are checked as PureWindowsPath with the
drive type GetDriveTypeW would report (DRIVE_REMOTE = 4 for a mapped network drive)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import PurePosixPath, PureWindowsPath

import pytest

from livehelper.domain.messages import Message
from livehelper.storage.engine import DB_FILE_NAME, open_database, sqlite_url
from livehelper.storage.folder_kind import DRIVE_REMOTE, shared_folder

LOCAL_DRIVE = 3  # DRIVE_FIXED


def _fixed(_root: str) -> int:
    return LOCAL_DRIVE


def _mapped_z(root: str) -> int:
    return DRIVE_REMOTE if root.upper() == "Z:\\" else LOCAL_DRIVE


@pytest.mark.parametrize(("path", "environ", "kind"), [
    (r"\\nas\店铺\直播数据", {}, "a network share"),
    (r"\\?\UNC\nas\share\LiveHelper", {}, "a network share"),
    (r"Z:\直播数据", {}, "a mapped network drive"),
    (r"C:\Users\小王\OneDrive\直播数据", {"OneDrive": r"C:\Users\小王\OneDrive"}, "a OneDrive folder"),
    (r"D:\云\直播数据", {"OneDriveCommercial": r"D:\云"}, "a OneDrive folder"),
    (r"C:\Users\小王\OneDrive - 米脂小米合作社\数据", {}, "a OneDrive folder"),
    (r"D:\我的坚果云\直播", {}, "a 坚果云 (Nutstore) sync folder"),
    (r"D:\BaiduSyncdisk\直播数据", {}, "a 百度网盘 sync folder"),
    (r"C:\Users\小王\Dropbox\shop", {}, "a Dropbox folder"),
])
def test_windows_network_and_sync_folders_are_recognised(path, environ, kind):
    found = shared_folder(PureWindowsPath(path), environ, _mapped_z, mounts="")
    assert found is not None and found.kind == Message(kind)
    assert "PostgreSQL" in found.explanation().render("en") and "PostgreSQL" in found.explanation().render("zh_CN")


@pytest.mark.parametrize("path", [r"D:\直播数据", r"C:\Users\小王\AppData\Roaming\LiveHelper", r"\\?\D:\数据",
                                  r"C:\Users\onedrive-fan\数据"])
def test_local_windows_folders_are_not_shared(path):
    assert shared_folder(PureWindowsPath(path), {"OneDrive": r"C:\Users\小王\OneDrive"}, _fixed, mounts="") is None


def test_a_network_mount_is_recognised_on_linux():
    mounts = ("/dev/sda1 / ext4 rw 0 0\n//nas/shop /mnt/shop cifs rw 0 0\nnas:/x /srv/nfs nfs4 rw 0 0\n"
              "/dev/sdb1 /mnt/shop/local ext4 rw 0 0\n")
    assert shared_folder(PurePosixPath("/mnt/shop/数据"), {}, mounts=mounts) is not None
    assert shared_folder(PurePosixPath("/srv/nfs"), {}, mounts=mounts) is not None
    assert shared_folder(PurePosixPath("/mnt/shop/local/数据"), {}, mounts=mounts) is None  # the deeper mount wins
    assert shared_folder(PurePosixPath("/mnt/shopping"), {}, mounts=mounts) is None


def _journal_mode(database) -> str:
    with closing(sqlite3.connect(database)) as connection:
        return connection.execute("PRAGMA journal_mode").fetchone()[0]


def test_wal_stays_off_in_a_sync_folder_and_on_elsewhere(tmp_path, monkeypatch):
    synced = tmp_path / "OneDrive" / "直播数据" / DB_FILE_NAME
    local = tmp_path / "local" / DB_FILE_NAME
    monkeypatch.setenv("OneDrive", str(tmp_path / "OneDrive"))
    for database in (synced, local):
        open_database(sqlite_url(database)).dispose()
    assert _journal_mode(synced) == "delete" and not synced.with_name(DB_FILE_NAME + "-wal").exists()
    assert _journal_mode(local) == "wal"
    # A database that was in WAL before it moved into the sync folder leaves WAL when opened there.
    moved = tmp_path / "OneDrive" / "moved" / DB_FILE_NAME
    moved.parent.mkdir()
    local.rename(moved)
    open_database(sqlite_url(moved)).dispose()
    assert _journal_mode(moved) == "delete"
