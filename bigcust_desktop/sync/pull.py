"""Pull: page through one system's change feed, writing each page and its cursor atomically,
the next page downloading meanwhile.

Records that fail the domain schema are quarantined, revoked customers leave with all their data
(DESIGN §4-§5). Depends on `store` (bulk writes, models), `domain.records` and `sync.http`.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, delete, insert, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from bigcust_desktop.domain.datahome import entities_of, home_of
from bigcust_desktop.domain.errors import ValidationError, ValidationErrors
from bigcust_desktop.domain.records import validate_record
from bigcust_desktop.store import bulk, summaries
from bigcust_desktop.store.engine import Store
from bigcust_desktop.store.models import QuarantinedRecord, SyncCursor
from bigcust_desktop.sync.auth import Authenticator
from bigcust_desktop.sync.compression import CompressionChoice, Mode
from bigcust_desktop.sync.errors import ProtocolError
from bigcust_desktop.sync.http import SystemClient
from bigcust_desktop.sync.progress import ProgressCallback, SyncProgress

log = logging.getLogger(__name__)

# The contract's largest page: at 3,000,000 records every round trip saved counts on a slow link
# (docs/benchmarks.md, Sync); two pages in memory at once stay a few MB.
PAGE_LIMIT = 2000


@dataclass
class PullResult:
    """What one system's pull brought (for the sync report and the UI's change notice)."""

    system: str
    pages: int = 0
    records: int = 0
    deleted: int = 0
    revoked: int = 0
    quarantined: int = 0
    changed_entities: set[str] = field(default_factory=set)


def read_cursor(conn: Connection, system: str) -> str | None:
    return conn.execute(select(SyncCursor.cursor).where(SyncCursor.system == system)).scalar()


def restart_feed(conn: Connection, system: str) -> None:
    """Forget a system's cursor: its next pull starts from the beginning of the feed.

    The way to get back records that were set aside (the server sends a record again only when
    it changes): every record arrives anew, valid ones leave the quarantine, nothing is lost.
    """
    conn.execute(delete(SyncCursor).where(SyncCursor.system == system))


def _write_cursor(conn: Connection, system: str, cursor: str) -> None:
    stmt = sqlite_insert(SyncCursor).values(
        system=system, cursor=cursor, updated_at=dt.datetime.now(dt.UTC)
    )
    conn.execute(
        stmt.on_conflict_do_update(
            index_elements=[SyncCursor.system],
            set_={"cursor": stmt.excluded.cursor, "updated_at": stmt.excluded.updated_at},
        )
    )


@dataclass
class _Page:
    upserts: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    deletes: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    revoked_customers: list[str] = field(default_factory=list)
    quarantine: list[dict[str, Any]] = field(default_factory=list)
    next_cursor: str = ""
    has_more: bool = False


def _quarantine_row(system: str, item: Any, reasons: list[dict[str, Any]]) -> dict[str, Any]:
    raw = item if isinstance(item, dict) else {"value": repr(item)[:2000]}
    return {
        "system": system,
        "entity": str(raw.get("entity"))[:50] if raw.get("entity") is not None else None,
        "record_id": str(raw.get("id"))[:200] if raw.get("id") is not None else None,
        "raw": raw,
        "reason": reasons,
        "received_at": dt.datetime.now(dt.UTC),
    }


def parse_page(system: str, body: Any) -> _Page:
    """Check the envelope strictly (a bad one is a protocol error) and each record on its own."""
    if not isinstance(body, dict):
        raise ProtocolError(f"{system} feed page is not an object")
    changes, revoked = body.get("changes"), body.get("revoked", [])
    next_cursor, has_more = body.get("next_cursor"), body.get("has_more")
    if (
        not isinstance(changes, list)
        or not isinstance(revoked, list)
        or not isinstance(next_cursor, str)
        or not isinstance(has_more, bool)
    ):
        raise ProtocolError(f"{system} feed page does not follow the contract")
    page = _Page(next_cursor=next_cursor, has_more=has_more)
    own = set(entities_of(system))
    for item in changes:
        try:
            if not isinstance(item, dict):
                raise ValidationError("change", "feed.not_object", "A change is not an object.")
            entity = item.get("entity")
            if entity not in own:
                raise ValidationError("entity", "entity.unknown", f"Unknown entity {entity!r}.")
            if item.get("deleted") is True:
                if not isinstance(item.get("id"), str):
                    raise ValidationError("id", "feed.id", "A tombstone has no id.")
                page.deletes[entity].append(item["id"])
                continue
            record = item.get("record")
            if not isinstance(record, dict):
                raise ValidationError("record", "feed.no_record", "A change has no record.")
            page.upserts[entity].append(validate_record(entity, record))
        except ValidationErrors as exc:
            page.quarantine.append(_quarantine_row(system, item, exc.as_list()))
        except ValidationError as exc:
            page.quarantine.append(_quarantine_row(system, item, [exc.as_dict()]))
    for item in revoked:
        if isinstance(item, dict) and item.get("entity") == "customer" and item.get("id"):
            page.revoked_customers.append(str(item["id"]))
        elif isinstance(item, dict) and isinstance(item.get("id"), str) and item.get("entity"):
            # A single record left the user's view: it goes like a tombstone.
            try:
                home_of(str(item["entity"]))
            except ValidationError as exc:
                page.quarantine.append(_quarantine_row(system, item, [exc.as_dict()]))
                continue
            page.deletes[str(item["entity"])].append(item["id"])
        else:
            page.quarantine.append(
                _quarantine_row(system, item, [{"field": "revoked", "code": "feed.revoked"}])
            )
    return page


def _release_quarantine(conn: Connection, system: str, page: _Page) -> None:
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
        conn.exec_driver_sql(
            "DELETE FROM quarantined_record WHERE system = ? AND entity = ? AND record_id = ?",
            [(system, entity, record_id) for entity, record_id in keys],
        )


def apply_page(conn: Connection, system: str, page: _Page, result: PullResult) -> None:
    """Write one page: upserts in dependency order, tombstones, revocations, quarantine, cursor."""
    for entity in entities_of(system):
        rows = page.upserts.get(entity)
        if rows:
            result.records += bulk.upsert_records(conn, entity, rows)
            result.changed_entities.add(entity)
    for entity, ids in page.deletes.items():
        result.deleted += bulk.delete_records(conn, entity, ids)
        result.changed_entities.add(entity)
    if page.revoked_customers:
        bulk.delete_customers_cascade(conn, page.revoked_customers)
        result.revoked += len(page.revoked_customers)
        result.changed_entities.add("customer")
    _release_quarantine(conn, system, page)
    if page.quarantine:
        conn.execute(insert(QuarantinedRecord), page.quarantine)
        result.quarantined += len(page.quarantine)
        for row in page.quarantine:
            log.warning(
                "quarantined %s %s %s: %s",
                system,
                row["entity"],
                row["record_id"],
                [r.get("code") for r in row["reason"]],
            )
    _write_cursor(conn, system, page.next_cursor)


def page_entities(page: _Page) -> set[str]:
    """The entities a page writes or removes (a revoked customer takes everything with it)."""
    entities = {e for e, rows in page.upserts.items() if rows}
    entities |= {e for e, ids in page.deletes.items() if ids}
    if page.revoked_customers:
        entities.add("customer")
    return entities


def pull_system(
    store: Store,
    auth: Authenticator,
    client: SystemClient,
    *,
    progress: ProgressCallback,
    limit: int = PAGE_LIMIT,
    compression: Mode = "auto",
) -> PullResult:
    """Pull one system until the feed says there is no more; resumable after any interruption.

    The next page is downloaded and checked on a worker thread while this one is written: at
    most one page waits (bounded memory), and pages are still written in feed order, each with
    its cursor in one transaction, so whatever stops the pull leaves the cut a page-by-page pull
    would. A failure of the page ahead surfaces after the page before it is written; a failure
    here waits for the request in flight (with its retries) before it is raised.
    """
    system = client.system
    result = PullResult(system)
    with store.begin() as conn:
        cursor = read_cursor(conn, system)
    reader = FeedReader(auth, client, limit, CompressionChoice(compression))
    with reader, ThreadPoolExecutor(1, thread_name_prefix=f"pull-{system}") as ahead:
        pending = ahead.submit(reader.fetch, cursor)
        while True:
            page = pending.result()
            if page.has_more:
                pending = ahead.submit(reader.fetch, page.next_cursor)
            with store.begin(write=True) as conn:
                apply_page(conn, system, page, result)
                summaries.inputs_changed(conn, page_entities(page))
            result.pages += 1
            progress(SyncProgress("pull", system, result.records + result.deleted))
            if not page.has_more:
                return result


class FeedReader:
    """Fetches and checks one page of a feed; runs on the pull's worker thread, one page at a time.

    Asks for the content coding the link's `CompressionChoice` prefers and tells it how each
    page went. The session's own Accept-Encoding comes back when the pull ends.
    """

    def __init__(
        self, auth: Authenticator, client: SystemClient, limit: int, choice: CompressionChoice
    ) -> None:
        self.auth, self.client, self.limit, self.choice = auth, client, limit, choice
        self._headers = client.session.headers
        self._default = self._headers.get("Accept-Encoding")

    def fetch(self, cursor: str | None) -> _Page:
        system = self.client.system
        params: dict[str, Any] = {"limit": self.limit}
        if cursor:
            params["cursor"] = cursor
        encoding = self.choice.next_encoding()
        self._headers["Accept-Encoding"] = encoding
        stats = self.client.stats
        received, retries = stats.bytes_received, stats.retries
        started = time.perf_counter()
        body = self.auth.call(self.client, "GET", f"/{system}/v1/changes", params=params)
        if stats.retries == retries:  # a retried page measures the fault, not the link
            seconds = time.perf_counter() - started
            self.choice.record(encoding, stats.bytes_received - received, seconds)
        return parse_page(system, body)

    def __enter__(self) -> FeedReader:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._default is None:
            self._headers.pop("Accept-Encoding", None)
        else:
            self._headers["Accept-Encoding"] = self._default
        log.debug("%s feed read with %s", self.client.system, self.choice.current)
