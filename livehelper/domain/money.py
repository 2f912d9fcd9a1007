"""Money is an integer number of fen (分). Parsing is exact: no float ever touches a price."""

from __future__ import annotations

import re
import unicodedata

from livehelper.domain.errors import ValidationError
from livehelper.domain.messages import Message

MAX_PRICE_FEN = 100_000_000  # 100万元: anything above is a typo (a phone number in the price field)

_PRICE = re.compile(
    r"""^\s*[¥￥]?\s*
        (?P<yuan>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]*)
        (?:\.(?P<jiao_fen>[0-9]*))?
        \s*(?:元|RMB|CNY)?\s*$""",
    re.VERBOSE | re.IGNORECASE,
)


def parse_fen(text: str, field_name: str = "price") -> int:
    """Parse "12.8", "¥12.80", "12.80元", "1,280" into fen; raise ValidationError otherwise.

    Full-width input from a Chinese input method ("１２．８０", "￥") is read as its plain form.
    """
    match = _PRICE.match(unicodedata.normalize("NFKC", text))
    if not match or not (match["yuan"] or match["jiao_fen"]):
        raise ValidationError(field_name, Message(
            "'{value}' is not a price (expected e.g. 12.80 or ¥12.80)", value=text.strip()))
    digits = match["yuan"].replace(",", "")
    if len(digits.lstrip("0")) > 9:  # more than 999,999,999 yuan: too large, and int() would refuse 4,300+ digits
        raise ValidationError(field_name, Message(
            "'{value}' is too large for a price (at most 1,000,000.00 yuan)", value=text.strip()))
    yuan = int(digits or "0")
    decimals = match["jiao_fen"] or ""
    if len(decimals) > 2:
        raise ValidationError(field_name, Message(
            "'{value}' has more than two decimals (fen is the smallest unit)", value=text.strip()))
    fen = yuan * 100 + int(decimals.ljust(2, "0"))
    if fen > MAX_PRICE_FEN:
        raise ValidationError(field_name, Message(
            "'{value}' is too large for a price (at most 1,000,000.00 yuan)", value=text.strip()))
    return fen


def format_fen(fen: int, symbol: bool = False) -> str:
    """12800 -> "128.00" (or "¥128.00")."""
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    return f"{sign}{'¥' if symbol else ''}{yuan}.{cents:02d}"
