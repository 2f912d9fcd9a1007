"""Issue 19, finding 5: the pick list is built once per queue version and shared by every phone."""

from __future__ import annotations

from sqlalchemy import event


def test_the_pick_list_is_built_once_until_the_queue_changes(server, packer, assistant, demo_context):
    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_args):  # the real engine's own statements, counted
        if "packing_tasks" in statement:
            statements.append(statement)

    event.listen(demo_context.database.engine, "before_cursor_execute", seen)
    try:
        first = packer.get("/api/v1/picklist").json()
        built = len(statements)
        assert built > 0
        for client in (packer, assistant) * 10:
            assert client.get("/api/v1/picklist").json() == first
        assert len(statements) == built  # twenty more phones asked: not one more query

        task = packer.get("/api/v1/tasks?status=pending").json()["tasks"][0]
        moved = packer.post(f"/api/v1/tasks/{task['id']}/transition", {"to": "packing", "version": task["version"]})
        assert moved.status_code == 200
        after = packer.get("/api/v1/picklist").json()
    finally:
        event.remove(demo_context.database.engine, "before_cursor_execute", seen)
    expected = demo_context.tasks.pick_list(demo_context.tasks.ids(_pending()))
    assert after["lines"] == [{"product_id": line.product_id, "name": line.name, "spec": line.spec, "qty": line.qty}
                              for line in expected]
    assert after != first


def _pending():
    from livehelper.domain.tasks import TaskState
    from livehelper.services.shipping.tasks import TaskFilter

    return TaskFilter(state=TaskState.PENDING)
