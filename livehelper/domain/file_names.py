"""File names the app suggests (a product's QR code, a report) that Windows accepts.

Windows' rules (learn.microsoft.com/windows/win32/fileio/naming-a-file): none of < > : " / \\ | ? * or the
control characters 0–31; no name ending in a space or a period; and the device names CON, PRN, AUX, NUL,
COM0–COM9, LPT0–LPT9 (also with superscript digits ¹²³) are reserved "even with an extension" (NUL.txt).
A product called 红枣 5kg/袋 would otherwise be saved as a file 袋.png in a folder 红枣 5kg that does not exist.
"""

from __future__ import annotations

import re

FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')
RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$", re.IGNORECASE)
MAX_STEM = 100  # well under 255 per name, leaving room for the folder in MAX_PATH-limited programs


def safe_file_name(text: str, fallback: str = "file") -> str:
    """`text` as a file name stem every Windows accepts: forbidden characters become _, reserved names get a _."""
    name = FORBIDDEN.sub("_", text).strip()
    name = re.sub(r"_+", "_", name)[:MAX_STEM].rstrip(" .")
    if not name.strip("_"):
        name = fallback
    if RESERVED.match(name):
        name = "_" + name
    return name
