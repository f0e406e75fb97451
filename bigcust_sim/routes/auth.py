"""`POST /auth/token` (password and refresh-token grants) and `POST /auth/revoke` (RFC 7009),
form-encoded or JSON; sign-ins are throttled per user name and per address.

Depends on FastAPI, `auth` and `throttle` (via the context) and the wire models.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qsl

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from bigcust_sim.auth import IssuedTokens
from bigcust_sim.context import SimContext, UserEntry
from bigcust_sim.models import PasswordGrant, Problem, RefreshGrant, TokenRequest, TokenResponse
from bigcust_sim.problems import ApiProblem
from bigcust_sim.routes.deps import Context

router = APIRouter(tags=["auth"])

_grant = TypeAdapter(TokenRequest)
_SCHEMA_REF = {"$ref": "#/components/schemas/TokenRequest"}
_PROBLEMS: dict[int | str, dict[str, Any]] = {
    s: {"model": Problem, "content": {"application/problem+json": {}}}
    for s in (400, 401, 403, 422, 429)
}


class RevokeRequest(BaseModel):
    """RFC 7009 §2.1: the token to revoke, and optionally what kind it is."""

    model_config = ConfigDict(extra="ignore")
    token: str = Field(min_length=1, max_length=512)
    token_type_hint: str | None = Field(None, max_length=64)


_revoke = TypeAdapter(RevokeRequest)
_REVOKE_REF = {"$ref": "#/components/schemas/RevokeRequest"}


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
        raise _invalid(exc, "The token request is not valid.", "grant_type") from None
    address = request.client.host if request.client else ""
    entry, issued = await run_in_threadpool(_grant_tokens, ctx, grant, address)
    return TokenResponse(
        access_token=issued.access_token,
        refresh_token=issued.refresh_token,
        expires_in=issued.expires_in,
        user=entry.profile,  # type: ignore[arg-type]
    )


def _invalid(exc: ValidationError, detail: str, whole: str) -> ApiProblem:
    errors = [
        {
            "field": ".".join(str(p) for p in e["loc"][1:]) or whole,
            "code": e["type"],
            "message": e["msg"],
        }
        for e in exc.errors()
    ]
    return ApiProblem(422, "invalid_request", detail, extra={"errors": errors})


def _grant_tokens(
    ctx: SimContext, grant: PasswordGrant | RefreshGrant, address: str
) -> tuple[UserEntry, IssuedTokens]:
    if isinstance(grant, PasswordGrant):
        user_id = _sign_in(ctx, grant, address)
        entry = ctx.user(user_id)  # 403 account_disabled before any token is issued
        return entry, ctx.tokens.issue(user_id)
    user_id, issued = ctx.tokens.rotate(grant.refresh_token)
    return ctx.user(user_id), issued


def _sign_in(ctx: SimContext, grant: PasswordGrant, address: str) -> str:
    """The user id of a password grant, throttled (429) and counted."""
    had_failures = ctx.throttle.check(grant.username, address)
    user_id = ctx.tokens.authenticate(grant.username, grant.password)
    if user_id is None:
        ctx.throttle.failed(grant.username, address)
        raise ApiProblem(401, "invalid_credentials", "The user name or password is not correct.")
    if had_failures:
        ctx.throttle.succeeded(grant.username)
    return user_id


@router.post(
    "/auth/revoke",
    responses={
        200: {"description": "Revoked, or not a token this server knows (RFC 7009 §2.2)."},
        **_PROBLEMS,
    },
    summary="Revoke a refresh token and every token of its sign-in (RFC 7009).",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/x-www-form-urlencoded": {"schema": _REVOKE_REF},
                "application/json": {"schema": _REVOKE_REF},
            },
        }
    },
)
async def revoke(request: Request, ctx: Context) -> dict[str, Any]:
    data = await _parse(request)
    try:
        body = _revoke.validate_python(data)
    except ValidationError as exc:
        raise _invalid(exc, "The revocation request is not valid.", "token") from None
    if ctx.tokens.is_access_token(body.token):
        # Access tokens are self-contained and short-lived: they end with their expiry.
        raise ApiProblem(
            400,
            "unsupported_token_type",
            "Access tokens are not revoked; they expire. Revoke the refresh token.",
        )
    await run_in_threadpool(ctx.tokens.revoke, body.token)
    return {}
