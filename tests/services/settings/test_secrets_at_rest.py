"""Issue 19, finding 4: robot webhook secrets sealed in the database, its backups and the transfer zip, and the
data folder, database, backups, zip, key and crash reports owner-only (off Windows)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from livehelper.crash import CrashRecorder
from livehelper.domain.errors import ValidationError
from livehelper.services.context import open_context
from livehelper.services.settings import transfer
from livehelper.services.settings.backup import Backups
from livehelper.services.settings.notify import ROBOTS_KEY
from livehelper.storage.cues import set_setting, setting
from livehelper.storage.secret_box import KEY_FILE

ACCESS_TOKEN = "9f3c2a7be41d8c6f0a5b3e2d1c4f7a8b9e0d3c6b5a4f7e8d9c0b1a2f3e4d5c6b"
DINGTALK_URL = f"https://oapi.dingtalk.com/robot/send?access_token={ACCESS_TOKEN}"
SIGNING_SECRET = "SEC7d1e0c9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0"
WECOM_KEY = "693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa"
owner_only = pytest.mark.skipif(sys.platform == "win32", reason="Windows keeps others out of the user profile")


def _secrets_in(data: bytes) -> list[str]:
    return [secret for secret in (ACCESS_TOKEN, SIGNING_SECRET, WECOM_KEY) if secret.encode() in data]


def _sqlite_bytes(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())


@pytest.fixture
def sqlite_context(tmp_path):
    context = open_context(tmp_path / "data")
    context.notify.save_robot("钉钉群", "dingtalk", DINGTALK_URL, SIGNING_SECRET)
    context.notify.save_robot("包装群", "wecom", f"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key={WECOM_KEY}")
    yield context
    context.close()


def test_the_database_and_its_backups_hold_no_secret_in_clear(sqlite_context):
    data_dir = sqlite_context.data_dir
    assert _secrets_in(_sqlite_bytes(data_dir / "livehelper.sqlite3")) == []
    with sqlite_context.database.sessions() as session:
        assert _secrets_in(setting(session, ROBOTS_KEY).encode()) == []
    backup = Backups(data_dir, sqlite_context.database.engine.url.render_as_string()).take("test").path
    assert _secrets_in(backup.read_bytes()) == []
    robot = sqlite_context.notify._lookup("钉钉群")  # what the sender uses: the clear values
    assert (robot.webhook_url, robot.secret) == (DINGTALK_URL, SIGNING_SECRET)


def test_secrets_stored_in_clear_by_an_older_version_are_sealed_at_start(tmp_path):
    context = open_context(tmp_path / "data")
    clear = (f'[{{"name": "钉钉群", "platform": "dingtalk", "webhook_url": "{DINGTALK_URL}", '
             f'"secret": "{SIGNING_SECRET}", "enabled": true}}]')
    with context.database.sessions.begin() as session:
        set_setting(session, ROBOTS_KEY, clear)
    context.close()
    context = open_context(tmp_path / "data")
    try:
        with context.database.sessions() as session:
            assert _secrets_in(setting(session, ROBOTS_KEY).encode()) == []
        assert context.notify._lookup("钉钉群").secret == SIGNING_SECRET
    finally:
        context.close()


def _zip_database(path: Path) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read(transfer.DATABASE_ENTRY)


def test_the_transfer_zip_leaves_secrets_out_unless_sealed_with_a_passphrase(sqlite_context, tmp_path):
    plain, sealed = tmp_path / "plain.zip", tmp_path / "sealed.zip"
    transfer.export_everything(sqlite_context.database, sqlite_context.data_dir, plain)
    transfer.export_everything(sqlite_context.database, sqlite_context.data_dir, sealed, passphrase="麦田 2026")
    assert _secrets_in(_zip_database(plain)) == [] and _secrets_in(_zip_database(sealed)) == []

    without = open_context(tmp_path / "new-pc-1")
    try:
        transfer.import_everything(without.database, without.data_dir, plain)
        assert without.notify._lookup("钉钉群").secret == ""  # to be entered again
    finally:
        without.close()
    new_pc = open_context(tmp_path / "new-pc-2")
    try:
        with pytest.raises(ValidationError, match="passphrase"):
            transfer.import_everything(new_pc.database, new_pc.data_dir, sealed, passphrase="wrong")
        assert transfer.database_is_empty(new_pc.database)
        transfer.import_everything(new_pc.database, new_pc.data_dir, sealed, passphrase="麦田 2026")
        robot = new_pc.notify._lookup("钉钉群")
        assert (robot.webhook_url, robot.secret) == (DINGTALK_URL, SIGNING_SECRET)
        assert _secrets_in(_sqlite_bytes(new_pc.data_dir / "livehelper.sqlite3")) == []
    finally:
        new_pc.close()


def test_the_command_line_exports_secrets_only_with_a_passphrase(sqlite_context, tmp_path):
    target = tmp_path / "cli.zip"
    env = {**os.environ, "LIVEHELPER_PASSPHRASE": "麦田 2026"}
    done = subprocess.run([sys.executable, "-m", "livehelper", "--data-dir", str(sqlite_context.data_dir), "--lang",
                           "en", "transfer", "export", str(target), "--with-secrets"], capture_output=True,
                          text=True, timeout=120, env=env, check=False)
    assert done.returncode == 0, done.stderr
    assert "sealed with the passphrase" in done.stdout
    assert b"pass1:" in _zip_database(target) and _secrets_in(_zip_database(target)) == []


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@owner_only
def test_data_folder_database_backups_zip_key_and_crash_reports_are_owner_only(tmp_path):
    previous = os.umask(0o022)  # what a desktop session usually has
    data_dir = tmp_path / "fresh"
    context = open_context(data_dir)
    try:
        context.notify.save_robot("钉钉群", "dingtalk", DINGTALK_URL, SIGNING_SECRET)
        backup = Backups(data_dir, context.database.engine.url.render_as_string()).take("test").path
        zip_path = tmp_path / "move.zip"
        transfer.export_everything(context.database, data_dir, zip_path)
        try:
            raise RuntimeError("boom")
        except RuntimeError as error:
            report = CrashRecorder(data_dir / "logs").record(RuntimeError, error, error.__traceback__)
        assert report is not None
        assert _mode(data_dir) == 0o700 and _mode(backup.parent) == 0o700 and _mode(report.parent) == 0o700
        for path in (data_dir / "livehelper.sqlite3", data_dir / "livehelper.sqlite3-wal", backup, zip_path,
                     data_dir / KEY_FILE, report):
            assert _mode(path) == 0o600, path
    finally:
        context.close()
        os.umask(previous)


@owner_only
def test_the_log_files_are_owner_only_after_rotating_too(tmp_path):
    import logging

    from livehelper import logfile

    previous = os.umask(0o022)
    folder = tmp_path / "logs"
    diagnostics = logfile.start(folder)
    try:
        for _ in range(logfile.MAX_BYTES // 1000 * 2):
            logging.getLogger("livehelper.test").warning("x" * 1000)
    finally:
        diagnostics.stop()
        os.umask(previous)
    logs = list(folder.glob(f"{logfile.LOG_NAME}*"))
    assert len(logs) >= 2 and _mode(folder) == 0o700
    assert all(_mode(path) == 0o600 for path in logs), [(path.name, oct(_mode(path))) for path in logs]


def test_the_command_line_import_says_when_sealed_secrets_were_left_out(sqlite_context, tmp_path):
    sealed = tmp_path / "sealed.zip"
    transfer.export_everything(sqlite_context.database, sqlite_context.data_dir, sealed, passphrase="麦田 2026")
    env = {key: value for key, value in os.environ.items() if key != "LIVEHELPER_PASSPHRASE"}
    done = subprocess.run([sys.executable, "-m", "livehelper", "--data-dir", str(tmp_path / "new-pc"), "--lang", "en",
                           "transfer", "import", str(sealed)], capture_output=True, text=True, timeout=120, env=env,
                          check=False)
    assert done.returncode == 0, done.stderr
    assert "came without their secrets" in done.stdout
    env["LIVEHELPER_PASSPHRASE"] = "麦田 2026"
    again = subprocess.run([sys.executable, "-m", "livehelper", "--data-dir", str(tmp_path / "new-pc-2"), "--lang",
                            "en", "transfer", "import", str(sealed), "--with-secrets"], capture_output=True, text=True,
                           timeout=120, env=env, check=False)
    assert again.returncode == 0, again.stderr
    assert "came without their secrets" not in again.stdout
