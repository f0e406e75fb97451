"""`store.quotes`: the quote list, the catalogue, the approvals queue and editing a quote.

Depends on the store's quote queries and the shared record edits.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, select

from bigcust_desktop.domain.quote_versions import version_chain
from bigcust_desktop.store.models import Customer, Quote
from bigcust_desktop.store.queries import quotes as q
from bigcust_desktop.store.queries.customer360 import arrears_of
from bigcust_desktop.store.services.base import CityRecords
from bigcust_desktop.store.wire import read_wire


def _with_catalogue(
    conn: Connection, quote_id: str
) -> tuple[dict[str, Any] | None, list[q.ProductRow]]:
    quote = read_wire(conn, "quote", quote_id)
    if quote is None:
        return None, []
    return quote, q.catalogue(conn, [line["product_id"] for line in quote["lines"]])


@dataclass(frozen=True)
class ApprovalFacts:
    """What an approver judges a quote by besides its lines (issue 11): the owner's reason, the
    customer's arrears and value tier, and how long the quote stays valid."""

    reason: str | None
    arrears: Decimal
    days_overdue: int
    value_tier: str | None
    valid_until: str


def _for_approval(
    conn: Connection, quote_id: str, today: dt.date
) -> tuple[dict[str, Any] | None, list[q.ProductRow], ApprovalFacts | None]:
    quote, products = _with_catalogue(conn, quote_id)
    if quote is None:
        return None, [], None
    arrears = arrears_of(conn, quote["customer_id"], today)
    tier = conn.execute(
        select(Customer.value_tier).where(Customer.id == quote["customer_id"])
    ).scalar()
    facts = ApprovalFacts(
        quote.get("approval_reason"),
        arrears.total,
        arrears.oldest_days,
        tier,
        quote["valid_until"],
    )
    return quote, products, facts


def _versions(conn: Connection, quote_id: str) -> list[dict[str, Any]]:
    """Every cached version of a quote, oldest first: back along ``revision_of``, forward along
    ``superseded_by`` or, for a revision made offline the server has not seen, the version
    whose ``revision_of`` names it."""
    found: dict[str, dict[str, Any]] = {}
    todo = [quote_id]
    while todo:
        current = todo.pop()
        if current in found:
            continue
        record = read_wire(conn, "quote", current)
        if record is None:
            continue
        found[current] = record
        todo.extend(x for x in (record.get("revision_of"), record.get("superseded_by")) if x)
        todo.extend(conn.execute(select(Quote.id).where(Quote.revision_of == current)).scalars())
    chain = version_chain(_linked(found), quote_id)
    return [dict(v) for v in chain]


def _linked(found: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The versions with ``superseded_by`` filled in from a successor's ``revision_of`` where
    the server has not said it yet (a revision made offline)."""
    linked = {k: dict(v) for k, v in found.items()}
    for record in found.values():
        before = record.get("revision_of")
        if before in linked and not linked[before].get("superseded_by"):
            linked[before]["superseded_by"] = record["id"]
    return linked


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

    def for_approval(
        self, quote_id: str, today: dt.date
    ) -> tuple[dict[str, Any] | None, list[q.ProductRow], ApprovalFacts | None]:
        """`with_catalogue`, with the facts the approver judges by, in one transaction."""
        return self._read(_for_approval, quote_id, today)

    def line_customers(self, customer_id: str) -> list[tuple[str, str]]:
        """Whom a line of this customer's quote may be for: the customer and its branches."""
        return self._read(q.line_customers, customer_id)

    def versions(self, quote_id: str) -> list[dict[str, Any]]:
        """The quote's versions in wire form, oldest first (the quote alone if never revised);
        a version replaced offline shows its successor in ``superseded_by``."""
        return self._read(_versions, quote_id)

    def pending_approvals(
        self,
        *,
        team_id: str | None = None,
        owner_id: str | None = None,
        not_owner: str | None = None,
    ) -> list[q.ApprovalRow]:
        """Quotes waiting for approval: a team's (a regional manager's queue, without her own),
        the city's (the city manager's, without her own) or one owner's."""
        return self._read(
            q.pending_approvals, team_id=team_id, owner_id=owner_id, not_owner=not_owner
        )
