"""Client-only bookkeeping of sync: cursors, the outbox, conflicts, quarantine, audit log, meta.

Depends on the model base. None of these tables ever comes from a server feed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Index, Integer, text
from sqlalchemy.orm import Mapped, mapped_column

from bigcust_desktop.store.models.base import Base
from bigcust_desktop.store.types import JsonText

OUTBOX_KINDS = ("create", "update", "delete")
OUTBOX_STATES = ("pending", "sending", "applied", "conflict", "rejected")


class SyncCursor(Base):
    """The opaque change-feed cursor of one system, written with the rows its page brought."""

    __tablename__ = "sync_cursor"

    system: Mapped[str] = mapped_column(primary_key=True)
    cursor: Mapped[str | None]
    updated_at: Mapped[dt.datetime]


class OutboxEntry(Base):
    """One local change waiting to be pushed; `seq` is the order of pushing (DESIGN §5).

    `op_id` is the idempotency key sent to the server; replaying it never applies twice.
    """

    __tablename__ = "outbox"
    __table_args__ = (
        Index("ix_outbox_state_seq", "state", "seq"),
        Index("ix_outbox_entity_record_id", "entity", "record_id"),
        # AUTOINCREMENT: a seq is never reused, even after the newest entries are removed.
        {"sqlite_autoincrement": True},
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    op_id: Mapped[str] = mapped_column(unique=True)
    system: Mapped[str]
    entity: Mapped[str]
    record_id: Mapped[str]
    kind: Mapped[str]
    base_version: Mapped[int | None]
    fields: Mapped[dict[str, Any]]
    state: Mapped[str] = mapped_column(server_default=text("'pending'"))
    attempts: Mapped[int] = mapped_column(server_default=text("0"))
    last_error: Mapped[dict[str, Any] | None]
    created_at: Mapped[dt.datetime]


class Conflict(Base):
    """A record whose same fields changed here and on the server, waiting for the user (§5).

    `base`, `mine` and `theirs` map each conflicting field to its value; `theirs_version` is the
    server version to resolve against.
    """

    __tablename__ = "conflict"
    __table_args__ = (Index("ix_conflict_entity_record_id", "entity", "record_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str]
    record_id: Mapped[str]
    op_id: Mapped[str | None] = mapped_column(index=True)
    fields: Mapped[list[Any]]
    base: Mapped[dict[str, Any]]
    mine: Mapped[dict[str, Any]]
    theirs: Mapped[dict[str, Any]]
    theirs_version: Mapped[int | None]
    deleted_on_server: Mapped[bool] = mapped_column(server_default=text("0"))
    created_at: Mapped[dt.datetime]


class ServerCopy(Base):
    """The server's version of a record as it was before the first local edit: the merge base
    against which mine and theirs are compared when the push meets a newer server version."""

    __tablename__ = "server_copy"

    entity: Mapped[str] = mapped_column(primary_key=True)
    record_id: Mapped[str] = mapped_column(primary_key=True)
    version: Mapped[int]
    record: Mapped[dict[str, Any]]


class HeldRecord(Base):
    """The newest server news of a record the pull held back because it had a local edit: its
    newer version, or that it was deleted or left the user's book (`gone`: "deleted" or
    "revoked", then `record` is the local copy as it was). A settled edit ends here, never at
    the older merge base (docs/sync-engine.md, settling an edit)."""

    __tablename__ = "held_record"

    entity: Mapped[str] = mapped_column(primary_key=True)
    record_id: Mapped[str] = mapped_column(primary_key=True)
    version: Mapped[int | None]
    record: Mapped[dict[str, Any] | None]
    gone: Mapped[str | None]
    customer_id: Mapped[str | None]


class QuarantinedRecord(Base):
    """A feed record the client could not accept, kept with the reason for the sync panel."""

    __tablename__ = "quarantined_record"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    system: Mapped[str] = mapped_column(index=True)
    entity: Mapped[str | None]
    record_id: Mapped[str | None]
    raw: Mapped[dict[str, Any]]
    reason: Mapped[list[Any]]
    received_at: Mapped[dt.datetime]


class AuditLog(Base):
    """Who did what and when (exports, sign-in, wipes); details never hold a secret."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(index=True)
    user_id: Mapped[str | None]
    action: Mapped[str] = mapped_column(index=True)
    details: Mapped[dict[str, Any]]


class Meta(Base):
    """Key/value facts of this cache: the signed-in user's profile, last sync times, and so on."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(primary_key=True)
    value: Mapped[Any] = mapped_column(JsonText())
