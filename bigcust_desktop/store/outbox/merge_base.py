"""The merge base of an edited record: the server's version it was edited from (DESIGN §5).

Kept from the first local edit until the record is in step with the server again; a push answer
replaces it with the server's newer record. Mine and theirs are compared against it when the
server's version has moved on. Depends on SQLAlchemy Core and the store's models.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from bigcust_desktop.store.models import ServerCopy
from bigcust_desktop.store.outbox import held

# Driver-level statements of the settlement's hot path (one executemany per batch).
_FORGET = "DELETE FROM server_copy WHERE entity = ? AND record_id = ?"
_REPLACE = (
    "INSERT OR REPLACE INTO server_copy (entity, record_id, version, record) VALUES (?, ?, ?, ?)"
)
_VERSIONS = (
    "SELECT entity, record_id, version FROM server_copy "
    "WHERE record_id IN (SELECT value FROM json_each(?))"
)


def server_copy(conn: Connection, entity: str, record_id: str) -> dict[str, Any] | None:
    row = conn.execute(
        select(ServerCopy.record).where(
            ServerCopy.entity == entity, ServerCopy.record_id == record_id
        )
    ).first()
    return None if row is None else dict(row[0])


def remember_server_copy(conn: Connection, entity: str, record: Mapping[str, Any]) -> None:
    """Keep the server's version of a record before its first local edit (kept if one exists)."""
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
    """Replace the merge base with a newer server record (after a push answer)."""
    set_server_copies(conn, [(entity, record)])


def set_server_copies(conn: Connection, records: Iterable[tuple[str, Mapping[str, Any]]]) -> None:
    rows = [
        (entity, str(r["id"]), int(r["version"]), json.dumps(dict(r), ensure_ascii=False))
        for entity, r in records
    ]
    if rows:
        conn.exec_driver_sql(_REPLACE, rows)


def forget_server_copy(conn: Connection, entity: str, record_id: str) -> None:
    """The record is in step with the server: its merge base and held news go."""
    held.release(conn, [(entity, record_id)])
    conn.execute(
        delete(ServerCopy).where(ServerCopy.entity == entity, ServerCopy.record_id == record_id)
    )


def forget_server_copies(conn: Connection, keys: Iterable[tuple[str, str]]) -> None:
    rows = list(keys)
    if rows:
        conn.exec_driver_sql(_FORGET, rows)
        held.release(conn, rows)


def base_versions(conn: Connection, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """The merge base's version of each of these records that has one."""
    wanted = set(keys)
    if not wanted:
        return {}
    ids = json.dumps(sorted({record_id for _, record_id in wanted}))
    found = conn.exec_driver_sql(_VERSIONS, (ids,)).all()
    return {(e, r): v for e, r, v in found if (e, r) in wanted}
