"""Courier companies (物流公司) and tracking numbers (运单号).

Two kinds of check, on purpose kept apart:

- `tracking_number_problem` refuses input that is surely wrong whatever the courier (empty, Chinese text,
  punctuation, far too short or too long): it returns a Message, and the caller refuses the input.
- `tracking_warnings` compares a number with the shapes the couriers are known to use (REFERENCE.md,
  "Couriers and tracking numbers") and returns warnings only: couriers change their formats, so a number
  that does not fit is shown with a warning, never refused. EMS international numbers (UPU S10) get their
  check digit verified, since a wrong one is almost always a typo.

Courier names are Chinese brand names (顺丰, 中通 …); messages carry them as they are in both languages.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from livehelper.domain.messages import Message

MIN_TRACKING_LEN = 8
MAX_TRACKING_LEN = 30


@dataclass(frozen=True)
class Courier:
    """A courier company: a stable `code` (stored, and used by the LAN API), its Chinese name, and the
    other spellings that platforms and people write for it."""

    code: str
    name: str
    aliases: tuple[str, ...] = ()


COURIERS: tuple[Courier, ...] = (
    Courier("SF", "顺丰", ("顺丰速运", "顺丰快递", "SF Express", "SF")),
    Courier("ZTO", "中通", ("中通快递", "ZTO Express", "ZTO")),
    Courier("YTO", "圆通", ("圆通速递", "圆通快递", "YTO Express", "YTO")),
    Courier("YD", "韵达", ("韵达快递", "韵达速递", "Yunda", "YD")),
    Courier("STO", "申通", ("申通快递", "STO Express", "STO")),
    Courier("EMS", "邮政", ("EMS", "中国邮政", "邮政EMS", "邮政快递包裹", "邮政包裹", "邮政国内小包", "EMS经济快递",
                          "中国邮政速递物流", "China Post")),
    Courier("JT", "极兔", ("极兔速递", "极兔快递", "J&T", "J&T Express", "JT")),
    Courier("JD", "京东", ("京东物流", "京东快递", "JD", "JD Logistics")),
    Courier("DB", "德邦", ("德邦快递", "德邦物流", "Deppon", "DBL")),
    Courier("BEST", "百世", ("百世快递", "百世汇通", "汇通快递", "Best Express", "HTKY")),
    Courier("UC", "优速", ("优速快递", "优速物流", "UC")),
    Courier("ZJS", "宅急送", ("宅急送快递", "ZJS")),
)

_BY_CODE: dict[str, Courier] = {courier.code: courier for courier in COURIERS}
# Suffixes that platforms and people append to a courier's name ("中通快递", "中国邮政速递物流", "SF Express").
_SUFFIXES = ("股份有限公司", "有限公司", "公司", "速运", "速递", "快递", "快运", "物流", "express", "logistics")


def _key(text: str) -> str:
    """Comparison form of a courier name: half-width, case-folded, without spaces."""
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


def _strip_suffixes(key: str) -> str:
    changed = True
    while changed:
        changed = False
        for suffix in _SUFFIXES:
            if key.endswith(suffix) and len(key) > len(suffix):
                key = key[: -len(suffix)]
                changed = True
    return key


_BY_KEY: dict[str, Courier] = {}
for _courier in COURIERS:
    for _name in (_courier.code, _courier.name, *_courier.aliases):
        _BY_KEY.setdefault(_key(_name), _courier)
        _BY_KEY.setdefault(_strip_suffixes(_key(_name)), _courier)


def courier_by_code(code: str) -> Courier | None:
    """The courier with exactly this code (as stored and sent by the LAN API), or None."""
    return _BY_CODE.get(code)


def find_courier(text: str) -> Courier | None:
    """The courier a platform export or a person means by `text` ("顺丰速运", "sf", "Ｊ＆Ｔ", "中通快递"), or None."""
    key = _key(text)
    if not key:
        return None
    return _BY_KEY.get(key) or _BY_KEY.get(_strip_suffixes(key))


# --- tracking numbers -------------------------------------------------------------------------------------------

_DASHES = "-‐‑‒–—―−﹣－_"
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}


def normalise_tracking(text: str) -> str:
    """The tracking number as it is stored: full-width turned half-width, spaces, dashes and invisible
    characters (zero-width space, BOM) removed, ASCII letters upper-cased. Anything else is kept, so that
    `tracking_number_problem` can point at it."""
    text = text.translate(_FULL_WIDTH)
    kept = []
    for char in text:
        if char.isspace() or char in _DASHES or unicodedata.category(char) == "Cf":
            continue
        kept.append(char.upper() if char.isascii() else char)
    return "".join(kept)


def _shown(char: str) -> str:
    return char if char.isprintable() else f"U+{ord(char):04X}"


def tracking_number_problem(text: str) -> Message | None:
    """Why `text` is surely not a tracking number of any courier (a refusal), or None when it may be one."""
    number = normalise_tracking(text)
    if not number:
        return Message("a tracking number is required")
    for char in number:
        if not (char.isascii() and char.isalnum()):
            return Message("a tracking number has only letters and digits, not “{char}”", char=_shown(char))
    if len(number) < MIN_TRACKING_LEN:
        return Message("a tracking number has at least {limit} characters", limit=MIN_TRACKING_LEN)
    if len(number) > MAX_TRACKING_LEN:
        return Message("a tracking number has at most {limit} characters", limit=MAX_TRACKING_LEN)
    if not any(char.isdigit() for char in number):
        return Message("a tracking number contains digits")
    return None


S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)
_S10 = re.compile(r"[A-Z]{2}([0-9]{8})([0-9])[A-Z]{2}")


def s10_check_digit(serial: str) -> int:
    """The UPU S10 check digit of an 8-digit serial number: weights 8 6 4 2 3 5 9 7,
    c = 11 − (sum mod 11), with 10 → 0 and 11 → 5."""
    if len(serial) != 8 or not (serial.isascii() and serial.isdigit()):
        raise ValueError(f"an S10 serial number has 8 digits, not {serial!r}")
    check = 11 - sum(int(digit) * weight for digit, weight in zip(serial, S10_WEIGHTS, strict=True)) % 11
    return {10: 0, 11: 5}.get(check, check)


def is_valid_s10(number: str) -> bool:
    """Whether `number` (normalised) is an S10 number (AA123456789CN) with the right check digit."""
    match = _S10.fullmatch(number)
    return bool(match) and s10_check_digit(match[1]) == int(match[2])


@dataclass(frozen=True)
class _Shape:
    pattern: re.Pattern[str]
    description: Message


def _digits(count: str) -> Message:
    return Message("{count} digits", count=count)


def _prefixed(prefix: str, count: str) -> Message:
    return Message("{prefix} followed by {count} digits", prefix=prefix, count=count)


_SHAPES: dict[str, _Shape] = {
    "SF": _Shape(re.compile(r"SF[0-9]{12,13}"), _prefixed("SF", "12–13")),
    "ZTO": _Shape(re.compile(r"[0-9]{12,14}"), _digits("12–14")),
    "YTO": _Shape(re.compile(r"YT[0-9]{13}"), _prefixed("YT", "13")),
    "YD": _Shape(re.compile(r"[0-9]{13}|[0-9]{15}"), _digits("13/15")),
    "STO": _Shape(re.compile(r"[0-9]{12,15}"), _digits("12–15")),
    "JT": _Shape(re.compile(r"JT[0-9]{13}"), _prefixed("JT", "13")),
    # REFERENCE.md says JD + digits; JD also prints JDVA…/JDVB…/JDX… numbers, so up to two letters may follow JD.
    "JD": _Shape(re.compile(r"JD[A-Z]{0,2}[0-9]+"), Message("JD followed by digits")),
    "EMS": _Shape(re.compile(r"[19][0-9]{12}|[A-Z]{2}[0-9]{9}[A-Z]{2}"),
                  Message("13 digits starting with 1 or 9, or an international number such as EA123456789CN")),
}
# Shapes distinctive enough to say "this looks like a number of another courier".
_DISTINCTIVE = ("SF", "YTO", "JT", "JD")


def tracking_warnings(courier: Courier | None, number: str) -> list[Message]:
    """Warnings (never refusals) about `number` for `courier`: the number does not have the courier's usual
    shape, has a wrong S10 check digit, or looks like another courier's number. Empty when all is well, when
    the courier is unknown, or when the courier has no known shape."""
    if courier is None:
        return []
    number = normalise_tracking(number)
    shape = _SHAPES.get(courier.code)
    if shape is None or not number:
        return []
    warnings: list[Message] = []
    if not shape.pattern.fullmatch(number):
        warnings.append(Message("{courier} tracking numbers are usually {shape}; please check {number}",
                                courier=courier.name, shape=shape.description, number=number))
        for code in _DISTINCTIVE:
            if code != courier.code and _SHAPES[code].pattern.fullmatch(number):
                warnings.append(Message("{number} looks like a {courier} tracking number",
                                        number=number, courier=_BY_CODE[code].name))
    elif courier.code == "EMS" and _S10.fullmatch(number) and not is_valid_s10(number):
        warnings.append(Message("the check digit of {number} does not match; please look for a typo", number=number))
    return warnings
