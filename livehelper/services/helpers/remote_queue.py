"""The shipping queue of another LiveHelper PC, through its LAN API (helper mode on a second PC).

Plain dataclasses in, domain errors out: the caller never sees requests or HTTP status codes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from typing import Any, ParamSpec, TypeVar
from urllib.parse import urlsplit

import requests

from livehelper.domain.errors import ConflictError, LiveHelperError, NotFoundError, ValidationError
from livehelper.domain.messages import Message
from livehelper.domain.tasks import TaskState

TIMEOUT_SECONDS = 5.0
API = "/api/v1"


class RemoteUnavailable(LiveHelperError):
    """The other PC cannot be reached or answered with something that is not the LiveHelper API."""


class PairingRevoked(LiveHelperError):
    """The token is unknown or was revoked on the other PC (HTTP 401)."""


class RemoteConflict(ConflictError):
    """Someone changed the task first; `task` is its current state (None when it is gone)."""

    def __init__(self, message: Message, task: RemoteTask | None) -> None:
        super().__init__(message)
        self.task = task


@dataclass(frozen=True)
class RemoteItem:
    title: str
    qty: int


@dataclass(frozen=True)
class RemoteTask:
    id: int
    order_no: str
    status: TaskState
    status_label: str
    version: int
    items: tuple[RemoteItem, ...] = ()
    buyer: str = ""
    city: str = ""
    address: str = ""
    note: str = ""
    assignee: str = ""
    courier: str = ""
    courier_name: str = ""
    tracking_no: str = ""
    problem_reason: str = ""

    @property
    def items_text(self) -> str:
        return "，".join(f"{item.title}×{item.qty}" for item in self.items)


@dataclass(frozen=True)
class TaskList:
    tasks: list[RemoteTask]
    counts: dict[TaskState, int]


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


def task_from_json(data: dict[str, Any]) -> RemoteTask:
    return RemoteTask(
        id=int(data["id"]), order_no=_text(data.get("order_no")), status=TaskState(data["status"]),
        status_label=_text(data.get("status_label")), version=int(data["version"]),
        items=tuple(RemoteItem(_text(item.get("title")), int(item.get("qty") or 0)) for item in data.get("items", [])),
        buyer=_text(data.get("buyer")), city=_text(data.get("city")), address=_text(data.get("address")),
        note=_text(data.get("note")), assignee=_text(data.get("assignee")), courier=_text(data.get("courier")),
        courier_name=_text(data.get("courier_name")), tracking_no=_text(data.get("tracking_no")),
        problem_reason=_text(data.get("problem_reason")))


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
    """One helper's view of another PC's queue. Thread-safe enough for one background job at a time."""

    def __init__(self, base_url: str, token: str, session: requests.Session | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self._http = session if session is not None else requests.Session()
        self._http.headers["Authorization"] = f"Bearer {token}"
        self._lock = threading.Lock()  # a requests.Session is not meant for several threads at once

    @_parsed
    def me(self) -> Me:
        data = self._call("GET", "/me")
        return Me(_text(data.get("name")), _text(data.get("role")))

    @_parsed
    def tasks(self, status: TaskState | str | None = None) -> TaskList:
        params = {"status": TaskState(status).value} if status else None
        data = self._call("GET", "/tasks", params=params)
        counts = {state: 0 for state in TaskState}
        for key, count in data.get("counts", {}).items():
            if key in TaskState._value2member_map_:
                counts[TaskState(key)] = int(count)
        return TaskList([task_from_json(task) for task in data.get("tasks", [])], counts)

    @_parsed
    def transition(self, task_id: int, to: TaskState | str, version: int, courier: str | None = None,
                   tracking_no: str | None = None, reason: str | None = None) -> tuple[RemoteTask, list[str]]:
        """The moved task and the server's warnings; RemoteConflict (a ConflictError) with the fresh task."""
        body: dict[str, Any] = {"to": TaskState(to).value, "version": version}
        for key, value in (("courier", courier), ("tracking_no", tracking_no), ("reason", reason)):
            if value:
                body[key] = value
        data = self._call("POST", f"/tasks/{task_id}/transition", json=body)
        return task_from_json(data["task"]), [str(warning) for warning in data.get("warnings", [])]

    @_parsed
    def couriers(self) -> list[RemoteCourier]:
        return [RemoteCourier(_text(c.get("code")), _text(c.get("name"))) for c in self._call("GET", "/couriers")]

    @_parsed
    def picklist(self, status: TaskState | str = TaskState.PENDING) -> list[PickLine]:
        data = self._call("GET", "/picklist", params={"status": TaskState(status).value})
        return [PickLine(_text(line.get("name")), _text(line.get("spec")), int(line.get("qty") or 0))
                for line in data.get("lines", [])]

    def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        try:
            with self._lock:
                answer = self._http.request(method, f"{self.base_url}{API}{path}", timeout=TIMEOUT_SECONDS,
                                            **kwargs)
        except requests.RequestException as error:
            raise RemoteUnavailable(Message(
                "Cannot reach the LiveHelper PC at {url}; check that it is on and on the same network ({reason})",
                url=self.base_url, reason=type(error).__name__)) from error
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
