"""`store.customers`: finding customers, their list rows, pickers and the 360 view.

Depends on the store's customer, search and 360 queries.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from sqlalchemy import Connection, select

from bigcust_desktop.store.models import Customer
from bigcust_desktop.store.queries import customer360 as c360
from bigcust_desktop.store.queries.book import Book
from bigcust_desktop.store.queries.customers import (
    CustomerFilter,
    CustomerRow,
    customer_ids,
    customer_rows,
    filter_choices,
)
from bigcust_desktop.store.queries.opportunities import customer_options
from bigcust_desktop.store.queries.quotes import customer_choices
from bigcust_desktop.store.search import search_customers
from bigcust_desktop.store.services.base import Service

# Search hits kept per query: more than a person scrolls through, few enough to rank quickly.
SEARCH_LIMIT = 500


def _search(conn: Connection, text: str, wanted: CustomerFilter) -> list[str]:
    ids = customer_ids(conn, wanted)
    if not text.strip():
        return ids
    allowed = set(ids)
    return [hit.id for hit in search_customers(conn, text, limit=SEARCH_LIMIT) if hit.id in allowed]


def _search_page(
    conn: Connection, text: str, wanted: CustomerFilter, first: int
) -> tuple[list[str], dict[str, CustomerRow]]:
    ids = _search(conn, text, wanted)
    return ids, customer_rows(conn, ids[:first])


def _cities(conn: Connection) -> list[str]:
    return [r[0] for r in conn.execute(select(Customer.city).distinct().order_by(Customer.city))]


def _names(conn: Connection, ids: Iterable[str]) -> dict[str, str]:
    return c360.customer_names(conn, list(ids))


class Customers(Service):
    """Customers (集团客户) as the list, the pickers and the 360 view show them."""

    def search(self, text: str = "", wanted: CustomerFilter | None = None) -> list[str]:
        """Ids of the customers of the filter, or of the hits of `text` (names, USCC, service
        numbers; full-text) within it, best first."""
        return self._read(_search, text, wanted or CustomerFilter())

    def search_page(
        self, text: str = "", wanted: CustomerFilter | None = None, first: int = 200
    ) -> tuple[list[str], dict[str, CustomerRow]]:
        """`search`, with the rows of the ``first`` hits read in the same transaction (so that
        a list's first draw reads nothing more)."""
        return self._read(_search_page, text, wanted or CustomerFilter(), first)

    def rows(self, ids: Sequence[str]) -> dict[str, CustomerRow]:
        """The list rows of these customers (a page of the list, by primary key)."""
        return self._read(customer_rows, ids)

    def filter_choices(self) -> dict[str, list[str]]:
        """The values each filter of the customer list offers."""
        return self._read(filter_choices)

    def cities(self) -> list[str]:
        return self._read(_cities)

    def names(self, ids: Iterable[str]) -> dict[str, str]:
        """Registered names of these customers."""
        return self._read(_names, ids)

    def short_names(self, ids: Iterable[str]) -> dict[str, str]:
        """Display names (the short name where there is one) of these customers."""
        return self._read(customer_choices, ids)

    def name(self, customer_id: str) -> str:
        """A customer's display name, or its id when it is not cached."""
        return self.short_names([customer_id]).get(customer_id, customer_id)

    def choices(self, book: Book | None = None) -> list[tuple[str, str]]:
        """``(id, name)`` of the book's customers (or all cached) by name, for a picker."""
        return self._read(customer_options, book)

    def view360(
        self, customer_id: str, today: dt.date, periods: list[str] | None = None
    ) -> c360.Customer360 | None:
        """Everything of the 360 view but the lines tree; None once the customer is gone."""
        return self._read(c360.load_customer360, customer_id, today, periods)

    def subscribers(
        self, customer_id: str, account_id: str, offset: int, limit: int
    ) -> list[c360.SubscriberNode]:
        """A page of the lines under one account in this customer's view."""
        return self._read(c360.subscribers_of, customer_id, account_id, offset, limit)

    def services(self, subscriber_id: str) -> list[c360.ServiceNode]:
        return self._read(c360.services_of, subscriber_id)
