"""A change-feed page written into the cache: upserts in dependency order, tombstones, revoked
customers with everything hanging from them, quarantined records, the summaries it makes stale,
and the feed's cursor — all in the one transaction of the page (DESIGN §4), so an interrupted
pull resumes where it stopped.

The sync engine's pull fetches and checks the page; this is where it lands
(``store.sync_state.write_page``). Depends on SQLAlchemy Core, the store's models and bulk writer,
and the domain's data-home table.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, delete, insert, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from bigcust_desktop.domain.datahome import entities_of
from bigcust_desktop.store import bulk, summaries
from bigcust_desktop.store.analysis import marks
from bigcust_desktop.store.models import QuarantinedRecord, SyncCursor
from bigcust_desktop.store.outbox import held

log = logging.getLogger(__name__)

_RELEASE = "DELETE FROM quarantined_record WHERE system = ? AND entity = ? AND record_id = ?"


def read_cursor(conn: Connection, system: str) -> str | None:
    return conn.execute(select(SyncCursor.cursor).where(SyncCursor.system == system)).scalar()


def write_cursor(conn: Connection, system: str, cursor: str) -> None:
    stmt = sqlite_insert(SyncCursor).values(
        system=system, cursor=cursor, updated_at=dt.datetime.now(dt.UTC)
    )
    conn.execute(
        stmt.on_conflict_do_update(
            index_elements=[SyncCursor.system],
            set_={"cursor": stmt.excluded.cursor, "updated_at": stmt.excluded.updated_at},
        )
    )


def restart_feed(conn: Connection, system: str) -> None:
    """Forget a feed's cursor: its next pull starts from the beginning."""
    conn.execute(delete(SyncCursor).where(SyncCursor.system == system))


@dataclass
class FeedPage:
    """One page of a system's feed, checked: what to write, what to set aside, where it ends."""

    next_cursor: str
    has_more: bool
    upserts: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    deletes: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    revoked_customers: list[str] = field(default_factory=list)
    quarantine: list[dict[str, Any]] = field(default_factory=list)  # quarantined_record rows


@dataclass
class PageWritten:
    """What writing a page did, for the sync report and the window's change notice."""

    records: int = 0
    deleted: int = 0
    revoked: int = 0
    quarantined: int = 0
    changed_entities: set[str] = field(default_factory=set)


def _release_quarantine(conn: Connection, system: str, page: FeedPage) -> None:
    """A quarantined record that now arrives valid (or deleted) leaves the quarantine, so that the
    sync panel shows only records still missing. Usually the table is empty: look before work."""
    held = conn.execute(
        select(QuarantinedRecord.id).where(QuarantinedRecord.system == system).limit(1)
    ).first()
    if held is None:
        return
    keys = [(entity, str(r["id"])) for entity, rows in page.upserts.items() for r in rows]
    keys += [(entity, str(i)) for entity, ids in page.deletes.items() for i in ids]
    if keys:
        conn.exec_driver_sql(_RELEASE, [(system, entity, record_id) for entity, record_id in keys])


def write_page(conn: Connection, system: str, page: FeedPage) -> PageWritten:
    """Write one page and its cursor in the caller's transaction."""
    written = PageWritten()
    # What the page changes in the cached analysis, before its deletes take the rows away.
    marks.mark_page(conn, page.upserts, page.deletes, page.revoked_customers)
    for entity in entities_of(system):
        rows = page.upserts.get(entity)
        if rows:
            _hold_back(conn, entity, rows)
            written.records += bulk.upsert_records(conn, entity, rows)
            written.changed_entities.add(entity)
    for entity, ids in page.deletes.items():
        edited = bulk.locally_changed_ids(conn, entity) & set(ids)
        held.hold_gone(conn, entity, held.GONE_DELETED, [(i, None, None) for i in edited])
        written.deleted += bulk.delete_records(conn, entity, ids)
        written.changed_entities.add(entity)
    if page.revoked_customers:
        held.hold_revoked(conn, page.revoked_customers)
        bulk.delete_customers_cascade(conn, page.revoked_customers)
        written.revoked += len(page.revoked_customers)
        written.changed_entities.add("customer")
    _release_quarantine(conn, system, page)
    if page.quarantine:
        conn.execute(insert(QuarantinedRecord), page.quarantine)
        written.quarantined += len(page.quarantine)
        for row in page.quarantine:
            log.warning(
                "quarantined %s %s %s: %s",
                system,
                row["entity"],
                row["record_id"],
                [r.get("code") for r in row["reason"]],
            )
    write_cursor(conn, system, page.next_cursor)
    summaries.inputs_changed(conn, page_entities(page))
    return written


def _hold_back(conn: Connection, entity: str, rows: list[dict[str, Any]]) -> None:
    """The upserts skip records with a local edit while the cursor moves on: keep their news
    for the edit's settlement; a record written as the server's releases anything held."""
    edited = bulk.locally_changed_ids(conn, entity)
    if edited:
        held.hold_newer(conn, entity, [r for r in rows if r["id"] in edited])
    held.release(conn, [(entity, str(r["id"])) for r in rows if r["id"] not in edited])


def page_entities(page: FeedPage) -> set[str]:
    """The entities a page writes or removes (a revoked customer takes everything with it)."""
    entities = {e for e, rows in page.upserts.items() if rows}
    entities |= {e for e, ids in page.deletes.items() if ids}
    if page.revoked_customers:
        entities.add("customer")
    return entities
