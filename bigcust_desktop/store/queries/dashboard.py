"""Figures of the dashboard (工作台): pipeline by stage, six months of billing, open faults by
severity with SLA breaches, customers not contacted. Depends on SQLAlchemy Core and the models.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, case, func, select

from bigcust_desktop.domain.analytics.months import local_day, month_number, period_of
from bigcust_desktop.domain.money import from_fen
from bigcust_desktop.domain.sla import OPEN_TICKET_STATUSES, Severity
from bigcust_desktop.domain.stages import FUNNEL, OPEN_STAGES
from bigcust_desktop.domain.timefmt import format_month
from bigcust_desktop.domain.value import ValueTier
from bigcust_desktop.store import summaries
from bigcust_desktop.store.models import FaultTicket, Opportunity
from bigcust_desktop.store.queries.analytics import last_billed_period
from bigcust_desktop.store.queries.book import Book, fen
from bigcust_desktop.store.queries.customers_filter import last_contact_select

OPEN_STAGE_ORDER: tuple[str, ...] = tuple(s.value for s in FUNNEL if s in OPEN_STAGES)
_OPEN_TICKETS = tuple(sorted(s.value for s in OPEN_TICKET_STATUSES))


@dataclass(frozen=True)
class StageFigure:
    stage: str
    count: int
    amount: Decimal
    weighted: Decimal  # each opportunity's amount × probability, rounded to the fen, summed


@dataclass(frozen=True)
class MonthFigure:
    period: str  # YYYY-MM
    billed: Decimal
    paid: Decimal


@dataclass(frozen=True)
class SeverityFigure:
    severity: str
    open: int
    breached: int  # open and past the SLA due time


@dataclass(frozen=True)
class ContactBucket:
    """Customers whose latest contact is ``low``..``high`` days old (None: open-ended/never)."""

    key: str  # "0-30", "31-60", "61-90", "91+", "never"
    low: int | None
    high: int | None
    customers: int
    stale: bool  # past the "not contacted" threshold


@dataclass(frozen=True)
class StaleCustomer:
    id: str
    name: str
    value_tier: str
    value_score: Decimal
    last_contact: dt.datetime | None


@dataclass(frozen=True)
class Dashboard:
    """Everything the dashboard draws, read in one go off the GUI thread."""

    pipeline: list[StageFigure]
    months: list[MonthFigure]
    tickets: list[SeverityFigure]
    contact_days: int
    buckets: list[ContactBucket]
    stale: list[StaleCustomer]  # the most valuable customers not contacted, a short worklist

    @property
    def customers(self) -> int:
        return sum(b.customers for b in self.buckets)

    @property
    def not_contacted(self) -> int:
        return sum(b.customers for b in self.buckets if b.stale)


def pipeline_by_stage(conn: Connection, book: Book) -> list[StageFigure]:
    """Open opportunities of the book's customers per stage, in funnel order (empty stages too)."""
    # Half-up to the fen per opportunity, as `domain.stages.weighted_value` rounds.
    weighted = (fen(Opportunity.amount) * Opportunity.probability + 50) // 100
    stmt = (
        select(
            Opportunity.stage,
            func.count(),
            func.coalesce(func.sum(fen(Opportunity.amount)), 0),
            func.coalesce(func.sum(weighted), 0),
        )
        .where(Opportunity.stage.in_(OPEN_STAGE_ORDER))
        .where(Opportunity.customer_id.in_(book.customer_ids()))
        .group_by(Opportunity.stage)
    )
    found = {r[0]: r for r in conn.execute(stmt)}
    out = []
    for stage in OPEN_STAGE_ORDER:
        _stage, count, amount, weighted_fen = found.get(stage, (stage, 0, 0, 0))
        out.append(
            StageFigure(stage, int(count), from_fen(int(amount)), from_fen(int(weighted_fen)))
        )
    return out


def last_months(today: dt.date, count: int = 6) -> list[str]:
    """The ``count`` billing periods before the current month, oldest first (``YYYY-MM``)."""
    year, month = today.year, today.month
    periods = []
    for _ in range(count):
        month -= 1
        if month == 0:
            year, month = year - 1, 12
        periods.append(format_month(dt.date(year, month, 1)))
    return periods[::-1]


def billed_months(conn: Connection, today: dt.date, count: int = 6) -> list[str]:
    """The ``count`` periods ending at the last billed month in the cache, oldest first: a month
    BOSS has not billed yet is never shown (nor compared) as zero."""
    last = month_number(last_billed_period(conn, today))
    return [period_of(n) for n in range(last - count + 1, last + 1)]


def monthly_billing(conn: Connection, book: Book, periods: list[str]) -> list[MonthFigure]:
    """Billed and paid per period for the book's customers (a month without bills reads zero):
    from the totals the last sync stored (`store.summaries`), else summed from the bills."""
    found = summaries.read_billing(conn, book)
    if found is None:
        found = summaries.live_billing(conn, book, periods)
    return [
        MonthFigure(p, from_fen(found.get(p, (0, 0))[0]), from_fen(found.get(p, (0, 0))[1]))
        for p in periods
    ]


def open_tickets_by_severity(
    conn: Connection, book: Book, now: dt.datetime
) -> list[SeverityFigure]:
    """Open fault tickets per severity (most severe first) and how many are past their SLA."""
    breached = case((FaultTicket.due_at < now, 1), else_=0)
    stmt = (
        select(FaultTicket.severity, func.count(), func.sum(breached))
        .where(FaultTicket.status.in_(_OPEN_TICKETS))
        .where(FaultTicket.customer_id.in_(book.customer_ids()))
        .group_by(FaultTicket.severity)
    )
    found = {r[0]: (int(r[1]), int(r[2] or 0)) for r in conn.execute(stmt)}
    return [SeverityFigure(s.value, *found.get(s.value, (0, 0))) for s in Severity]


def _bucket_bounds(days: int) -> list[tuple[str, int | None, int | None]]:
    """Age bands of the latest contact, split at half the threshold, the threshold and 1.5×."""
    half, late = days // 2, days + days // 2
    return [
        (f"0-{half}", 0, half),
        (f"{half + 1}-{days}", half + 1, days),
        (f"{days + 1}-{late}", days + 1, late),
        (f"{late + 1}+", late + 1, None),
        ("never", None, None),
    ]


def contact_coverage(
    conn: Connection, book: Book, days: int, now: dt.datetime, worklist: int = 8
) -> tuple[list[ContactBucket], list[StaleCustomer]]:
    """The book's customers by age of their latest contact, and the most valuable of those not
    contacted in ``days`` days (strategic before basic, then by score) as a worklist."""
    bounds = _bucket_bounds(days)
    counts = [0] * len(bounds)
    stale: list[Any] = []
    for row in conn.execute(last_contact_select(book)):
        if row.last_contact is None:
            at = len(bounds) - 1
        else:
            age = now - row.last_contact
            at = next(
                i
                for i, (_k, _lo, hi) in enumerate(bounds[:-1])
                if hi is None or age <= dt.timedelta(days=hi)
            )
        counts[at] += 1
        if row.last_contact is None or row.last_contact < now - dt.timedelta(days=days):
            stale.append(row)
    rank = {t.value: i for i, t in enumerate(ValueTier)}
    stale.sort(key=lambda r: (rank.get(r.value_tier, 9), -r.value_score, r.id))
    buckets = [
        ContactBucket(key, lo, hi, counts[i], lo is None or lo > days)
        for i, (key, lo, hi) in enumerate(bounds)
    ]
    top = [
        StaleCustomer(r.id, r.name, r.value_tier, r.value_score, r.last_contact)
        for r in stale[:worklist]
    ]
    return buckets, top


def load_dashboard(
    conn: Connection, book: Book, now: dt.datetime, *, contact_days: int = 60
) -> Dashboard:
    """All four figures of the dashboard as of ``now`` (aware)."""
    today = local_day(now)  # the province's day, not the laptop's or UTC's
    buckets, stale = contact_coverage(conn, book, contact_days, now)
    return Dashboard(
        pipeline=pipeline_by_stage(conn, book),
        months=monthly_billing(conn, book, billed_months(conn, today)),
        tickets=open_tickets_by_severity(conn, book, now),
        contact_days=contact_days,
        buckets=buckets,
        stale=stale,
    )
