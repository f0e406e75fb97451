"""The connection as the status bar shows it: four states a failed request can leave, told
apart, and online only as of the last request that got through (with its time).

Depends on the sync layer's error types (no network code) and the standard library.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


class Connection(StrEnum):
    UNKNOWN = "unknown"  # no request in this session yet
    ONLINE = "online"  # the last request got its answer
    OFFLINE = "offline"  # no network: the server could not be reached at all
    BUSY = "busy"  # the server answered 5xx, or 503/429 with Retry-After
    SIGNED_OUT = "signed_out"  # the session is gone: sign in again
    FAILED = "failed"  # any other failure of the sync


@dataclass(frozen=True)
class ConnectionState:
    """What the status bar shows: the state, since when, and for how long to wait if busy."""

    state: Connection
    at: dt.datetime | None = None
    retry_after: float | None = None


def state_after(exc: BaseException, now: dt.datetime) -> ConnectionState | None:
    """The state a failed sync leaves (None: a cancel, which says nothing of the server)."""
    from bigcust_desktop.sync.errors import (
        AuthRequired,
        NetworkError,
        NotSignedIn,
        ServerBusy,
        SyncCancelled,
    )

    if isinstance(exc, SyncCancelled):
        return None
    if isinstance(exc, AuthRequired | NotSignedIn):
        return ConnectionState(Connection.SIGNED_OUT, now)
    if isinstance(exc, ServerBusy):
        return ConnectionState(Connection.BUSY, now, exc.retry_after)
    if isinstance(exc, NetworkError) and exc.code in ("sync.server_busy", "sync.server_error"):
        return ConnectionState(Connection.BUSY, now)
    if isinstance(exc, NetworkError):
        return ConnectionState(Connection.OFFLINE, now)
    return ConnectionState(Connection.FAILED, now)
