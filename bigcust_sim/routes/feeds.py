"""`GET /{crm,boss,city}/v1/changes`: one change feed per system.

Depends on FastAPI, `feed`, `cursor` and the wire models.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.concurrency import run_in_threadpool
from starlette.responses import Response

from bigcust_sim.cursor import MAX_CURSOR_LENGTH, decode_cursor
from bigcust_sim.feed import DEFAULT_LIMIT, MAX_LIMIT, read_page
from bigcust_sim.models import ChangesPage, Problem
from bigcust_sim.routes.deps import Context, CurrentUser

router = APIRouter(tags=["feeds"])

CursorParam = Annotated[
    str | None,
    Query(
        max_length=MAX_CURSOR_LENGTH,
        description="Opaque cursor from the previous page's next_cursor; absent = from the start.",
    ),
]
LimitParam = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Page size.")]
_PROBLEMS: dict[int | str, dict[str, Any]] = {
    s: {"model": Problem, "content": {"application/problem+json": {}}} for s in (400, 401, 403, 422)
}


async def _page(
    ctx: Context, user: CurrentUser, system: str, cursor: str | None, limit: int
) -> Response:
    after = decode_cursor(ctx.secret, system, cursor, ctx.db.head)
    page = await run_in_threadpool(
        read_page, ctx.db, ctx.faults, ctx.secret, system, user.viewer, after, limit
    )
    return Response(page.body, media_type="application/json")


def _feed(system: str, label: str) -> None:
    async def changes(
        ctx: Context,
        user: CurrentUser,
        cursor: CursorParam = None,
        limit: LimitParam = DEFAULT_LIMIT,
    ) -> Response:
        return await _page(ctx, user, system, cursor, limit)

    router.add_api_route(
        f"/{system}/v1/changes",
        changes,
        methods=["GET"],
        response_model=ChangesPage,
        responses=_PROBLEMS,
        summary=f"Change feed of {label}",
        operation_id=f"{system}_changes",
    )


_feed("crm", "the provincial CRM (teams, staff, customers, contacts, change requests)")
_feed("boss", "BOSS (catalogue, accounts, subscribers, services, bills, payments)")
_feed(
    "city",
    "the city CRM (opportunities, quotes, activities, fault tickets and the records for analysis)",
)
