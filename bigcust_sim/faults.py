"""Injected faults: latency, 500s, 503 with Retry-After, dropped connections, truncated JSON,
malformed feed records and expired tokens, switchable at run time and deterministic by seed.

Applies to /auth, /crm, /boss and /city only, never to /admin. Depends on pydantic and Starlette.
"""

from __future__ import annotations

import asyncio
import logging
import random
import threading
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bigcust_sim.problems import MEDIA_TYPE, problem_body

FAULTY_PREFIXES = ("/auth/", "/crm/", "/boss/", "/city/")
_TRUNCATE_KEY = "bigcust.truncate"


class Faults(BaseModel):
    """The fault settings; every field off by default. Counts are "the next N" and count down."""

    model_config = ConfigDict(extra="forbid")

    latency_ms: int = Field(0, ge=0, le=60_000, description="Added to every API request.")
    error_rate: float = Field(0.0, ge=0, le=1, description="Share of API requests answered 500.")
    unavailable: int = Field(0, ge=0, le=1_000_000, description="Next N requests get 503.")
    retry_after: int = Field(1, ge=0, le=3600, description="Retry-After seconds sent with 503.")
    drop_rate: float = Field(
        0.0, ge=0, le=1, description="Share of responses whose connection drops mid-body."
    )
    truncate_rate: float = Field(
        0.0, ge=0, le=1, description="Share of JSON bodies cut short (Content-Length matches)."
    )
    malformed_records: int = Field(
        0, ge=0, le=1_000_000, description="Next N feed records served with a schema violation."
    )
    expire_tokens: int = Field(
        0, ge=0, le=1_000_000, description="Next N authenticated requests get token_expired."
    )
    seed: int = Field(0, ge=0, le=2**31, description="Seed of the fault decisions.")


@dataclass(frozen=True)
class Plan:
    latency_s: float
    unavailable: bool
    error: bool
    drop: bool
    truncate: bool
    retry_after: int


class FaultState:
    """The live settings and their counters; thread-safe (routes run on a thread pool)."""

    def __init__(self, faults: Faults | None = None) -> None:
        self._lock = threading.Lock()
        self.set(faults or Faults())

    def set(self, faults: Faults) -> None:
        with self._lock:
            self._faults = faults.model_copy()
            self._rng = random.Random(faults.seed)

    def get(self) -> Faults:
        with self._lock:
            return self._faults.model_copy()

    def plan(self) -> Plan:
        with self._lock:
            f = self._faults
            # Always draw three numbers so that one setting does not shift the others' sequence.
            e, d, t = self._rng.random(), self._rng.random(), self._rng.random()
            unavailable = f.unavailable > 0
            if unavailable:
                f.unavailable -= 1
            return Plan(
                latency_s=f.latency_ms / 1000,
                unavailable=unavailable,
                error=e < f.error_rate,
                drop=d < f.drop_rate,
                truncate=t < f.truncate_rate,
                retry_after=f.retry_after,
            )

    @property
    def malformed_pending(self) -> bool:
        """Cheap unlocked look before `take_malformed` on the feed's hot path."""
        return self._faults.malformed_records > 0

    def take_malformed(self) -> bool:
        with self._lock:
            if self._faults.malformed_records > 0:
                self._faults.malformed_records -= 1
                return True
            return False

    def take_expired(self) -> bool:
        with self._lock:
            if self._faults.expire_tokens > 0:
                self._faults.expire_tokens -= 1
                return True
            return False


class DroppedConnection(Exception):
    """Raised after half a body went out, so that uvicorn closes the connection (fault drop)."""


class _QuietDrops(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        return not isinstance(exc, DroppedConnection)


def quiet_dropped_connections() -> None:
    # uvicorn and our own last-resort handler would both log the deliberate exception.
    for name in ("uvicorn.error", "bigcust_sim"):
        logging.getLogger(name).addFilter(_QuietDrops())


async def _send_problem(send: Send, status: int, code: str, detail: str, retry: int | None) -> None:
    body = problem_body(status, code, detail)
    headers = [(b"content-type", MEDIA_TYPE.encode()), (b"content-length", b"%d" % len(body))]
    if retry is not None:
        headers.append((b"retry-after", str(retry).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class FaultMiddleware:
    """Outermost: decides the faults of a request; latency, 503, 500 and drops happen here."""

    def __init__(self, app: ASGIApp, state: FaultState) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(FAULTY_PREFIXES):
            await self.app(scope, receive, send)
            return
        plan = self.state.plan()
        if plan.latency_s:
            await asyncio.sleep(plan.latency_s)
        if plan.unavailable:
            detail = "The service is temporarily unavailable (injected fault)."
            await _send_problem(send, 503, "unavailable", detail, plan.retry_after)
            return
        if plan.error:
            detail = "The server met an error (injected fault)."
            await _send_problem(send, 500, "internal_error", detail, None)
            return
        scope[_TRUNCATE_KEY] = plan.truncate
        if plan.drop:
            await self.app(scope, receive, _dropping_send(send))
        else:
            await self.app(scope, receive, send)


def _dropping_send(send: Send) -> Send:
    start: dict[str, Any] = {}
    chunks: list[bytes] = []

    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start":
            start.update(message)
            return
        if message["type"] != "http.response.body":
            await send(message)
            return
        chunks.append(message.get("body", b""))
        if message.get("more_body", False):
            return
        body = b"".join(chunks)
        headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
        headers.append((b"content-length", b"%d" % len(body)))
        await send({**start, "headers": headers})
        await send(
            {"type": "http.response.body", "body": body[: len(body) // 2], "more_body": True}
        )
        raise DroppedConnection("connection dropped half-way (injected fault)")

    return wrapped


class TruncateMiddleware:
    """Inside gzip: cuts a JSON body short and sends it whole with a matching Content-Length."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope.get(_TRUNCATE_KEY):
            await self.app(scope, receive, send)
            return
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
                return
            if message["type"] != "http.response.body":
                await send(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body", False):
                return
            body = b"".join(chunks)
            content_type = dict(start.get("headers", [])).get(b"content-type", b"")
            if b"json" in content_type and len(body) > 1:
                body = body[: max(1, len(body) // 2)]
            headers = [
                (k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"
            ]
            headers.append((b"content-length", b"%d" % len(body)))
            await send({**start, "headers": headers})
            await send({"type": "http.response.body", "body": body})

        await self.app(scope, receive, wrapped)
