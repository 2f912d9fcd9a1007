"""RemoteQueue against a real LanServer on 127.0.0.1: lists, transitions with history, 409/422/401, network loss."""

from __future__ import annotations

import pytest
import requests

from livehelper.domain.errors import ConflictError, ValidationError
from livehelper.domain.tasks import TaskState
from livehelper.server.runner import LanServer
from livehelper.services.context import AppContext
from livehelper.services.helpers.remote_queue import PairingRevoked, RemoteQueue, RemoteUnavailable, split_pairing_url


@pytest.fixture
def queue(server: LanServer, demo_context: AppContext) -> RemoteQueue:
    _, token = demo_context.helpers.add("小王")
    return RemoteQueue(*split_pairing_url(server.pairing_url(token)), session=requests.Session())


def test_the_pairing_link_splits_into_address_and_token():
    assert split_pairing_url("http://192.168.1.5:8765/#token=abc") == ("http://192.168.1.5:8765", "abc")
    assert split_pairing_url("192.168.1.5:8765") == ("http://192.168.1.5:8765", "")
    with pytest.raises(ValidationError):
        split_pairing_url("ftp://x")


def test_lists_tasks_with_counts_and_masked_buyers(queue, demo_context):
    assert queue.me().name == "小王"
    answer = queue.tasks(TaskState.PENDING)
    assert answer.counts[TaskState.PENDING] == len(answer.tasks) > 0
    assert answer.counts == demo_context.tasks.counts()
    task = answer.tasks[0]
    assert task.status is TaskState.PENDING and task.status_label == "待打包"
    assert "*" in task.buyer and task.items
    assert {courier.code for courier in queue.couriers()} >= {"SF", "ZTO"}
    assert all(line.qty > 0 for line in queue.picklist())


def test_a_transition_is_recorded_with_the_helpers_name(queue, demo_context):
    task = queue.tasks(TaskState.PENDING).tasks[0]
    moved, warnings = queue.transition(task.id, TaskState.PACKING, task.version)
    assert (moved.status, moved.version, warnings) == (TaskState.PACKING, task.version + 1, [])
    assert demo_context.tasks.get(task.id).state is TaskState.PACKING
    assert demo_context.tasks.history(task.id)[-1].who == "小王"


def test_a_stale_version_raises_a_conflict_with_the_fresh_task(queue, demo_context):
    task = queue.tasks(TaskState.PENDING).tasks[0]
    demo_context.tasks.transition(task.id, TaskState.PACKING, task.version, who="主播")
    with pytest.raises(ConflictError) as raised:
        queue.transition(task.id, TaskState.PACKING, task.version)
    assert raised.value.task.status is TaskState.PACKING  # type: ignore[attr-defined]
    assert raised.value.task.version == task.version + 1  # type: ignore[attr-defined]
    assert "有人先改了这个任务" in raised.value.render("zh_CN")


def test_a_move_not_allowed_is_a_validation_error(queue):
    task = queue.tasks(TaskState.PENDING).tasks[0]
    with pytest.raises(ValidationError):
        queue.transition(task.id, TaskState.SHIPPED, task.version)  # no courier, no tracking number


def test_a_revoked_pairing_says_so(queue, demo_context):
    demo_context.helpers.revoke("小王")
    with pytest.raises(PairingRevoked) as raised:
        queue.tasks()
    assert "配对已被取消" in raised.value.render("zh_CN")


def test_a_stopped_server_is_a_clear_network_error(queue, server):
    server.stop()
    with pytest.raises(RemoteUnavailable) as raised:
        queue.tasks()
    assert queue.base_url in raised.value.render("zh_CN") and "连不上" in raised.value.render("zh_CN")
