"""Packing tasks (打包任务): their states, the transitions allowed between them, versions and the audit history.

The transitions, forward and back:

    pending 待打包 ──► packing 打包中 ──► packed 已打包 ──► shipped 已发货
        ▲ └───undo───┘  ▲ └────undo────┘
        │               │
        └── problem 异常 ┘   (resolve: back to pending or packing)

- Forward: pending → packing → packed → shipped. Shipping needs a known courier and a tracking number that is
  not surely wrong (`couriers.tracking_number_problem`); format warnings are the caller's to show.
- Problem: any open state (pending, packing, packed) → problem, with a reason. Resolving it puts the task back
  to pending (start over) or packing (go on packing); a problem task is never shipped directly.
- Undo for a helper who tapped the wrong button: packing → pending (release the task), packed → packing
  (reopen the parcel). Shipped is not undone as such: the tracking number may already be in a batch-shipping
  file given to the platform.
- Taken back: shipped → problem, with a reason (the parcel came back, or 已发货 was tapped by mistake). Its
  items return to the storeroom (a 退回 stock movement, domain/stock.py) and the task is solved from there like
  any problem: shipped again through pending or packing, or cancelled.
- Cancel: every state but shipped → cancelled (an order closed or refunded). Cancelled is final.
- A "transition" to the state the task is already in is refused: it is almost always a double tap or a stale
  page, and the version check reports the latter better.

Each change carries the task's version; a change made against an older version is refused with ConflictError.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from livehelper.domain.couriers import courier_by_code, find_courier, tracking_number_problem
from livehelper.domain.errors import ConflictError, ValidationError
from livehelper.domain.messages import Message

MAX_REASON_LENGTH = 200
INITIAL_VERSION = 1


class TaskState(StrEnum):
    PENDING = "pending"
    PACKING = "packing"
    PACKED = "packed"
    SHIPPED = "shipped"
    PROBLEM = "problem"
    CANCELLED = "cancelled"

    @property
    def zh(self) -> str:
        """The Chinese name shown on screen (待打包 …)."""
        return TASK_STATE_NAMES[self]

    @property
    def label(self) -> Message:
        """The state's name as a Message, for use inside other messages (待打包 in Chinese)."""
        return _LABELS[self]

    @property
    def is_open(self) -> bool:
        """Still to be worked on by a helper: pending, packing or packed."""
        return self in OPEN_STATES


TASK_STATE_NAMES: dict[TaskState, str] = {
    TaskState.PENDING: "待打包",
    TaskState.PACKING: "打包中",
    TaskState.PACKED: "已打包",
    TaskState.SHIPPED: "已发货",
    TaskState.PROBLEM: "异常",
    TaskState.CANCELLED: "已取消",
}
_LABELS: dict[TaskState, Message] = {
    TaskState.PENDING: Message("to pack"),
    TaskState.PACKING: Message("packing"),
    TaskState.PACKED: Message("packed"),
    TaskState.SHIPPED: Message("shipped"),
    TaskState.PROBLEM: Message("problem"),
    TaskState.CANCELLED: Message("cancelled"),
}
OPEN_STATES: frozenset[TaskState] = frozenset({TaskState.PENDING, TaskState.PACKING, TaskState.PACKED})
FINAL_STATES: frozenset[TaskState] = frozenset({TaskState.SHIPPED, TaskState.CANCELLED})

TRANSITIONS: dict[TaskState, frozenset[TaskState]] = {
    TaskState.PENDING: frozenset({TaskState.PACKING, TaskState.PROBLEM, TaskState.CANCELLED}),
    TaskState.PACKING: frozenset({TaskState.PACKED, TaskState.PENDING, TaskState.PROBLEM, TaskState.CANCELLED}),
    TaskState.PACKED: frozenset({TaskState.SHIPPED, TaskState.PACKING, TaskState.PROBLEM, TaskState.CANCELLED}),
    TaskState.PROBLEM: frozenset({TaskState.PENDING, TaskState.PACKING, TaskState.CANCELLED}),
    TaskState.SHIPPED: frozenset({TaskState.PROBLEM}),  # taken back: the parcel returned (a 退回 movement)
    TaskState.CANCELLED: frozenset(),
}
# The steps back that a helper may take to correct a mistaken tap (listed so the UI can label them "撤销").
UNDO_TRANSITIONS: frozenset[tuple[TaskState, TaskState]] = frozenset({
    (TaskState.PACKING, TaskState.PENDING),
    (TaskState.PACKED, TaskState.PACKING),
})

_BY_NAME: dict[str, TaskState] = {name: state for state, name in TASK_STATE_NAMES.items()}


def parse_state(text: str | TaskState, field_name: str = "status") -> TaskState:
    """The state named by a code ("packing", any case) or its Chinese name ("打包中"); ValidationError otherwise."""
    if isinstance(text, TaskState):
        return text
    key = text.strip()
    try:
        return TaskState(key.lower())
    except ValueError:
        pass
    if key in _BY_NAME:
        return _BY_NAME[key]
    raise ValidationError(field_name, Message("unknown task state “{state}”", state=key[:40]))


def allowed_targets(current: TaskState | str) -> frozenset[TaskState]:
    """The states a task in `current` may move to (for the buttons a helper sees)."""
    return TRANSITIONS[parse_state(current)]


def is_allowed(current: TaskState | str, to: TaskState | str) -> bool:
    """Whether the state graph allows current → to (ignoring the reason, courier and tracking number)."""
    return parse_state(to, "to") in allowed_targets(current)


def check_transition(current: TaskState | str, to: TaskState | str, *, reason: str | None = None,
                     courier: str | None = None, tracking_no: str | None = None) -> None:
    """Refuse (ValidationError) a change of state that is not allowed or lacks what it needs.

    To problem: a non-empty `reason`. To shipped: a `courier` (code or name, see `couriers.find_courier`) and a
    `tracking_no` that is not surely wrong. Arguments a transition does not need are ignored.
    """
    current = parse_state(current, "status")
    target = parse_state(to, "to")
    if target == current:
        raise ValidationError("to", Message("the task is already {state}", state=current.label))
    if target not in TRANSITIONS[current]:
        raise ValidationError("to", Message("a task cannot go from {from_state} to {to_state}",
                                            from_state=current.label, to_state=target.label))
    if target == TaskState.PROBLEM:
        text = (reason or "").strip()
        if not text:
            raise ValidationError("reason", Message("a reason is required to mark a task as a problem"))
        if len(text) > MAX_REASON_LENGTH:
            raise ValidationError("reason", Message("a reason has at most {limit} characters",
                                                    limit=MAX_REASON_LENGTH))
    if target == TaskState.SHIPPED:
        name = (courier or "").strip()
        if not name:
            raise ValidationError("courier", Message("a courier is required to ship a task"))
        if courier_by_code(name) is None and find_courier(name) is None:
            raise ValidationError("courier", Message("unknown courier “{courier}”", courier=name[:40]))
        problem = tracking_number_problem(tracking_no or "")
        if problem is not None:
            raise ValidationError("tracking_no", problem)


@dataclass(frozen=True)
class TaskChange:
    """One entry of a task's audit history: who moved it from which state to which, when (UTC), and the
    version the task has after the change. `from_state` is None for the entry that creates the task."""

    task_id: int
    from_state: TaskState | None
    to_state: TaskState
    who: str
    at: datetime
    version: int
    reason: str | None = None


def next_version(version: int) -> int:
    """The version a task has after one more change."""
    return version + 1


def check_version(expected: int, actual: int) -> None:
    """Refuse (ConflictError) a change made against version `expected` when the task is at `actual` now."""
    if expected != actual:
        raise ConflictError(Message(
            "this task was changed meanwhile (now version {actual}, yours was {expected}); reload it and try again",
            actual=actual, expected=expected))
