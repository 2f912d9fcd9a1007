"""The group-robot sender: one background thread, a queue of notices, rate limits, retries with backoff.

Callers only enqueue; nothing here ever blocks them on the network. Each robot has its own rate limit, so a
robot that is silenced does not hold up the others. Notices that still fail after the last retry are kept
(with the reason) for the status display and can be queued again. The clock is injectable so tests can move
time instead of waiting, and `settle` tells when the thread has caught up.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from livehelper.domain.robots import (
    Answer,
    Outcome,
    RobotConfig,
    RobotPlatform,
    build_request,
    read_answer,
    redact,
    webhook_secrets,
)

if TYPE_CHECKING:
    import requests

log = logging.getLogger(__name__)


class _WebhookSecretFilter(logging.Filter):
    """urllib3 logs every request line at DEBUG, and a robot's key is in its URL: mask it there."""

    _SECRETS = re.compile(r"((?:key|access_token|sign)=)[^&\s\"]+|(/hook/)[^\s?\"]+")

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = self._SECRETS.sub(lambda found: (found.group(1) or found.group(2)) + "****", message)
        if masked != message:
            record.msg, record.args = masked, ()
        return True


_URLLIB3_FILTER = _WebhookSecretFilter()

RETRY_DELAYS = (2.0, 4.0, 8.0, 16.0, 32.0)  # seconds before the 1st, 2nd … retry
# A robot that says "too fast" is left alone for a while; DingTalk silences a robot for 10 minutes.
RATE_LIMIT_PAUSE = {RobotPlatform.WECOM: 60.0, RobotPlatform.DINGTALK: 600.0, RobotPlatform.FEISHU: 60.0}
# (messages, seconds): 20 a minute for every robot (WeCom, DingTalk), and Feishu's 5 a second besides.
RATE_WINDOWS = {RobotPlatform.WECOM: ((20, 60.0),), RobotPlatform.DINGTALK: ((20, 60.0),),
                RobotPlatform.FEISHU: ((20, 60.0), (5, 1.0))}
MAX_KEPT_FAILURES = 50
MAX_IDLE_WAIT = 30.0
TIMEOUT = (5.0, 10.0)  # connect, read


class WindowLimiter:
    """At most `limit` sends in any `seconds`-long window, for each window given.

    A sliding log rather than a token bucket: a bucket of 20 refilled at 20 a minute lets nearly 40 through
    in one minute, and DingTalk answers that by silencing the robot for ten minutes."""

    def __init__(self, windows: Sequence[tuple[int, float]]) -> None:
        self._windows = tuple(windows)
        self._sent: deque[float] = deque()
        self._blocked_until = 0.0
        self._longest = max(seconds for _, seconds in self._windows)

    def wait_time(self, now: float) -> float:
        """Seconds until the next send is allowed (0 when it is allowed now)."""
        while self._sent and self._sent[0] <= now - self._longest:
            self._sent.popleft()
        wait = max(0.0, self._blocked_until - now)
        for limit, seconds in self._windows:
            recent = [moment for moment in self._sent if moment > now - seconds]
            if len(recent) >= limit:
                wait = max(wait, recent[-limit] + seconds - now)
        return wait

    def record(self, now: float) -> None:
        self._sent.append(now)

    def block(self, until: float) -> None:
        self._blocked_until = max(self._blocked_until, until)


@dataclass
class Notice:
    robot: str
    kind: str  # "test", "tasks", "summary"
    text: str
    attempts: int = 0
    ready_at: float = 0.0
    error: str = ""


@dataclass(frozen=True)
class FailedNotice:
    kind: str
    error: str
    at: datetime


@dataclass
class _RobotState:
    sent: int = 0
    last_sent_at: datetime | None = None
    last_error: str = ""
    last_error_at: datetime | None = None
    failed: list[FailedNotice] = field(default_factory=list)
    failed_notices: list[Notice] = field(default_factory=list)


@dataclass(frozen=True)
class SenderStatus:
    robot: str
    pending: int  # queued, waiting for a retry, or being sent
    sent: int
    last_sent_at: datetime | None
    last_error: str  # "" when the last attempt worked; masked
    last_error_at: datetime | None
    failed: tuple[FailedNotice, ...]  # kept after the last retry failed
    next_attempt_in: float | None  # seconds until the next queued notice may go


Lookup = Callable[[str], RobotConfig | None]
Producer = Callable[[float], tuple[list[Notice], float | None]]  # (new notices, when to call again)


def _post(session: requests.Session, config: RobotConfig, text: str, wall_now: float) -> Answer:
    import requests

    request = build_request(config, text, wall_now)
    try:
        response = session.post(request.url, data=request.json_bytes(), timeout=TIMEOUT,
                                headers={"Content-Type": "application/json; charset=utf-8"})
    except requests.RequestException as error:  # its text holds the URL, and so the key: only the kind is kept
        return Answer(Outcome.RETRY, f"network error ({type(error).__name__})")
    return read_answer(config.platform, response.status_code, response.text)


class RobotSender:
    def __init__(self, lookup: Lookup, produce: Producer, on_change: Callable[[], None], *,
                 clock: Callable[[], float] = time.monotonic, wall_clock: Callable[[], float] = time.time,
                 retry_delays: Sequence[float] = RETRY_DELAYS) -> None:
        self._lookup = lookup
        self._produce = produce
        self._on_change = on_change
        self._clock = clock
        self._wall_clock = wall_clock
        self._retry_delays = tuple(retry_delays)
        self._condition = threading.Condition()
        self._queue: list[Notice] = []
        self._in_flight: Notice | None = None
        self._limiters: dict[str, WindowLimiter] = {}
        self._states: dict[str, _RobotState] = {}
        self._wake_seq = 0
        self._settled_seq = -1
        self._closed = False
        self._session: requests.Session | None = None  # made on the thread: importing requests costs start-up time
        self._thread: threading.Thread | None = None  # started with the first work: none without robots

    # called from any thread -------------------------------------------------------------------------------------
    def enqueue(self, notices: Sequence[Notice]) -> None:
        with self._condition:
            self._queue.extend(notices)
            self._wake_locked()

    def wake(self) -> None:
        """Look again now (the clock moved, a batch came in)."""
        with self._condition:
            self._wake_locked()

    def settle(self, timeout: float = 10.0) -> bool:
        """Wait until the thread has looked at everything queued before this call and has nothing it may send
        now. True when it did within `timeout`."""
        with self._condition:
            self._wake_locked()
            target = self._wake_seq
            return self._condition.wait_for(lambda: self._settled_seq >= target or self._closed, timeout)

    def status(self, robot: str) -> SenderStatus:
        with self._condition:
            state = self._states.get(robot, _RobotState())
            queued = [notice for notice in self._queue if notice.robot == robot]
            in_flight = self._in_flight is not None and self._in_flight.robot == robot
            next_in = None
            if queued:
                now = self._clock()
                limiter = self._limiters.get(robot)
                wait = limiter.wait_time(now) if limiter else 0.0
                next_in = max(wait, min(notice.ready_at for notice in queued) - now, 0.0)
            return SenderStatus(robot, len(queued) + int(in_flight), state.sent, state.last_sent_at,
                                state.last_error, state.last_error_at, tuple(state.failed), next_in)

    def retry_failed(self, robot: str) -> int:
        """Queue the kept failures of `robot` again; how many."""
        with self._condition:
            state = self._states.get(robot)
            if state is None or not state.failed_notices:
                return 0
            notices = state.failed_notices
            state.failed_notices, state.failed = [], []
            for notice in notices:
                notice.attempts, notice.ready_at = 0, 0.0
            self._queue.extend(notices)
            self._wake_locked()
        self._on_change()
        return len(notices)

    def forget(self, robot: str) -> None:
        """The robot was deleted: drop its queue, limits and status."""
        with self._condition:
            self._queue = [notice for notice in self._queue if notice.robot != robot]
            self._limiters.pop(robot, None)
            self._states.pop(robot, None)

    def close(self, timeout: float = 5.0) -> None:
        with self._condition:
            self._closed = True
            self._condition.notify_all()
            thread = self._thread
        if thread is not None:
            thread.join(timeout)

    # the thread -------------------------------------------------------------------------------------------------
    def _wake_locked(self) -> None:
        self._wake_seq += 1
        if self._thread is None and not self._closed:
            self._thread = threading.Thread(target=self._run, name="robot-sender", daemon=True)
            self._thread.start()
        self._condition.notify_all()

    def _run(self) -> None:
        import requests

        urllib3_log = logging.getLogger("urllib3.connectionpool")
        if _URLLIB3_FILTER not in urllib3_log.filters:
            urllib3_log.addFilter(_URLLIB3_FILTER)
        self._session = requests.Session()
        try:
            self._loop()
        finally:
            self._session.close()

    def _loop(self) -> None:
        while True:
            with self._condition:
                if self._closed:
                    return
                seq = self._wake_seq
            try:
                produced, call_again_at = self._produce(self._clock())
            except Exception:  # a database hiccup must not end the thread; the batch stays for the next pass
                log.exception("robot notices: preparing a batch failed")
                produced, call_again_at = [], self._clock() + RETRY_DELAYS[0]
            with self._condition:
                self._queue.extend(produced)
                notice, wait = self._pick(self._clock())
                if notice is None:
                    if call_again_at is not None:
                        wait = min(wait, max(0.0, call_again_at - self._clock()))
                    self._settled_seq = seq
                    self._condition.notify_all()
                    if self._wake_seq == seq and not self._closed:
                        self._condition.wait(min(wait, MAX_IDLE_WAIT))
                    continue
                self._in_flight = notice
            try:
                self._send(notice)
            except Exception:  # e.g. the settings could not be read: keep the notice and try again later
                log.exception("robot %s: sending a notice failed", notice.robot)
                with self._condition:
                    notice.ready_at = self._clock() + RETRY_DELAYS[0]
                    self._queue.append(notice)
            finally:
                with self._condition:
                    self._in_flight = None
            self._on_change()

    def _limiter(self, config: RobotConfig) -> WindowLimiter:
        if config.name not in self._limiters:
            self._limiters[config.name] = WindowLimiter(RATE_WINDOWS[config.platform])
        return self._limiters[config.name]

    def _pick(self, now: float) -> tuple[Notice | None, float]:
        """The first queued notice that may go now, else None and how long until one may."""
        wait = MAX_IDLE_WAIT
        for notice in self._queue:
            limiter = self._limiters.get(notice.robot)
            ready_in = max(notice.ready_at - now, limiter.wait_time(now) if limiter else 0.0)
            if ready_in <= 0:
                self._queue.remove(notice)
                return notice, 0.0
            wait = min(wait, ready_in)
        return None, wait

    def _send(self, notice: Notice) -> None:
        config = self._lookup(notice.robot)
        if config is None or not config.enabled:
            return  # deleted or switched off meanwhile
        with self._condition:
            limiter = self._limiter(config)
            limiter.record(self._clock())
        assert self._session is not None
        answer = _post(self._session, config, notice.text, self._wall_clock())
        secrets = [config.secret, config.webhook_url, *webhook_secrets(config.webhook_url)]
        detail = redact(answer.detail, secrets)
        now = self._clock()
        at = datetime.now(UTC)
        with self._condition:
            state = self._states.setdefault(notice.robot, _RobotState())
            if answer.outcome is Outcome.SENT:
                state.sent += 1
                state.last_sent_at = at
                state.last_error, state.last_error_at = "", None
                log.info("robot %s: %s notice sent", notice.robot, notice.kind)
                return
            state.last_error, state.last_error_at = detail, at
            notice.attempts += 1
            notice.error = detail
            retryable = answer.outcome in (Outcome.RETRY, Outcome.RATE_LIMITED)
            if retryable and notice.attempts <= len(self._retry_delays):
                delay = self._retry_delays[notice.attempts - 1]
                if answer.outcome is Outcome.RATE_LIMITED:
                    pause = RATE_LIMIT_PAUSE[config.platform]
                    limiter.block(now + pause)
                    delay = max(delay, pause)
                notice.ready_at = now + delay
                self._queue.append(notice)
                log.warning("robot %s: %s notice not sent (%s); retry %d in %.0f s", notice.robot, notice.kind,
                            detail, notice.attempts, delay)
                return
            state.failed.append(FailedNotice(notice.kind, detail, at))
            state.failed_notices.append(notice)
            del state.failed[:-MAX_KEPT_FAILURES], state.failed_notices[:-MAX_KEPT_FAILURES]
            log.warning("robot %s: %s notice failed after %d attempts (%s)", notice.robot, notice.kind,
                        notice.attempts, detail)

