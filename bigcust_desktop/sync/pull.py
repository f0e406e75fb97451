"""Pull: page through one system's change feed, checking each page while the store writes the
one before it with its cursor in one transaction (`store.sync_state.write_page`).

Records that fail the domain schema are quarantined, revoked customers leave with all their data
(DESIGN §4-§5). Depends on `store.feed`, `store.sync_state`, `domain.records` and `sync.http`.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from bigcust_desktop.domain.datahome import entities_of, home_of
from bigcust_desktop.domain.errors import ValidationError, ValidationErrors
from bigcust_desktop.domain.records import validate_record
from bigcust_desktop.store.engine import Store
from bigcust_desktop.store.feed import FeedPage, PageWritten
from bigcust_desktop.sync.auth import Authenticator
from bigcust_desktop.sync.compression import CompressionChoice, Mode
from bigcust_desktop.sync.errors import ProtocolError
from bigcust_desktop.sync.http import SystemClient
from bigcust_desktop.sync.progress import ProgressCallback, SyncProgress

log = logging.getLogger(__name__)

# The contract's largest page: at 3,000,000 records every round trip saved counts on a slow link
# (docs/benchmarks.md, Sync); two pages in memory at once stay a few MB.
PAGE_LIMIT = 2000
# The decoded size a page aims at. A page of 2,000 subscribers is about 1 MB of JSON, but one of
# 2,000 tickets with their history 1.8 MB and of 2,000 contracts with their circuits 4 MB and
# more, and a page's records in Python take several times that: the city feed's pages made the
# sync's peak memory (docs/scale.md). The next request asks for as many records as fit at the
# last page's size per record.
PAGE_BYTES = 2**20
MIN_LIMIT = 50


def next_limit(page_bytes: int, records: int, most: int, budget: int = PAGE_BYTES) -> int:
    """How many records to ask for after a page of ``records`` that took ``page_bytes``
    decoded: about ``budget`` bytes' worth, at most ``most``."""
    if records <= 0 or page_bytes <= 0:
        return most
    return max(min(most, budget * records // page_bytes), min(MIN_LIMIT, most))


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

    def add(self, page: PageWritten) -> None:
        self.records += page.records
        self.deleted += page.deleted
        self.revoked += page.revoked
        self.quarantined += page.quarantined
        self.changed_entities |= page.changed_entities


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


def parse_page(system: str, body: Any) -> FeedPage:
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
    page = FeedPage(next_cursor=next_cursor, has_more=has_more)
    own = set(entities_of(system))
    # Each raw record is let go as soon as its checked copy is made, so that a page is not held
    # twice over while it is checked (a big page's objects are tens of MB).
    changes.reverse()
    while changes:
        item = changes.pop()
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


def pull_system(
    store: Store,
    auth: Authenticator,
    client: SystemClient,
    *,
    progress: ProgressCallback,
    limit: int = PAGE_LIMIT,
    compression: Mode = "auto",
    page_bytes: int = PAGE_BYTES,
    pause: Callable[[], None] = lambda: None,
) -> PullResult:
    """Pull one system until the feed says there is no more; resumable after any interruption.

    The next page is downloaded and checked on a worker thread while this one is written: at
    most one page waits (bounded memory), and pages are still written in feed order, each with
    its cursor in one transaction, so whatever stops the pull leaves the cut a page-by-page pull
    would. A failure of the page ahead surfaces after the page before it is written; a failure
    here waits for the request in flight (with its retries) before it is raised. Pages are
    asked for by the number of records that fit ``page_bytes`` decoded (`next_limit`), at most
    ``limit``: memory is bounded by bytes, not by how large the feed's records happen to be.
    ``pause`` is called on the worker thread before each page is checked (the window's yield to
    a page a user switched to: the check is the pull's busiest Python).
    """
    system = client.system
    result = PullResult(system)
    cursor = store.sync_state.cursor(system)
    reader = FeedReader(auth, client, limit, CompressionChoice(compression), page_bytes, pause)
    with reader, ThreadPoolExecutor(1, thread_name_prefix=f"pull-{system}") as ahead:
        pending = ahead.submit(reader.fetch, cursor)
        while True:
            page = pending.result()
            if page.has_more:
                pending = ahead.submit(reader.fetch, page.next_cursor)
            result.add(store.sync_state.write_page(system, page))
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
        self,
        auth: Authenticator,
        client: SystemClient,
        limit: int,
        choice: CompressionChoice,
        page_bytes: int = PAGE_BYTES,
        pause: Callable[[], None] = lambda: None,
    ) -> None:
        self.auth, self.client, self.limit, self.choice = auth, client, limit, choice
        self.page_bytes, self.pause = page_bytes, pause
        self.next = limit  # records to ask for in the next request
        self._headers = client.session.headers
        self._default = self._headers.get("Accept-Encoding")

    def fetch(self, cursor: str | None) -> FeedPage:
        system = self.client.system
        params: dict[str, Any] = {"limit": self.next}
        if cursor:
            params["cursor"] = cursor
        encoding = self.choice.next_encoding()
        self._headers["Accept-Encoding"] = encoding
        stats = self.client.stats
        received, retries = stats.bytes_received, stats.retries
        started = time.perf_counter()
        body = self.auth.call(self.client, "GET", f"/{system}/v1/changes", params=params)
        size = stats.bytes_received - received
        if stats.retries == retries:  # a retried page measures the fault, not the link
            seconds = time.perf_counter() - started
            self.choice.record(encoding, size, seconds)
            changes = body.get("changes") if isinstance(body, dict) else None
            if isinstance(changes, list):
                self.next = next_limit(size, len(changes), self.limit, self.page_bytes)
        self.pause()
        return parse_page(system, body)

    def __enter__(self) -> FeedReader:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._default is None:
            self._headers.pop("Accept-Encoding", None)
        else:
            self._headers["Accept-Encoding"] = self._default
        log.debug("%s feed read with %s", self.client.system, self.choice.current)
