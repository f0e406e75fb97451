"""`POST /city/v1/changes` and `POST /crm/v1/change-requests`: batches of operations.

Depends on FastAPI, the wire models and `push.engine`.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool
from starlette.responses import Response

from bigcust_sim.models import ChangeRequestPush, CityPush, Problem, PushResponse
from bigcust_sim.push.engine import Operation, run_batch
from bigcust_sim.routes.deps import Context, CurrentUser
from bigcust_sim.storage.database import dumps

router = APIRouter(tags=["push"])

_PROBLEMS: dict[int | str, dict[str, Any]] = {
    s: {"model": Problem, "content": {"application/problem+json": {}}}
    for s in (400, 401, 403, 413, 422)
}


def _operations(batch: CityPush | ChangeRequestPush) -> list[Operation]:
    return [
        Operation(
            op_id=str(op.op_id),
            entity=op.entity,
            id=op.id,
            kind=op.kind,
            base_version=op.base_version,
            fields=op.fields,
        )
        for op in batch.operations
    ]


async def _run(ctx: Context, user: CurrentUser, batch: CityPush | ChangeRequestPush) -> Response:
    # Stored results are replayed byte for byte, so they bypass response-model serialisation.
    results = await run_in_threadpool(run_batch, ctx, user, _operations(batch))
    return Response(dumps({"results": results}).encode(), media_type="application/json")


@router.post(
    "/city/v1/changes",
    response_model=PushResponse,
    responses=_PROBLEMS,
    summary="Push operations on the city records (opportunities, quotes, activities, fault "
    "tickets, segments, campaigns, to-dos, contracts, competitor lines, roles, audit events).",
)
async def push_city(batch: CityPush, ctx: Context, user: CurrentUser) -> Response:
    return await _run(ctx, user, batch)


@router.post(
    "/crm/v1/change-requests",
    response_model=PushResponse,
    responses=_PROBLEMS,
    summary="Push change requests (create only) on central customer and contact data.",
)
async def push_change_requests(
    batch: ChangeRequestPush, ctx: Context, user: CurrentUser
) -> Response:
    return await _run(ctx, user, batch)
