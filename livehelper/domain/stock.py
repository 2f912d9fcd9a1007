"""Stock as a ledger (issue 16): on hand changes only through append-only movements.

- 在库 on hand: what is in the storeroom, the sum of the product's movements.
- 占用 reserved: units of orders whose packing task is not yet shipped or cancelled (待打包, 打包中, 已打包, 异常),
  counting the orders merged into such a parcel. Derived from the tasks, never stored.
- 可售 available = on hand − reserved: what can still be sold.

A movement is one of four kinds: 入库 a receipt (received or harvested), 盘点 a count (the difference to the
counted number is recorded), 发货 a parcel left (its task became 已发货), 退回 a shipped parcel came back (its
task was taken back from 已发货). Cancelling an open task writes nothing: its reservation simply ends.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from livehelper.domain.errors import ValidationError
from livehelper.domain.messages import Message
from livehelper.domain.product import MAX_STOCK

MAX_REASON_LENGTH = 200
MAX_WHO_LENGTH = 40
_DELTA = re.compile(r"^[+-]?\d{1,9}$")


class MovementKind(StrEnum):
    RECEIPT = "receipt"
    COUNT = "count"
    SHIPMENT = "shipment"
    RETURN = "return"

    @property
    def zh(self) -> str:
        return KIND_NAMES[self]

    @property
    def label(self) -> Message:
        return _LABELS[self]


KIND_NAMES: dict[MovementKind, str] = {
    MovementKind.RECEIPT: "入库",
    MovementKind.COUNT: "盘点",
    MovementKind.SHIPMENT: "发货",
    MovementKind.RETURN: "退回",
}
_LABELS: dict[MovementKind, Message] = {
    MovementKind.RECEIPT: Message("receipt"),
    MovementKind.COUNT: Message("count"),
    MovementKind.SHIPMENT: Message("shipment"),
    MovementKind.RETURN: Message("return"),
}


@dataclass(frozen=True)
class StockMovement:
    """One line of the ledger: `qty` is the signed change of on hand; `balance` on hand right after it."""

    id: int
    product_id: int
    kind: MovementKind
    qty: int
    balance: int
    reason: str
    who: str
    at: datetime
    task_id: int | None = None


@dataclass(frozen=True)
class StockLevel:
    """One product's three figures, as `stock list` prints them."""

    product_id: int
    merchant_code: str
    name: str
    spec: str
    on_hand: int
    reserved: int
    low_stock_threshold: int = 10

    @property
    def available(self) -> int:
        return self.on_hand - self.reserved

    def as_json(self) -> dict[str, object]:
        return {"product_id": self.product_id, "merchant_code": self.merchant_code, "name": self.name,
                "spec": self.spec, "on_hand": self.on_hand, "reserved": self.reserved,
                "available": self.available}


def parse_delta(text: str) -> int:
    """A receipt or correction typed as +10, -2 or 10; ValidationError for anything else or zero."""
    cleaned = text.strip().replace(",", "").replace("＋", "+").replace("－", "-").replace("−", "-")
    if not _DELTA.match(cleaned):
        raise ValidationError("delta", Message("'{value}' is not a change of stock (expected e.g. +10 or -2)",
                                               value=text.strip()[:20]))
    value = int(cleaned)
    if value == 0:
        raise ValidationError("delta", Message("a change of stock cannot be zero"))
    if abs(value) > MAX_STOCK:
        raise ValidationError("delta", Message("'{value}' is too large (at most {maximum})",
                                               value=text.strip()[:20], maximum=MAX_STOCK))
    return value


def checked_reason(reason: str, required: bool = False) -> str:
    reason = " ".join(reason.split())
    if required and not reason:
        raise ValidationError("reason", Message("a reason is required"))
    if len(reason) > MAX_REASON_LENGTH:
        raise ValidationError("reason", Message("at most {limit} characters", limit=MAX_REASON_LENGTH))
    return reason


def checked_count(value: int) -> int:
    if not 0 <= value <= MAX_STOCK:
        raise ValidationError("count", Message("stock must be a whole number from 0 to {maximum}",
                                               maximum=MAX_STOCK))
    return value


def checked_balance(balance: int) -> None:
    """On hand cannot go below zero by a receipt or correction typed by a person (a count of 0 is the floor)."""
    if balance < 0:
        raise ValidationError("delta", Message("that would leave {balance} in stock; on hand cannot go below 0",
                                               balance=balance))


def live_remaining(available: int, tallied: int, ordered: int) -> int:
    """剩余 during a stream: 可售 counted down by the stream's tallies. Once the stream's orders are imported they
    are in 可售 already (reserved or shipped), so they take the place of as many tallies: never counted twice."""
    return available - max(0, tallied - ordered)
