"""RemoteWatch against a real LanServer on 127.0.0.1: the other PC's events refresh the queue, which announces the
changed task; a revoked pairing is reported; stop ends the thread."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from livehelper.domain.errors import LiveHelperError
from livehelper.domain.tasks import TaskState
from livehelper.server.runner import LanServer
from livehelper.services.context import AppContext
from livehelper.services.events import ChangeEvent
from livehelper.services.helpers.remote_queue import PairingRevoked, RemoteQueue, split_pairing_url
from livehelper.services.helpers.remote_watch import RemoteWatch
from livehelper.services.shipping.queue import TaskFilter

WAIT_SECONDS = 10.0


class Watched:
    def __init__(self, queue: RemoteQueue) -> None:
        self.queue = queue
        self.errors: list[LiveHelperError] = []
        self.failed = threading.Event()
        self.watch = RemoteWatch(queue, self._failed, retry_seconds=0.2)

    def _failed(self, error: LiveHelperError) -> None:
        self.errors.append(error)
        self.failed.set()


@pytest.fixture
def watched(server: LanServer, demo_context: AppContext) -> Iterator[Watched]:
    _, token = demo_context.helpers.add("小王")
    queue = RemoteQueue(*split_pairing_url(server.pairing_url(token)))
    watched = Watched(queue)
    watched.watch.start()
    assert watched.watch.connected.wait(WAIT_SECONDS)
    yield watched
    watched.watch.stop()
    assert not watched.watch.running


def test_a_change_on_the_other_pc_reaches_the_queue_and_its_subscribers(watched, demo_context):
    queue = watched.queue
    assert queue.loaded  # the stream began with a refresh
    [task] = queue.rows(queue.ids(TaskFilter(state=TaskState.PENDING))[:1])
    heard = threading.Event()

    def listen(event: ChangeEvent) -> None:
        if task.id in event.ids:
            heard.set()

    queue.subscribe(listen)
    demo_context.tasks.transition(task.id, TaskState.PACKING, task.version, who="主播")
    assert heard.wait(WAIT_SECONDS)
    assert queue.rows([task.id])[0].state is TaskState.PACKING
    assert watched.errors == []


def test_a_revoked_pairing_is_reported_once(watched, demo_context):
    demo_context.helpers.revoke("小王")
    assert watched.failed.wait(WAIT_SECONDS)
    assert isinstance(watched.errors[0], PairingRevoked)
    watched.watch.stop()
    assert len(watched.errors) == 1  # retried meanwhile, but the same situation is said once
