"""Records of the editable entities in their wire form: read one whole, write one as it is.

The outbox, local edits and quote export go through here. Depends on SQLAlchemy Core, the
store's models, column types and bulk writer.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Boolean, Connection, Date, Table, update

from bigcust_desktop.store import bulk
from bigcust_desktop.store.models import ENTITY_TABLES, ContractCircuit, FaultTicketEvent, QuoteLine
from bigcust_desktop.store.pinyin_order import STORED_KEYS
from bigcust_desktop.store.types import Decimal2, JsonText, Money

# Columns the client keeps for itself; never part of a wire record.
LOCAL_COLUMNS = frozenset(
    {"sync_state", "base_version", *(key for keys in STORED_KEYS.values() for key in keys)}
)
_CHILDREN: dict[str, tuple[str, Table, str]] = {
    "quote": ("lines", QuoteLine.__table__, "quote_id"),  # type: ignore[dict-item]
    "fault_ticket": ("history", FaultTicketEvent.__table__, "fault_ticket_id"),  # type: ignore[dict-item]
    "contract": ("circuits", ContractCircuit.__table__, "contract_id"),  # type: ignore[dict-item]
}
_CHILD_SKIP = frozenset({"quote_id", "fault_ticket_id", "contract_id", "position"})


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


def _row_to_wire(table: Table, row: Mapping[str, Any], skip: frozenset[str]) -> dict[str, Any]:
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


def write_local(conn: Connection, entity: str, record: Mapping[str, Any], state: str) -> None:
    """Write a whole wire record as the local row, whatever its sync state, and set that state."""
    bulk.upsert_records(conn, entity, [record], force=True)
    set_sync_state(conn, entity, str(record["id"]), state)


def set_sync_state(conn: Connection, entity: str, record_id: str, state: str) -> None:
    table = ENTITY_TABLES[entity]
    conn.execute(update(table).where(table.c.id == record_id).values(sync_state=state))
