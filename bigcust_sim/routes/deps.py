"""Shared route dependencies: the running context, the signed-in user, the admin guard.

Depends on FastAPI, `context` and `problems`.
"""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from bigcust_sim.context import SimContext, UserEntry
from bigcust_sim.problems import ApiProblem

_bearer = HTTPBearer(auto_error=False, description="Access token from POST /auth/token.")
_admin_bearer = HTTPBearer(
    auto_error=False, scheme_name="AdminToken", description="The admin token of DATA/admin-token."
)

Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]


def get_context(request: Request) -> SimContext:
    return request.app.state.ctx  # type: ignore[no-any-return]


Context = Annotated[SimContext, Depends(get_context)]


def current_user(ctx: Context, credentials: Credentials) -> UserEntry:
    """The user of the request's bearer token (401/403 problems otherwise)."""
    if credentials is None or not credentials.credentials:
        raise ApiProblem(
            401,
            "unauthorized",
            "A bearer access token is required.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    user_id = ctx.tokens.check_access(credentials.credentials)
    entry = ctx.user(user_id)
    if ctx.faults.take_expired():
        raise ApiProblem(401, "token_expired", "The access token has expired; refresh it.")
    return entry


CurrentUser = Annotated[UserEntry, Depends(current_user)]


def admin_guard(
    ctx: Context,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_admin_bearer)],
) -> None:
    given = credentials.credentials if credentials is not None else ""
    if not hmac.compare_digest(given.encode(), ctx.admin_token.encode()):
        raise ApiProblem(401, "unauthorized", "The admin token is required.")
