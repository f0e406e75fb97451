"""What a feed page makes stale in the materialised analysis, marked set-wise in the page's own
transaction: the customers of the province's rows it writes or deletes (customers, contacts,
lines and their add-ons, bills; a row moved to another customer marks both; the lines paid by
an account moved to another holder) and the book-wide parts their change moves (product gaps,
data quality).

The tables a laptop also edits (activities, fault tickets, contracts, competitor lines) mark
their customers by trigger (migration 0005), local edits included; the province's large tables
do not carry triggers: a page marks its customers in one statement rather than a trigger run per
row, half a million of them on a large priming sync.
Depends on SQLAlchemy Core and the store's models.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, insert, select

from bigcust_desktop.store.models import ENTITY_TABLES, BillingAccount, Service, Subscriber
from bigcust_desktop.store.models.analytics import AnalyticsDirty, AnalyticsStale

# entity -> the column naming its customer (the province's tables without triggers)
PAGE_SOURCES = {"customer": "id", "contact": "customer_id", "subscriber": "customer_id",
                "bill": "customer_id"}  # fmt: skip
# entity -> the book-wide part its change makes stale
DIRTY_OF = {
    "subscriber": "gaps",
    "service": "gaps",
    "product": "gaps",
    "customer": "quality",
    "contact": "quality",
}
_CHUNK = 500


def mark_stale(conn: Connection, customer_ids: Iterable[str]) -> None:
    """Mark customers for the next recompute."""
    rows = [{"customer_id": c} for c in sorted({c for c in customer_ids if c})]
    for i in range(0, len(rows), _CHUNK):
        conn.execute(insert(AnalyticsStale).prefix_with("OR IGNORE"), rows[i : i + _CHUNK])


def mark_dirty(conn: Connection, parts: Iterable[str]) -> None:
    """Mark book-wide parts (``gaps``, ``quality``) for the next sync's recompute."""
    rows = [{"part": p} for p in sorted(set(parts))]
    if rows:
        conn.execute(insert(AnalyticsDirty).prefix_with("OR IGNORE"), rows)


def _customers_of(conn: Connection, entity: str, ids: Sequence[str]) -> set[str]:
    table = ENTITY_TABLES[entity]
    column = table.c[PAGE_SOURCES[entity]]
    found: set[str] = set()
    for i in range(0, len(ids), _CHUNK):
        chunk = list(ids[i : i + _CHUNK])
        found.update(conn.execute(select(column).where(table.c.id.in_(chunk))).scalars())
    return found


def _customers_of_services(
    conn: Connection, rows: Sequence[Mapping[str, Any]], deleted: Sequence[str]
) -> set[str]:
    """The customers of the lines whose add-ons a page writes or deletes (their holdings)."""
    lines = {str(r["subscriber_id"]) for r in rows if r.get("subscriber_id")}
    for i in range(0, len(deleted), _CHUNK):
        chunk = list(deleted[i : i + _CHUNK])
        lines.update(
            conn.execute(select(Service.subscriber_id).where(Service.id.in_(chunk))).scalars()
        )
    ordered = sorted(lines)
    found: set[str] = set()
    for i in range(0, len(ordered), _CHUNK):
        chunk = ordered[i : i + _CHUNK]
        found.update(
            conn.execute(select(Subscriber.customer_id).where(Subscriber.id.in_(chunk))).scalars()
        )
    return found


def _customers_paid_by(
    conn: Connection, rows: Sequence[Mapping[str, Any]], deleted: Sequence[str]
) -> set[str]:
    """The customers of the lines paid by the accounts that a page adds, moves to another holder
    or deletes (their 公用/私用 payers, kept in the line summary); a page that only updates an
    account's other fields (its name, its status) marks nothing."""
    incoming = {str(r["id"]): r.get("customer_id") for r in rows if r.get("id")}
    ids = sorted(incoming)
    moved: set[str] = set(deleted)
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i : i + _CHUNK]
        stored = dict(
            conn.execute(
                select(BillingAccount.id, BillingAccount.customer_id).where(
                    BillingAccount.id.in_(chunk)
                )
            ).all()
        )
        # a new account counts too: lines written before it were paid by an unknown account
        moved.update(aid for aid in chunk if incoming[aid] != stored.get(aid))
    ordered = sorted(moved)
    found: set[str] = set()
    for i in range(0, len(ordered), _CHUNK):
        chunk = ordered[i : i + _CHUNK]
        found.update(
            conn.execute(
                select(Subscriber.customer_id).where(Subscriber.account_id.in_(chunk)).distinct()
            ).scalars()
        )
    return found


def mark_page(
    conn: Connection,
    upserts: Mapping[str, Sequence[Mapping[str, Any]]],
    deletes: Mapping[str, Sequence[str]],
    revoked_customers: Sequence[str] = (),
) -> None:
    """Mark what a feed page changes; call it before the page is written (the customer a
    deleted or moved row had is read from the row)."""
    customers: set[str] = set(revoked_customers)
    parts = {"quality"} if revoked_customers else set()
    for entity, rows in upserts.items():
        if rows and entity in DIRTY_OF:
            parts.add(DIRTY_OF[entity])
        if rows and entity in PAGE_SOURCES:
            key = PAGE_SOURCES[entity]
            customers.update(str(r[key]) for r in rows if r.get(key))
            if key != "id":  # a row moved to another customer: the one it leaves changes too
                customers |= _customers_of(conn, entity, [str(r["id"]) for r in rows])
    for entity, ids in deletes.items():
        if ids and entity in DIRTY_OF:
            parts.add(DIRTY_OF[entity])
        if ids and entity in PAGE_SOURCES:
            customers |= _customers_of(conn, entity, list(ids))
    if upserts.get("billing_account") or deletes.get("billing_account"):
        customers |= _customers_paid_by(
            conn, upserts.get("billing_account", ()), list(deletes.get("billing_account", ()))
        )
    if upserts.get("service") or deletes.get("service"):
        customers |= _customers_of_services(
            conn, upserts.get("service", ()), list(deletes.get("service", ()))
        )
    mark_stale(conn, customers)
    mark_dirty(conn, parts)
