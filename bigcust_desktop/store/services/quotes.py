"""`store.quotes`: the quote list, the catalogue, the approvals queue and editing a quote.

Depends on the store's quote queries and the shared record edits.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bigcust_desktop.store.queries import quotes as q
from bigcust_desktop.store.services.base import CityRecords


class Quotes(CityRecords):
    """Quotes (报价单): listed, priced from the catalogue, decided on, edited offline."""

    entity = "quote"

    def ids(
        self, wanted: q.QuoteFilter, order_by: str = "created_at", descending: bool = True
    ) -> list[str]:
        return self._read(q.quote_ids, wanted, order_by, descending)

    def rows(self, ids: Sequence[str]) -> dict[str, q.QuoteRow]:
        return self._read(q.quote_rows, ids)

    def catalogue(self, also: Iterable[str] = ()) -> list[q.ProductRow]:
        """Orderable products, plus the inactive ones named in `also` (already on a quote)."""
        return self._read(q.catalogue, list(also))

    def pending_approvals(
        self, *, team_id: str | None = None, owner_id: str | None = None
    ) -> list[q.ApprovalRow]:
        """Quotes waiting for approval: a team's (a regional manager's queue) or one owner's."""
        return self._read(q.pending_approvals, team_id=team_id, owner_id=owner_id)
