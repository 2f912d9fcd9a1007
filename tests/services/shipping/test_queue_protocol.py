"""The queue protocol's behaviour, the same tests for both sides: LocalQueue over this PC's database, and
RemoteQueue over a real LanServer on 127.0.0.1 serving that same database (a helper's second PC)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from livehelper.domain.errors import ConflictError, NotFoundError, ValidationError
from livehelper.domain.tasks import TaskState
from livehelper.services.context import AppContext
from livehelper.services.events import ChangeEvent, Entity
from livehelper.services.helpers.remote_queue import RemoteQueue, split_pairing_url
from livehelper.services.shipping.local_queue import LocalQueue
from livehelper.services.shipping.queue import (
    ALL_ACTIONS,
    HELPER_ACTIONS,
    TaskFilter,
    TaskQueue,
    mark_packed,
    ship,
    start_packing,
)

HELPER = "小王"


@pytest.fixture(params=["local", "remote"])
def queue(request: pytest.FixtureRequest, demo_context: AppContext) -> Iterator[TaskQueue]:
    if request.param == "local":
        local = LocalQueue(demo_context.tasks, demo_context.catalog, demo_context.events, lambda: HELPER)
        yield local
        local.close()
        return
    server = request.getfixturevalue("server")
    _, token = demo_context.helpers.add(HELPER)
    remote = RemoteQueue(*split_pairing_url(server.pairing_url(token)))
    assert remote.ids() == [] and remote.waits_on_network  # reads never fetch: the first refresh does
    remote.refresh()
    yield remote


def _first(queue: TaskQueue, state: TaskState):
    ids = queue.ids(TaskFilter(state=state))
    assert ids, f"the demo has a {state} task"
    return queue.rows(ids[:1])[0]


def test_lists_the_queue_with_versions_counts_and_masked_buyers(queue, demo_context):
    assert queue.counts() == demo_context.tasks.counts()
    pending = queue.ids(TaskFilter(state=TaskState.PENDING))
    assert pending == demo_context.tasks.ids(TaskFilter(state=TaskState.PENDING))
    rows = queue.rows(pending)
    assert [row.id for row in rows] == pending
    for row in rows:
        task = demo_context.tasks.get(row.id)
        assert (row.state, row.version, row.order_no, row.platform) == (task.state, task.version, task.order_no,
                                                                         task.platform)
        assert [(item.title, item.qty) for item in row.items] == [(item.title, item.qty) for item in task.items]
    assert all("*" in row.buyer_masked for row in rows if row.buyer_masked)
    assert any(row.buyer_masked for row in rows)
    assert any(item.name for row in rows for item in row.items)  # the catalog's name of matched lines


def test_filters_by_text_and_skips_ids_that_are_gone(queue):
    row = _first(queue, TaskState.PENDING)
    assert row.id in queue.ids(TaskFilter(text=row.order_no))
    assert queue.rows([row.id, 10**9]) == [row]
    with pytest.raises(NotFoundError):
        queue.get(10**9)


def test_packing_and_shipping_land_in_the_database_under_the_helpers_name(queue, demo_context):
    row = _first(queue, TaskState.PENDING)
    moved = start_packing(queue, row)
    assert (moved.task.state, moved.task.version, moved.warnings) == (TaskState.PACKING, row.version + 1, ())
    moved = mark_packed(queue, moved.task)
    moved = ship(queue, moved.task, "SF", "SF1234567890123")
    assert (moved.task.state, moved.task.courier, moved.task.tracking_no) == (TaskState.SHIPPED, "SF",
                                                                              "SF1234567890123")
    task = demo_context.tasks.get(row.id)
    assert (task.state, task.courier, task.tracking_no) == (TaskState.SHIPPED, "SF", "SF1234567890123")
    assert [change.who for change in demo_context.tasks.history(row.id)[-3:]] == [HELPER] * 3
    queue.refresh()
    assert row.id in queue.ids(TaskFilter(state=TaskState.SHIPPED))
    assert row.id not in queue.ids(TaskFilter(state=TaskState.PENDING))
    assert queue.counts() == demo_context.tasks.counts()


def test_a_doubtful_tracking_number_ships_with_a_warning(queue):
    row = _first(queue, TaskState.PACKED)
    moved = ship(queue, row, "SF", "YT1234567890123")
    assert moved.task.state is TaskState.SHIPPED
    assert any("YT1234567890123" in warning.render("en") for warning in moved.warnings)


def test_a_stale_version_is_a_conflict_and_get_shows_the_fresh_task(queue, demo_context):
    row = _first(queue, TaskState.PENDING)
    demo_context.tasks.transition(row.id, TaskState.PACKING, row.version, who="主播")
    with pytest.raises(ConflictError):
        start_packing(queue, row)
    fresh = queue.get(row.id)
    assert (fresh.state, fresh.version) == (TaskState.PACKING, row.version + 1)
    assert demo_context.tasks.history(row.id)[-1].who == "主播"


def test_a_move_not_allowed_is_a_validation_error(queue, demo_context):
    row = _first(queue, TaskState.PENDING)
    with pytest.raises(ValidationError):
        queue.transition(row.id, TaskState.SHIPPED, row.version)  # no courier, no tracking number
    assert demo_context.tasks.get(row.id).state is TaskState.PENDING


def test_changes_are_announced_both_its_own_and_those_made_elsewhere(queue, demo_context):
    seen: list[ChangeEvent] = []
    unsubscribe = queue.subscribe(seen.append)
    mine, other = queue.rows(queue.ids(TaskFilter(state=TaskState.PENDING))[:2])
    start_packing(queue, mine)
    assert any(event.entity == Entity.TASK and mine.id in event.ids for event in seen)
    demo_context.tasks.transition(other.id, TaskState.PACKING, other.version, who="主播")  # the main PC
    queue.refresh()
    assert any(event.entity == Entity.TASK and other.id in event.ids for event in seen)
    assert queue.rows([other.id])[0].state is TaskState.PACKING
    unsubscribe()
    seen.clear()
    queue.transition(mine.id, TaskState.PACKED, mine.version + 1)
    assert seen == []


def test_a_helper_may_pack_and_ship_only_on_the_other_pc(queue):
    assert HELPER_ACTIONS <= queue.actions <= ALL_ACTIONS
    assert ("import" in queue.actions) is isinstance(queue, LocalQueue)
