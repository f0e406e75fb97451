"""`store.segments`: saved filters over the book (客户群) — created, changed and deleted offline
through the outbox (city records), and evaluated to the customers of the user's book.

Depends on the store's segment queries and the shared record edits.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection

from bigcust_desktop.store.queries.book import Book
from bigcust_desktop.store.queries.campaigns import definition_of
from bigcust_desktop.store.queries.segments import segment_customer_ids
from bigcust_desktop.store.services.base import CityRecords


def _members(conn: Connection, segment_id: str, book: Book, now: dt.datetime) -> list[str]:
    return segment_customer_ids(conn, book, definition_of(conn, segment_id), now)


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
