"""`store.quotes`: the quote list, the catalogue, the approvals queue and editing a quote.

Depends on the store's quote queries and the shared record edits.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection

from bigcust_desktop.store.queries import quotes as q
from bigcust_desktop.store.services.base import CityRecords
from bigcust_desktop.store.wire import read_wire


def _with_catalogue(
    conn: Connection, quote_id: str
) -> tuple[dict[str, Any] | None, list[q.ProductRow]]:
    quote = read_wire(conn, "quote", quote_id)
    if quote is None:
        return None, []
    return quote, q.catalogue(conn, [line["product_id"] for line in quote["lines"]])


class Quotes(CityRecords):
    """Quotes (报价单): listed, priced from the catalogue, decided on, edited offline."""

    entity = "quote"

    def ids(
        self, wanted: q.QuoteFilter, order_by: str = "created_at", descending: bool = True
    ) -> list[str]:
        return self._read(q.quote_ids, wanted, order_by, descending)

    def listed(
        self,
        wanted: q.QuoteFilter,
        order_by: str = "created_at",
        descending: bool = True,
        first: int = 200,
    ) -> tuple[list[str], dict[str, q.QuoteRow]]:
        """`ids`, with the rows of the ``first`` ones read in the same transaction."""
        return self._listed(q.quote_ids, q.quote_rows, first, wanted, order_by, descending)

    def rows(self, ids: Sequence[str]) -> dict[str, q.QuoteRow]:
        return self._read(q.quote_rows, ids)

    def catalogue(self, also: Iterable[str] = ()) -> list[q.ProductRow]:
        """Orderable products, plus the inactive ones named in `also` (already on a quote)."""
        return self._read(q.catalogue, list(also))

    def with_catalogue(self, quote_id: str) -> tuple[dict[str, Any] | None, list[q.ProductRow]]:
        """A quote in its wire form with the catalogue that prices it (its products even if
        no longer orderable), in one transaction; ``(None, [])`` when it is not cached."""
        return self._read(_with_catalogue, quote_id)

    def pending_approvals(
        self, *, team_id: str | None = None, owner_id: str | None = None
    ) -> list[q.ApprovalRow]:
        """Quotes waiting for approval: a team's (a regional manager's queue) or one owner's."""
        return self._read(q.pending_approvals, team_id=team_id, owner_id=owner_id)
