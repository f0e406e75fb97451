"""Outbox entries, typed: one local operation (create, update, delete) waiting for its server.

Queuing an edit and the questions asked about one record's entries live here; the walk, the
settlement of answers and the user's decisions build on them. Depends on SQLAlchemy Core, the
store's models and the domain's data-home table.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from bigcust_desktop.domain.datahome import home_of
from bigcust_desktop.store.models import ENTITY_TABLES, OutboxEntry
from bigcust_desktop.store.outbox.merge_base import forget_server_copy


class OpKind(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"


class EntryState(StrEnum):
    """Where an entry stands (docs/sync-engine.md draws the machine).

    ``sending`` means "may be on the server already": it is resent as it is, same op_id.
    """

    PENDING = "pending"
    SENDING = "sending"
    APPLIED = "applied"
    CONFLICT = "conflict"
    REJECTED = "rejected"


# Not yet settled: the record still differs from the server's.
OPEN_STATES: tuple[EntryState, ...] = (
    EntryState.PENDING,
    EntryState.SENDING,
    EntryState.CONFLICT,
    EntryState.REJECTED,
)
# Waiting to be sent (again).
SENDABLE_STATES: tuple[EntryState, ...] = (EntryState.PENDING, EntryState.SENDING)
# Waiting for the user: later entries of the same record wait behind them.
WAITING_STATES: tuple[EntryState, ...] = (EntryState.CONFLICT, EntryState.REJECTED)

RecordKey = tuple[str, str]  # (entity, record id)


@dataclass(frozen=True, slots=True)
class Entry:
    """One outbox row. `fields` are the changed fields in wire form (the whole record for a
    create); `base_version` is fixed when the entry is first sent, None before and for creates."""

    seq: int
    op_id: str
    system: str
    entity: str
    record_id: str
    kind: OpKind
    base_version: int | None
    fields: Mapping[str, Any]
    state: EntryState
    attempts: int

    @property
    def key(self) -> RecordKey:
        return (self.entity, self.record_id)

    def sent(self, base_version: int | None) -> Entry:
        """This entry as it goes out: `sending`, its base version fixed, one more attempt."""
        return Entry(
            self.seq,
            self.op_id,
            self.system,
            self.entity,
            self.record_id,
            self.kind,
            base_version,
            self.fields,
            EntryState.SENDING,
            self.attempts + 1,
        )

    def operation(self) -> dict[str, Any]:
        """The operation as the push contract sends it (docs/sync-protocol.md)."""
        return {
            "op_id": self.op_id,
            "entity": self.entity,
            "id": self.record_id,
            "kind": str(self.kind),
            "base_version": self.base_version,
            "fields": dict(self.fields),
        }


# Column order of `entry_from_row`.
ENTRY_FIELDS = (
    "seq",
    "op_id",
    "system",
    "entity",
    "record_id",
    "kind",
    "base_version",
    "fields",
    "state",
    "attempts",
)
ENTRY_COLUMNS = ", ".join(ENTRY_FIELDS)  # for driver-level statements on the hot path
_SELECT_ENTRY = select(*(OutboxEntry.__table__.c[name] for name in ENTRY_FIELDS))


def entry_from_row(row: Any) -> Entry:
    """An entry from a row of `ENTRY_COLUMNS` (fields as JSON text or already decoded)."""
    seq, op_id, system, entity, record_id, kind, base_version, fields, state, attempts = row
    return Entry(
        seq=seq,
        op_id=op_id,
        system=system,
        entity=entity,
        record_id=record_id,
        kind=OpKind(kind),
        base_version=base_version,
        fields=json.loads(fields) if isinstance(fields, str) else dict(fields or {}),
        state=EntryState(state),
        attempts=attempts,
    )


def new_op_id() -> str:
    return str(uuid.uuid4())


def enqueue(
    conn: Connection, entity: str, record_id: str, kind: OpKind, fields: Mapping[str, Any]
) -> str:
    """Queue one operation behind every other; returns its op_id."""
    op_id = new_op_id()
    conn.execute(
        insert(OutboxEntry).values(
            op_id=op_id,
            system=home_of(entity).system,
            entity=entity,
            record_id=record_id,
            kind=str(kind),
            base_version=None,
            fields=dict(fields),
            state=str(EntryState.PENDING),
            attempts=0,
            created_at=dt.datetime.now(dt.UTC),
        )
    )
    return op_id


def _one(conn: Connection, entity: str, record_id: str, *conditions: Any) -> Entry | None:
    row = conn.execute(
        _SELECT_ENTRY.where(
            OutboxEntry.entity == entity, OutboxEntry.record_id == record_id, *conditions
        ).order_by(OutboxEntry.seq)
    ).first()
    return None if row is None else entry_from_row(row)


def unsent_create(conn: Connection, entity: str, record_id: str) -> Entry | None:
    """The not-yet-sent create of a record, which later edits fold into."""
    return _one(
        conn,
        entity,
        record_id,
        OutboxEntry.kind == str(OpKind.CREATE),
        OutboxEntry.state == str(EntryState.PENDING),
    )


def rejected_entry(conn: Connection, entity: str, record_id: str) -> Entry | None:
    return _one(conn, entity, record_id, OutboxEntry.state == str(EntryState.REJECTED))


def entry_of_op(conn: Connection, op_id: str | None) -> Entry | None:
    if op_id is None:
        return None
    row = conn.execute(_SELECT_ENTRY.where(OutboxEntry.op_id == op_id)).first()
    return None if row is None else entry_from_row(row)


def fold_into(conn: Connection, entry: Entry, changed: Mapping[str, Any]) -> None:
    """Add later changes to an entry that has not left yet (an unsent create)."""
    conn.execute(
        update(OutboxEntry)
        .where(OutboxEntry.seq == entry.seq)
        .values(fields={**entry.fields, **changed})
    )


def send_again(conn: Connection, entry: Entry, fields: Mapping[str, Any] | None = None) -> None:
    """Queue an entry afresh under a new op_id (the old one would only replay its first result):
    a fixed rejection, a resolved conflict, a clean merge. Its base is fixed again when sent."""
    conn.execute(
        update(OutboxEntry)
        .where(OutboxEntry.seq == entry.seq)
        .values(
            fields=dict(entry.fields if fields is None else fields),
            op_id=new_op_id(),
            state=str(EntryState.PENDING),
            base_version=None,
            last_error=None,
        )
    )


def set_state(conn: Connection, seq: int, state: EntryState) -> None:
    conn.execute(update(OutboxEntry).where(OutboxEntry.seq == seq).values(state=str(state)))


def drop_entry(conn: Connection, seq: int) -> None:
    conn.execute(delete(OutboxEntry).where(OutboxEntry.seq == seq))


def drop_record_entries(
    conn: Connection, entity: str, record_id: str, states: tuple[EntryState, ...] | None = None
) -> None:
    """Forget a record's entries (only those in `states`, when given)."""
    stmt = delete(OutboxEntry).where(
        OutboxEntry.entity == entity, OutboxEntry.record_id == record_id
    )
    if states is not None:
        stmt = stmt.where(OutboxEntry.state.in_([str(s) for s in states]))
    conn.execute(stmt)


def open_entries(conn: Connection, entity: str, record_id: str) -> list[Entry]:
    """A record's open entries, oldest first."""
    rows = conn.execute(
        _SELECT_ENTRY.where(
            OutboxEntry.entity == entity,
            OutboxEntry.record_id == record_id,
            OutboxEntry.state.in_([str(s) for s in OPEN_STATES]),
        ).order_by(OutboxEntry.seq)
    )
    return [entry_from_row(row) for row in rows]


def last_seq(conn: Connection) -> int:
    """The newest entry's seq (0 for an empty outbox)."""
    return int(conn.exec_driver_sql("SELECT coalesce(max(seq), 0) FROM outbox").scalar())


def has_open_entries(conn: Connection, entity: str, record_id: str) -> bool:
    return (
        conn.execute(
            select(OutboxEntry.seq).where(
                OutboxEntry.entity == entity,
                OutboxEntry.record_id == record_id,
                OutboxEntry.state.in_([str(s) for s in OPEN_STATES]),
            )
        ).first()
        is not None
    )


def mark_synced_if_clear(conn: Connection, entity: str, record_id: str) -> bool:
    """A record whose outbox holds no open entry is in step with the server again: its row is
    marked synced and its merge base forgotten. Returns whether it was clear."""
    if has_open_entries(conn, entity, record_id):
        return False
    table = ENTITY_TABLES[entity]
    conn.execute(update(table).where(table.c.id == record_id).values(sync_state="synced"))
    forget_server_copy(conn, entity, record_id)
    return True
