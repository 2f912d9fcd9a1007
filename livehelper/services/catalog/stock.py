"""Stock use cases (issue 16): levels (在库, 占用, 可售), the ledger, receipts and counts.

Shipping and taking back a parcel move stock inside the task change's own transaction (services/task_changes.py
calls `ship_parcel` / `return_parcel`); a catalog import or edit that changes 库存 records a count through
`count_in`. Every change is announced as a product change, so the catalog, the live line-up and the cue cards
follow.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from livehelper.domain.errors import NotFoundError
from livehelper.domain.messages import Message
from livehelper.domain.stock import (
    MAX_WHO_LENGTH,
    MovementKind,
    StockLevel,
    StockMovement,
    checked_balance,
    checked_count,
    checked_reason,
)
from livehelper.services.events import ChangeEvent, ChangeKind, EventBus
from livehelper.storage import stock as repo
from livehelper.storage.engine import Database

PRODUCT_ENTITY = "product"
SYSTEM = "system"


def _who(who: str) -> str:
    return (who.strip() or SYSTEM)[:MAX_WHO_LENGTH]


def _gone(product_id: int | str) -> NotFoundError:
    return NotFoundError(Message("product {id} no longer exists", id=product_id))


def count_in(session: Session, product_id: int, counted: int, reason: str, who: str) -> int:
    """Set on hand to `counted` inside the caller's transaction, recording the difference as a 盘点; the
    difference (0: nothing written)."""
    on_hand = repo.lock_on_hand(session, product_id)
    if on_hand is None:
        raise _gone(product_id)
    difference = checked_count(counted) - on_hand
    if difference:
        repo.add_movement(session, product_id, difference, MovementKind.COUNT, reason, _who(who))
    return difference


def ship_parcel(session: Session, task_id: int, who: str) -> list[int]:
    """The parcel of `task_id` left: a 发货 movement per matched line, in the caller's transaction; the products."""
    moved = []
    for product_id, qty, order_no in repo.parcel_items(session, task_id):
        repo.add_movement(session, product_id, -qty, MovementKind.SHIPMENT, f"订单 {order_no}", _who(who), task_id)
        moved.append(product_id)
    return moved


def return_parcel(session: Session, task_id: int, who: str, reason: str) -> list[int]:
    """The shipped parcel of `task_id` came back (or 已发货 was taken back): a 退回 movement per matched line."""
    moved = []
    note = checked_reason(reason)
    for product_id, qty, order_no in repo.parcel_items(session, task_id):
        text = f"订单 {order_no}" + (f"：{note}" if note else "")
        repo.add_movement(session, product_id, qty, MovementKind.RETURN, text, _who(who), task_id)
        moved.append(product_id)
    return moved


def parcel_products(session: Session, task_id: int) -> tuple[int, ...]:
    """The products a task's parcel holds (whose reserved or on hand a change of the task moves)."""
    return tuple(dict.fromkeys(product_id for product_id, _qty, _order in repo.parcel_items(session, task_id)))


class StockService:
    def __init__(self, database: Database, events: EventBus) -> None:
        self._db = database
        self._events = events

    def _publish(self, *product_ids: int) -> None:
        self._events.publish(ChangeEvent(PRODUCT_ENTITY, ChangeKind.UPDATED, tuple(product_ids)))

    # reading
    def levels(self) -> list[StockLevel]:
        with self._db.sessions() as session:
            return repo.levels(session)

    def level(self, product_id: int) -> StockLevel:
        with self._db.sessions() as session:
            found = repo.level(session, product_id)
        if found is None:
            raise _gone(product_id)
        return found

    def history(self, product_id: int | None = None, limit: int | None = None) -> list[StockMovement]:
        """The ledger, newest first: of one product (NotFoundError when it does not exist), or of all."""
        with self._db.sessions() as session:
            if product_id is not None and repo.level(session, product_id) is None:
                raise _gone(product_id)
            return repo.history(session, product_id, limit)

    def find(self, text: str) -> int:
        """The product named by a merchant code or an id (as typed on the command line)."""
        key = text.strip()
        with self._db.sessions() as session:
            found = repo.product_id_by_code_or_id(session, key)
        if found is None:
            raise NotFoundError(Message("no product with merchant code or id “{key}”", key=key[:64]))
        return found

    def ledger_matches(self) -> bool:
        """Whether every product's on hand equals the sum of its movements (a health check)."""
        with self._db.sessions() as session:
            sums = repo.ledger_sums(session)
            return all(level.on_hand == sums.get(level.product_id, 0) for level in repo.levels(session))

    # writing
    def receive(self, product_id: int, qty: int, reason: str, who: str) -> StockLevel:
        """入库: `qty` more on hand (received or harvested). A negative `qty` is a correction, kept as a 盘点
        with its reason (broken, eaten, given away); on hand never goes below 0 this way."""
        reason = checked_reason(reason, required=qty < 0)
        kind = MovementKind.RECEIPT if qty > 0 else MovementKind.COUNT
        with self._db.sessions.begin() as session:
            on_hand = repo.lock_on_hand(session, product_id)
            if on_hand is None:
                raise _gone(product_id)
            checked_balance(on_hand + qty)
            repo.add_movement(session, product_id, qty, kind, reason, _who(who))
        self._publish(product_id)
        return self.level(product_id)

    def count(self, product_id: int, counted: int, who: str, reason: str = "") -> StockLevel:
        """盘点: the storeroom holds `counted`; the difference is recorded (nothing when it already said so)."""
        reason = checked_reason(reason)
        with self._db.sessions.begin() as session:
            difference = count_in(session, product_id, counted, reason, who)
        if difference:
            self._publish(product_id)
        return self.level(product_id)
