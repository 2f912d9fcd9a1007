"""/api/v1: who am I, the shipping queue, a task's transitions, couriers and the pick list."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field

from livehelper.domain.couriers import COURIERS
from livehelper.domain.errors import ConflictError, NotFoundError
from livehelper.domain.tasks import MAX_REASON_LENGTH, TaskState, parse_state
from livehelper.server.auth import LANG, Context, CurrentHelper
from livehelper.server.cache import AnswerCache
from livehelper.server.views import JSON, json_bytes, tasks_json
from livehelper.services.shipping.tasks import TaskFilter

router = APIRouter(prefix="/api/v1")
# a database integer holds up to 2**63 - 1: a larger id is refused as invalid (422), not a 500 from the driver
TaskId = Annotated[int, Path(ge=1, le=2**63 - 1, description="the task's id")]
StatusQuery = Annotated[str | None, Query(max_length=20, description="pending, packing, packed, shipped, problem, "
                                                                     "cancelled (or 待打包 …)")]


class TransitionBody(BaseModel):
    to: str = Field(max_length=20, description="the new status")
    version: int = Field(ge=0, le=2**31 - 1, description="the task's version as the helper saw it")
    courier: str | None = Field(default=None, max_length=40, description="courier code (SF, ZTO …) to ship")
    tracking_no: str | None = Field(default=None, max_length=60)
    reason: str | None = Field(default=None, max_length=MAX_REASON_LENGTH, description="for 异常")


@router.get("/me")
def me(helper: CurrentHelper) -> JSON:
    return {"name": helper.name, "role": helper.role, "full_address": helper.full_address}


@router.get("/tasks", response_class=Response, responses={200: {"content": {"application/json": {}}, "description": (
        "{tasks: [task], counts, total, offset, next_offset}: a page of the queue by id; ask again with "
        "offset=next_offset until it is null")}})
def list_tasks(request: Request, helper: CurrentHelper, context: Context, status: StatusQuery = None,
               offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
               limit: Annotated[int, Query(ge=1, le=1000)] = 500) -> Response:
    state = parse_state(status) if status else None

    def build() -> bytes:
        tasks = context.tasks.list(TaskFilter(state=state), offset=offset, limit=limit)
        counts = {state.value: n for state, n in context.tasks.counts().items()}
        total = counts.get(state.value, 0) if state else sum(counts.values())
        more = len(tasks) == limit and offset + limit < total
        return json_bytes({"tasks": tasks_json(context, helper, tasks), "counts": counts, "total": total,
                           "offset": offset, "next_offset": offset + limit if more else None})

    cache: AnswerCache = request.app.state.answers
    body = cache.answer(("tasks", state, offset, limit, helper.full_address), build)
    return Response(body, media_type="application/json")


@router.get("/tasks/{task_id}")
def get_task(task_id: TaskId, helper: CurrentHelper, context: Context) -> JSON:
    return tasks_json(context, helper, [context.tasks.get(task_id)])[0]


@router.post("/tasks/{task_id}/transition", response_model=None,
             responses={409: {"description": "stale version: the fresh task"},
                        422: {"description": "not allowed or invalid input"}})
def transition(request: Request, task_id: TaskId, body: TransitionBody, helper: CurrentHelper,
               context: Context) -> JSON | JSONResponse:
    try:
        with request.app.state.write_lock:  # phones queue here, not in SQLite's sleeping busy handler
            result = context.tasks.transition(task_id, body.to, body.version, who=helper.name,
                                              courier=body.courier, tracking_no=body.tracking_no, reason=body.reason,
                                              claim=True)  # 负责人: the helper who starts packing it
    except ConflictError as error:
        try:
            fresh = tasks_json(context, helper, [context.tasks.get(task_id)])[0]
        except NotFoundError:
            fresh = None
        return JSONResponse({"detail": error.render(LANG), "task": fresh}, status_code=409)
    return {"task": tasks_json(context, helper, [result.task])[0],
            "warnings": [warning.render(LANG) for warning in result.warnings]}


@router.get("/couriers")
def couriers(_helper: CurrentHelper) -> list[JSON]:
    return [{"code": courier.code, "name": courier.name} for courier in COURIERS]


@router.get("/picklist", response_class=Response, responses={200: {"content": {"application/json": {}},
                                                                    "description": "{lines: [line]}"}})
def picklist(request: Request, _helper: CurrentHelper, context: Context,
             status: StatusQuery = TaskState.PENDING.value) -> Response:
    """The same for every helper, so one answer serves them all until the queue changes (AnswerCache): fifty
    phones on the pick list cost one build, not fifty (each about 80 ms of CPU with the demo queue)."""
    state = parse_state(status or TaskState.PENDING.value)

    def build() -> bytes:
        lines = context.tasks.pick_list(context.tasks.ids(TaskFilter(state=state)))
        return json_bytes({"lines": [{"product_id": line.product_id, "name": line.name, "spec": line.spec,
                                      "qty": line.qty} for line in lines]})

    cache: AnswerCache = request.app.state.answers
    return Response(cache.answer(("picklist", state), build), media_type="application/json")
