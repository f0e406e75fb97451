"""`store.insights`: what the analytic screens show — the at-risk worklist, the value card,
under-valued customers, a group's roll-up, product gaps and data quality (tariff rehearsals are
`store.rehearsals`) — as the domain's typed results with who each customer is.

The book-wide lists (worklist, under-valued, gaps, findings) are read from the analysis kept in
the cache (`store.analytics`), never computed while the user waits; one customer's value card and
group roll-up are computed live (a few of its rows: cheap). Depends on the analytics queries and
kept tables, the domain's analytics rules and the store's service base.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection

from bigcust_desktop.domain.analytics.figures import SignalCode
from bigcust_desktop.domain.analytics.gaps import ProductGap
from bigcust_desktop.domain.analytics.group import RolledUp, roll_up
from bigcust_desktop.domain.analytics.months import local_day
from bigcust_desktop.domain.analytics.quality import Finding, FindingCode
from bigcust_desktop.domain.analytics.quality import Proposal as Correction
from bigcust_desktop.domain.analytics.value_card import UnderValued, ValueCard, explain_value
from bigcust_desktop.domain.analytics.win_back import (
    CompetitorHolding,
    WinBackLead,
    win_back_leads,
)
from bigcust_desktop.domain.analytics.worklist import Assessment
from bigcust_desktop.store.queries import analytics_book as book_q
from bigcust_desktop.store.queries import competitors as competitors_q
from bigcust_desktop.store.queries import customer360 as c360
from bigcust_desktop.store.queries import insights as q
from bigcust_desktop.store.queries.analytics_scope import CustomerScope
from bigcust_desktop.store.queries.book import Book
from bigcust_desktop.store.queries.dashboard import last_months
from bigcust_desktop.store.services import analytics as kept
from bigcust_desktop.store.services.base import Service

CustomerLabel = q.CustomerLabel


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True, slots=True)
class WorklistEntry:
    """One flagged customer: who it is and every signal's verdict."""

    customer: CustomerLabel
    assessment: Assessment

    @property
    def revenue_at_risk_fen(self) -> int:
        return self.assessment.revenue_at_risk_fen

    @property
    def codes(self) -> tuple[SignalCode, ...]:
        return tuple(s.code for s in self.assessment.fired)


@dataclass(frozen=True, slots=True)
class Worklist:
    """The at-risk worklist (流失预警) of a book as last recomputed, most revenue at risk first."""

    entries: tuple[WorklistEntry, ...]
    assessed: int  # open customers of the book
    computed_at: dt.datetime | None  # None: never computed in this cache (before a first sync)

    @property
    def computed(self) -> bool:
        return self.computed_at is not None


@dataclass(frozen=True, slots=True)
class UnderValuedEntry:
    """An under-valued customer: the province's score and the reasons it is worth more."""

    customer: CustomerLabel
    score: Decimal
    verdict: UnderValued


@dataclass(frozen=True, slots=True)
class GapEntry:
    """A cross-sell lead with what an opportunity for it needs: the product's name (an add-on's;
    "" for a plan category) and its catalogue category."""

    gap: ProductGap
    product_name: str
    category: str | None


@dataclass(frozen=True, slots=True)
class CrossSell:
    """The 360's 交叉销售: the industry gaps kept by the analysis, the customer's lines with
    other carriers as win-back leads, and whether the analysis was ever computed."""

    gaps: tuple[GapEntry, ...]
    win_back: tuple[WinBackLead, ...]
    computed: bool


@dataclass(frozen=True, slots=True)
class QualityEntry:
    """A finding with the customers it names (the other one of a duplicate too)."""

    finding: Finding
    customer: CustomerLabel
    related: CustomerLabel | None = None
    contact_name: str = ""  # the contact a contact's finding is about


def _worklist(conn: Connection, scope: CustomerScope, ids: list[str] | None) -> Worklist:
    rows = kept.worklist_rows(conn, scope.book, ids)
    names = q.labels(conn, (r.customer_id for r in rows))
    entries = tuple(
        WorklistEntry(names[r.customer_id], Assessment(r.customer_id, r.signals))
        for r in rows
        if r.customer_id in names
    )
    return Worklist(entries, q.open_customers(conn, scope), kept.computed_at(conn))


def _value_card(conn: Connection, customer_id: str, today: dt.date) -> ValueCard | None:
    facts = book_q.value_facts(conn, customer_id, today)
    return None if facts is None else explain_value(facts, today)


def _under_valued(conn: Connection, book: Book) -> list[UnderValuedEntry]:
    rows = kept.under_valued_rows(conn, book)
    names = q.labels(conn, (r.customer_id for r in rows))
    scores = q.value_scores(conn, names)
    out = [
        UnderValuedEntry(
            names[r.customer_id],
            scores.get(r.customer_id, Decimal(0)),
            UnderValued(r.customer_id, True, r.reasons),
        )
        for r in rows
        if r.customer_id in names
    ]
    out.sort(key=lambda e: (-len(e.verdict.reasons), e.score, e.customer.id))
    return out


def _group(conn: Connection, customer_id: str, now: dt.datetime) -> list[RolledUp]:
    today = local_day(now)
    members = book_q.group_figures(conn, customer_id, last_months(today, 3), now, today)
    return roll_up(customer_id, members)


def _product_gaps(conn: Connection, customer_id: str) -> list[GapEntry]:
    rows = kept.gap_rows(conn, customer_id)
    addons = q.products(conn, (r.product.partition(":")[2] for r in rows
                               if r.product.startswith("addon:")))  # fmt: skip
    out = []
    for r in rows:
        kind, _, code = r.product.partition(":")
        industry, _, band = r.segment.partition("|")
        gap = ProductGap(r.customer_id, r.product, industry, band, r.holders, r.peers)
        name, category = addons.get(code, ("", "")) if kind == "addon" else ("", code)
        out.append(GapEntry(gap, name, category or None))
    return out


def _cross_sell(conn: Connection, customer_id: str, today: dt.date) -> CrossSell:
    holdings = [
        CompetitorHolding(r.id, r.carrier, r.service, r.lines, r.status, r.monthly_spend,
                          r.contract_end)
        for r in competitors_q.lines_of(conn, customer_id)
    ]  # fmt: skip
    return CrossSell(
        tuple(_product_gaps(conn, customer_id)),
        tuple(win_back_leads(holdings, today)),
        kept.computed_at(conn) is not None,
    )


def _finding(row: kept.FindingRow) -> Finding:
    proposal = Correction(row.entity, row.record_id, row.field, row.proposed)
    detail = row.detail or {}
    return Finding(
        FindingCode(row.code), row.customer_id, proposal, detail.get("current"),
        detail.get("related_id"),
    )  # fmt: skip


def _data_quality(conn: Connection, book: Book) -> list[QualityEntry]:
    findings = [_finding(r) for r in kept.finding_rows(conn, book)]
    people = q.contact_names(
        conn, (f.proposal.record_id for f in findings if f.proposal.entity == "contact")
    )
    names = q.labels(
        conn,
        [f.customer_id for f in findings] + [f.related_id for f in findings if f.related_id],
    )
    return [
        QualityEntry(
            f,
            names[f.customer_id],
            names.get(f.related_id or ""),
            people.get(f.proposal.record_id, "") if f.proposal.entity == "contact" else "",
        )
        for f in findings
        if f.customer_id in names
    ]


def _correction_records(
    conn: Connection, customer_id: str
) -> tuple[dict[str, Any], list[dict[str, Any]]] | None:
    profile = c360.customer_profile(conn, customer_id)
    if profile is None:
        return None
    return profile.record, c360.contacts_of(conn, customer_id)


class Insights(Service):
    """The analytic screens' one read service: 流失预警, 价值, 集团, 交叉销售, 资料准确度,
    资费预演."""

    def worklist(self, book: Book) -> Worklist:
        """Every flagged open customer of the book with its signals, most at risk first, as
        the last recompute (after a sync or an edit) kept them."""
        return self._read(_worklist, CustomerScope(book), None)

    def assessment(self, customer_id: str) -> Worklist:
        """The worklist of one customer (empty when nothing fired): its 360's signals."""
        return self._read(_worklist, CustomerScope.customer(customer_id), [customer_id])

    def computed_at(self) -> dt.datetime | None:
        """When the kept lists were last recomputed; None before the first (a fresh cache)."""
        return self._read(kept.computed_at)

    def value_card(self, customer_id: str, *, today: dt.date | None = None) -> ValueCard | None:
        """The province's tier and score explained factor by factor; None if not cached."""
        return self._read(_value_card, customer_id, today or local_day(_now()))

    def under_valued(self, book: Book) -> list[UnderValuedEntry]:
        """The book's customers whose average spend undersells them, with the reasons, most
        reasons first, then the lowest score."""
        return self._read(_under_valued, book)

    def group(self, customer_id: str, *, now: dt.datetime | None = None) -> list[RolledUp]:
        """The customer and every branch below it, each with its subtree's totals (the last
        three billed months' revenue), depth first; the customer alone when it has none."""
        return self._read(_group, customer_id, now or _now())

    def product_gaps(self, customer_id: str) -> list[GapEntry]:
        """The products most customers of its industry and size hold and it does not."""
        return self._read(_product_gaps, customer_id)

    def cross_sell(self, customer_id: str, *, today: dt.date | None = None) -> CrossSell:
        """The customer's cross-sell leads: industry gaps and lines to win back from other
        carriers (the competitor's contract ending soonest first), in one read."""
        return self._read(_cross_sell, customer_id, today or local_day(_now()))

    def data_quality(self, book: Book) -> list[QualityEntry]:
        """Every finding on the book's customers and contacts (as last recomputed)."""
        return self._read(_data_quality, book)

    def correction_records(
        self, customer_id: str
    ) -> tuple[dict[str, Any], list[dict[str, Any]]] | None:
        """A customer's record and its contacts as cached (wire form), for a change request
        carrying a finding; None when it is not cached."""
        return self._read(_correction_records, customer_id)
