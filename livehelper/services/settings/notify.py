"""Group-robot notices: the robots' settings, batched "new packing tasks" notices, a daily summary on request.

Robots are kept in the shared settings table (every PC on a shared database notifies the same groups). A
webhook key or signing secret is never shown again after entry: everything returned carries masked forms
only, and nothing here logs one. Notices say nothing about a buyer but a masked name and the city.

New packing tasks (the "task" change events of imports and manual orders) are gathered until none has come
for `batch_quiet` seconds (at most `batch_max_wait`), then go out as one notice per robot. All sending happens
on the sender's thread (livehelper.services.settings.robot_sender); the methods here only enqueue and return at once.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from livehelper.domain.errors import NotFoundError, ValidationError
from livehelper.domain.messages import Message
from livehelper.domain.robots import (
    MAX_TEXT_BYTES,
    TEST_TEXT,
    NewOrder,
    RobotConfig,
    RobotPlatform,
    check_robot,
    mask_secret,
    mask_webhook,
    new_tasks_text,
    summary_text,
)
from livehelper.domain.tasks import TaskState
from livehelper.services.events import ChangeEvent, ChangeKind, Entity, EventBus
from livehelper.services.settings.robot_secrets import has_clear_secrets, seal_all
from livehelper.services.settings.robot_sender import RETRY_DELAYS, FailedNotice, Notice, RobotSender
from livehelper.storage import notices as notice_repo
from livehelper.storage import tasks as tasks_repo
from livehelper.storage.cues import set_setting, setting
from livehelper.storage.engine import Database
from livehelper.storage.secret_box import SecretBox, SecretUnreadable

ENTITY = Entity.NOTIFY  # published (UPDATED) whenever a robot's status changes
TASK_ENTITY = Entity.TASK
ROBOTS_KEY = "notify.robots"
PAGE_URL_KEY = "notify.page_url"
BATCH_QUIET = 5.0
BATCH_MAX_WAIT = 60.0
_CHUNK = 500
SUMMARY_STATES = (TaskState.PENDING, TaskState.PACKING, TaskState.PACKED, TaskState.PROBLEM)


@dataclass(frozen=True)
class RobotView:
    """A robot as shown after entry: its secrets masked."""

    name: str
    platform: RobotPlatform
    webhook_masked: str
    secret_masked: str
    enabled: bool


@dataclass(frozen=True)
class RobotStatus:
    robot: RobotView
    pending: int
    sent: int
    last_sent_at: datetime | None
    last_error: str  # masked; "" when the last attempt worked
    last_error_at: datetime | None
    failed: tuple[FailedNotice, ...]
    next_attempt_in: float | None


def _view(config: RobotConfig) -> RobotView:
    return RobotView(config.name, config.platform, mask_webhook(config.webhook_url), mask_secret(config.secret),
                     config.enabled)


def _decode(raw: str | None, box: SecretBox | None = None) -> list[RobotConfig]:
    robots = []
    for item in json.loads(raw or "[]"):
        try:
            webhook, secret = str(item["webhook_url"]), str(item.get("secret", ""))
            robots.append(RobotConfig(str(item["name"]), RobotPlatform(item["platform"]), _opened(webhook, box),
                                      _opened(secret, box), bool(item.get("enabled", True))))
        except (KeyError, ValueError, TypeError):
            continue  # an entry written by a newer version: leave it out
    return robots


def _opened(stored: str, box: SecretBox | None) -> str:
    """The clear secret; one sealed on another PC of a shared database stays sealed (sending with it fails with
    a clear error, and saving the list keeps it for that PC)."""
    try:
        return box.open(stored) if box is not None else stored
    except SecretUnreadable:
        return stored


def _encode(robots: Sequence[RobotConfig], box: SecretBox | None = None) -> str:
    seal = box.seal if box is not None else str
    return json.dumps([{"name": robot.name, "platform": robot.platform.value, "webhook_url": seal(robot.webhook_url),
                        "secret": seal(robot.secret), "enabled": robot.enabled} for robot in robots],
                      ensure_ascii=False)


def _label(title: str, sku_text: str, name: str | None, spec: str | None) -> str:
    if name:
        return f"{name} {spec or ''}".strip()
    return f"{title} {sku_text}".strip()[:40]


class NotifyService:
    def __init__(self, database: Database, events: EventBus, *, clock: Callable[[], float] = time.monotonic,
                 wall_clock: Callable[[], float] = time.time, retry_delays: Sequence[float] = RETRY_DELAYS,
                 batch_quiet: float = BATCH_QUIET, batch_max_wait: float = BATCH_MAX_WAIT,
                 box: SecretBox | None = None) -> None:
        """`box` seals the robots' webhook keys and signing secrets in the database (open_context gives the
        user's; without one they are kept as given)."""
        self._db = database
        self._box = box
        if box is not None:
            self._seal_clear_secrets()
        self._events = events
        self._clock = clock
        self._batch_quiet = batch_quiet
        self._batch_max_wait = batch_max_wait
        self._lock = threading.Lock()
        self._batch: set[int] = set()
        self._batch_first = self._batch_last = 0.0
        self._flush_now = False
        self._announced: set[int] = set()
        self._summaries: list[tuple[tuple[str, ...], date]] = []
        self._has_robots = bool(self._load())
        self._sender = RobotSender(self._lookup, self._produce, self._changed, clock=clock, wall_clock=wall_clock,
                                   retry_delays=retry_delays)
        self._unsubscribe = events.subscribe(self._on_event)

    # settings ---------------------------------------------------------------------------------------------------
    def _seal_clear_secrets(self) -> None:
        """Secrets stored in clear by a version before issue 19 are sealed on first start."""
        with self._db.sessions.begin() as session:
            raw = setting(session, ROBOTS_KEY)
            if self._box is not None and has_clear_secrets(raw):
                set_setting(session, ROBOTS_KEY, seal_all(raw, self._box) or "[]")

    def _load(self) -> list[RobotConfig]:
        with self._db.sessions() as session:
            robots = _decode(setting(session, ROBOTS_KEY), self._box)
        self._has_robots = any(robot.enabled for robot in robots)
        return robots

    def _lookup(self, name: str) -> RobotConfig | None:
        return next((robot for robot in self._load() if robot.name == name), None)

    def robots(self) -> list[RobotView]:
        return [_view(robot) for robot in self._load()]

    def save_robot(self, name: str, platform: RobotPlatform | str, webhook_url: str | None = None,
                   secret: str | None = None, enabled: bool = True, original_name: str | None = None) -> RobotView:
        """Add a robot, or change the one called `original_name` (or `name`). `webhook_url` / `secret` None (or a
        masked form as returned earlier) keeps the stored value. ValidationError for a bad field."""
        try:
            platform = RobotPlatform(platform)
        except ValueError:
            raise ValidationError("platform", Message("unknown robot platform {platform}",
                                                      platform=str(platform))) from None
        with self._db.sessions.begin() as session:
            robots = _decode(setting(session, ROBOTS_KEY), self._box)
            old = next((robot for robot in robots if robot.name == (original_name or name)), None)
            if old is not None and (webhook_url is None or webhook_url == mask_webhook(old.webhook_url)):
                webhook_url = old.webhook_url
            if old is not None and (secret is None or secret == mask_secret(old.secret)):
                secret = old.secret
            config = check_robot(RobotConfig(name, platform, webhook_url or "", secret or "", enabled))
            if platform is not RobotPlatform.WECOM and not config.secret:
                raise ValidationError("secret", Message("DingTalk and Feishu robots need their signing secret"))
            if any(robot.name == config.name for robot in robots if robot is not old):
                raise ValidationError("name", Message("there is already a robot called {name}", name=config.name))
            robots = [config if robot is old else robot for robot in robots] if old else [*robots, config]
            set_setting(session, ROBOTS_KEY, _encode(robots, self._box))
        if old is not None and old.name != config.name:
            self._sender.forget(old.name)
        self._has_robots = any(robot.enabled for robot in robots)
        self._changed()
        return _view(config)

    def delete_robot(self, name: str) -> None:
        with self._db.sessions.begin() as session:
            robots = _decode(setting(session, ROBOTS_KEY), self._box)
            if not any(robot.name == name for robot in robots):
                raise NotFoundError(Message("there is no robot called {name}", name=name))
            set_setting(session, ROBOTS_KEY, _encode([robot for robot in robots if robot.name != name], self._box))
        self._sender.forget(name)
        self._load()
        self._changed()

    def page_url(self) -> str:
        with self._db.sessions() as session:
            return setting(session, PAGE_URL_KEY) or ""

    def set_page_url(self, url: str) -> None:
        """The helper page's address put under every notice ("" for none)."""
        url = url.strip()
        if url and not url.startswith(("http://", "https://")):
            raise ValidationError("page_url", Message("the helper page address must start with http://"))
        with self._db.sessions.begin() as session:
            set_setting(session, PAGE_URL_KEY, url)

    # sending ----------------------------------------------------------------------------------------------------
    def _targets(self, name: str | None) -> list[str]:
        robots = [robot for robot in self._load() if robot.enabled]
        if name is not None:
            robots = [robot for robot in robots if robot.name == name]
            if not robots:
                raise NotFoundError(Message("there is no robot called {name}", name=name))
        if not robots:
            raise NotFoundError(Message("no group robot is set up yet"))
        return [robot.name for robot in robots]

    def send_test(self, name: str | None = None) -> list[str]:
        """Queue a test notice to one robot (or every enabled one); the robots' names."""
        names = self._targets(name)
        self._sender.enqueue([Notice(robot, "test", TEST_TEXT) for robot in names])
        self._changed()
        return names

    def send_summary(self, day: date | None = None, name: str | None = None) -> list[str]:
        """Queue today's (or `day`'s, local time) summary; the robots' names. Counted on the sender's thread."""
        names = self._targets(name)
        with self._lock:
            self._summaries.append((tuple(names), day or datetime.now().astimezone().date()))
        self._sender.wake()
        return names

    def flush(self) -> None:
        """Send the gathered new tasks now instead of waiting for the batch to close."""
        with self._lock:
            self._flush_now = True
        self._sender.wake()

    def retry_failed(self, name: str | None = None) -> int:
        names = [robot.name for robot in self._load()] if name is None else [name]
        return sum(self._sender.retry_failed(robot) for robot in names)

    def status(self) -> list[RobotStatus]:
        statuses = []
        for robot in self._load():
            sent = self._sender.status(robot.name)
            statuses.append(RobotStatus(_view(robot), sent.pending, sent.sent, sent.last_sent_at, sent.last_error,
                                        sent.last_error_at, sent.failed, sent.next_attempt_in))
        return statuses

    def waiting_tasks(self) -> int:
        """New tasks gathered for the next notice."""
        with self._lock:
            return len(self._batch)

    def settle(self, timeout: float = 10.0) -> bool:
        """Wait until everything that may be sent now has been tried (for the command line and tests)."""
        return self._sender.settle(timeout)

    def close(self) -> None:
        self._unsubscribe()
        self._sender.close()

    # the sender's thread ----------------------------------------------------------------------------------------
    def _changed(self) -> None:
        self._events.publish(ChangeEvent(ENTITY, ChangeKind.UPDATED))

    def _on_event(self, event: ChangeEvent) -> None:
        """Runs on the publisher's thread: only notes the ids; the database is read on the sender's thread."""
        if event.entity != TASK_ENTITY or event.kind not in (ChangeKind.CREATED, ChangeKind.RELOADED):
            return
        if not event.ids or not self._has_robots:
            return
        now = self._clock()
        with self._lock:
            fresh = set(event.ids) - self._announced - self._batch
            if not fresh:
                return
            if not self._batch:
                self._batch_first = now
            self._batch |= fresh
            self._batch_last = now
        self._sender.wake()

    def _produce(self, now: float) -> tuple[list[Notice], float | None]:
        with self._lock:
            summaries, self._summaries = self._summaries, []
            due = bool(self._batch) and (self._flush_now or now >= self._batch_last + self._batch_quiet
                                         or now >= self._batch_first + self._batch_max_wait)
            task_ids: list[int] = []
            if due:
                task_ids, self._batch = sorted(self._batch), set()
                self._announced.update(task_ids)
            self._flush_now = False
            call_again = (min(self._batch_last + self._batch_quiet, self._batch_first + self._batch_max_wait)
                          if self._batch else None)
        notices: list[Notice] = []
        for names, day in summaries:
            text = self._summary_text(day)
            notices += [Notice(robot, "summary", text) for robot in names]
        if task_ids:
            orders = self._new_orders(task_ids)
            if orders:
                page_url = self.page_url()
                for robot in self._load():
                    if robot.enabled:
                        text = new_tasks_text(orders, page_url, MAX_TEXT_BYTES[robot.platform] - 100)
                        notices.append(Notice(robot.name, "tasks", text))
        return notices, call_again

    def _new_orders(self, task_ids: Sequence[int]) -> list[NewOrder]:
        """The still-pending tasks among `task_ids` (an import also reports the tasks it cancelled)."""
        buyers: dict[int, tuple[str, str]] = {}
        lines: dict[int, list[tuple[str, int]]] = {}
        with self._db.sessions() as session:
            for start in range(0, len(task_ids), _CHUNK):
                chunk = task_ids[start:start + _CHUNK]
                order_ids: list[int] = []
                for order_id, name, name_hidden, city in notice_repo.pending_buyers(session, chunk):
                    buyers[order_id] = ("" if name_hidden else name, city)
                    order_ids.append(order_id)
                for order_id, title, sku_text, qty, product_name, spec in notice_repo.lines_with_products(
                        session, order_ids):
                    lines.setdefault(order_id, []).append((_label(title, sku_text, product_name, spec), qty))
        return [NewOrder(name, city, tuple(lines.get(order_id, ()))) for order_id, (name, city) in buyers.items()]

    def _summary_text(self, day: date) -> str:
        start = datetime.combine(day, datetime.min.time()).astimezone().astimezone(UTC)
        end = start + timedelta(days=1)
        with self._db.sessions() as session:
            created = notice_repo.created_between(session, start, end)
            shipped = notice_repo.shipped_between(session, start, end)
            found = tasks_repo.counts_by_state(session)
        open_counts = [(state.zh, int(found.get(state.value, 0))) for state in SUMMARY_STATES]
        return summary_text(f"{day.month}月{day.day}日", int(created), int(shipped), open_counts, self.page_url())
