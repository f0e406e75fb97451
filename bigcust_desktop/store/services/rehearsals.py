"""`store.rehearsals`: tariff rehearsal (资费预演) over the user's book — run a proposal on a
customer, a group, a segment's customers or the whole book; save it under a name, list and compare
saved ones, and turn one customer's rehearsal into a draft quote in one step.

Saved rehearsals are local (`store/analysis/rehearsal_runs.py`). Depends on SQLAlchemy Core, the
store's rehearsal queries, runs, models and record edits, and the domain's rehearsal and
quote-draft rules.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection, delete, select

from bigcust_desktop.domain.analytics.rehearsal import (
    LineResult,
    Proposal,
    RehearsalTotals,
    groupable,
    rehearse,
)
from bigcust_desktop.domain.drafts.quotes import LineDraft, default_valid_until, new_quote
from bigcust_desktop.domain.errors import ValidationError
from bigcust_desktop.store import edits
from bigcust_desktop.store.analysis import rehearsal_runs as runs
from bigcust_desktop.store.analysis.proposals import (
    from_quote,
)
from bigcust_desktop.store.analysis.rehearsal_runs import (
    ComparedCustomer,
    CustomerChange,
    RehearsalComparison,
    RehearsalRun,
    SavedRehearsalRow,
)
from bigcust_desktop.store.models import Customer
from bigcust_desktop.store.models.analytics import SavedRehearsal
from bigcust_desktop.store.queries import quotes as quote_queries
from bigcust_desktop.store.queries.analytics_scope import CustomerScope
from bigcust_desktop.store.queries.book import Book
from bigcust_desktop.store.queries.campaigns import definition_of
from bigcust_desktop.store.queries.rehearsal import subscriber_usage, tariffs, usage_groups
from bigcust_desktop.store.queries.rehearsal_choices import (
    RehearsalChoices,
    choices,
    customers_with_lines,
)
from bigcust_desktop.store.queries.segments import segment_customer_ids
from bigcust_desktop.store.services.base import Service

DEFAULT_QUOTE_TERM = 12  # months, when the proposal names no term


class ScopeRefused(ValueError):
    """A customer or group named for a rehearsal is not in the user's book (or not cached)."""

    def __init__(self, code: str, message: str, customer_id: str) -> None:
        super().__init__(message)
        self.code, self.message, self.customer_id = code, message, customer_id


def customer_scope(
    conn: Connection,
    book: Book,
    customer_id: str | None = None,
    group_id: str | None = None,
    customer_ids: Sequence[str] | None = None,
    segment_id: str | None = None,
) -> tuple[CustomerScope, dict[str, Any]]:
    """The scope of a rehearsal inside the user's book; a named customer or group outside it is
    refused (as reports refuse another manager's book); a saved segment is its book's
    customers today (`LookupError` when it is not cached)."""
    if segment_id is not None:
        ids = segment_customer_ids(
            conn, book, definition_of(conn, segment_id), dt.datetime.now(dt.UTC)
        )
        return CustomerScope.of_ids(ids, book), {"segment_id": segment_id, "customers": len(ids)}
    for one, code in (
        (customer_id, "rehearsal.customer_not_yours"),
        (group_id, "rehearsal.group_not_yours"),
    ):
        if one is None:
            continue
        found = conn.execute(
            select(Customer.id).where(Customer.id == one, book.condition())
        ).scalar()
        if found is None:
            raise ScopeRefused(code, f"Customer {one} is not in your book (or not cached).", one)
    if customer_id is not None:
        return CustomerScope.customer(customer_id, book), {"customer_id": customer_id}
    if group_id is not None:
        return CustomerScope.group(group_id, book), {"group_id": group_id}
    if customer_ids is not None:
        return CustomerScope.of_ids(customer_ids, book), {"customers": len(customer_ids)}
    return CustomerScope(book), {"book": [book.manager_id, book.team_id]}


def run_rehearsal(
    conn: Connection,
    proposal: Proposal,
    scope: CustomerScope,
    described: dict[str, Any],
    *,
    keep_lines: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
    on_customer: Callable[[list[LineResult]], None] | None = None,
) -> RehearsalRun:
    """Rehearse in the caller's transaction, streaming one customer's lines at a time.

    Without ``keep_lines`` or ``on_customer`` (totals and per-customer figures only), lines that
    bill alike are grouped in SQL first where the proposal allows (`usage_groups`): the same
    figures, a fraction of the Python work on a whole book."""
    catalogue = tariffs(conn)
    run = RehearsalRun(proposal, described, RehearsalTotals(), customer_scope=scope)

    def keep(results: list[LineResult]) -> None:
        run.customers.append(
            CustomerChange(
                results[0].line.customer_id,
                sum(r.line.count for r in results),
                sum(r.before_fen for r in results),
                sum(r.after_fen for r in results),
            )
        )
        if keep_lines:
            run.lines.extend(results)
        if on_customer is not None:
            on_customer(results)

    grouped = not keep_lines and on_customer is None and groupable(proposal, catalogue)
    lines = (
        usage_groups(conn, scope, catalogue, proposal)
        if grouped
        else subscriber_usage(conn, scope, proposal.applies_to)
    )
    report = None
    if progress is not None:
        total = customers_with_lines(conn, scope, proposal.applies_to)

        def report(done: int) -> None:
            progress(done, total)

    run.totals = rehearse(
        lines,
        catalogue,
        proposal,
        progress=report,
        cancel=cancel,
        on_customer=keep,
    )
    return run


def _quote_from(
    conn: Connection,
    proposal: Proposal,
    customer_id: str,
    owner_id: str,
    book: Book,
    now: dt.datetime,
) -> dict[str, Any]:
    scope, described = customer_scope(conn, book, customer_id=customer_id)
    run = run_rehearsal(conn, proposal, scope, described, keep_lines=True)
    counts: dict[str, int] = {}
    for r in run.lines:
        target = r.proposed.product_id
        counts[target] = counts.get(target, 0) + 1
    if not counts:
        raise ValidationError(
            "lines", "rehearsal.no_lines", "The proposal touches none of this customer's lines."
        )
    catalogue = {p.id: p.item for p in quote_queries.catalogue(conn, list(counts))}
    term = proposal.term_months or max(
        [DEFAULT_QUOTE_TERM, *(catalogue[p].min_term_months for p in counts if p in catalogue)]
    )
    pct = proposal.discount_pct + proposal.term_discount_pct
    lines = [LineDraft(p, n, pct) for p, n in sorted(counts.items())]
    draft = new_quote(
        customer_id=customer_id,
        owner_id=owner_id,
        title=f"资费预演：{proposal.name}" if proposal.name else "资费预演",
        term_months=term,
        valid_until=default_valid_until(now),
        lines=lines,
        catalogue=catalogue,
        now=now,
        notes=f"由资费预演生成：{proposal.name}",
    )
    return edits.create_record(conn, "quote", draft)


__all__ = [
    "ComparedCustomer",
    "CustomerChange",
    "RehearsalComparison",
    "RehearsalRun",
    "Rehearsals",
    "SavedRehearsalRow",
    "ScopeRefused",
]


class Rehearsals(Service):
    """Tariff rehearsal (资费预演): run, save, list, compare, turn into a quote."""

    def run(
        self,
        book: Book,
        proposal: Proposal,
        *,
        customer_id: str | None = None,
        group_id: str | None = None,
        customer_ids: Sequence[str] | None = None,
        segment_id: str | None = None,
        keep_lines: bool = False,
        progress: Callable[[int, int], None] | None = None,
        cancel: threading.Event | None = None,
        on_customer: Callable[[list[LineResult]], None] | None = None,
    ) -> RehearsalRun:
        """Rehearse over one customer, a group, a list, a saved segment or the book; raises
        `ScopeRefused` for a customer or group outside the book. ``progress(done, total)``
        counts customers; ``cancel`` stops between customers (the totals say ``cancelled``)."""

        def work(conn: Connection) -> RehearsalRun:
            scope, described = customer_scope(
                conn, book, customer_id, group_id, customer_ids, segment_id
            )
            return run_rehearsal(
                conn,
                proposal,
                scope,
                described,
                keep_lines=keep_lines,
                progress=progress,
                cancel=cancel,
                on_customer=on_customer,
            )

        return self._read(work)

    def plans(self) -> set[str]:
        """The catalogue's plans a proposal can name."""
        return self._read(lambda conn: set(tariffs(conn)))

    def choices(self, book: Book, customer_id: str | None = None) -> RehearsalChoices:
        """What the screen offers for one customer (its plans, branches, draft quotes) or for
        the book (its plans, the saved segments)."""
        scope = CustomerScope.customer(customer_id, book) if customer_id else CustomerScope(book)
        return self._read(choices, scope, customer_id)

    def from_quote(self, quote_id: str) -> Proposal:
        """A draft quote's lines as a proposal (`proposals.from_quote`)."""
        return self._read(from_quote, quote_id)

    def save(self, name: str, run: RehearsalRun, owner_id: str | None) -> SavedRehearsalRow:
        """Keep a rehearsal under a unique name; raises `ValidationError` for a blank or taken
        name."""
        return self._write(runs.save, name, run, owner_id)

    def saved(self) -> list[SavedRehearsalRow]:
        """Saved rehearsals, newest first."""
        return self._read(runs.listed)

    def get(self, rehearsal_id: str) -> SavedRehearsalRow | None:
        return self._read(runs.get, rehearsal_id)

    def delete(self, rehearsal_id: str) -> None:
        self._write(
            lambda conn: conn.execute(
                delete(SavedRehearsal).where(SavedRehearsal.id == rehearsal_id)
            )
        )

    def compare(self, first_id: str, second_id: str) -> RehearsalComparison:
        """Two saved rehearsals side by side; raises `LookupError` if either is gone."""
        first, second = self.get(first_id), self.get(second_id)
        if first is None or second is None:
            raise LookupError(first_id if first is None else second_id)
        return runs.compare(first, second)

    def to_quote(
        self,
        proposal: Proposal,
        customer_id: str,
        owner_id: str,
        book: Book,
        *,
        now: dt.datetime | None = None,
    ) -> dict[str, Any]:
        """A draft quote for one customer from a proposal, in one transaction: one line per
        target plan (quantity = lines moved), the proposal's discount, its term (else the
        plans' minimum, at least 12 months). Returns the stored quote; it goes out with the
        next sync. Raises `ScopeRefused` or `ValidationError`."""
        return self._write(
            _quote_from, proposal, customer_id, owner_id, book, now or dt.datetime.now(dt.UTC)
        )
