"""RemoteQueue against a real LanServer on 127.0.0.1, beyond the queue protocol (tests/services/shipping/
test_queue_protocol.py): pairing links, its own calls, the kept snapshot, 409 with the fresh task, 401, network loss."""

from __future__ import annotations

import pytest
import requests

from livehelper.domain.errors import ValidationError
from livehelper.domain.tasks import TaskState
from livehelper.server.runner import LanServer
from livehelper.services.context import AppContext
from livehelper.services.helpers.remote_queue import (
    PairingRevoked,
    RemoteConflict,
    RemoteQueue,
    RemoteUnavailable,
    split_pairing_url,
)
from livehelper.services.shipping.queue import TaskFilter


@pytest.fixture
def queue(server: LanServer, demo_context: AppContext) -> RemoteQueue:
    _, token = demo_context.helpers.add("小王")
    remote = RemoteQueue(*split_pairing_url(server.pairing_url(token)), session=requests.Session())
    remote.refresh()
    return remote


def test_the_pairing_link_splits_into_address_and_token():
    assert split_pairing_url("http://192.168.1.5:8765/#token=abc") == ("http://192.168.1.5:8765", "abc")
    assert split_pairing_url("192.168.1.5:8765") == ("http://192.168.1.5:8765", "")
    with pytest.raises(ValidationError):
        split_pairing_url("ftp://x")


def test_the_helpers_own_calls_answer(queue):
    assert queue.me().name == "小王"
    assert {courier.code for courier in queue.couriers()} >= {"SF", "ZTO"}
    assert all(line.qty > 0 for line in queue.picklist())


def test_a_stale_version_raises_a_conflict_with_the_fresh_task_kept_in_the_snapshot(queue, demo_context):
    [task] = queue.rows(queue.ids(TaskFilter(state=TaskState.PENDING))[:1])
    demo_context.tasks.transition(task.id, TaskState.PACKING, task.version, who="主播")
    with pytest.raises(RemoteConflict) as raised:
        queue.transition(task.id, TaskState.PACKING, task.version)
    assert raised.value.task is not None
    assert (raised.value.task.state, raised.value.task.version) == (TaskState.PACKING, task.version + 1)
    assert "有人先改了这个任务" in raised.value.render("zh_CN")
    assert queue.rows([task.id]) == [raised.value.task]  # shown at once, before the next refresh
    assert queue.counts()[TaskState.PACKING] == demo_context.tasks.counts()[TaskState.PACKING]


def test_the_snapshot_is_read_without_the_network_once_fetched(queue, server):
    pending = queue.ids(TaskFilter(state=TaskState.PENDING))
    server.stop()
    assert queue.ids(TaskFilter(state=TaskState.PENDING)) == pending  # the last list stays readable
    with pytest.raises(RemoteUnavailable):
        queue.refresh()


def test_a_revoked_pairing_says_so(queue, demo_context):
    demo_context.helpers.revoke("小王")
    with pytest.raises(PairingRevoked) as raised:
        queue.refresh()
    assert "配对已被取消" in raised.value.render("zh_CN")


def test_a_stopped_server_is_a_clear_network_error(queue, server):
    server.stop()
    with pytest.raises(RemoteUnavailable) as raised:
        queue.refresh()
    assert queue.base_url in raised.value.render("zh_CN") and "连不上" in raised.value.render("zh_CN")
