"""The log folder's rotating log (background failures, redacted like crash reports) and native crashes
written by faulthandler, which become crash reports at the next start."""

from __future__ import annotations

import logging
import subprocess
import sys

from livehelper import logfile
from livehelper.crash import UNMENTIONED_MARKER, take_unmentioned_report

PHONE = "13812345678"


def test_a_background_failure_is_logged_redacted(tmp_path):
    diagnostics = logfile.start(tmp_path)
    try:
        log = logging.getLogger("livehelper.services.watch")
        try:
            raise ConnectionError(f"robot refused buyer_phone={PHONE}")
        except ConnectionError:
            log.exception("sending to %s failed", f"收件人：王小花，{PHONE}")
        logging.getLogger("livehelper.services.settings.privacy").info("purged 3 orders")
    finally:
        diagnostics.stop()
    text = (tmp_path / logfile.LOG_NAME).read_text("utf-8")
    assert "ERROR livehelper.services.watch" in text and "ConnectionError" in text
    assert "purged 3 orders" in text
    assert PHONE not in text and "王小花" not in text
    assert "[redacted]" in text


def test_the_log_rotates_and_keeps_a_few_files(tmp_path):
    diagnostics = logfile.start(tmp_path)
    try:
        line = "x" * 1000
        for _ in range(logfile.MAX_BYTES // 1000 * (logfile.BACKUPS + 2)):
            logging.getLogger("livehelper.test").warning(line)
    finally:
        diagnostics.stop()
    kept = sorted(path.name for path in tmp_path.glob(f"{logfile.LOG_NAME}*"))
    assert kept == [logfile.LOG_NAME, *(f"{logfile.LOG_NAME}.{n}" for n in range(1, logfile.BACKUPS + 1))]
    assert all(path.stat().st_size <= logfile.MAX_BYTES for path in tmp_path.glob(f"{logfile.LOG_NAME}*"))


def test_stopping_leaves_no_handler_and_no_empty_native_file(tmp_path):
    before = list(logging.getLogger().handlers)
    logfile.start(tmp_path).stop()
    assert logging.getLogger().handlers == before
    assert list(tmp_path.glob(logfile.NATIVE_PATTERN)) == []


def test_a_native_crash_becomes_a_crash_report_at_the_next_start(tmp_path):
    crash = ("import faulthandler, sys; from pathlib import Path; from livehelper import logfile; "
             "logfile.start(Path(sys.argv[1])); faulthandler._sigsegv()")
    died = subprocess.run([sys.executable, "-c", crash, str(tmp_path)], capture_output=True, timeout=120, check=False)
    assert died.returncode != 0
    [native] = tmp_path.glob(logfile.NATIVE_PATTERN)
    assert "Fatal Python error" in native.read_text("utf-8")

    diagnostics = logfile.start(tmp_path)
    diagnostics.stop()
    [report] = diagnostics.native_reports
    assert report.name.startswith("crash-") and report.name.endswith("-native.txt")
    text = report.read_text("utf-8")
    assert "Fatal Python error: Segmentation fault" in text
    assert list(tmp_path.glob(logfile.NATIVE_PATTERN)) == []
    assert (tmp_path / UNMENTIONED_MARKER).read_text("utf-8") == report.name
    assert take_unmentioned_report(tmp_path) == report
