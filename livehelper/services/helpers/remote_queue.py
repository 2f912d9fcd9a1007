"""The shipping queue of another LiveHelper PC, through its LAN API: the queue protocol (services/shipping/queue.py)
for helper mode on a second PC.

Plain rows in, domain errors out: the caller never sees requests or HTTP status codes. The queue keeps a
snapshot of the other PC's tasks that `refresh` (run off the UI thread) brings up to date, announcing the tasks
that changed; `ids`, `rows` and `counts` answer from it and never touch the network (empty until the first
`refresh`), so the UI thread never waits on the network to paint.
Writes and `get` ask the other PC. Buyer data arrives masked by the other PC (unless the helper may see full
addresses) and is kept only in memory.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import wraps
from typing import Any, ParamSpec, TypeVar
from urllib.parse import urlsplit

import requests

from livehelper.domain.errors import ConflictError, LiveHelperError, NotFoundError, ValidationError
from livehelper.domain.messages import Message
from livehelper.domain.tasks import TaskState
from livehelper.services.events import ChangeEvent, ChangeKind, Entity, EventBus
from livehelper.services.shipping.queue import HELPER_ACTIONS, Moved, RowItem, TaskFilter, TaskRow, verbatim

TIMEOUT_SECONDS = 5.0
API = "/api/v1"


class RemoteUnavailable(LiveHelperError):
    """The other PC cannot be reached or answered with something that is not the LiveHelper API."""


class PairingRevoked(LiveHelperError):
    """The token is unknown or was revoked on the other PC (HTTP 401)."""


class RemoteConflict(ConflictError):
    """Someone changed the task first; `task` is its current state (None when it is gone)."""

    def __init__(self, message: Message, task: TaskRow | None) -> None:
        super().__init__(message)
        self.task = task


@dataclass(frozen=True)
class RemoteCourier:
    code: str
    name: str


@dataclass(frozen=True)
class PickLine:
    name: str
    spec: str
    qty: int


@dataclass(frozen=True)
class Me:
    name: str
    role: str


def split_pairing_url(url: str) -> tuple[str, str]:
    """'http://pc:8765/#token=abc' → ('http://pc:8765', 'abc'); the token is '' when the URL carries none."""
    url = url.strip()
    base, _, fragment = url.partition("#")
    token = ""
    for part in fragment.split("&"):
        key, _, value = part.partition("=")
        if key == "token":
            token = value
    parts = urlsplit(base if "://" in base else f"http://{base}")
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValidationError("url", Message("Not a LiveHelper address: {url}", url=url))
    return f"{parts.scheme}://{parts.netloc}", token


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _moment(value: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def task_from_json(data: dict[str, Any]) -> TaskRow:
    order_nos = [_text(each) for each in data.get("order_nos") or []]
    return TaskRow(
        id=int(data["id"]), platform=_text(data.get("platform")), order_no=_text(data.get("order_no")),
        state=TaskState(data["status"]), version=int(data["version"]), assignee=_text(data.get("assignee")),
        courier=_text(data.get("courier")), tracking_no=_text(data.get("tracking_no")) or None,
        problem_reason=_text(data.get("problem_reason")), buyer_note=_text(data.get("note")),
        buyer_masked=_text(data.get("buyer")), city=_text(data.get("city")), address_masked=_text(data.get("address")),
        items=tuple(RowItem(_text(item.get("title")), int(item.get("qty") or 0), None, _text(item.get("spec")),
                            _text(item.get("name"))) for item in data.get("items", [])),
        merged_order_nos=tuple(order_nos[1:]), missing=tuple(verbatim(_text(gap)) for gap in data.get("missing", [])),
        updated_at=_moment(data.get("updated_at")))


def _matches(task: TaskRow, query: TaskFilter) -> bool:
    """The filters a helper's window offers: state, helper, platform and text (order number, title, helper)."""
    if query.state is not None and task.state != TaskState(query.state):
        return False
    if query.assignee is not None and task.assignee != query.assignee:
        return False
    if query.platform is not None and task.platform != query.platform:
        return False
    if query.text:
        text = query.text.strip().lower()
        words = (task.order_no, *task.merged_order_nos, task.assignee, *(item.title for item in task.items))
        return any(text in word.lower() for word in words)
    return True


def _unreachable(url: str, error: Exception) -> RemoteUnavailable:
    return RemoteUnavailable(Message(
        "Cannot reach the LiveHelper PC at {url}; check that it is on and on the same network ({reason})",
        url=url, reason=type(error).__name__))


@dataclass(frozen=True)
class _Snapshot:
    tasks: dict[int, TaskRow]
    counts: dict[TaskState, int]


P = ParamSpec("P")
R = TypeVar("R")


def _parsed(method: Callable[P, R]) -> Callable[P, R]:
    """An answer of the wrong shape (another program on that port, an older LiveHelper) is a RemoteUnavailable."""

    @wraps(method)
    def call(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(*args, **kwargs)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise RemoteUnavailable(Message("The LiveHelper PC answered with an error ({status}): {detail}",
                                            status=200, detail=type(error).__name__)) from error

    return call


class RemoteQueue:
    """One helper's view of another PC's queue. Reads (`refresh`) and writes use separate connections, so a
    click never waits behind a slow listing; each connection is used by one thread at a time."""

    actions = HELPER_ACTIONS
    waits_on_network = True
    PAGE = 1000  # the API's largest page

    def __init__(self, base_url: str, token: str, session: requests.Session | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self._http = session if session is not None else requests.Session()
        self._reader = requests.Session()
        for http in (self._http, self._reader):
            http.headers["Authorization"] = f"Bearer {token}"
        self._locks = {id(self._http): threading.Lock(), id(self._reader): threading.Lock()}
        self._token = token
        self._refreshing = threading.Lock()  # one refresh at a time (the window's and remote_watch's)
        self._events = EventBus()
        self._snapshot = _Snapshot({}, {state: 0 for state in TaskState})
        self.loaded = False  # True once `refresh` has fetched the queue

    @_parsed
    def me(self) -> Me:
        data = self._call("GET", "/me")
        return Me(_text(data.get("name")), _text(data.get("role")))

    # the queue protocol: reading
    def ids(self, query: TaskFilter | None = None) -> list[int]:
        query = query or TaskFilter()
        return sorted(task.id for task in self._current().tasks.values() if _matches(task, query))

    def rows(self, ids: Sequence[int]) -> list[TaskRow]:
        tasks = self._current().tasks
        return [tasks[task_id] for task_id in ids if task_id in tasks]

    def counts(self) -> dict[TaskState, int]:
        return dict(self._current().counts)

    @_parsed
    def get(self, task_id: int) -> TaskRow:
        task = task_from_json(self._call("GET", f"/tasks/{task_id}"))
        self._keep(task)
        return task

    def refresh(self) -> None:
        """Fetch the whole queue (page by page) and announce the tasks that differ from the last snapshot."""
        with self._refreshing:
            self._refresh()

    @_parsed
    def _refresh(self) -> None:
        tasks: dict[int, TaskRow] = {}
        counts = {state: 0 for state in TaskState}
        offset: int | None = 0
        while offset is not None:
            data = self._call("GET", "/tasks", params={"offset": offset, "limit": self.PAGE}, http=self._reader)
            for task in data.get("tasks", []):
                row = task_from_json(task)
                tasks[row.id] = row
            for key, count in data.get("counts", {}).items():
                if key in TaskState._value2member_map_:
                    counts[TaskState(key)] = int(count)
            following = data.get("next_offset")
            offset = int(following) if following is not None and int(following) > offset else None
        before, self._snapshot = self._snapshot, _Snapshot(tasks, counts)
        if not self.loaded:
            self.loaded = True
            self._events.publish(ChangeEvent(Entity.TASK, ChangeKind.RELOADED))
            return
        changed = [task_id for task_id in before.tasks.keys() | tasks.keys()
                   if before.tasks.get(task_id) != tasks.get(task_id)]
        if changed or before.counts != counts:
            self._events.publish(ChangeEvent(Entity.TASK, ChangeKind.UPDATED, tuple(sorted(changed))))

    # the queue protocol: changing
    @_parsed
    def transition(self, task_id: int, to: TaskState | str, version: int, courier: str | None = None,
                   tracking_no: str | None = None, reason: str | None = None) -> Moved:
        """The moved task and the other PC's warnings; RemoteConflict (a ConflictError) with the fresh task."""
        body: dict[str, Any] = {"to": TaskState(to).value, "version": version}
        for key, value in (("courier", courier), ("tracking_no", tracking_no), ("reason", reason)):
            if value:
                body[key] = value
        try:
            data = self._call("POST", f"/tasks/{task_id}/transition", json=body)
        except RemoteConflict as conflict:
            if conflict.task is not None:
                self._keep(conflict.task)
            raise
        task = task_from_json(data["task"])
        self._keep(task)
        return Moved(task, tuple(verbatim(str(warning)) for warning in data.get("warnings", [])))

    def subscribe(self, listener: Callable[[ChangeEvent], None]) -> Callable[[], None]:
        return self._events.subscribe(listener)

    # more of the LAN API
    @_parsed
    def couriers(self) -> list[RemoteCourier]:
        return [RemoteCourier(_text(c.get("code")), _text(c.get("name"))) for c in self._call("GET", "/couriers")]

    @_parsed
    def picklist(self, status: TaskState | str = TaskState.PENDING) -> list[PickLine]:
        data = self._call("GET", "/picklist", params={"status": TaskState(status).value})
        return [PickLine(_text(line.get("name")), _text(line.get("spec")), int(line.get("qty") or 0))
                for line in data.get("lines", [])]

    def open_events(self, read_timeout: float) -> requests.Response:
        """GET /api/v1/events as a stream, on a connection of its own (remote_watch.py reads it on its thread)."""
        try:
            answer = requests.get(f"{self.base_url}{API}/events", stream=True,
                                  headers={"Authorization": f"Bearer {self._token}"},
                                  timeout=(TIMEOUT_SECONDS, read_timeout))
        except requests.RequestException as error:
            raise _unreachable(self.base_url, error) from error
        if answer.status_code == 401:
            answer.close()
            raise PairingRevoked(Message("This PC's pairing was revoked or is unknown; ask for a new pairing link"))
        if answer.status_code != 200:
            answer.close()
            raise RemoteUnavailable(Message("The LiveHelper PC answered with an error ({status}): {detail}",
                                            status=answer.status_code, detail=""))
        return answer

    # the snapshot
    def _current(self) -> _Snapshot:
        """Reads never touch the network: before the first `refresh` the queue is empty."""
        return self._snapshot

    def _keep(self, task: TaskRow) -> None:
        """A task this PC has just seen fresh replaces the snapshot's row at once (counts follow its state)."""
        snapshot = self._snapshot
        if not self.loaded or snapshot.tasks.get(task.id) == task:
            return
        tasks, counts = dict(snapshot.tasks), dict(snapshot.counts)
        old = tasks.get(task.id)
        if old is not None:
            counts[old.state] -= 1
        counts[task.state] = counts.get(task.state, 0) + 1
        tasks[task.id] = task
        self._snapshot = _Snapshot(tasks, counts)
        self._events.publish(ChangeEvent(Entity.TASK, ChangeKind.UPDATED, (task.id,)))

    def _call(self, method: str, path: str, http: requests.Session | None = None, **kwargs: Any) -> Any:
        http = http or self._http
        try:
            with self._locks[id(http)]:
                answer = http.request(method, f"{self.base_url}{API}{path}", timeout=TIMEOUT_SECONDS, **kwargs)
        except requests.RequestException as error:
            raise _unreachable(self.base_url, error) from error
        try:
            data = answer.json()
        except ValueError:
            data = None
        detail = _text(data.get("detail")) if isinstance(data, dict) else ""
        if answer.status_code == 401:
            raise PairingRevoked(Message(
                "This PC's pairing was revoked or is unknown; ask for a new pairing link"))
        if answer.status_code == 409 and isinstance(data, dict):
            fresh = data.get("task")
            raise RemoteConflict(Message("Someone changed this task first: {detail}", detail=detail),
                                 task_from_json(fresh) if isinstance(fresh, dict) else None)
        if answer.status_code == 422:
            field = _text(data.get("field")) if isinstance(data, dict) else ""
            raise ValidationError(field or "request", Message("The LiveHelper PC refused: {detail}", detail=detail))
        if answer.status_code == 404:
            raise NotFoundError(Message("The LiveHelper PC refused: {detail}", detail=detail))
        if answer.status_code >= 400 or data is None:
            raise RemoteUnavailable(Message("The LiveHelper PC answered with an error ({status}): {detail}",
                                            status=answer.status_code, detail=detail))
        return data
