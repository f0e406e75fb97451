"""`store.segments`: saved filters over the book (客户群) — created, changed and deleted offline
through the outbox (city records), listed, and evaluated to the customers of the user's book.

Depends on the store's segment and label queries and the shared record edits.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from bigcust_desktop.store.queries.book import Book
from bigcust_desktop.store.queries.campaigns import definition_of
from bigcust_desktop.store.queries.insights import CustomerLabel, labels
from bigcust_desktop.store.queries.segments import (
    SavedSegment,
    SegmentChoices,
    saved_segments,
    segment_choices,
    segment_customer_ids,
)
from bigcust_desktop.store.services.base import CityRecords


@dataclass(frozen=True, slots=True)
class Preview:
    """What a definition selects: how many of the book's customers, and the first of them."""

    count: int
    customers: tuple[CustomerLabel, ...]


def _members(conn: Connection, segment_id: str, book: Book, now: dt.datetime) -> list[str]:
    return segment_customer_ids(conn, book, definition_of(conn, segment_id), now)


def _preview(
    conn: Connection, book: Book, definition: Mapping[str, Any], now: dt.datetime, first: int
) -> Preview:
    ids = segment_customer_ids(conn, book, definition, now)
    shown = labels(conn, ids[:first])
    members = sorted(shown.values(), key=lambda c: (c.name, c.id))
    return Preview(len(ids), tuple(members))


class Segments(CityRecords):
    """Segments: `create`/`update`/`delete` go out with the next sync (city data)."""

    entity = "segment"

    def customers(
        self, segment_id: str, book: Book, *, now: dt.datetime | None = None
    ) -> list[str]:
        """The ids of the book's customers the saved segment selects (raises `LookupError`)."""
        return self._read(_members, segment_id, book, now or dt.datetime.now(dt.UTC))

    def evaluate(
        self, definition: Mapping[str, Any], book: Book, *, now: dt.datetime | None = None
    ) -> list[str]:
        """The ids a definition selects before it is saved (the editor's live count)."""
        return self._read(segment_customer_ids, book, definition, now or dt.datetime.now(dt.UTC))

    def preview(
        self,
        definition: Mapping[str, Any],
        book: Book,
        *,
        first: int = 500,
        now: dt.datetime | None = None,
    ) -> Preview:
        """The editor's live result: the count and the first ``first`` customers by name."""
        return self._read(_preview, book, definition, now or dt.datetime.now(dt.UTC), first)

    def saved(self) -> list[SavedSegment]:
        """The segments cached: the user's own and those his team shares, by name."""
        return self._read(saved_segments)

    def choices(self, book: Book) -> SegmentChoices:
        """The book's cities, districts and managers and the catalogue, for the editor."""
        return self._read(segment_choices, book)
