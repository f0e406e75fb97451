"""The FastAPI application: routes, problem handlers and the middleware stack.

Order on the wire: faults (latency, 503, 500, drops) → gzip → truncation → body-size guard → app.
Depends on FastAPI/Starlette and the simulator's modules.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from pydantic import TypeAdapter
from starlette.middleware.gzip import GZipMiddleware
from starlette.types import ASGIApp, Receive, Scope, Send

from bigcust_sim.churn import Churn
from bigcust_sim.context import SimContext
from bigcust_sim.faults import FaultMiddleware, TruncateMiddleware
from bigcust_sim.models import TokenRequest
from bigcust_sim.problems import install_handlers, problem_response
from bigcust_sim.routes import admin, attachments, auth, feeds, push

MAX_BODY_BYTES = 4 * 1024 * 1024
API_VERSION = "1.0.0"


class BodyLimitMiddleware:
    """413 for a request whose declared body is larger than any legitimate batch."""

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            length = dict(scope["headers"]).get(b"content-length")
            if length is not None and (not length.isdigit() or int(length) > self.limit):
                response = problem_response(
                    413, "payload_too_large", f"A request body is at most {self.limit} bytes."
                )
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


def _document_token_request(app: FastAPI) -> None:
    """Add the token request schema, which the route parses by hand (JSON or form)."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = generate()
            token = TypeAdapter(TokenRequest).json_schema(
                ref_template="#/components/schemas/{model}"
            )
            components = schema.setdefault("components", {}).setdefault("schemas", {})
            components.update(token.pop("$defs", {}))
            components["TokenRequest"] = token
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def build_app(ctx: SimContext | None = None) -> FastAPI:
    """The application; `ctx` None builds it for the OpenAPI document only."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        churn = app.state.churn
        churn.start()
        try:
            yield
        finally:
            churn.stop()

    app = FastAPI(
        title="bigcust simulator: provincial CRM, BOSS and city CRM",
        version=API_VERSION,
        description=(
            "The sync contract of bigcust-desktop (docs/sync-protocol.md). Every error is an "
            "RFC 9457 problem document (application/problem+json) with a stable `code`."
        ),
        lifespan=lifespan if ctx is not None else None,
    )
    if ctx is not None:
        app.state.ctx = ctx
        app.state.churn = Churn(ctx, ctx.config.churn, seed=ctx.config.faults.seed)
    _document_token_request(app)
    install_handlers(app)
    app.include_router(auth.router)
    app.include_router(feeds.router)
    app.include_router(push.router)
    app.include_router(attachments.router)
    app.include_router(admin.router)
    # add_middleware wraps: the last one added is the outermost.
    app.add_middleware(BodyLimitMiddleware)
    app.add_middleware(TruncateMiddleware)
    # Level 5: nearly the ratio of level 9 (9.5x vs 10.5x on a feed) in about half the time.
    app.add_middleware(GZipMiddleware, minimum_size=1000, compresslevel=5)
    if ctx is not None:
        app.add_middleware(FaultMiddleware, state=ctx.faults)
    return app
