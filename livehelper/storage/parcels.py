"""Parcels: orders of the same buyer and address merged into one packing task, and taken out again.

The lowest task id keeps the parcel; the other tasks become 已取消 with `merged_into_id` pointing at it, so
their orders still get a line (same courier, same tracking number) in the batch-shipping file. An order of the
parcel that is closed or refunded later leaves it again. Every task touched gets a history entry. These
functions work inside the caller's transaction; buyer data is compared, never logged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from livehelper.domain.errors import NotFoundError, ValidationError
from livehelper.domain.messages import Message
from livehelper.domain.tasks import TaskState, check_version, next_version
from livehelper.storage.models import OrderRecord, PackingTaskRecord, TaskHistoryRecord

SYSTEM = "system"

BuyerKey = tuple[str, str, str, str, str, str]


def gone(task_id: int) -> NotFoundError:
    return NotFoundError(Message("packing task {id} no longer exists", id=task_id))


def save_versioned(session: Session, task: PackingTaskRecord, expected: int, values: dict[str, object]) -> int:
    """Compare-and-set on the version, so that two PCs changing the task at once cannot both win; the new version."""
    version = next_version(expected)
    values = {**values, "version": version, "updated_at": datetime.now(UTC)}
    done = session.execute(update(PackingTaskRecord).where(
        PackingTaskRecord.id == task.id, PackingTaskRecord.version == expected).values(**values)).rowcount
    if not done:
        current = session.scalar(select(PackingTaskRecord.version).where(PackingTaskRecord.id == task.id))
        if current is None:
            raise gone(task.id)
        check_version(expected, current)
    session.expire(task)
    return version


def record_history(session: Session, task_id: int, from_state: str, to_state: str, who: str, version: int,
                   reason: str | None) -> None:
    session.add(TaskHistoryRecord(task_id=task_id, from_state=from_state, to_state=to_state, who=who,
                                  at=datetime.now(UTC), version=version, reason=reason[:200] if reason else None))


def merged_order_numbers(session: Session, task_ids: Sequence[int]) -> dict[int, list[str]]:
    """task id -> the numbers of the orders merged into its parcel, oldest task first."""
    merged: dict[int, list[str]] = {}
    for start in range(0, len(task_ids), 500):
        for into, order_no in session.execute(select(PackingTaskRecord.merged_into_id, OrderRecord.order_no).join(
                OrderRecord, OrderRecord.id == PackingTaskRecord.order_id).where(
                PackingTaskRecord.merged_into_id.in_(task_ids[start:start + 500])).order_by(PackingTaskRecord.id)):
            merged.setdefault(into, []).append(order_no)
    return merged


def buyer_key(order: OrderRecord) -> BuyerKey | None:
    """What two orders must share to go in one parcel; None when the platform hid part of it or it is missing."""
    if order.name_hidden or order.phone_hidden or order.address_hidden:
        return None
    key = (order.buyer_name.strip(), re.sub(r"\D", "", order.buyer_phone), order.province.strip(),
           order.city.strip(), order.district.strip(), "".join(order.address.split()))
    if not (key[0] and key[1] and key[5]):
        return None
    return key


def merge_candidates(session: Session, task_id: int) -> list[int]:
    """Other 待打包 tasks of the same buyer name, phone and address (none when this task is not 待打包)."""
    row = session.execute(select(PackingTaskRecord, OrderRecord).join(
        OrderRecord, OrderRecord.id == PackingTaskRecord.order_id).where(PackingTaskRecord.id == task_id)).first()
    if row is None:
        raise gone(task_id)
    task, order = row
    key = buyer_key(order)
    if task.state != TaskState.PENDING.value or key is None:
        return []
    others = session.execute(select(PackingTaskRecord.id, OrderRecord).join(
        OrderRecord, OrderRecord.id == PackingTaskRecord.order_id).where(
        PackingTaskRecord.state == TaskState.PENDING.value, PackingTaskRecord.id != task_id,
        OrderRecord.buyer_name == order.buyer_name).order_by(PackingTaskRecord.id)).all()
    return [other_id for other_id, other in others if buyer_key(other) == key]


def merge(session: Session, task_ids: Sequence[int], who: str) -> tuple[int, list[int]]:
    """Put the orders of `task_ids` into the parcel of the lowest id: (that id, every task id touched).

    ValidationError when fewer than two tasks are given, a task is not 待打包, or buyers or addresses differ."""
    ids = sorted(set(task_ids))
    if len(ids) < 2:
        raise ValidationError("task_ids", Message("choose at least two tasks to merge"))
    rows = {task.id: (task, order) for task, order in session.execute(select(PackingTaskRecord, OrderRecord).join(
        OrderRecord, OrderRecord.id == PackingTaskRecord.order_id).where(PackingTaskRecord.id.in_(ids)))}
    keys = set()
    for task_id in ids:
        if task_id not in rows:
            raise gone(task_id)
        task, order = rows[task_id]
        if task.state != TaskState.PENDING.value:
            raise ValidationError("task_ids", Message("task #{id} is {state}; only tasks to pack can be merged",
                                                      id=task_id, state=TaskState(task.state).label))
        key = buyer_key(order)
        if key is None:
            raise ValidationError("task_ids", Message(
                "the buyer or address of task #{id} is hidden or incomplete; it cannot be merged", id=task_id))
        keys.add(key)
    if len(keys) > 1:
        raise ValidationError("task_ids", Message("these tasks go to different buyers or addresses; "
                                                  "only parcels to the same buyer and address can be merged"))
    survivor_id, others = ids[0], ids[1:]
    moved = f"合并到 #{survivor_id}"
    touched = list(ids)
    for task_id in others:
        task = rows[task_id][0]
        version = save_versioned(session, task, task.version, {
            "state": TaskState.CANCELLED.value, "merged_into_id": survivor_id})
        record_history(session, task_id, TaskState.PENDING.value, TaskState.CANCELLED.value, who, version, moved)
        # a task that had a parcel of its own hands its merged orders on to the new one
        children = session.scalars(select(PackingTaskRecord).where(PackingTaskRecord.merged_into_id == task_id))
        for child in children.all():
            child_version = save_versioned(session, child, child.version, {"merged_into_id": survivor_id})
            record_history(session, child.id, child.state, child.state, who, child_version, moved)
            touched.append(child.id)
    survivor = rows[survivor_id][0]
    version = save_versioned(session, survivor, survivor.version, {})
    record_history(session, survivor_id, TaskState.PENDING.value, TaskState.PENDING.value, who, version,
                   "合并 " + "、".join(f"#{task_id}" for task_id in others))
    return survivor_id, touched


def leave_parcel(session: Session, task: PackingTaskRecord, order_no: str, reason: str) -> int | None:
    """The order of `task`, merged into another parcel, was closed or refunded: take it out of that parcel (unless
    the parcel has shipped) and say so in the parcel's history. The id of the parcel's task when it changed."""
    parcel = session.get(PackingTaskRecord, task.merged_into_id)
    if parcel is None or parcel.state in (TaskState.SHIPPED.value, TaskState.CANCELLED.value):
        return None
    note = f"订单 {order_no} 已关闭，移出包裹" + (f"（{reason}）" if reason else "")
    version = save_versioned(session, task, task.version, {"merged_into_id": None})
    record_history(session, task.id, task.state, task.state, SYSTEM, version, f"移出包裹 #{parcel.id}")
    version = save_versioned(session, parcel, parcel.version, {})
    record_history(session, parcel.id, parcel.state, parcel.state, SYSTEM, version, note)
    return parcel.id


def release_parcel(session: Session, parcel: PackingTaskRecord, order_no: str) -> list[int]:
    """The parcel's own order was closed and its task cancelled: the orders merged into it are still to ship, so
    their tasks go back to 待打包 on their own (a merge is undone, not a cancel). The ids of those tasks."""
    released = []
    for task in session.scalars(select(PackingTaskRecord).where(
            PackingTaskRecord.merged_into_id == parcel.id).order_by(PackingTaskRecord.id)).all():
        version = save_versioned(session, task, task.version, {
            "state": TaskState.PENDING.value, "merged_into_id": None})
        record_history(session, task.id, TaskState.CANCELLED.value, TaskState.PENDING.value, SYSTEM, version,
                       f"包裹 #{parcel.id} 的订单 {order_no} 已关闭，重新单独打包")
        released.append(task.id)
    return released
