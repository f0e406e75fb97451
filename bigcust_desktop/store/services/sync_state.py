"""`store.sync_state`: the cache's side of syncing — feed pages and cursors, when each feed was
last read, the last error, the quarantine, the sync log, and the status the window and `status`
show.

Depends on SQLAlchemy Core, the store's models, feed, meta facts and outbox counts, and the
domain's data-home table (which systems there are).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, func, insert, select

from bigcust_desktop.domain.datahome import HOMES, System
from bigcust_desktop.domain.identity import UserProfile
from bigcust_desktop.store import summaries
from bigcust_desktop.store.feed import FeedPage, PageWritten, read_cursor, restart_feed, write_page
from bigcust_desktop.store.models import ENTITY_TABLES, AuditLog, QuarantinedRecord
from bigcust_desktop.store.outbox.service import outbox_counts
from bigcust_desktop.store.queries import sync_panel
from bigcust_desktop.store.queries.book import Book
from bigcust_desktop.store.queries.sync_panel import QuarantineRow, SyncLogRow
from bigcust_desktop.store.services.base import Service
from bigcust_desktop.store.services.meta import read_meta, signed_in_user, write_meta

LAST_SYNC_KEY = "last_sync"  # the last sync that finished (wire instant)
LAST_ERROR_KEY = "last_error"  # {code, message} of the last sync that stopped, until one finishes
SYNC_ACTION = "sync"  # audit log action of every sync, finished or not


def _now_text() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class SyncFailure:
    code: str
    message: str


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar and `bigcust-desktop status` show."""

    user: UserProfile | None
    last_sync: dict[str, str | None]  # system -> when its feed was last read to the end
    last_error: SyncFailure | None
    pending_changes: int
    rejected_changes: int
    conflicts: int
    quarantined: int
    counts: dict[str, int] = field(default_factory=dict)  # rows per entity, when asked for

    def to_json(self) -> dict[str, Any]:
        """The form `status --json` prints."""
        return {
            "user": self.user.to_json() if self.user else None,
            "last_sync": dict(self.last_sync),
            "last_error": (
                {"code": self.last_error.code, "message": self.last_error.message}
                if self.last_error
                else None
            ),
            "pending_changes": self.pending_changes,
            "rejected_changes": self.rejected_changes,
            "conflicts": self.conflicts,
            "quarantined": self.quarantined,
            "counts": dict(self.counts),
        }


def _failure(value: Any) -> SyncFailure | None:
    if not isinstance(value, Mapping):
        return None
    return SyncFailure(str(value.get("code", "")), str(value.get("message", "")))


def _status(conn: Connection, counts: bool) -> SyncStatus:
    rows = {
        entity: int(conn.execute(select(func.count()).select_from(ENTITY_TABLES[entity])).scalar())
        for entity in (HOMES if counts else ())
    }
    outbox = outbox_counts(conn)
    quarantined = conn.execute(select(func.count()).select_from(QuarantinedRecord)).scalar()
    return SyncStatus(
        user=signed_in_user(conn),
        last_sync={s.value: read_meta(conn, f"{LAST_SYNC_KEY}.{s.value}") for s in System},
        last_error=_failure(read_meta(conn, LAST_ERROR_KEY)),
        pending_changes=outbox.pending,
        rejected_changes=outbox.rejected,
        conflicts=outbox.conflicts,
        quarantined=int(quarantined or 0),
        counts=rows,
    )


def _log(conn: Connection, user_id: str | None, details: Mapping[str, Any]) -> None:
    conn.execute(
        insert(AuditLog).values(
            at=dt.datetime.now(dt.UTC), user_id=user_id, action=SYNC_ACTION, details=dict(details)
        )
    )


def _finished(conn: Connection, user_id: str | None, summary: Mapping[str, Any]) -> None:
    write_meta(conn, LAST_SYNC_KEY, _now_text())
    write_meta(conn, LAST_ERROR_KEY, None)
    _log(conn, user_id, summary)


def _stopped(conn: Connection, user_id: str | None, code: str, message: str) -> None:
    write_meta(conn, LAST_ERROR_KEY, {"code": code, "message": message})
    _log(conn, user_id, {"error": code, "message": message})


def _refresh_summaries(conn: Connection, user: UserProfile) -> None:
    summaries.refresh_billing(conn, Book.of(user))


def _restart(conn: Connection, systems: Iterable[str]) -> None:
    for system in systems:
        restart_feed(conn, system)


class SyncState(Service):
    """The cache's record of syncing: what the sync engine writes and the window shows."""

    def status(self, *, counts: bool = True) -> SyncStatus:
        """``counts=False`` leaves out the row count of every entity: the status bar does not
        show them, and counting 300,000 subscribers on each refresh costs tens of ms."""
        return self._read(_status, counts)

    def cursor(self, system: str) -> str | None:
        """Where a feed's next pull starts (None: from the beginning)."""
        return self._read(read_cursor, system)

    def write_page(self, system: str, page: FeedPage) -> PageWritten:
        """Write a checked feed page and its cursor in one transaction (`store.feed`)."""
        return self._write(write_page, system, page)

    def restart_feeds(self, systems: Iterable[str]) -> None:
        """Forget these feeds' cursors: their next pull starts from the beginning.

        The way to get back records that were set aside (the server sends a record again only
        when it changes): every record arrives anew, valid ones leave the quarantine.
        """
        self._write(_restart, list(systems))

    def feed_read(self, system: str) -> None:
        """A system's feed was read to its end now."""
        self._write(write_meta, f"{LAST_SYNC_KEY}.{system}", _now_text())

    def refresh_summaries(self, user: UserProfile | None) -> None:
        """Write anew the totals a screen would otherwise sum over the whole book
        (`store.summaries`, docs/scale.md), once the feeds are read; a page that changed their
        inputs dropped them."""
        if user is not None:
            self._write(_refresh_summaries, user)

    def finished(self, user_id: str | None, summary: Mapping[str, Any]) -> None:
        """A sync finished: its time, no error any more, and a line in the sync log."""
        self._write(_finished, user_id, summary)

    def stopped(self, user_id: str | None, code: str, message: str) -> None:
        """A sync stopped: why, kept until one finishes, and a line in the sync log."""
        self._write(_stopped, user_id, code, message)

    def quarantined(self, limit: int = 1000) -> list[QuarantineRow]:
        """Feed records set aside, newest first."""
        return self._read(sync_panel.quarantined, limit)

    def log(self, limit: int = 200) -> list[SyncLogRow]:
        """The sync log, newest first."""
        return self._read(sync_panel.sync_log, limit)
