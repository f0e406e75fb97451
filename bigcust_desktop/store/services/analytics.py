"""`store.analytics`: the materialised analysis of the book — bring it up to date after a sync or
an edit, and read the at-risk worklist, under-valued customers, product gaps and data-quality
findings like any other table.

Depends on SQLAlchemy Core, the store's analysis tables, refresh and settings, and the domain's
analytics figures.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Select, func, select

from bigcust_desktop.domain.analytics.figures import Figure, Signal, SignalCode
from bigcust_desktop.domain.analytics.months import local_day
from bigcust_desktop.domain.identity import UserProfile
from bigcust_desktop.domain.timefmt import format_instant, parse_instant
from bigcust_desktop.store.analysis.codec import decode_figures, decode_signals
from bigcust_desktop.store.analysis.marks import mark_stale
from bigcust_desktop.store.analysis.refresh import Basis, RefreshResult, refresh
from bigcust_desktop.store.analysis.settings import AnalysisSettings, read_analysis_settings
from bigcust_desktop.store.models import Customer
from bigcust_desktop.store.models.analytics import (
    AtRiskCustomer,
    CustomerLineSummary,
    DataFinding,
    ProductGapRow,
    UnderValuedCustomer,
)
from bigcust_desktop.store.queries.analytics import last_billed_period
from bigcust_desktop.store.queries.book import Book
from bigcust_desktop.store.services.base import Service
from bigcust_desktop.store.services.meta import read_meta, write_meta

# When the analysis was last recomputed (a `meta` fact): the screens tell "nothing at risk" from
# "not computed yet" (a fresh cache before its first sync's refresh) by it.
COMPUTED_KEY = "analytics_computed_at"
# What the kept analysis was computed against (the day, the billed period, the rules: `Basis`).
BASIS_KEY = "analytics_basis"


@dataclass(frozen=True)
class AtRiskRow:
    """One customer of the worklist: who, and the fired signals with their figures."""

    customer_id: str
    name: str
    uscc: str
    manager_id: str
    revenue_at_risk_fen: int
    signals: tuple[Signal, ...]
    computed_at: dt.datetime

    def signal(self, code: SignalCode) -> Signal | None:
        """The signal if it fired, else None."""
        return next((s for s in self.signals if s.code == code), None)


@dataclass(frozen=True)
class UnderValuedRow:
    customer_id: str
    name: str
    uscc: str
    manager_id: str
    value_tier: str
    spend_factor: str
    reasons: tuple[Figure, ...]
    group_paid_lines: int
    member_paid_lines: int


@dataclass(frozen=True)
class GapRow:
    customer_id: str
    position: int
    product: str  # plan:<category> | addon:<product id>
    holders: int
    peers: int
    segment: str  # industry|size band


@dataclass(frozen=True)
class FindingRow:
    code: str
    customer_id: str
    entity: str
    record_id: str
    field: str | None
    proposed: str | None
    detail: dict[str, Any]


def worklist_select() -> Select[Any]:
    """The kept worklist's rows (customer, name, USCC, manager, revenue at risk, signals, when
    computed), most revenue at risk first: what the screens and the at-risk report read."""
    a = AtRiskCustomer
    return (
        select(
            a.customer_id,
            Customer.name,
            Customer.uscc,
            Customer.manager_id,
            a.revenue_at_risk_fen,
            a.signals,
            a.computed_at,
        )
        .join(Customer, Customer.id == a.customer_id)
        .order_by(a.revenue_at_risk_fen.desc(), a.signal_count.desc(), a.customer_id)
    )


def worklist_rows(
    conn: Connection, book: Book, ids: Iterable[str] | None = None
) -> list[AtRiskRow]:
    """The kept worklist of the book (of these customers in it), most at risk first."""
    stmt = worklist_select().where(book.condition())
    if ids is not None:
        stmt = stmt.where(AtRiskCustomer.customer_id.in_(list(ids)))
    return [
        AtRiskRow(r[0], r[1], r[2], r[3], int(r[4]), decode_signals(r[5]), r[6])
        for r in conn.execute(stmt)
    ]


def under_valued_rows(conn: Connection, book: Book) -> list[UnderValuedRow]:
    u = UnderValuedCustomer
    stmt = (
        select(
            u.customer_id,
            Customer.name,
            Customer.uscc,
            Customer.manager_id,
            Customer.value_tier,
            u.spend_factor,
            u.reasons,
            u.group_paid_lines,
            u.member_paid_lines,
        )
        .join(Customer, Customer.id == u.customer_id)
        .where(book.condition())
        .order_by(u.member_paid_lines.desc(), u.customer_id)
    )
    return [
        UnderValuedRow(*r[:6], decode_figures(r[6]), int(r[7]), int(r[8]))
        for r in conn.execute(stmt)
    ]


def gap_rows(conn: Connection, customer_id: str) -> list[GapRow]:
    g = ProductGapRow
    stmt = select(g.customer_id, g.position, g.product, g.holders, g.peers, g.segment).where(
        g.customer_id == customer_id
    )
    return [GapRow(*r) for r in conn.execute(stmt.order_by(g.position))]


def finding_rows(conn: Connection, book: Book, code: str | None = None) -> list[FindingRow]:
    f = DataFinding
    stmt = (
        select(f.code, f.customer_id, f.entity, f.record_id, f.field, f.proposed, f.detail)
        .join(Customer, Customer.id == f.customer_id)
        .where(book.condition())
        .order_by(f.customer_id, f.code, f.record_id)
    )
    if code is not None:
        stmt = stmt.where(f.code == code)
    return [FindingRow(*r) for r in conn.execute(stmt)]


def computed_at(conn: Connection) -> dt.datetime | None:
    """When the kept analysis was last recomputed; None when it never was in this cache."""
    value = read_meta(conn, COMPUTED_KEY)
    if value:
        return parse_instant(value)
    # A cache recomputed before the time was noted: its line summaries say it was.
    if conn.execute(select(CustomerLineSummary.customer_id).limit(1)).first() is None:
        return None
    return conn.execute(select(func.max(AtRiskCustomer.computed_at))).scalar()


def basis_is_current(conn: Connection, now: dt.datetime) -> bool:
    """Whether the kept analysis was judged on ``now``'s local day and against the newest
    billed period it has today (False when no basis was ever noted)."""
    kept = Basis.from_dict(read_meta(conn, BASIS_KEY))
    today = local_day(now)
    if kept.day != today.isoformat():
        return False
    return kept.last_billed == last_billed_period(conn, today)


def _refresh_noted(conn: Connection, book: Book, now: dt.datetime, **rules: Any) -> RefreshResult:
    kept = Basis.from_dict(read_meta(conn, BASIS_KEY))
    result = refresh(conn, book, now, kept=kept, **rules)
    write_meta(conn, COMPUTED_KEY, format_instant(now))
    if result.basis is not None and result.basis != kept:
        write_meta(conn, BASIS_KEY, result.basis.as_dict())
    return result


class Analytics(Service):
    """The analysis kept in the cache (DESIGN §10, docs/analytics.md)."""

    def settings(self) -> AnalysisSettings:
        """The profile's thresholds and rules (settings.json, section ``analysis``)."""
        return read_analysis_settings(self._store.profile.settings_path)

    def refresh(
        self,
        user: UserProfile | None,
        *,
        whole_book: bool = False,
        now: dt.datetime | None = None,
    ) -> RefreshResult:
        """After a sync: redo the customers whose inputs changed (the whole book after a first
        sync or when most changed); on a new day the customers a window's edge crossed, after
        thresholds changed the signals that read them, on a new billed period every customer's
        signals (the windows reach back from today; `Basis`); and the book-wide gaps and
        findings.

        Call it from the sync lane once the feeds are read (the CLI's `sync` does). One write
        transaction; reads of the tables go on alongside it.
        """
        return self._recompute(user, whole_book=whole_book, book_wide=True, now=now)

    def after_edit(
        self,
        user: UserProfile | None,
        customer_ids: Iterable[str] = (),
        *,
        now: dt.datetime | None = None,
    ) -> RefreshResult:
        """After a local edit (a contact logged, a contract or competitor line added): redo the
        customers it touched (the cache's triggers mark them; ``customer_ids`` adds others)."""
        ids = list(customer_ids)
        if ids:
            self._write(mark_stale, ids)
        return self._recompute(user, whole_book=False, book_wide=False, now=now)

    def _recompute(
        self,
        user: UserProfile | None,
        *,
        whole_book: bool,
        book_wide: bool,
        now: dt.datetime | None,
    ) -> RefreshResult:
        rules = self.settings()
        book = Book.of(user) if user is not None else Book()
        return self._write(
            _refresh_noted,
            book,
            now or dt.datetime.now(dt.UTC),
            limits=rules.thresholds,
            value_rules=rules.under_value,
            gap_rules=rules.gaps,
            whole_book=whole_book,
            book_wide=book_wide,
        )

    def basis_is_current(self, now: dt.datetime) -> bool:
        """The kept analysis stands on ``now``'s day and billed period: no `refresh` needed
        for the day (a read; the window asks when it opens and at each local midnight)."""
        return self._read(basis_is_current, now)

    def computed_at(self) -> dt.datetime | None:
        """When the analysis was last recomputed (None: never, e.g. before the first sync)."""
        return self._read(computed_at)

    def worklist(self, book: Book, customer_ids: Iterable[str] | None = None) -> list[AtRiskRow]:
        """The at-risk customers of the book, most revenue at risk first, then most signals."""
        return self._read(worklist_rows, book, customer_ids)

    def at_risk(self, customer_id: str) -> AtRiskRow | None:
        """One customer's fired signals (None when none fired at the last recompute)."""
        found = self._read(worklist_rows, Book(), [customer_id])
        return found[0] if found else None

    def under_valued(self, book: Book) -> list[UnderValuedRow]:
        """Customers whose modest average spend hides their value, with the reasons."""
        return self._read(under_valued_rows, book)

    def gaps(self, customer_id: str) -> list[GapRow]:
        """The customer's product gaps (cross-sell leads), most usual among its peers first."""
        return self._read(gap_rows, customer_id)

    def findings(self, book: Book, code: str | None = None) -> list[FindingRow]:
        """Data-quality findings of the book's customers (one kind when ``code`` is given)."""
        return self._read(finding_rows, book, code)
