"""Reading the cells of order exports: export quirks, addresses, names, phones, money, times."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from enum import StrEnum
from functools import lru_cache

from livehelper.domain.errors import RowProblem, ValidationError
from livehelper.domain.messages import Message
from livehelper.domain.money import parse_fen
from livehelper.domain.orders import Order, OrderLine, Platform
from livehelper.domain.product import parse_count

BEIJING = timezone(timedelta(hours=8), "Asia/Shanghai")
_BEIJING_OFFSET = timedelta(hours=8)  # China has had no daylight saving time since 1991

_TIME_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M",
                 "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d", "%Y/%m/%d")
EXCEL_ROUNDED = re.compile(r"[0-9](?:\.[0-9]+)?[eE]\+?[0-9]{1,3}")
ORDER_NO = re.compile(r"[0-9A-Za-z][0-9A-Za-z_\-./#]{0,63}")
_MOBILE = re.compile(r"1[3-9][0-9]{9}")
_PHONE_SEPARATORS = re.compile(r"[\s\-()]")
_EMPTY_WORDS = frozenset({"null", "NULL", "-", "--"})
_QUIRK_STARTS = frozenset("'=nN-")
_SPACES = frozenset(chr(code) for code in range(0x3001) if chr(code).isspace())  # every str.isspace() character
_SLOW_STARTS = _QUIRK_STARTS | _SPACES  # a set lookup per cell instead of two method calls
_PLAIN_TIME = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?")
_POSTCODE = re.compile(r"\s*[(（]\s*\d{6}\s*[)）]\s*$")
_DISTRICT_ENDINGS = ("区", "县", "市", "旗")
_SAMPLE = 64  # first cells of a column that tell repeated texts from distinct ones



class Layout(StrEnum):
    TAOBAO_ORDERS = "taobao"
    TAOBAO_MASKED = "taobao-masked"
    TAOBAO_ITEMS = "taobao-items"
    DOUYIN = "douyin"
    KUAISHOU = "kuaishou"
    PINDUODUO = "pinduoduo"
    CHANNELS = "channels"
    YOUZAN = "youzan"
    GENERIC = "generic"



@dataclass
class OrderImport:
    """What one file holds. `orders` and `lines_by_order` hold only good rows; `problems` the bad ones."""

    source: str
    layout: Layout
    platform: Platform
    orders: list[Order] = field(default_factory=list)
    lines_by_order: dict[str, list[OrderLine]] = field(default_factory=dict)  # taobao-items only
    problems: list[RowProblem] = field(default_factory=list)
    rows: int = 0  # data rows read (blank rows not counted)
    notes: list[Message] = field(default_factory=list)  # what the file lacks (items, address) and what to import next
    skipped_sheets: list[str] = field(default_factory=list)  # worksheets that are not order or item lists

    @property
    def bad_rows(self) -> set[int]:
        return {problem.row for problem in self.problems}



def clean_cell(cell: str) -> str:
    """Remove export quirks: ="…" wrappers, a leading apostrophe or tab, null and - for empty."""
    if cell and cell[0] not in _SLOW_STARTS and cell[-1] not in _SPACES:
        return cell  # the common case, kept cheap: a 50,000-row export has over a million cells
    text = cell.strip()
    if len(text) >= 3 and text.startswith('="') and text.endswith('"'):
        text = text[2:-1].strip()
    elif text.startswith("'"):
        text = text[1:].strip()
    return "" if text in _EMPTY_WORDS else text


def clean_column(cells: Sequence[str]) -> list[str]:
    """`clean_cell` of each cell of a column; cheap in the common cases (a 50,000-row export has a million cells):
    a column of a few repeated texts (a status, a province, a price; told by its first cells) cleans each text
    once and keeps one string object per text, the others take the clean case without a call."""
    sample = cells[:_SAMPLE]
    if len(set(sample)) * 4 <= len(sample):
        cleaned = {cell: clean_cell(cell) for cell in set(cells)}
        return list(map(cleaned.__getitem__, cells))
    if any(cell[:1].isspace() or cell[-1:].isspace() for cell in sample):  # 抖店's tab-prefixed order numbers
        cells = list(map(str.strip, cells))  # clean_cell strips first anyway: here in C, not in a call per cell
    return [cell if cell and cell[0] not in _SLOW_STARTS and cell[-1] not in _SPACES
            else "" if cell in _EMPTY_WORDS else clean_cell(cell) for cell in cells]


def split_address(address: str) -> tuple[str, str, str, str]:
    """"浙江省 杭州市 西湖区 文三路100号 (310000)" -> (province, city, district, detail)."""
    parts = (_POSTCODE.sub("", address) if address.rstrip().endswith((")", "）")) else address).split()
    if len(parts) < 3:
        return "", "", "", " ".join(parts)
    province, city = parts[0], parts[1]
    if parts[2].endswith(_DISTRICT_ENDINGS) and len(parts) > 3:
        return province, city, parts[2], " ".join(parts[3:])
    return province, city, "", " ".join(parts[2:])


def person_field(text: str) -> tuple[str, bool]:
    """(value, hidden): Douyin ciphertext (##…, $$…) is never a name; masks like 王* or 138****5678 are flagged."""
    if text.startswith(("##", "$$")):
        return "", True
    return text, "*" in text


def normalise_mobile(text: str) -> str | None:
    """A mainland mobile number as 11 digits, or None. Accepts spaces, dashes, brackets, a +86 (or 0086)
    prefix and full-width digits from a Chinese input method."""
    digits = _PHONE_SEPARATORS.sub("", unicodedata.normalize("NFKC", text))
    if digits.startswith("+86"):
        digits = digits[3:]
    elif digits.startswith("0086"):
        digits = digits[4:]
    elif digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    return digits if _MOBILE.fullmatch(digits) else None



def fen_or_reason(value: str) -> int | Message:
    try:
        return parse_fen(value)
    except ValidationError as error:
        return error.message


def count_or_reason(value: str) -> int | Message:
    try:
        return parse_count(value, "count")
    except ValidationError as error:
        return error.message


def parse_time(value: str) -> datetime | None:
    """A platform's local (Beijing) time as an aware UTC datetime; None when it is not a time of this century."""
    if len(value) >= 16 and value[4] == "-" and value[10] == " ":
        try:  # the common "2026-11-20 20:31:05" in C, without the regular expressions below
            moment = datetime.fromisoformat(value + "+00:00")  # fails if the text has an offset of its own
        except ValueError:
            pass
        else:
            if 2000 <= moment.year <= 2099:
                return moment - _BEIJING_OFFSET  # = .replace(tzinfo=BEIJING).astimezone(UTC), five times faster
    plain = _PLAIN_TIME.fullmatch(value)
    if plain and 2000 <= int(plain[1]) <= 2099:
        try:
            moment = datetime(*(int(part or 0) for part in plain.groups()), tzinfo=BEIJING)  # type: ignore[misc]
        except ValueError:
            pass
        else:
            return moment.astimezone(UTC)
    for pattern in _TIME_FORMATS:
        try:
            moment = datetime.strptime(value, pattern)
        except ValueError:
            continue
        if 2000 <= moment.year <= 2099:
            return moment.replace(tzinfo=BEIJING).astimezone(UTC)
        break
    return None


# Exports repeat the same prices and quantities on many rows: parse each text once. Times are mostly distinct
# (to the second), and their common form is parsed in C faster than a cache miss costs: no cache for them.
_cached_fen = lru_cache(maxsize=4096)(fen_or_reason)
_cached_count = lru_cache(maxsize=1024)(count_or_reason)


class RowReader:
    """Cells of one data row by column name (export quirks already removed), collecting problems instead of
    raising. `values` holds the columns the layout reads; a column the file lacks reads as ""."""

    __slots__ = ("bad", "number", "problems", "values")

    def __init__(self, number: int, values: dict[str, str], problems: list[RowProblem]) -> None:
        self.number = number
        self.values = values
        self.problems = problems
        self.bad = False

    def problem(self, column: str, message: Message) -> None:
        self.bad = True
        self.problems.append(RowProblem(self.number, column, message))

    def text(self, name: str) -> str:
        return self.values.get(name, "")

    def required(self, name: str) -> str:
        value = self.text(name)
        if not value:
            self.problem(name, Message("this field is required"))
        return value

    def order_no(self, name: str) -> str:
        value = self.required(name)
        if value and EXCEL_ROUNDED.fullmatch(value):
            self.problem(name, Message(
                "Excel rounded this order number to {value} and its last digits are lost: export the orders from "
                "the platform again and import that file without opening and saving it in Excel", value=value[:40]))
        elif value and not ORDER_NO.fullmatch(value):
            self.problem(name, Message("'{value}' is not an order number", value=value[:40]))
        return value

    def money(self, name: str, required: bool = False) -> int | None:
        value = self.required(name) if required else self.text(name)
        if not value:
            return None
        fen = _cached_fen(value)
        if isinstance(fen, Message):
            self.problem(name, fen)
            return None
        return fen

    def count(self, name: str, required: bool = False) -> int | None:
        value = self.required(name) if required else self.text(name)
        if not value:
            return None
        number = _cached_count(value)
        if isinstance(number, Message):
            self.problem(name, number)
            return None
        if number < 1 and required:
            self.problem(name, Message("the quantity must be at least 1"))
            return None
        return number

    def time(self, name: str) -> datetime | None:
        value = self.text(name)
        if not value:
            return None
        moment = parse_time(value)
        if moment is None:
            self.problem(name, Message("'{value}' is not a date and time (expected e.g. 2026-11-20 20:31:05)",
                                       value=value[:40]))
        return moment
