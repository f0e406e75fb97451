"""`store.insights`: what the analytic screens show — the at-risk worklist, the value card,
under-valued customers, a group's roll-up, product gaps and data quality (tariff rehearsals are
`store.rehearsals`) — as the domain's typed results, computed from the store's analytics feeds.

The screens call these methods only: once the analytics are materialised after each sync, the
same methods read the tables instead and no screen changes. Depends on the analytics queries,
the domain's analytics rules and the store's service base.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection

from bigcust_desktop.domain.analytics.figures import SignalCode
from bigcust_desktop.domain.analytics.gaps import ProductGap, product_gaps
from bigcust_desktop.domain.analytics.group import RolledUp, roll_up
from bigcust_desktop.domain.analytics.inputs import AsOf
from bigcust_desktop.domain.analytics.months import local_day
from bigcust_desktop.domain.analytics.quality import Finding, data_quality
from bigcust_desktop.domain.analytics.value_card import (
    DEFAULT_UNDERVALUE,
    UnderValued,
    UnderValueRules,
    ValueCard,
    explain_value,
    under_valued,
)
from bigcust_desktop.domain.analytics.worklist import Assessment, assess, worklist_order
from bigcust_desktop.domain.value import factor_value
from bigcust_desktop.store.queries import analytics as facts_q
from bigcust_desktop.store.queries import analytics_book as book_q
from bigcust_desktop.store.queries import customer360 as c360
from bigcust_desktop.store.queries import insights as q
from bigcust_desktop.store.queries.analytics_scope import CustomerScope
from bigcust_desktop.store.queries.book import Book
from bigcust_desktop.store.queries.dashboard import last_months
from bigcust_desktop.store.services.base import Service

Progress = Callable[[int, int], None]  # (done, total)
CustomerLabel = q.CustomerLabel
_EVERY = 100  # customers between two progress reports


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
    """The at-risk worklist (流失预警) of a book, most revenue at risk first."""

    entries: tuple[WorklistEntry, ...]
    assessed: int  # open customers looked at
    as_of: AsOf
    cancelled: bool = False


@dataclass(frozen=True, slots=True)
class UnderValuedEntry:
    customer: CustomerLabel
    card: ValueCard
    verdict: UnderValued


@dataclass(frozen=True, slots=True)
class GapEntry:
    """A cross-sell lead with what an opportunity for it needs: the product's name (an add-on's;
    "" for a plan category) and its catalogue category."""

    gap: ProductGap
    product_name: str
    category: str | None


@dataclass(frozen=True, slots=True)
class QualityEntry:
    """A finding with the customers it names (the other one of a duplicate too)."""

    finding: Finding
    customer: CustomerLabel
    related: CustomerLabel | None = None
    contact_name: str = ""  # the contact a contact's finding is about


def _worklist(
    conn: Connection,
    scope: CustomerScope,
    now: dt.datetime,
    progress: Progress | None,
    cancel: threading.Event | None,
) -> Worklist:
    as_of = AsOf(now, facts_q.last_billed_period(conn, local_day(now)))
    total = q.open_customers(conn, scope)
    flagged, done, cancelled = [], 0, False
    for facts in facts_q.customer_facts(conn, scope, as_of):
        if cancel is not None and cancel.is_set():
            cancelled = True
            break
        result = assess(facts, as_of)
        if result.flagged:
            flagged.append(result)
        done += 1
        if progress is not None and done % _EVERY == 0:
            progress(done, total)
    if progress is not None:
        progress(done, total)
    flagged.sort(key=worklist_order)
    names = q.labels(conn, (a.customer_id for a in flagged))
    entries = tuple(
        WorklistEntry(names[a.customer_id], a) for a in flagged if a.customer_id in names
    )
    return Worklist(entries, done, as_of, cancelled)


def _value_card(conn: Connection, customer_id: str, today: dt.date) -> ValueCard | None:
    facts = book_q.value_facts(conn, customer_id, today)
    return None if facts is None else explain_value(facts, today)


def _modest_spend(factors: dict[str, object], rules: UnderValueRules) -> bool:
    try:
        spend = factor_value(factors.get("spend"), "spend")  # type: ignore[arg-type]
    except ValueError:
        spend = Decimal(0)  # as the value card reads a missing factor
    return spend <= rules.modest_spend_max


def _under_valued(
    conn: Connection, book: Book, today: dt.date, progress: Progress | None
) -> list[UnderValuedEntry]:
    # Only a modest spend factor can make a customer under-valued: the others' cards are not
    # built (their bills are never read).
    rules = DEFAULT_UNDERVALUE
    factors = q.value_factors(conn, CustomerScope(book))
    ids = [cid for cid, f in factors if _modest_spend(f, rules)]
    found: list[tuple[ValueCard, UnderValued]] = []
    for done, customer_id in enumerate(ids, 1):
        card = _value_card(conn, customer_id, today)
        if card is not None:
            verdict = under_valued(card, rules)
            if verdict.fired:
                found.append((card, verdict))
        if progress is not None and done % _EVERY == 0:
            progress(done, len(ids))
    names = q.labels(conn, (card.customer_id for card, _ in found))
    out = [UnderValuedEntry(names[c.customer_id], c, v) for c, v in found if c.customer_id in names]
    out.sort(key=lambda e: (-len(e.verdict.reasons), e.card.score, e.customer.id))
    return out


def _group(conn: Connection, customer_id: str, now: dt.datetime) -> list[RolledUp]:
    today = local_day(now)
    members = book_q.group_figures(conn, customer_id, last_months(today, 3), now, today)
    return roll_up(customer_id, members)


def _product_gaps(conn: Connection, customer_id: str) -> list[GapEntry]:
    # Segments are learnt from every cached customer; only this one's gaps are kept.
    held = book_q.holdings(conn, CustomerScope())
    gaps = [gap for gap in product_gaps(held) if gap.customer_id == customer_id]
    addons = q.products(conn, (g.key.partition(":")[2] for g in gaps if g.key.startswith("addon:")))
    out = []
    for gap in gaps:
        kind, _, code = gap.key.partition(":")
        name, category = addons.get(code, ("", "")) if kind == "addon" else ("", code)
        out.append(GapEntry(gap, name, category or None))
    return out


def _data_quality(conn: Connection, book: Book) -> list[QualityEntry]:
    customers, stream = book_q.quality_records(conn, CustomerScope(book))
    contacts = list(stream)  # a book's contacts: a few per customer
    people = {c.id: c.name for c in contacts}
    findings = list(data_quality(customers, contacts))
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
    """The analytic screens' one read service: 流失预警, 价值, 集团, 交叉销售, 资料准确度."""

    def worklist(
        self,
        book: Book,
        *,
        now: dt.datetime | None = None,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> Worklist:
        """Every flagged open customer of the book with its signals, most at risk first."""
        return self._read(_worklist, CustomerScope(book), now or _now(), progress, cancel)

    def assessment(self, customer_id: str, *, now: dt.datetime | None = None) -> Worklist:
        """The worklist of one customer (empty when nothing fired): its 360's signals."""
        return self._read(_worklist, CustomerScope.customer(customer_id), now or _now(), None, None)

    def value_card(self, customer_id: str, *, today: dt.date | None = None) -> ValueCard | None:
        """The province's tier and score explained factor by factor; None if not cached."""
        return self._read(_value_card, customer_id, today or local_day(_now()))

    def under_valued(
        self, book: Book, *, today: dt.date | None = None, progress: Progress | None = None
    ) -> list[UnderValuedEntry]:
        """The book's customers whose average spend undersells them, with the reasons."""
        return self._read(_under_valued, book, today or local_day(_now()), progress)

    def group(self, customer_id: str, *, now: dt.datetime | None = None) -> list[RolledUp]:
        """The customer and every branch below it, each with its subtree's totals (the last
        three billed months' revenue), depth first; the customer alone when it has none."""
        return self._read(_group, customer_id, now or _now())

    def product_gaps(self, customer_id: str) -> list[GapEntry]:
        """The products most customers of its industry and size hold and it does not."""
        return self._read(_product_gaps, customer_id)

    def data_quality(self, book: Book) -> list[QualityEntry]:
        """Every finding on the book's customers and contacts."""
        return self._read(_data_quality, book)

    def correction_records(
        self, customer_id: str
    ) -> tuple[dict[str, Any], list[dict[str, Any]]] | None:
        """A customer's record and its contacts as cached (wire form), for a change request
        carrying a finding; None when it is not cached."""
        return self._read(_correction_records, customer_id)
