"""Recipient phone numbers as the platforms export them today, and as people type them.

Every platform hides the buyer's real number now (REFERENCE.md, "Platform order exports"): a 虚拟号 (a
virtual number that forwards to the buyer, with an extension: 13800000000-1234, 13800000000转1234,
13800000000[1234]), a masked number (138****5678), or ciphertext (##…, $$… in 抖店 exports). Landlines
with their area code (0571-88881234) still come from people. All of these are accepted: a courier can
call a virtual number with its extension, and a masked one still tells the helper whose parcel it is.

`parse_phone` gives one stored form per number: 13800138000, 138****5678, 0571-88881234 (extension
0571-88881234-12), 13800000000-1234 for a virtual number; ciphertext is stored as nothing.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum


class PhoneKind(StrEnum):
    MOBILE = "mobile"
    VIRTUAL = "virtual"  # 虚拟号: a forwarding number plus an extension
    MASKED = "masked"  # the platform showed only some digits
    LANDLINE = "landline"
    CIPHER = "cipher"  # 抖店's ##… / $$… placeholders: no number at all


@dataclass(frozen=True)
class Phone:
    text: str  # the stored form ("" for ciphertext)
    kind: PhoneKind
    extension: str = ""

    @property
    def hidden(self) -> bool:
        """The platform hid the real number: it must never be shown as if it were real."""
        return self.kind in (PhoneKind.MASKED, PhoneKind.CIPHER)


_SEPARATORS = re.compile(r"[\s()（）]")
_MOBILE = re.compile(r"1[3-9][0-9]{9}")
_VIRTUAL = re.compile(
    r"(1[3-9][0-9]{9})(?:-|_|转|,|，|#|ext\.?|分机号?|\*)([0-9]{1,6})|(1[3-9][0-9]{9})\[([0-9]{1,6})\]", re.IGNORECASE)
_MASKED = re.compile(r"1[0-9]{2,3}\*{3,6}[0-9]{3,4}|\*{3,7}[0-9]{4}")
_LANDLINE = re.compile(  # the area code as written (0571-) or by its length: 010 and 02x have 3 digits, others 4
    r"(0[1-9][0-9]{1,2}-|0[12][0-9]|0[3-9][0-9]{2})([2-9][0-9]{6,7})(?:(?:-|转|#|分机号?)([0-9]{1,6}))?")


def _tidy(text: str) -> str:
    """Half-width, without spaces or brackets, without a +86 / 0086 country prefix."""
    tidy = _SEPARATORS.sub("", unicodedata.normalize("NFKC", text))
    for prefix in ("+86", "0086"):
        if tidy.startswith(prefix):
            return tidy[len(prefix):].lstrip("-")
    if tidy.startswith("86") and len(tidy) == 13:
        return tidy[2:]
    return tidy


def parse_phone(text: str) -> Phone | None:
    """The phone in `text`, or None when it is none of the kinds above (a typo, a name in the wrong column)."""
    text = text.strip()
    if len(text) == 11 and text[0] == "1" and text.isdigit() and text.isascii():  # the common case, cheaply
        return Phone(text, PhoneKind.MOBILE) if text[1] in "3456789" else None
    if not text:
        return None
    if text.startswith(("##", "$$")):
        return Phone("", PhoneKind.CIPHER)
    tidy = _tidy(text)
    compact = tidy.replace("-", "")  # 139-1234-0002
    if _MOBILE.fullmatch(compact):
        return Phone(compact, PhoneKind.MOBILE)
    virtual = _VIRTUAL.fullmatch(tidy)
    if virtual:
        number = virtual[1] or virtual[3]
        extension = virtual[2] or virtual[4]
        return Phone(f"{number}-{extension}", PhoneKind.VIRTUAL, extension)
    if _MASKED.fullmatch(tidy):
        return Phone(tidy, PhoneKind.MASKED)
    landline = _LANDLINE.fullmatch(tidy)
    if landline:
        area, local, extension = landline[1].rstrip("-"), landline[2], landline[3] or ""
        if len(area) + len(local) in (10, 11, 12):  # 010 / 02x with 8 digits, 0xxx with 7 or 8
            stored = f"{area}-{local}" + (f"-{extension}" if extension else "")
            return Phone(stored, PhoneKind.LANDLINE, extension)
    return None


def virtual_parts(text: str) -> tuple[str, str] | None:
    """(number, extension) of a virtual number in its stored or exported form, else None."""
    phone = parse_phone(text)
    if phone is None or phone.kind is not PhoneKind.VIRTUAL:
        return None
    return phone.text.split("-", 1)[0], phone.extension
