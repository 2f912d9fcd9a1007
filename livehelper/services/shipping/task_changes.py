"""Changing one packing task inside a caller's transaction: a move to another state, or an assignment.

TaskService wraps each in its own transaction; the demo seeds many in one (one disk flush, not forty). Every
change is checked against the task's version and the state graph, and appended to the task's history.
"""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from livehelper.domain.couriers import courier_by_code, find_courier, normalise_tracking, tracking_warnings
from livehelper.domain.errors import ConflictError, ValidationError
from livehelper.domain.messages import Message
from livehelper.domain.tasks import TaskState, check_transition, check_version, parse_state
from livehelper.services.catalog import stock
from livehelper.storage import tasks as tasks_repo
from livehelper.storage.models import PackingTaskRecord
from livehelper.storage.parcels import gone, record_history, save_versioned

MAX_HELPER_LENGTH = 40


def checked_who(who: str) -> str:
    who = who.strip()
    if not who:
        raise ValidationError("who", Message("a name is required"))
    return who[:MAX_HELPER_LENGTH]


def _locked(session: Session, task_id: int, version: int) -> PackingTaskRecord:
    task = tasks_repo.task_record(session, task_id)
    if task is None:
        raise gone(task_id)
    check_version(version, task.version)
    return task


def move(session: Session, task_id: int, to: TaskState | str, version: int, who: str, courier: str | None = None,
         tracking_no: str | None = None, reason: str | None = None, claim: bool = False) -> tuple[int, list[Message]]:
    """Move a task to `to`: (its new version, tracking-number warnings). ValidationError for a move not allowed,
    ConflictError when `version` is stale or the tracking number is on another task. With `claim`, a helper who
    starts packing an unassigned task becomes its 负责人 in the same change."""
    target = parse_state(to, "to")
    who = checked_who(who)
    task = _locked(session, task_id, version)
    current = TaskState(task.state)
    check_transition(current, target, reason=reason, courier=courier, tracking_no=tracking_no)
    values: dict[str, object] = {"state": target.value}
    if claim and target == TaskState.PACKING and not task.assignee:
        values["assignee"] = who
    note = (reason or "").strip() or None
    warnings: list[Message] = []
    if target == TaskState.SHIPPED:
        found = courier_by_code((courier or "").strip()) or find_courier(courier or "")
        assert found is not None  # check_transition refused unknown couriers
        number = normalise_tracking(tracking_no or "")
        other = tasks_repo.tracking_owner(session, number, task_id)
        if other is not None:
            raise ConflictError(Message("tracking number {number} is already used by order {order_no}",
                                        number=number, order_no=other))
        warnings = tracking_warnings(found, number)
        values |= {"courier": found.code, "tracking_no": number}
    if current == TaskState.SHIPPED:  # taken back: shipped again later, it goes into the next batch file
        values["exported_at"] = None
    if target == TaskState.PROBLEM:
        values["problem_reason"] = note or ""
    elif current == TaskState.PROBLEM:
        values["problem_reason"] = ""
    try:
        new_version = save_versioned(session, task, version, values)
        record_history(session, task_id, current.value, target.value, who, new_version, note)
        session.flush()
    except IntegrityError as error:
        raise ConflictError(Message("tracking number {number} is already used by another packing task",
                                    number=values.get("tracking_no", ""))) from error
    # Stock moves in this same transaction, so a parcel shipped from two PCs at once is never counted once.
    if target == TaskState.SHIPPED:
        stock.ship_parcel(session, task_id, who)
    elif current == TaskState.SHIPPED:
        stock.return_parcel(session, task_id, who, note or "")
    return new_version, warnings


def assign(session: Session, task_id: int, helper: str, version: int, who: str) -> int:
    """Give the task to `helper` ("" to release it), kept in the history like a change of state; the new version."""
    helper = helper.strip()
    if len(helper) > MAX_HELPER_LENGTH:
        raise ValidationError("assignee", Message("at most {limit} characters", limit=MAX_HELPER_LENGTH))
    who = checked_who(who)
    task = _locked(session, task_id, version)
    state = task.state
    new_version = save_versioned(session, task, version, {"assignee": helper})
    record_history(session, task_id, state, state, who, new_version, f"→ {helper}" if helper else "→ —")
    return new_version
