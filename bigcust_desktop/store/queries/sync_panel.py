"""What the sync panel lists: pending and rejected edits, conflicts, quarantined records, the log.

Depends on SQLAlchemy Core and the store's models; returns small dataclasses.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from bigcust_desktop.store.models import (
    ENTITY_TABLES,
    AuditLog,
    Conflict,
    HeldRecord,
    OutboxEntry,
    QuarantinedRecord,
)

# The column that names a record for a person, per editable entity.
_TITLE_COLUMN = {
    "opportunity": "title",
    "quote": "title",
    "activity": "topic",
    "fault_ticket": "title",
    "change_request": "reason",
}


@dataclass(frozen=True)
class LocalChange:
    seq: int
    entity: str
    record_id: str
    title: str
    kind: str
    state: str
    attempts: int
    created_at: dt.datetime
    fields: dict[str, Any]
    errors: list[dict[str, Any]]


@dataclass(frozen=True)
class ConflictRow:
    id: int
    entity: str
    record_id: str
    title: str
    fields: list[str]
    base: dict[str, Any]
    mine: dict[str, Any]
    theirs: dict[str, Any]
    deleted_on_server: bool
    local_delete: bool
    created_at: dt.datetime


@dataclass(frozen=True)
class QuarantineRow:
    id: int
    system: str
    entity: str | None
    record_id: str | None
    reasons: list[dict[str, Any]]
    received_at: dt.datetime


@dataclass(frozen=True)
class SyncLogRow:
    at: dt.datetime
    details: dict[str, Any]


def _title(conn: Connection, entity: str, record_id: str, fields: dict[str, Any]) -> str:
    column = _TITLE_COLUMN.get(entity)
    if column is None:
        return record_id
    if fields.get(column):
        return str(fields[column])
    table = ENTITY_TABLES[entity]
    value = conn.execute(select(table.c[column]).where(table.c.id == record_id)).scalar()
    if not value:
        # A record that left the cache: the copy kept when its customer went.
        kept = conn.execute(
            select(HeldRecord.record).where(
                HeldRecord.entity == entity, HeldRecord.record_id == record_id
            )
        ).scalar()
        value = (kept or {}).get(column)
    return str(value) if value else record_id


def local_changes(conn: Connection, states: tuple[str, ...]) -> list[LocalChange]:
    """Outbox entries in these states, oldest first."""
    rows = conn.execute(
        select(OutboxEntry.__table__).where(OutboxEntry.state.in_(states)).order_by(OutboxEntry.seq)
    ).all()
    return [
        LocalChange(
            seq=r.seq,
            entity=r.entity,
            record_id=r.record_id,
            title=_title(conn, r.entity, r.record_id, r.fields or {}),
            kind=r.kind,
            state=r.state,
            attempts=r.attempts,
            created_at=r.created_at,
            fields=dict(r.fields or {}),
            errors=list((r.last_error or {}).get("errors") or []),
        )
        for r in rows
    ]


def conflicts(conn: Connection) -> list[ConflictRow]:
    kinds = dict(conn.execute(select(OutboxEntry.op_id, OutboxEntry.kind)).all())
    rows = conn.execute(select(Conflict.__table__).order_by(Conflict.id)).all()
    return [
        ConflictRow(
            id=r.id,
            entity=r.entity,
            record_id=r.record_id,
            title=_title(conn, r.entity, r.record_id, {**r.theirs, **r.mine}),
            fields=list(r.fields),
            base=dict(r.base),
            mine=dict(r.mine),
            theirs=dict(r.theirs),
            deleted_on_server=bool(r.deleted_on_server),
            local_delete=kinds.get(r.op_id) == "delete",
            created_at=r.created_at,
        )
        for r in rows
    ]


def quarantined(conn: Connection, limit: int = 1000) -> list[QuarantineRow]:
    rows = conn.execute(
        select(QuarantinedRecord.__table__).order_by(QuarantinedRecord.id.desc()).limit(limit)
    ).all()
    return [
        QuarantineRow(r.id, r.system, r.entity, r.record_id, list(r.reason), r.received_at)
        for r in rows
    ]


def sync_log(conn: Connection, limit: int = 200) -> list[SyncLogRow]:
    rows = conn.execute(
        select(AuditLog.at, AuditLog.details)
        .where(AuditLog.action == "sync")
        .order_by(AuditLog.id.desc())
        .limit(limit)
    ).all()
    return [SyncLogRow(r.at, dict(r.details)) for r in rows]
