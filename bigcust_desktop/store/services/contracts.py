"""`store.contracts`: contracts and agreements (合同 / 框架协议) with their circuits' service
levels, listed per book and per customer, made and changed offline, and the renewal to-dos of
those ending soon (made once, whatever the syncs).

Depends on the store's contract and to-do queries, the shared record edits and the domain's
contract rules.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import Connection

from bigcust_desktop.domain.drafts.contracts import needs_renewal, renewal_todo
from bigcust_desktop.domain.drafts.todos import SHANGHAI
from bigcust_desktop.store.queries import contracts as q
from bigcust_desktop.store.queries.book import Book
from bigcust_desktop.store.services.base import CityRecords
from bigcust_desktop.store.services.todos import create_missing

# Notice periods reach a year at most (the schema's notice_days), so no renewal day is further.
_FURTHEST_RENEWAL = dt.timedelta(days=366)


def _renewal_todos(conn: Connection, book: Book, owner_id: str, now: dt.datetime) -> list[str]:
    today = now.astimezone(SHANGHAI).date()
    drafts = {}
    for row in q.renewal_candidates(conn, book, today + _FURTHEST_RENEWAL):
        contract = dataclasses.asdict(row)
        if needs_renewal(contract, today):
            drafts[row.id] = renewal_todo(contract, owner_id, row.customer_name, now)
    return create_missing(conn, "contract", drafts)


class Contracts(CityRecords):
    """Contracts of the book; each method is one transaction of its own."""

    entity = "contract"

    def listed(
        self, wanted: q.ContractFilter, order_by: str = "", descending: bool = False,
        first: int = 200,
    ) -> tuple[list[str], dict[str, q.ContractRow]]:  # fmt: skip
        return self._listed(q.contract_ids, q.contract_rows, first, wanted, order_by, descending)

    def rows(self, ids: Sequence[str]) -> dict[str, q.ContractRow]:
        return self._read(q.contract_rows, ids)

    def of_customer(self, customer_id: str) -> list[q.ContractRow]:
        """A customer's contracts, the latest ending first."""
        return self._read(q.customer_contracts, customer_id)

    def circuit_choices(self, customer_id: str) -> list[tuple[str, str]]:
        return self._read(q.circuit_choices, customer_id)

    def product_choices(self) -> list[tuple[str, str, Decimal]]:
        return self._read(q.product_choices)

    def attachments(self, contract_id: str) -> list[q.AttachmentMeta]:
        return self._read(q.attachments_of, contract_id)

    def number_taken(self, customer_id: str, number: str, except_id: str | None = None) -> bool:
        return self._read(q.number_taken, customer_id, number, except_id)

    def make_renewal_todos(self, book: Book, owner_id: str, now: dt.datetime) -> list[str]:
        """A renewal to-do for each active contract of the book whose renewal day has come,
        unless it has one (open or done); returns the ids of the to-dos made now."""
        return self._write(_renewal_todos, book, owner_id, now)
