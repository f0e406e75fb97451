"""The one write path for server records: wire dicts to rows, upserted by executemany in batches.

Used by the sync engine's pull, the seed loader and the benchmarks. Depends on SQLAlchemy Core.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from sqlalchemy import Boolean, Connection, Date, Table
from sqlalchemy.dialects import sqlite

from bigcust_desktop.store.models import (
    ENTITY_TABLES,
    AttachmentFile,
    ContractCircuit,
    FaultTicketEvent,
    QuoteLine,
)
from bigcust_desktop.store.pinyin_order import STORED_KEYS, stored_keys
from bigcust_desktop.store.search_index import SEARCH_INDEXES, has_search_index, indexing_batch
from bigcust_desktop.store.types import (
    Decimal2,
    JsonText,
    Money,
    UtcDateTime,
    date_text,
    hundredths,
    instant_text,
)

if TYPE_CHECKING:
    from bigcust_desktop.store.engine import Store

BATCH_ROWS = 2_000
# Columns the client keeps beside the server's fields; filled here, never read from the wire.
_LOCAL_COLUMNS = {"sync_state", "base_version"}

Row = tuple[Any, ...]
Converter = Callable[[Any], Any]


def _json_text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _converter(column_type: Any) -> Converter | None:
    """How a wire value becomes a column value; None when it goes in as it is."""
    if isinstance(column_type, Money | Decimal2):
        return hundredths
    if isinstance(column_type, UtcDateTime):
        return instant_text
    if isinstance(column_type, JsonText):
        return _json_text
    if isinstance(column_type, Date):
        return date_text
    if isinstance(column_type, Boolean):
        return bool
    return None


class _RowMaker:
    """Turns wire dicts into tuples for a fixed list of fields (per-row cost is the hot path)."""

    def __init__(self, table: Table, fields: Sequence[str]) -> None:
        self.fields = tuple(fields)
        self._get = itemgetter(*self.fields)
        self._convert = [
            (i, conv)
            for i, name in enumerate(self.fields)
            if (conv := _converter(table.c[name].type)) is not None
        ]

    def __call__(self, record: Mapping[str, Any]) -> list[Any]:
        values = list(self._get(record))
        for i, conv in self._convert:
            value = values[i]
            if value is not None:
                values[i] = conv(value)
        return values


def _upsert_sql(table: Table, columns: Sequence[str], key: Sequence[str]) -> str:
    """INSERT ... ON CONFLICT(key) DO UPDATE, compiled by SQLAlchemy with qmark parameters.

    `columns` must be in the table's column order: that is the order of the parameters.
    """
    stmt = sqlite.insert(table)
    update = {c: stmt.excluded[c] for c in columns if c not in key}
    stmt = stmt.on_conflict_do_update(index_elements=list(key), set_=update)
    compiled = stmt.compile(dialect=sqlite.dialect(paramstyle="qmark"), column_keys=list(columns))
    if list(compiled.positiontup or ()) != list(columns):
        raise RuntimeError(f"parameter order of {table.name} is not its column order")
    return str(compiled)


@dataclass
class _Children:
    """Embedded sub-records (quote lines, ticket history), replaced whole with their parent."""

    wire_field: str
    table: Table
    parent_column: str
    maker: _RowMaker
    sql: str

    def rows(self, parent_id: str, items: Iterable[Mapping[str, Any]]) -> list[Row]:
        # The parent's id and the item's place in the list are columns of the child row.
        return [
            tuple(self.maker({**item, self.parent_column: parent_id, "position": position}))
            for position, item in enumerate(items)
        ]


@dataclass
class _Plan:
    entity: str
    table: Table
    columns: tuple[str, ...]
    maker: _RowMaker
    sql: str
    editable: bool
    children: _Children | None
    keyed: bool  # the table keeps pinyin sort keys (`pinyin_order.STORED_KEYS`)

    def row(self, record: Mapping[str, Any]) -> Row:
        values = self.maker(record)
        if self.editable:
            # A server record written here is, by definition, in step with the server.
            values.append("synced")
            values.append(record["version"])
        if self.keyed:
            values.extend(stored_keys(self.table.name, record))
        return tuple(values)


def _children_plan(wire_field: str, table: Table, parent_column: str) -> _Children:
    columns = [c.name for c in table.columns]
    key = [c.name for c in table.primary_key.columns]
    sql = _upsert_sql(table, columns, key)
    return _Children(wire_field, table, parent_column, _RowMaker(table, columns), sql)


def _make_plan(entity: str) -> _Plan:
    table = ENTITY_TABLES[entity]
    editable = "sync_state" in table.c
    keys = tuple(STORED_KEYS.get(table.name, {}))
    fields = [c.name for c in table.columns if c.name not in _LOCAL_COLUMNS and c.name not in keys]
    columns = (*fields, *(("sync_state", "base_version") if editable else ()), *keys)
    child = CHILDREN.get(entity)
    children = _children_plan(*child) if child is not None else None
    return _Plan(
        entity,
        table,
        columns,
        _RowMaker(table, fields),
        _upsert_sql(table, columns, ["id"]),
        editable,
        children,
        bool(keys),
    )


# Embedded sub-records kept in a table of their own: entity -> (wire field, table, parent column).
CHILDREN: dict[str, tuple[str, Table, str]] = {
    "quote": ("lines", QuoteLine.__table__, "quote_id"),  # type: ignore[dict-item]
    "fault_ticket": ("history", FaultTicketEvent.__table__, "fault_ticket_id"),  # type: ignore[dict-item]
    "contract": ("circuits", ContractCircuit.__table__, "contract_id"),  # type: ignore[dict-item]
}

_PLANS: dict[str, _Plan] = {}


def _plan(entity: str) -> _Plan:
    plan = _PLANS.get(entity)
    if plan is None:
        if entity not in ENTITY_TABLES:
            raise ValueError(f"unknown entity {entity!r}")
        plan = _PLANS[entity] = _make_plan(entity)
    return plan


def to_rows(entity: str, records: Sequence[Mapping[str, Any]]) -> dict[str, list[Row]]:
    """The rows `upsert_records` writes for `records`, per table, each in its table's column order
    (the entity's own table, then quote_line, fault_ticket_event or contract_circuit for
    embedded children).

    Public so that the load benchmark can feed the very same rows to a raw executemany.
    """
    plan = _plan(entity)
    tables = {plan.table.name: [plan.row(r) for r in records]}
    if plan.children is not None:
        children = plan.children
        tables[children.table.name] = [
            row for r in records for row in children.rows(r["id"], r.get(children.wire_field) or ())
        ]
    return tables


def locally_changed_ids(conn: Connection, entity: str) -> set[str]:
    """Ids of rows with a local edit (pending, rejected or conflict) that a pull must not overwrite.

    The sync engine reconciles those through the outbox and the conflict table (DESIGN §5).
    """
    plan = _plan(entity)
    if not plan.editable:
        return set()
    # Served by the partial index over sync_state != 'synced': a handful of rows at most.
    result = conn.exec_driver_sql(
        f"SELECT id FROM {_quoted(plan.table)} WHERE sync_state != 'synced'"
    )
    return {row[0] for row in result}


def is_synced(conn: Connection, entity: str, record_id: str) -> bool:
    """Whether the record's row is there and in step with the server (no local edit)."""
    plan = _plan(entity)
    state = conn.exec_driver_sql(
        f"SELECT sync_state FROM {_quoted(plan.table)} WHERE id = ?", (record_id,)
    ).scalar()
    return state == "synced"


def _quoted(table: Table) -> str:
    return sqlite.dialect().identifier_preparer.format_table(table)


def upsert_records(
    conn: Connection,
    entity: str,
    records: Sequence[Mapping[str, Any]],
    *,
    force: bool = False,
) -> int:
    """Insert or update wire records of one entity; returns how many rows were written.

    Embedded quote lines and ticket history replace the stored ones. A row with a local edit
    (see `locally_changed_ids`) is left alone unless `force` is given. Runs in the caller's
    transaction: the sync engine writes a page and its cursor together.
    """
    plan = _plan(entity)
    try:
        # The last of several versions of one record wins, and its children are written once.
        latest = {r["id"]: r for r in records}
    except KeyError:
        raise ValueError(f"{entity} record lacks the field 'id'") from None
    keep = set() if force else locally_changed_ids(conn, entity)
    if keep or len(latest) != len(records):
        records = [r for r in latest.values() if r["id"] not in keep]
    indexed = entity in SEARCH_INDEXES and has_search_index(conn)
    for start in range(0, len(records), BATCH_ROWS):
        batch = records[start : start + BATCH_ROWS]
        try:
            rows = [plan.row(r) for r in batch]
        except KeyError as exc:
            raise ValueError(f"{entity} record lacks the field {exc.args[0]!r}") from None
        ids = [r["id"] for r in batch]
        index = indexing_batch(conn, entity, ids) if indexed else nullcontext()
        with index:
            # Driver-level executemany of the statement compiled above: values are already in
            # column form, so SQLAlchemy's per-value type processing is skipped on purpose.
            conn.exec_driver_sql(plan.sql, rows)
        if plan.children is not None:
            _replace_children(conn, plan.children, batch)
    return len(records)


def _replace_children(
    conn: Connection, children: _Children, batch: Sequence[Mapping[str, Any]]
) -> None:
    delete = f"DELETE FROM {_quoted(children.table)} WHERE {children.parent_column} = ?"
    conn.exec_driver_sql(delete, [(r["id"],) for r in batch])
    rows: list[Row] = []
    try:
        for record in batch:
            rows.extend(children.rows(record["id"], record.get(children.wire_field) or ()))
    except KeyError as exc:
        raise ValueError(f"{children.wire_field} item lacks the field {exc.args[0]!r}") from None
    if rows:
        conn.exec_driver_sql(children.sql, rows)


def delete_records(
    conn: Connection, entity: str, ids: Iterable[str], *, force: bool = False
) -> int:
    """Delete records by id (feed tombstones); children go by ON DELETE CASCADE.

    A row with a local edit is kept unless `force`: a delete meeting an edit is a conflict for
    the user (DESIGN §5), which the sync engine records. Returns how many rows went.
    """
    plan = _plan(entity)
    keep = set() if force else locally_changed_ids(conn, entity)
    params = [(i,) for i in ids if i not in keep]
    if not params:
        return 0
    result = conn.exec_driver_sql(f"DELETE FROM {_quoted(plan.table)} WHERE id = ?", params)
    return int(result.rowcount)


_IDS = "SELECT value FROM json_each(?)"
# What hangs from a customer, children before parents. Quote lines, ticket history, contract
# circuits and attachment chunks follow their parents by ON DELETE CASCADE; the local copy of
# an attachment's file goes with its metadata.
_CUSTOMER_CASCADE: tuple[tuple[str, str], ...] = (
    ("service", f"subscriber_id IN (SELECT id FROM subscriber WHERE customer_id IN ({_IDS}))"),
    ("payment", f"account_id IN (SELECT id FROM billing_account WHERE customer_id IN ({_IDS}))"),
    ("bill", f"customer_id IN ({_IDS})"),
    ("subscriber", f"customer_id IN ({_IDS})"),
    ("billing_account", f"customer_id IN ({_IDS})"),
    ("quote", f"customer_id IN ({_IDS})"),
    ("campaign_task", f"customer_id IN ({_IDS})"),
    ("todo", f"customer_id IN ({_IDS})"),
    (
        "attachment_file",
        f"attachment_id IN (SELECT id FROM contract_attachment WHERE customer_id IN ({_IDS}))",
    ),
    ("contract_attachment", f"customer_id IN ({_IDS})"),
    ("contract", f"customer_id IN ({_IDS})"),
    ("competitor_line", f"customer_id IN ({_IDS})"),
    ("contact_role", f"customer_id IN ({_IDS})"),
    ("activity", f"customer_id IN ({_IDS})"),
    ("fault_ticket", f"customer_id IN ({_IDS})"),
    ("opportunity", f"customer_id IN ({_IDS})"),
    ("change_request", f"customer_id IN ({_IDS})"),
    ("contact", f"customer_id IN ({_IDS})"),
    ("customer", f"id IN ({_IDS})"),
)


_TABLES: dict[str, Table] = {"attachment_file": AttachmentFile.__table__}  # type: ignore[dict-item]


def delete_customers_cascade(conn: Connection, customer_ids: Iterable[str]) -> dict[str, int]:
    """Remove revoked customers with everything hanging from them; returns rows gone per entity.

    Local edits go too, but their outbox entries stay: the push that follows reports them as
    rejected and the user keeps them until exported or discarded (DESIGN §5). Branches of a
    revoked group are customers of their own and are revoked by the feed if they must go.
    """
    ids = json.dumps(list(customer_ids))
    counts: dict[str, int] = {}
    for entity, where in _CUSTOMER_CASCADE:
        table = _quoted(_TABLES[entity] if entity in _TABLES else ENTITY_TABLES[entity])
        result = conn.exec_driver_sql(f"DELETE FROM {table} WHERE {where}", (ids,))
        counts[entity] = int(result.rowcount)
    return counts


def load_dataset(
    store: Store, records: Mapping[str, Sequence[Mapping[str, Any]]]
) -> dict[str, int]:
    """Load a whole dataset (e.g. `bigcust_sim.seed.generate(...).records`), one transaction per
    entity in dependency order; returns rows written per entity. For tests, benchmarks, the demo.
    """
    unknown = set(records) - set(ENTITY_TABLES)
    if unknown:
        raise ValueError(f"unknown entities: {sorted(unknown)}")
    counts: dict[str, int] = {}
    for entity in ENTITY_TABLES:
        if entity in records:
            with store.begin(write=True) as conn:
                counts[entity] = upsert_records(conn, entity, records[entity])
    return counts
