"""Windows' file rules, given to this (Linux) process: backup, restore, transfer and upgrades still work.

- os.fsync is FlushFileBuffers on Windows, which needs a handle with write access: on a read-only descriptor it
  fails with EBADF (learn.microsoft.com/windows/win32/api/fileapi/nf-fileapi-flushfilebuffers: "The handle must
  have the GENERIC_WRITE access right"). The fixture gives os.fsync that rule, and no folder can be flushed
  (os.open cannot open a folder on Windows).
- os.replace fails with PermissionError while another program holds the target without FILE_SHARE_DELETE.
- SQLite rejects a file: URI with an authority other than "localhost" (sqlite.org/uri.html, 3.1), which is what
  Path.as_uri() makes of a UNC path (\\\\server\\share\\…, how resolve() reports a mapped drive).
"""

from __future__ import annotations

import errno
import fcntl
import os
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path, PureWindowsPath

import pytest

from livehelper import durable_files
from livehelper.cli.main import main
from livehelper.domain.product import ProductDraft
from livehelper.services.context import open_context
from livehelper.storage.engine import DB_FILE_NAME, SCHEMA_HEAD
from livehelper.storage.snapshots import list_backups, read_only_uri

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "migrations"
_real_fsync = os.fsync


def _windows_fsync(descriptor: int) -> None:
    if fcntl.fcntl(descriptor, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDONLY:
        raise OSError(errno.EBADF, os.strerror(errno.EBADF))
    _real_fsync(descriptor)


@pytest.fixture
def windows_files(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "fsync", _windows_fsync)
    monkeypatch.setattr(durable_files, "FOLDERS_FLUSHABLE", False)


def _products(database: Path) -> list[str]:
    with closing(sqlite3.connect(database)) as connection:
        return [row[0] for row in connection.execute("SELECT name FROM products ORDER BY id")]


def _shop(folder: Path, names: list[str]) -> Path:
    context = open_context(folder)
    try:
        for name in names:
            context.catalog.create(ProductDraft(name=name, price_fen=3990, stock=100))
    finally:
        context.close()
    return folder / DB_FILE_NAME


def test_the_rule_refuses_a_read_only_descriptor_as_windows_does(windows_files, tmp_path):
    file = tmp_path / "x.bin"
    file.write_bytes(b"x")
    descriptor = os.open(file, os.O_RDONLY)
    try:
        with pytest.raises(OSError) as refused:
            os.fsync(descriptor)
        assert refused.value.errno == errno.EBADF
    finally:
        os.close(descriptor)
    durable_files.fsync_file(file)  # through a writable handle: accepted


def test_backup_restore_and_transfer_work_under_windows_rules(windows_files, tmp_path, capsys):
    data = tmp_path / "data"
    database = _shop(data, ["米脂黄小米"])
    assert main(["--data-dir", str(data), "--lang", "en", "backup"]) == 0
    backup = Path(capsys.readouterr().out.strip())
    assert backup.parent == data / "backups" and _products(backup) == ["米脂黄小米"]

    _shop(data, ["巨鹿金银花"])
    assert main(["--data-dir", str(data), "--lang", "en", "restore", str(backup)]) == 0
    assert "restored" in capsys.readouterr().out
    assert _products(database) == ["米脂黄小米"]

    exported = tmp_path / "搬家.zip"
    assert main(["--data-dir", str(data), "--lang", "en", "transfer", "export", str(exported)]) == 0
    other = tmp_path / "new-pc"
    _shop(other, ["旧数据"])
    assert main(["--data-dir", str(other), "--lang", "en", "transfer", "import", str(exported), "--replace"]) == 0
    assert "saved in" in capsys.readouterr().out
    assert _products(other / DB_FILE_NAME) == ["米脂黄小米"]


def test_an_upgrade_backs_up_first_under_windows_rules(windows_files, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    oldest = sorted(FIXTURES.glob("r*.sqlite3"))[0]
    shutil.copyfile(oldest, data / DB_FILE_NAME)
    open_context(data).close()
    [backup] = list_backups(data / "backups")
    assert backup.label == "before-upgrade" and backup.revision == oldest.stem[1:] != SCHEMA_HEAD


@pytest.mark.parametrize(("path", "uri"), [
    (r"\\nas\店铺\直播 数据\livehelper.sqlite3", "file:////nas/%E5%BA%97%E9%93%BA/%E7%9B%B4%E6%92%AD%20"
                                                 "%E6%95%B0%E6%8D%AE/livehelper.sqlite3?mode=ro"),
    (r"\\?\UNC\nas\share\livehelper.sqlite3", "file:////nas/share/livehelper.sqlite3?mode=ro"),
    (r"D:\直播数据\a#1?.sqlite3", "file:///D:/%E7%9B%B4%E6%92%AD%E6%95%B0%E6%8D%AE/a%231%3F.sqlite3?mode=ro"),
    (r"\\?\D:\x\100%.sqlite3", "file:///D:/x/100%25.sqlite3?mode=ro"),
])
def test_windows_paths_become_uris_without_an_authority(path, uri):
    assert read_only_uri(PureWindowsPath(path)) == uri


def test_sqlite_rejects_the_authority_that_as_uri_gives_a_share_and_opens_the_four_slash_form(tmp_path):
    share_uri = PureWindowsPath(r"\\nas\share\livehelper.sqlite3").as_uri()
    assert share_uri == "file://nas/share/livehelper.sqlite3"
    with pytest.raises(sqlite3.OperationalError, match="authority"):
        sqlite3.connect(share_uri + "?mode=ro", uri=True)
    database = tmp_path / "直播 数据#1" / "x.sqlite3"
    database.parent.mkdir()
    with closing(sqlite3.connect(database)) as connection:
        connection.execute("CREATE TABLE t (v)")
        connection.execute("INSERT INTO t VALUES (42)")
        connection.commit()
    # POSIX reads //tmp/… as /tmp/…, so the UNC form's two leading slashes open the same file here.
    doubled = read_only_uri(database).replace("file://", "file:///", 1)
    for uri in (read_only_uri(database), doubled):
        with closing(sqlite3.connect(uri, uri=True)) as connection:
            assert connection.execute("SELECT v FROM t").fetchall() == [(42,)]


def test_replace_retries_while_another_program_holds_the_target(monkeypatch, tmp_path):
    source, target = tmp_path / "new.part", tmp_path / "orders.csv"
    source.write_text("new", "utf-8")
    target.write_text("old", "utf-8")
    refusals = iter([PermissionError(13, "Access is denied")] * 3)
    real_replace = os.replace

    def held_for_a_moment(a: Path, b: Path) -> None:
        refusal = next(refusals, None)
        if refusal is not None:
            raise refusal
        real_replace(a, b)

    monkeypatch.setattr(os, "replace", held_for_a_moment)
    monkeypatch.setattr(durable_files, "REPLACE_PAUSE_S", 0.0)
    durable_files.replace_file(source, target)
    assert target.read_text("utf-8") == "new" and not source.exists()


def test_replace_gives_up_after_a_bounded_number_of_attempts(monkeypatch, tmp_path):
    source, target = tmp_path / "new.part", tmp_path / "orders.csv"
    source.write_text("new", "utf-8")
    attempts: list[Path] = []

    def always_held(a: Path, b: Path) -> None:
        attempts.append(Path(b))
        raise PermissionError(13, "Access is denied")

    monkeypatch.setattr(os, "replace", always_held)
    monkeypatch.setattr(durable_files, "REPLACE_PAUSE_S", 0.0)
    monkeypatch.setattr(durable_files, "REPLACE_MAX_PAUSE_S", 0.0)
    with pytest.raises(PermissionError):
        durable_files.replace_file(source, target)
    assert len(attempts) == durable_files.REPLACE_ATTEMPTS
