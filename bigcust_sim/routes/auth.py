"""`POST /auth/token`: password and refresh-token grants, form-encoded or JSON.

Depends on FastAPI, `auth` (via the context) and the wire models.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qsl

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from pydantic import TypeAdapter, ValidationError

from bigcust_sim.models import PasswordGrant, Problem, RefreshGrant, TokenRequest, TokenResponse
from bigcust_sim.problems import ApiProblem
from bigcust_sim.routes.deps import Context

router = APIRouter(tags=["auth"])

_grant = TypeAdapter(TokenRequest)
_SCHEMA_REF = {"$ref": "#/components/schemas/TokenRequest"}
_PROBLEMS: dict[int | str, dict[str, Any]] = {
    s: {"model": Problem, "content": {"application/problem+json": {}}} for s in (400, 401, 403, 422)
}


async def _parse(request: Request) -> dict[str, Any]:
    raw = await request.body()
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    try:
        if content_type == "application/x-www-form-urlencoded":
            return dict(parse_qsl(raw.decode(), keep_blank_values=True))
        data = json.loads(raw or b"null")
    except (ValueError, UnicodeDecodeError):
        raise ApiProblem(400, "invalid_request", "The body is neither JSON nor a form.") from None
    if not isinstance(data, dict):
        raise ApiProblem(422, "invalid_request", "The body must be a JSON object.")
    return data


@router.post(
    "/auth/token",
    response_model=TokenResponse,
    responses=_PROBLEMS,
    summary="Sign in with a password, or refresh (refresh tokens rotate).",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": _SCHEMA_REF},
                "application/x-www-form-urlencoded": {"schema": _SCHEMA_REF},
            },
        }
    },
)
async def token(request: Request, ctx: Context) -> TokenResponse:
    data = await _parse(request)
    try:
        grant = _grant.validate_python(data)
    except ValidationError as exc:
        errors = [
            {
                "field": ".".join(str(p) for p in e["loc"][1:]) or "grant_type",
                "code": e["type"],
                "message": e["msg"],
            }
            for e in exc.errors()
        ]
        raise ApiProblem(
            422, "invalid_request", "The token request is not valid.", extra={"errors": errors}
        ) from None
    if isinstance(grant, PasswordGrant):
        user_id = await run_in_threadpool(ctx.tokens.authenticate, grant.username, grant.password)
    else:
        assert isinstance(grant, RefreshGrant)
        user_id = await run_in_threadpool(ctx.tokens.redeem_refresh, grant.refresh_token)
    entry = ctx.user(user_id)  # 403 account_disabled before any token is issued
    issued = await run_in_threadpool(ctx.tokens.issue, user_id)
    return TokenResponse(
        access_token=issued.access_token,
        refresh_token=issued.refresh_token,
        expires_in=issued.expires_in,
        user=entry.profile,  # type: ignore[arg-type]
    )
