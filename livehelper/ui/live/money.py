"""Figures as the live screens show them: yuan with thousands separators, elapsed time as H:MM:SS."""

from __future__ import annotations

from datetime import timedelta


def yuan(fen: int) -> str:
    """123456 -> "¥1,234.56" (exact: integer fen, no float)."""
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(fen), 100)
    return f"{sign}¥{whole:,}.{cents:02d}"


def clock(elapsed: timedelta) -> str:
    """Elapsed time as H:MM:SS; a start time still ahead counts as 0:00:00."""
    seconds = max(0, int(elapsed.total_seconds()))
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"
