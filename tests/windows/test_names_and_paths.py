"""Names Windows refuses and user names Windows paths carry, checked by Windows' rules here.

- learn.microsoft.com/windows/win32/fileio/naming-a-file: no < > : " / \\ | ? * or control characters, no
  trailing space or period, and CON, PRN, AUX, NUL, COM0-9, LPT0-9 are reserved even with an extension.
- A traceback holds a profile path as written (C:\\Users\\name) and as repr() writes it, with doubled
  backslashes (C:\\\\Users\\\\name): both must lose the user's name in a crash report.
"""

from __future__ import annotations

import re
import sys

import pytest

from livehelper.crash import report_text
from livehelper.domain.file_names import safe_file_name
from livehelper.ui.live.report_card import safe_file_name as report_file_name


@pytest.mark.parametrize(("text", "expected"), [
    ("红枣 5kg/袋", "红枣 5kg_袋"),
    ('礼盒<送长辈>:"福"|*?', "礼盒_送长辈_福_"),
    ("米脂黄小米 \\ 2.5kg.", "米脂黄小米 _ 2.5kg"),
    ("CON", "_CON"),
    ("nul.tar", "_nul.tar"),
    ("COM¹", "_COM¹"),
    ("lpt9", "_lpt9"),
    ("CONSOLE 游戏机", "CONSOLE 游戏机"),
    ("...", "qr"),
    ("\t\n", "qr"),
    ("a" * 300, "a" * 100),
])
def test_suggested_file_names_follow_windows_rules(text, expected):
    assert safe_file_name(text, "qr") == expected


def test_report_names_have_no_spaces_and_no_reserved_device_names():
    assert report_file_name("周末 专场/红枣") == "周末_专场_红枣"
    assert report_file_name("aux") == "_aux"
    assert report_file_name("  ") == "report"


def _report(message: str, home: str) -> str:
    try:
        raise PermissionError(13, "Permission denied", message)
    except PermissionError as error:
        from livehelper import crash

        original = crash.Path.home
        crash.Path.home = staticmethod(lambda: home)  # type: ignore[method-assign]
        try:
            return report_text(type(error), error, error.__traceback__)
        finally:
            crash.Path.home = original  # type: ignore[method-assign]


def test_crash_reports_drop_windows_user_names_in_every_spelling():
    home = r"C:\Users\王芳"
    text = _report(repr([r"C:\Users\王芳\Desktop\订单.csv", "C:/Users/王芳/Documents/x.csv",
                         r"D:\Users\Zhang San\b.csv", r"c:\documents and settings\li\x"]), home)
    assert "王芳" not in text and "Zhang San" not in text and "\\li\\" not in text
    assert re.search(r"~\\+Desktop", text) and "~/Documents" in text and re.search(r"Users\\+\[user\]", text)
    assert sys.version.split()[0] in text  # the rest of the report is kept
