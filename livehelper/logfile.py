"""The log folder's two other files beside the crash reports: a rotating log of background failures, and what
faulthandler writes when the process dies in native code (Qt, a driver) where no Python handler runs.

Background work (the robot sender, the change watcher, the LAN server, privacy purges) reports its failures
through `logging`; without a handler they vanished. They now go to livehelper.log, redacted with the crash
reports' rules (livehelper.crash.redact: no phone numbers, buyer fields or SQL parameters, no home folder).

A native crash cannot be written as it happens in any other way than by faulthandler into a file opened in
advance, so each process keeps native-crash-PID.log open while it runs and removes it, empty, when it ends; at
the next start a non-empty one becomes an ordinary, redacted crash report (crash-….txt), which the app mentions
like any other. No Qt here.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import sys
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TextIO

from livehelper import __version__
from livehelper.crash import REPORT_PREFIX, UNMENTIONED_MARKER, redact, without_home
from livehelper.storage.private_files import private_folder, private_new_file

LOG_NAME = "livehelper.log"
NATIVE_PATTERN = "native-crash-*.log"
MAX_BYTES = 1_000_000  # a few weeks of failures; the oldest of BACKUPS + 1 files is dropped
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"


class RedactingFormatter(logging.Formatter):
    """The record as text, then the crash reports' redaction over all of it (message, arguments, traceback)."""

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        stamp = getattr(record, "asctime", "")  # the line's own time is no phone number (issue 19)
        if stamp and text.startswith(stamp):
            return stamp + without_home(redact(text[len(stamp):]))
        return without_home(redact(text))


@dataclass
class Diagnostics:
    """What start() set up, so that stop() can undo exactly that (the tests start and stop it several times)."""

    folder: Path
    handler: logging.Handler | None = None
    native: TextIO | None = None
    native_reports: list[Path] = field(default_factory=list)  # earlier native crashes, now crash reports
    _levels: dict[str, int] = field(default_factory=dict)

    def stop(self) -> None:
        if self.native is not None:
            faulthandler.disable()
            self.native.close()
            Path(self.native.name).unlink(missing_ok=True)  # nothing was written: the run did not crash
            self.native = None
            if sys.__stderr__ is not None:  # as Python starts it (and pytest expects it): to stderr
                faulthandler.enable(sys.__stderr__)
        if self.handler is not None:
            logging.getLogger().removeHandler(self.handler)
            self.handler.close()
            self.handler = None
        for name, level in self._levels.items():
            logging.getLogger(name).setLevel(level)
        self._levels.clear()


def adopt_native_crashes(folder: Path) -> list[Path]:
    """Earlier runs' non-empty native-crash-PID.log files as redacted crash reports (the app mentions the newest)."""
    reports = []
    for native in sorted(folder.glob(NATIVE_PATTERN), key=lambda path: path.stat().st_mtime):
        try:
            text = native.read_text("utf-8", errors="replace")
            if not text.strip():
                continue  # another LiveHelper running now, or one that ended before writing anything
            when = datetime.fromtimestamp(native.stat().st_mtime).astimezone()
            report = folder / f"{REPORT_PREFIX}{when:%Y%m%d-%H%M%S}-native.txt"
            header = f"LiveHelper crash report (native: the process died in compiled code)\nversion: {__version__}\n\n"
            report.write_text(header + without_home(redact(text)), "utf-8")
            (folder / UNMENTIONED_MARKER).write_text(report.name, "utf-8")
            native.unlink()
        except OSError:
            continue
        reports.append(report)
    return reports


class _RotatingLog(logging.Handler):
    """The rotating log, made at its first record: the log is empty on most days, and logging.handlers (with the
    socket, pickle and queue modules it loads) is then not loaded at every start (issue 20). Each file, the first
    and every one after a rollover, is made owner-only off Windows (issue 19)."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:  # called under this handler's lock: made once
        try:
            if self._file is None:
                self._file = _private_rotating_file(self.path)
                self._file.setFormatter(self.formatter)
        except OSError:  # the folder went away: said on stderr, as logging does for any handler
            self.handleError(record)
            return
        self._file.emit(record)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def _private_rotating_file(path: Path) -> logging.Handler:
    from logging.handlers import RotatingFileHandler

    class PrivateLog(RotatingFileHandler):
        def _open(self) -> TextIO:
            private_new_file(Path(self.baseFilename))
            return super()._open()

    return PrivateLog(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")


def start(folder: Path, level: int = logging.INFO) -> Diagnostics:
    """The rotating log and faulthandler in `folder`; a folder that cannot be written leaves both off."""
    diagnostics = Diagnostics(folder)
    try:
        private_folder(folder)
        diagnostics.native_reports = adopt_native_crashes(folder)
        handler = _RotatingLog(folder / LOG_NAME)  # no file until something is logged
        native = private_new_file(folder / f"native-crash-{os.getpid()}.log").open("w", encoding="utf-8")
    except OSError:
        return diagnostics
    handler.setFormatter(RedactingFormatter(FORMAT))
    handler.setLevel(level)
    logging.getLogger().addHandler(handler)
    project = logging.getLogger("livehelper")  # our modules' INFO too; other libraries stay at WARNING
    diagnostics._levels[project.name] = project.level
    project.setLevel(min(level, project.getEffectiveLevel()))
    diagnostics.handler = handler
    faulthandler.enable(native, all_threads=True)
    diagnostics.native = native
    return diagnostics
