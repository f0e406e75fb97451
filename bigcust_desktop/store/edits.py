"""Local edits of city data: each writes the row and its outbox entry in one transaction.

The UI, the CLI and the sync engine's conflict handling all edit through here (DESIGN §5).
Depends on SQLAlchemy Core, the store's models and bulk writer, and the domain's record schema.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Boolean, Connection, Date, Table, delete, insert, select, update

from bigcust_desktop.domain.datahome import home_of
from bigcust_desktop.domain.errors import ValidationError, ValidationErrors
from bigcust_desktop.domain.records import FIELDS, validate_record
from bigcust_desktop.domain.timefmt import format_instant
from bigcust_desktop.store import bulk
from bigcust_desktop.store.models import (
    ENTITY_TABLES,
    Conflict,
    ContractCircuit,
    FaultTicketEvent,
    OutboxEntry,
    QuoteLine,
    ServerCopy,
)
from bigcust_desktop.store.types import Decimal2, JsonText, Money

# Columns the client keeps for itself; never part of a wire record.
LOCAL_COLUMNS = frozenset({"sync_state", "base_version"})
_CHILDREN: dict[str, tuple[str, Table, str]] = {
    "quote": ("lines", QuoteLine.__table__, "quote_id"),  # type: ignore[dict-item]
    "fault_ticket": ("history", FaultTicketEvent.__table__, "fault_ticket_id"),  # type: ignore[dict-item]
    "contract": ("circuits", ContractCircuit.__table__, "contract_id"),  # type: ignore[dict-item]
}
_CHILD_SKIP = {"quote_id", "fault_ticket_id", "contract_id", "position"}
OPEN_STATES = ("pending", "sending", "conflict", "rejected")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _column_to_wire(column_type: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(column_type, Money | Decimal2):
        sign = "-" if value < 0 else ""
        return f"{sign}{abs(value) // 100}.{abs(value) % 100:02d}"
    if isinstance(column_type, JsonText):
        return json.loads(value) if isinstance(value, str) else value
    if isinstance(column_type, Boolean):
        return bool(value)
    if isinstance(column_type, Date):
        return str(value)
    return value


def _row_to_wire(table: Table, row: Mapping[str, Any], skip: frozenset[str] | set[str]) -> dict:
    return {
        name: _column_to_wire(table.c[name].type, value)
        for name, value in row.items()
        if name not in skip
    }


def read_wire(conn: Connection, entity: str, record_id: str) -> dict[str, Any] | None:
    """A stored record in its wire form (lines and history included), or None."""
    table = ENTITY_TABLES[entity]
    cols = ", ".join(f'"{c.name}"' for c in table.columns)
    row = (
        conn.exec_driver_sql(f'SELECT {cols} FROM "{table.name}" WHERE id = ?', (record_id,))
        .mappings()
        .first()
    )
    if row is None:
        return None
    record = _row_to_wire(table, row, LOCAL_COLUMNS)
    child = _CHILDREN.get(entity)
    if child:
        wire_field, child_table, parent = child
        ccols = ", ".join(f'"{c.name}"' for c in child_table.columns)
        rows = conn.exec_driver_sql(
            f'SELECT {ccols} FROM "{child_table.name}" WHERE {parent} = ? ORDER BY position',
            (record_id,),
        ).mappings()
        record[wire_field] = [_row_to_wire(child_table, r, _CHILD_SKIP) for r in rows]
    return record


def _ensure_editable(entity: str) -> None:
    home = home_of(entity)
    if not home.editable_here:
        raise ValidationError("entity", "entity.read_only", "This record cannot be edited here.")


def _write_local(conn: Connection, entity: str, record: Mapping[str, Any], state: str) -> None:
    bulk.upsert_records(conn, entity, [record], force=True)
    table = ENTITY_TABLES[entity]
    conn.execute(update(table).where(table.c.id == record["id"]).values(sync_state=state))


def _enqueue(
    conn: Connection, entity: str, record_id: str, kind: str, fields: Mapping[str, Any]
) -> str:
    op_id = str(uuid.uuid4())
    conn.execute(
        insert(OutboxEntry).values(
            op_id=op_id,
            system=home_of(entity).system,
            entity=entity,
            record_id=record_id,
            kind=kind,
            base_version=None,
            fields=dict(fields),
            state="pending",
            attempts=0,
            created_at=_now(),
        )
    )
    return op_id


def _remember_server_copy(conn: Connection, entity: str, record: Mapping[str, Any]) -> None:
    """Keep the server's version of a record before the first local edit: the merge base."""
    exists = conn.execute(
        select(ServerCopy.record_id).where(
            ServerCopy.entity == entity, ServerCopy.record_id == record["id"]
        )
    ).first()
    if exists is None:
        conn.execute(
            insert(ServerCopy).values(
                entity=entity,
                record_id=record["id"],
                version=record["version"],
                record=dict(record),
            )
        )


def set_server_copy(conn: Connection, entity: str, record: Mapping[str, Any]) -> None:
    """Replace the merge base with a newer server record (after a push result)."""
    forget_server_copy(conn, entity, str(record["id"]))
    conn.execute(
        insert(ServerCopy).values(
            entity=entity, record_id=record["id"], version=record["version"], record=dict(record)
        )
    )


def forget_server_copy(conn: Connection, entity: str, record_id: str) -> None:
    conn.execute(
        delete(ServerCopy).where(ServerCopy.entity == entity, ServerCopy.record_id == record_id)
    )


def server_copy(conn: Connection, entity: str, record_id: str) -> dict[str, Any] | None:
    row = conn.execute(
        select(ServerCopy.record).where(
            ServerCopy.entity == entity, ServerCopy.record_id == record_id
        )
    ).first()
    return None if row is None else dict(row[0])


def _required(entity: str) -> list[str]:
    return [
        name
        for name, spec in FIELDS[entity].items()
        if not spec.nullable and name not in ("id", "version", "updated_at")
    ]


def _check(entity: str, fields: Mapping[str, Any], *, complete: bool) -> dict[str, Any]:
    """Validate user input; a complete record must also carry every non-nullable field."""
    checked = validate_record(entity, fields, from_feed=False)
    if complete:
        missing = [name for name in _required(entity) if checked.get(name) is None]
        if missing:
            raise ValidationErrors(
                [ValidationError(n, "field.required", "This field is required.") for n in missing]
            )
    return checked


def create_record(
    conn: Connection, entity: str, fields: Mapping[str, Any], *, record_id: str | None = None
) -> dict[str, Any]:
    """Create a city record offline: validated, stored as pending, queued for the server.

    ``fields`` is the whole record but id/version/updated_at (the domain's draft helpers fill
    owner, times, SLA and prices). Raises `ValidationErrors` naming every bad field; nothing is
    written then. Returns the stored wire record (version 0: not yet on the server).
    """
    _ensure_editable(entity)
    record_id = record_id or str(uuid.uuid4())
    payload = _check(entity, {**fields, "id": record_id}, complete=True)
    record = {name: None for name in FIELDS[entity]} | payload
    record.update(version=0, updated_at=format_instant(_now()))
    _write_local(conn, entity, record, "pending")
    _enqueue(conn, entity, record_id, "create", {k: v for k, v in payload.items() if k != "id"})
    return record


def _pending_create(conn: Connection, entity: str, record_id: str) -> Any:
    """The not-yet-sent create entry of a record, which later edits fold into."""
    return conn.execute(
        select(OutboxEntry.seq, OutboxEntry.fields).where(
            OutboxEntry.entity == entity,
            OutboxEntry.record_id == record_id,
            OutboxEntry.kind == "create",
            OutboxEntry.state == "pending",
        )
    ).first()


def _rejected_entry(conn: Connection, entity: str, record_id: str) -> Any:
    return conn.execute(
        select(OutboxEntry.seq, OutboxEntry.fields).where(
            OutboxEntry.entity == entity,
            OutboxEntry.record_id == record_id,
            OutboxEntry.state == "rejected",
        )
    ).first()


def update_record(
    conn: Connection, entity: str, record_id: str, changes: Mapping[str, Any]
) -> dict[str, Any]:
    """Change some fields of a city record offline; returns the stored wire record.

    Only the fields that really change are queued. Raises `ValidationErrors` for bad input and
    `LookupError` for a record that is not in the cache.
    """
    _ensure_editable(entity)
    current = read_wire(conn, entity, record_id)
    if current is None:
        raise LookupError(f"{entity} {record_id} is not in the cache")
    checked = _check(entity, changes, complete=False)
    changed = {k: v for k, v in checked.items() if current.get(k) != v and k != "id"}
    if not changed:
        return current
    if current["version"] > 0:
        _remember_server_copy(conn, entity, current)
    record = {**current, **changed}
    _write_local(conn, entity, record, "pending")
    create = _pending_create(conn, entity, record_id)
    rejected = _rejected_entry(conn, entity, record_id)
    if create is not None:
        conn.execute(
            update(OutboxEntry)
            .where(OutboxEntry.seq == create.seq)
            .values(fields={**create.fields, **changed})
        )
    elif rejected is not None:
        # A fix of a rejected edit: the server never applied it, so it goes again as one
        # operation under a new op_id (the old one would only replay the rejection).
        conn.execute(
            update(OutboxEntry)
            .where(OutboxEntry.seq == rejected.seq)
            .values(
                fields={**rejected.fields, **changed},
                op_id=str(uuid.uuid4()),
                state="pending",
                base_version=None,
                last_error=None,
            )
        )
    else:
        _enqueue(conn, entity, record_id, "update", changed)
    return record


def delete_record(conn: Connection, entity: str, record_id: str) -> None:
    """Delete a city record offline; a record never pushed just disappears with its entries."""
    _ensure_editable(entity)
    current = read_wire(conn, entity, record_id)
    if current is None:
        raise LookupError(f"{entity} {record_id} is not in the cache")
    bulk.delete_records(conn, entity, [record_id], force=True)
    if current["version"] == 0 and _pending_create(conn, entity, record_id) is not None:
        conn.execute(
            delete(OutboxEntry).where(
                OutboxEntry.entity == entity, OutboxEntry.record_id == record_id
            )
        )
        return
    _remember_server_copy(conn, entity, current)
    _enqueue(conn, entity, record_id, "delete", {})


def discard_local_changes(conn: Connection, entity: str, record_id: str) -> None:
    """Drop every unsent, rejected or conflicting edit of a record and go back to the server's."""
    conn.execute(
        delete(OutboxEntry).where(
            OutboxEntry.entity == entity,
            OutboxEntry.record_id == record_id,
            OutboxEntry.state.in_(OPEN_STATES),
        )
    )
    base = server_copy(conn, entity, record_id)
    bulk.delete_records(conn, entity, [record_id], force=True)
    if base is not None:
        _write_local(conn, entity, base, "synced")
        forget_server_copy(conn, entity, record_id)


def mark_synced_if_clear(conn: Connection, entity: str, record_id: str) -> None:
    """A record whose outbox is empty of open entries is in step with the server again."""
    still_open = conn.execute(
        select(OutboxEntry.seq).where(
            OutboxEntry.entity == entity,
            OutboxEntry.record_id == record_id,
            OutboxEntry.state.in_(OPEN_STATES),
        )
    ).first()
    if still_open is None:
        table = ENTITY_TABLES[entity]
        conn.execute(update(table).where(table.c.id == record_id).values(sync_state="synced"))
        forget_server_copy(conn, entity, record_id)


def has_later_entries(conn: Connection, entity: str, record_id: str, seq: int) -> bool:
    """True while newer edits of the record wait in the outbox (their values must stay)."""
    return (
        conn.execute(
            select(OutboxEntry.seq).where(
                OutboxEntry.entity == entity,
                OutboxEntry.record_id == record_id,
                OutboxEntry.seq > seq,
                OutboxEntry.state.in_(OPEN_STATES),
            )
        ).first()
        is not None
    )


def set_sync_state(conn: Connection, entity: str, record_id: str, state: str) -> None:
    table = ENTITY_TABLES[entity]
    conn.execute(update(table).where(table.c.id == record_id).values(sync_state=state))


def set_version(conn: Connection, entity: str, record_id: str, version: int) -> None:
    table = ENTITY_TABLES[entity]
    conn.execute(update(table).where(table.c.id == record_id).values(version=version))


def resolve_conflict(conn: Connection, conflict_id: int, choices: Mapping[str, str]) -> None:
    """Settle a conflict: for each conflicting field, ``"mine"`` or ``"theirs"``.

    Fields only the user changed go to the server again with the user's choices, based on the
    server's version the conflict showed; a record deleted on the server is either let go
    (``theirs``) or kept as a new record (``mine``); a delete meeting a server change is either
    sent again (``mine``) or dropped (``theirs``). The choice for a whole-record conflict is
    given under the key ``"*"``.
    """
    conflict = conn.execute(select(Conflict.__table__).where(Conflict.id == conflict_id)).first()
    if conflict is None:
        raise LookupError(f"conflict {conflict_id} is gone")
    entity, record_id = conflict.entity, conflict.record_id
    entry = conn.execute(
        select(OutboxEntry.__table__).where(OutboxEntry.op_id == conflict.op_id)
    ).first()
    if conflict.deleted_on_server or (entry is not None and entry.kind == "delete"):
        _resolve_whole(conn, conflict, entry, choices.get("*", "theirs"))
    else:
        bad = [f for f in conflict.fields if choices.get(f) not in ("mine", "theirs")]
        if bad:
            raise ValidationErrors(
                [ValidationError(f, "conflict.choice", "Choose mine or theirs.") for f in bad]
            )
        theirs = server_copy(conn, entity, record_id) or {}
        mine = dict(entry.fields) if entry is not None else {}
        keep = {
            name: value
            for name, value in mine.items()
            if (name not in conflict.fields or choices[name] == "mine")
            and theirs.get(name) != value
        }
        _write_local(conn, entity, {**theirs, **keep}, "pending" if keep else "synced")
        if entry is not None:
            if keep:
                conn.execute(
                    update(OutboxEntry)
                    .where(OutboxEntry.seq == entry.seq)
                    .values(
                        fields=keep, op_id=str(uuid.uuid4()), state="pending", base_version=None
                    )
                )
            else:
                conn.execute(
                    update(OutboxEntry).where(OutboxEntry.seq == entry.seq).values(state="applied")
                )
        mark_synced_if_clear(conn, entity, record_id)
    conn.execute(delete(Conflict).where(Conflict.id == conflict_id))


def _resolve_whole(conn: Connection, conflict: Any, entry: Any, choice: str) -> None:
    entity, record_id = conflict.entity, conflict.record_id
    if choice not in ("mine", "theirs"):
        raise ValidationErrors([ValidationError("*", "conflict.choice", "Choose mine or theirs.")])
    if conflict.deleted_on_server:
        local = read_wire(conn, entity, record_id)
        conn.execute(
            delete(OutboxEntry).where(
                OutboxEntry.entity == entity, OutboxEntry.record_id == record_id
            )
        )
        bulk.delete_records(conn, entity, [record_id], force=True)
        forget_server_copy(conn, entity, record_id)
        if choice == "mine" and local is not None:
            fields = {k: v for k, v in local.items() if k not in ("id", "version", "updated_at")}
            create_record(conn, entity, fields)
        return
    # A local delete that met a server change.
    if choice == "mine":
        conn.execute(
            update(OutboxEntry)
            .where(OutboxEntry.seq == entry.seq)
            .values(op_id=str(uuid.uuid4()), state="pending", base_version=None)
        )
        return
    conn.execute(delete(OutboxEntry).where(OutboxEntry.seq == entry.seq))
    theirs = server_copy(conn, entity, record_id)
    if theirs is not None:
        _write_local(conn, entity, theirs, "synced")
    mark_synced_if_clear(conn, entity, record_id)
