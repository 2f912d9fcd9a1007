"""Crash reports: an unexpected exception written to a text file in the log folder, without personal data.

What is redacted (simple rules, so that a report can be sent to a helper without a second look):
- every run of 7 or more digits (with spaces, dashes or +86 between them), even glued to text: phone numbers,
  also order and tracking numbers, which are not needed to find a bug;
- the value after a buyer field's name (buyer_name=…, phone: …, 收件人：…, 收货地址 …), quoted or up to the
  next separator;
- the parameters SQLAlchemy appends to a database error ("[parameters: …]"), which can hold any row;
- helper tokens, webhook keys (access_token=, key=, /hook/…), signing secrets (SEC…) and any long run of
  token characters mixing letters and digits;
- the home folder in file paths (it often carries the PC user's own name).
A name or an address written into free text with no field name in front cannot be recognised; exception
messages of this program carry ids, not buyer data, which is why the field rule is enough.
No Qt here: the hooks and the dialog live in livehelper.ui.crash_hooks and livehelper.ui.crash_dialog.
"""

from __future__ import annotations

import re
import sys
import threading
import traceback
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from types import TracebackType

from livehelper import __version__
from livehelper.storage.private_files import private_folder, private_new_file

REPORT_PREFIX = "crash-"
UNMENTIONED_MARKER = "unmentioned-crash.txt"  # names the newest report the user was not told about at start
MAX_REPORTS_PER_RUN = 10  # an error repeating in a loop must not fill the disk
REDACTED = "[redacted]"

# Only a digit or a decimal point may not stand next to a run: Chinese text glued to it (手机13812345678,
# 订单号3719263827461938274) or Latin letters (order3719263827461938274) do not protect it (issue 19).
_DIGIT_RUN = re.compile(r"(?<![\d.])\+?\d(?:[\s-]?\d){6,}(?![\d.])")
# Secrets: helper tokens after Bearer/token=, webhook keys in a URL's query or a Feishu /hook/ path, DingTalk
# signing secrets (SEC…), and any long run of token characters that mixes letters and digits.
_SECRET_AFTER = re.compile(r"(?i)(bearer\s+|\b(?:token|access_token|key|sign|secret|password)\s*[=:]\s*|/hook/)"
                           r"(?:(?![&#'\",;)\]}])[\x21-\x7e])+")  # ASCII only: Chinese glued after it stays
_SIGNING_SECRET = re.compile(r"SEC[0-9a-fA-F]{16,}")
_TOKEN_LIKE = re.compile(r"(?<![\w-])(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[\w-]{24,}(?![\w-])", re.ASCII)
_LATIN_FIELDS = r"buyer_name|buyer_phone|buyer_note|buyer|receiver|recipient|name|phone|mobile|tel|address"
_CHINESE_FIELDS = (r"收件人手机号|收件人|收货人姓名|收货人|收货地址|详细地址|联系手机|联系电话|手机号"
                   r"|手机|电话|地址|姓名|买家留言")
_VALUE = r"(?P<value>'[^'\n]*'|\"[^\"\n]*\"|[^,，;；)\]}\n]+)"
_FIELD_VALUE = re.compile(  # a Latin name needs = or : before its value; a Chinese one may have a space only
    rf"(?P<key>['\"]?\b(?:{_LATIN_FIELDS})\b['\"]?)(?P<sep>\s*[=:]\s*){_VALUE}"
    rf"|(?P<ckey>{_CHINESE_FIELDS})(?P<csep>\s*[=:：]\s*|\s+){_VALUE.replace('value', 'cvalue')}",
    re.IGNORECASE)
_SQL_PARAMETERS = re.compile(r"\[parameters: [^\n]*")


def redact(text: str) -> str:
    """`text` without phone-like numbers, buyer field values, SQL parameters, tokens and webhook secrets."""
    text = _SQL_PARAMETERS.sub(f"[parameters: {REDACTED}]", text)
    text = _SECRET_AFTER.sub(lambda m: f"{m[1]}{REDACTED}", text)
    text = _SIGNING_SECRET.sub(REDACTED, text)
    text = _TOKEN_LIKE.sub(REDACTED, text)
    text = _FIELD_VALUE.sub(lambda m: f"{m['key'] or m['ckey']}{m['sep'] or m['csep']}{REDACTED}", text)
    return _DIGIT_RUN.sub(REDACTED, text)


# A path separator as a traceback may hold it: / or \, and a backslash doubled by repr() (C:\\Users\\name in
# an exception message), or doubled twice (a list of paths inside an exception's repr).
_SEPARATOR = r"(?:\\+|/)"
_WINDOWS_PROFILE = re.compile(rf"(?i)\b([a-z]:{_SEPARATOR}(?:users|documents and settings){_SEPARATOR})"
                              r"[^\\/:*?\"<>|\r\n']+")


def without_home(text: str, home: str | None = None) -> str:
    """Paths under the home folder written from ~ (the folder often carries the PC user's own name), in each way
    a path may be written; any other Windows profile folder (C:\\Users\\name) loses its name too."""
    home = str(Path.home()) if home is None else home
    parts = [re.escape(part) for part in re.split(r"[\\/]+", home) if part]
    if parts:
        lead = _SEPARATOR if home.startswith(("/", "\\")) else ""
        windows = ":" in home or "\\" in home
        pattern = re.compile(lead + _SEPARATOR.join(parts) + r"(?![^\\/\s'\":,;)\]}])", re.I if windows else 0)
        text = pattern.sub("~", text)
    return _WINDOWS_PROFILE.sub(lambda found: found[1] + "[user]", text)


def report_text(error_type: type[BaseException], error: BaseException, trace: TracebackType | None,
                versions: Mapping[str, str] = {}, thread: str = "", now: datetime | None = None) -> str:
    """The whole report; frame lines ('File "…", line n') keep their numbers, everything else is redacted."""
    import platform  # only when there is a report to write: not on every start (issue 20)

    lines = traceback.format_exception(error_type, error, trace)
    body = "".join(line if line.lstrip().startswith('File "') else redact(line) for line in lines)
    header = [
        "LiveHelper crash report",
        f"time: {(now or datetime.now()).astimezone().isoformat(timespec='seconds')}",
        f"version: {__version__}",
        f"platform: {platform.platform()}",
        f"python: {sys.version.split()[0]} ({platform.python_implementation()})",
        *(f"{name}: {value}" for name, value in versions.items()),
        f"thread: {thread or threading.current_thread().name}",
        "",
    ]
    return without_home("\n".join(header) + "\n" + body)


class CrashRecorder:
    """Writes one report per unexpected exception into `folder` (at most MAX_REPORTS_PER_RUN a run)."""

    def __init__(self, folder: Path, versions: Mapping[str, str] = {}) -> None:
        self.folder = folder
        self.versions = dict(versions)
        self._written = 0
        self._lock = threading.Lock()

    def record(self, error_type: type[BaseException], error: BaseException, trace: TracebackType | None,
               thread: str = "", now: datetime | None = None) -> Path | None:
        """The report's path; None when nothing could be written (the error must not cause another)."""
        with self._lock:
            if self._written >= MAX_REPORTS_PER_RUN:
                return None
            self._written += 1
        try:
            text = report_text(error_type, error, trace, self.versions, thread, now)
            stamp = (now or datetime.now()).astimezone().strftime("%Y%m%d-%H%M%S")
            private_folder(self.folder)
            path = self.folder / f"{REPORT_PREFIX}{stamp}.txt"
            count = 1
            while path.exists():
                count += 1
                path = self.folder / f"{REPORT_PREFIX}{stamp}-{count}.txt"
            private_new_file(path)  # owner-only off Windows (issue 19)
            path.write_text(text, "utf-8")
            (self.folder / UNMENTIONED_MARKER).write_text(path.name, "utf-8")
        except Exception:  # a full disk or a bad folder: the report is lost, the app goes on
            return None
        return path


def take_unmentioned_report(folder: Path) -> Path | None:
    """The report written since the last start, once: the marker is removed as it is read."""
    marker = folder / UNMENTIONED_MARKER
    try:
        name = marker.read_text("utf-8").strip()
        marker.unlink()
    except OSError:
        return None
    report = folder / Path(name).name
    return report if name and report.is_file() else None
