"""One queue protocol for the shipping workspace: the local TaskService and another PC's LAN API both speak it.

The queue's table model, the ship dialog and the task actions work on a `TaskQueue` and the `TaskRow`s it
gives, so helper mode on a second PC shows the same queue as the desktop: `LocalQueue` (local_queue.py) reads
this PC's database, `RemoteQueue` (services/helpers/remote_queue.py) another PC's through /api/v1. Buyer data
in a row is masked by whoever built it (the LAN API masks before it sends).

Reads (`ids`, `rows`, `counts`) may come from a snapshot that `refresh` brings up to date (the remote queue
keeps one, so that the UI thread never waits on the network to paint); `get` and `transition` always ask the
source. A queue announces its changes as ChangeEvents (entity TASK, ORDER or PRODUCT) to its subscribers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from livehelper.domain.messages import Message
from livehelper.domain.tasks import TaskState
from livehelper.services.events import ChangeEvent
from livehelper.services.shipping.tasks import PackingTask, TaskFilter

__all__ = ["ALL_ACTIONS", "HELPER_ACTIONS", "Moved", "RowItem", "TaskFilter", "TaskQueue", "TaskRow", "mark_packed",
           "row_of", "ship", "start_packing", "verbatim"]

# What can be done to the tasks of a queue. A helper on another PC packs and ships; the rest needs this PC's
# own data (imports, manual orders, reconciliation with tallies, printed documents with full addresses, the
# platforms' upload files) or is the streamer's call (cancel, assign, merge), and the LAN API does not offer it.
HELPER_ACTIONS = frozenset({"start", "packed", "ship", "problem", "reopen"})
ALL_ACTIONS = HELPER_ACTIONS | frozenset({"cancel", "assign", "merge", "history", "import", "manual", "pick_list",
                                          "slips", "reconcile", "export"})


@dataclass(frozen=True)
class RowItem:
    title: str  # the platform's title of the line
    qty: int
    product_id: int | None = None  # the catalog product it is matched to (the remote queue does not know)
    sku_text: str = ""  # the platform's 规格 text
    name: str = ""  # the catalog's "name spec" of the matched product; "" when unmatched


@dataclass(frozen=True)
class TaskRow:
    """One packing task as the queue shows it: the same fields, wherever the queue lives."""

    id: int
    platform: str
    order_no: str
    state: TaskState
    version: int
    assignee: str = ""
    courier: str = ""  # courier code (SF, ZTO …) or ""
    tracking_no: str | None = None
    problem_reason: str = ""
    buyer_note: str = ""
    buyer_masked: str = ""  # 王* 138****5678 (unmasked only for a helper allowed full addresses)
    city: str = ""
    address_masked: str = ""
    items: tuple[RowItem, ...] = ()
    merged_order_nos: tuple[str, ...] = ()
    missing: tuple[Message, ...] = ()  # what the order's export lacked and what to do
    updated_at: datetime | None = None


@dataclass(frozen=True)
class Moved:
    """A transition's answer: the task as it is now, and doubts about the tracking number that did not stop it."""

    task: TaskRow
    warnings: tuple[Message, ...] = ()


class TaskQueue(Protocol):
    """The shipping queue as the UI uses it. Errors are domain errors: ValidationError for a move that is not
    allowed, ConflictError when the version is stale (or the tracking number is on another parcel),
    NotFoundError for a task that is gone; a remote queue adds its own LiveHelperErrors for the network."""

    @property
    def actions(self) -> frozenset[str]:
        """The actions of ALL_ACTIONS this queue allows (a helper's: HELPER_ACTIONS)."""
        ...

    @property
    def waits_on_network(self) -> bool:
        """Whether `get`, `refresh` and `transition` wait on the network: the UI then calls them off its thread."""
        ...

    def ids(self, query: TaskFilter | None = None) -> list[int]:
        """Every matching task id, oldest first."""
        ...

    def rows(self, ids: Sequence[int]) -> list[TaskRow]:
        """Those tasks in the given order; ids that no longer exist are skipped."""
        ...

    def counts(self) -> dict[TaskState, int]:
        """Tasks per state, every state present."""
        ...

    def get(self, task_id: int) -> TaskRow:
        """The task as it is now at its source."""
        ...

    def refresh(self) -> None:
        """Bring `ids`, `rows` and `counts` up to date, announcing what changed (the local queue always is)."""
        ...

    def transition(self, task_id: int, to: TaskState | str, version: int, courier: str | None = None,
                   tracking_no: str | None = None, reason: str | None = None) -> Moved:
        """Move a task to `to` (with courier and tracking number to ship, a reason for 异常)."""
        ...

    def subscribe(self, listener: Callable[[ChangeEvent], None]) -> Callable[[], None]:
        """Call `listener` (on any thread) with each change; the returned function unsubscribes."""
        ...


def start_packing(queue: TaskQueue, task: TaskRow) -> Moved:
    return queue.transition(task.id, TaskState.PACKING, task.version)


def mark_packed(queue: TaskQueue, task: TaskRow) -> Moved:
    return queue.transition(task.id, TaskState.PACKED, task.version)


def ship(queue: TaskQueue, task: TaskRow, courier: str, tracking_no: str) -> Moved:
    return queue.transition(task.id, TaskState.SHIPPED, task.version, courier=courier, tracking_no=tracking_no)


def row_of(task: PackingTask, names: dict[int, str] | None = None) -> TaskRow:
    """The row of a task of this PC's database; `names` the catalog's "name spec" by product id."""
    names = names or {}
    return TaskRow(
        id=task.id, platform=task.platform, order_no=task.order_no, state=task.state, version=task.version,
        assignee=task.assignee, courier=task.courier, tracking_no=task.tracking_no,
        problem_reason=task.problem_reason, buyer_note=task.buyer_note, buyer_masked=task.buyer_masked,
        city=task.city, address_masked=task.address_masked,
        items=tuple(RowItem(item.title, item.qty, item.product_id, item.sku_text,
                            names.get(item.product_id, "") if item.product_id is not None else "")
                    for item in task.items),
        merged_order_nos=task.merged_order_nos, missing=task.missing, updated_at=task.updated_at)


def verbatim(text: str) -> Message:
    """A text another PC has already rendered (a warning of the LAN API), carried as a Message."""
    return Message(text.replace("{", "{{").replace("}", "}}"))
