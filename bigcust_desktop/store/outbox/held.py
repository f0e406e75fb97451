"""Server news held back while a record has a local edit, and the copy a settled edit ends at.

The pull never overwrites a record with a local edit, but its cursor moves on: what it skipped
(a newer version, a tombstone, a revocation) is kept here, so that resolving "theirs" or
discarding ends at the server's newest record, or at nothing when the record left the book
(issue 18). Depends on SQLAlchemy Core and the store's models.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from bigcust_desktop.store.models import ENTITY_TABLES, HeldRecord, ServerCopy
from bigcust_desktop.store.wire import read_wire

GONE_DELETED, GONE_REVOKED = "deleted", "revoked"

_HOLD = (
    "INSERT INTO held_record (entity, record_id, version, record, gone, customer_id) "
    "VALUES (?, ?, ?, ?, NULL, ?) ON CONFLICT (entity, record_id) DO UPDATE SET "
    "version = excluded.version, record = excluded.record, gone = NULL, "
    "customer_id = excluded.customer_id "
    "WHERE held_record.version IS NULL OR held_record.version <= excluded.version"
)
_HOLD_GONE = (
    "INSERT OR REPLACE INTO held_record (entity, record_id, version, record, gone, customer_id) "
    "VALUES (?, ?, ?, ?, ?, ?)"
)
_RELEASE = "DELETE FROM held_record WHERE entity = ? AND record_id = ?"
_ANY = "SELECT 1 FROM held_record LIMIT 1"


@dataclass(frozen=True)
class Held:
    """What the pull held back of one record."""

    version: int | None
    record: dict[str, Any] | None  # the newer server record; for a gone one, the local copy
    gone: str | None  # None, "deleted" or "revoked"
    customer_id: str | None


def hold_newer(conn: Connection, entity: str, records: Iterable[Mapping[str, Any]]) -> None:
    """Keep newer server versions of locally edited records (the newest wins)."""
    rows = [
        (
            entity,
            str(r["id"]),
            int(r["version"]),
            json.dumps(dict(r), ensure_ascii=False),
            r.get("customer_id"),
        )
        for r in records
    ]
    if rows:
        conn.exec_driver_sql(_HOLD, rows)


def hold_gone(
    conn: Connection,
    entity: str,
    gone: str,
    records: Iterable[tuple[str, Mapping[str, Any] | None, str | None]],
) -> None:
    """Note records that were deleted on the server or left the book while edited here:
    (record id, the local copy as it was or None, its customer)."""
    rows = [
        (
            entity,
            record_id,
            None if local is None else local.get("version"),
            None if local is None else json.dumps(dict(local), ensure_ascii=False),
            gone,
            customer_id,
        )
        for record_id, local, customer_id in records
    ]
    if rows:
        conn.exec_driver_sql(_HOLD_GONE, rows)


def release(conn: Connection, keys: Iterable[tuple[str, str]]) -> None:
    """Forget what was held of these records (in step with the server again, or back)."""
    rows = list(keys)
    if rows and conn.exec_driver_sql(_ANY).first() is not None:
        conn.exec_driver_sql(_RELEASE, rows)


def held(conn: Connection, entity: str, record_id: str) -> Held | None:
    row = conn.execute(
        select(
            HeldRecord.version, HeldRecord.record, HeldRecord.gone, HeldRecord.customer_id
        ).where(HeldRecord.entity == entity, HeldRecord.record_id == record_id)
    ).first()
    if row is None:
        return None
    return Held(
        row.version, None if row.record is None else dict(row.record), row.gone, row.customer_id
    )


def settled_copy(conn: Connection, entity: str, record_id: str) -> dict[str, Any] | None:
    """The server's record a settled edit ends at: the newest of the merge base and what the
    pull held back; None when the record was deleted on the server or left the book."""
    news = held(conn, entity, record_id)
    if news is not None and news.gone is not None:
        return None
    base = conn.execute(
        select(ServerCopy.record).where(
            ServerCopy.entity == entity, ServerCopy.record_id == record_id
        )
    ).scalar()
    copies = [dict(c) for c in (base, None if news is None else news.record) if c is not None]
    return max(copies, key=lambda c: int(c["version"]), default=None)


def hold_revoked(conn: Connection, customer_ids: Iterable[str]) -> None:
    """Before revoked customers go with everything hanging from them: note each record of
    theirs with a local edit (its local copy kept for the sync panel), and each record whose
    local delete waits, so that no settlement writes one back under the old manager."""
    ids = json.dumps(list(customer_ids))
    noted: set[tuple[str, str]] = set()
    for entity, table in ENTITY_TABLES.items():
        if "sync_state" not in table.c or "customer_id" not in table.c:
            continue
        edited = conn.exec_driver_sql(
            f"SELECT id FROM \"{table.name}\" WHERE sync_state != 'synced' "
            "AND customer_id IN (SELECT value FROM json_each(?))",
            (ids,),
        ).all()
        copies = [(rid, read_wire(conn, entity, rid)) for (rid,) in edited]
        hold_gone(
            conn,
            entity,
            GONE_REVOKED,
            [(rid, c, None if c is None else c.get("customer_id")) for rid, c in copies],
        )
        noted |= {(entity, rid) for rid, _ in copies}
    # Records deleted here, their delete waiting: only the merge base knows their customer.
    bases = conn.exec_driver_sql(
        "SELECT entity, record_id, record FROM server_copy "
        "WHERE json_extract(record, '$.customer_id') IN (SELECT value FROM json_each(?))",
        (ids,),
    ).all()
    for entity, record_id, record in bases:
        if (entity, record_id) not in noted:
            base = json.loads(record)
            hold_gone(conn, entity, GONE_REVOKED, [(record_id, base, base.get("customer_id"))])
