"""Live sessions: the tally log and every figure derived from it (totals, per-minute counts, explain time).

Pure functions over plain values, so that the desktop, the report and the LAN page agree on every number.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum


class Platform(StrEnum):
    TAOBAO = "taobao"
    DOUYIN = "douyin"
    KUAISHOU = "kuaishou"
    CHANNELS = "channels"
    OTHER = "other"


PLATFORM_NAMES: dict[Platform, str] = {
    Platform.TAOBAO: "淘宝直播",
    Platform.DOUYIN: "抖音",
    Platform.KUAISHOU: "快手",
    Platform.CHANNELS: "视频号",
    Platform.OTHER: "其他",
}
MAX_TALLY_QTY = 999


@dataclass(frozen=True)
class Tally:
    """One entry of the append-only tally log. `id` is None until the entry is durable."""

    key: int  # this process's sequence number: identifies the tally before the database gives it an id
    product_id: int
    qty: int
    unit_price_fen: int
    at: datetime
    source: str = "desktop"
    void: bool = False
    id: int | None = None

    @property
    def revenue_fen(self) -> int:
        return 0 if self.void else self.qty * self.unit_price_fen


@dataclass(frozen=True)
class ExplainSwitch:
    """From `at` on, `product_id` was being explained (None: nothing)."""

    at: datetime
    product_id: int | None


@dataclass(frozen=True)
class ProductTotals:
    product_id: int
    items: int = 0
    revenue_fen: int = 0
    explained: timedelta = timedelta(0)

    @property
    def items_per_explained_minute(self) -> float | None:
        return items_per_explained_minute(self.items, self.explained)


def items_per_explained_minute(items: int, explained: timedelta) -> float | None:
    """Sales per minute of explaining; None under half a minute, where the figure would mislead."""
    minutes = explained.total_seconds() / 60
    return items / minutes if minutes >= 0.5 else None


@dataclass(frozen=True)
class SessionTotals:
    items: int
    revenue_fen: int
    per_product: dict[int, ProductTotals] = field(default_factory=dict)

    def progress(self, goal_fen: int) -> float:
        return min(1.0, self.revenue_fen / goal_fen) if goal_fen > 0 else 0.0


def totals(tallies: Iterable[Tally], product_ids: Sequence[int] = ()) -> SessionTotals:
    """Items and revenue overall and per product (every product of the line-up appears, sold or not)."""
    items: Counter[int] = Counter()
    revenue: Counter[int] = Counter()
    for tally in tallies:
        if not tally.void:
            items[tally.product_id] += tally.qty
            revenue[tally.product_id] += tally.revenue_fen
    ids = list(dict.fromkeys([*product_ids, *items]))
    per_product = {pid: ProductTotals(pid, items[pid], revenue[pid]) for pid in ids}
    return SessionTotals(sum(items.values()), sum(revenue.values()), per_product)


def explained_time(switches: Sequence[ExplainSwitch], end: datetime) -> dict[int, timedelta]:
    """How long each product was explained, from the switch log up to `end`."""
    spent: dict[int, timedelta] = {}
    ordered = sorted(switches, key=lambda s: s.at)
    for index, current in enumerate(ordered):
        if current.product_id is None:
            continue
        until = min(ordered[index + 1].at, end) if index + 1 < len(ordered) else end
        if until > current.at:
            spent[current.product_id] = spent.get(current.product_id, timedelta(0)) + (until - current.at)
    return spent


def with_explained(session_totals: SessionTotals, spent: dict[int, timedelta]) -> SessionTotals:
    per_product = dict(session_totals.per_product)
    for pid, duration in spent.items():
        base = per_product.get(pid, ProductTotals(pid))
        per_product[pid] = ProductTotals(pid, base.items, base.revenue_fen, duration)
    return SessionTotals(session_totals.items, session_totals.revenue_fen, per_product)


def minute_of(moment: datetime) -> datetime:
    return moment.replace(second=0, microsecond=0)


def items_per_minute(tallies: Iterable[Tally], now: datetime, minutes: int = 30) -> list[int]:
    """Items sold in each of the last `minutes` whole minutes, oldest first, the current minute last."""
    last = minute_of(now)
    first = last - timedelta(minutes=minutes - 1)
    counts = [0] * minutes
    for tally in tallies:
        if tally.void:
            continue
        minute = minute_of(tally.at)
        if first <= minute <= last:
            counts[int((minute - first).total_seconds() // 60)] += tally.qty
    return counts


def busiest_minutes(tallies: Iterable[Tally], top: int = 3) -> list[tuple[datetime, int]]:
    """The minutes with the most items sold, most first (ties: earlier first)."""
    per_minute: Counter[datetime] = Counter()
    for tally in tallies:
        if not tally.void:
            per_minute[minute_of(tally.at)] += tally.qty
    return sorted(per_minute.items(), key=lambda item: (-item[1], item[0]))[:top]


def link_label(position: int) -> str:
    """Platforms number the products of a live room: 1号链接, 2号链接 …"""
    return f"{position}号链接"
