"""`store.activities` and `store.change_requests`: logging contacts and asking the province to
correct a customer's data, both created offline.

Depends on the store's activity queries and the shared record edits.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection

from bigcust_desktop.store.queries import activities as q
from bigcust_desktop.store.queries.book import Book
from bigcust_desktop.store.services.base import CityRecords


def _customers_of(
    conn: Connection, contact_id: str | None, opportunity_id: str | None
) -> tuple[str | None, str | None]:
    return (
        q.customer_of_contact(conn, contact_id) if contact_id else None,
        q.customer_of_opportunity(conn, opportunity_id) if opportunity_id else None,
    )


class Activities(CityRecords):
    """Contact activities (客户接触记录): the one contact history of every channel."""

    entity = "activity"

    def ids(self, book: Book, wanted: q.ActivityFilter) -> list[str]:
        """The book's activities matching the filter, newest first."""
        return self._read(q.activity_ids, book, wanted)

    def listed(
        self, book: Book, wanted: q.ActivityFilter, first: int = 200
    ) -> tuple[list[str], dict[str, q.ActivityRow]]:
        """`ids`, with the rows of the ``first`` ones read in the same transaction."""
        return self._listed(q.activity_ids, q.activity_rows, first, book, wanted)

    def rows(self, ids: Sequence[str]) -> dict[str, q.ActivityRow]:
        return self._read(q.activity_rows, ids)

    def recent_topics(self, owner_id: str) -> list[str]:
        """The user's most used topics, for completion."""
        return self._read(q.recent_topics, owner_id)

    def contact_choices(self, customer_id: str) -> list[tuple[str, str]]:
        """``(id, "name · title")`` of a customer's contacts, decision makers first."""
        return self._read(q.contact_choices, customer_id)

    def opportunity_choices(self, customer_id: str) -> list[tuple[str, str]]:
        """``(id, title)`` of a customer's open opportunities."""
        return self._read(q.opportunity_choices, customer_id)

    def customers_of(
        self, contact_id: str | None, opportunity_id: str | None
    ) -> tuple[str | None, str | None]:
        """The customers the chosen contact and opportunity belong to (None where not chosen)."""
        return self._read(_customers_of, contact_id, opportunity_id)


class ChangeRequests(CityRecords):
    """Change requests (客户资料变更申请) on the province's customer data."""

    entity = "change_request"
