"""Queries that feed the at-risk signals (流失预警): each customer's facts, one at a time.

Set-wise SQL, one statement per subject over the whole scope, each ordered by customer id and
merged as they stream: memory holds one customer's rows, never the book's. Depends on SQLAlchemy
Core, the store's models and the domain's analytics inputs.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Callable, Iterator
from itertools import chain, groupby
from operator import itemgetter
from typing import Any

from sqlalchemy import (
    Connection,
    Select,
    String,
    and_,
    case,
    func,
    literal,
    or_,
    select,
    type_coerce,
)

from bigcust_desktop.domain.analytics.inputs import (
    AsOf,
    ContactRef,
    CustomerFacts,
    FaultFacts,
    LineLoss,
    PeriodBilling,
    TermCommitment,
)
from bigcust_desktop.domain.analytics.months import last_closed_period, local_day
from bigcust_desktop.domain.analytics.thresholds import DEFAULT_THRESHOLDS, Thresholds
from bigcust_desktop.domain.timefmt import parse_date, parse_instant
from bigcust_desktop.domain.vocab import CustomerStatus, SubscriberStatus
from bigcust_desktop.store.models import (
    Activity,
    Bill,
    Customer,
    FaultTicket,
    Subscriber,
)
from bigcust_desktop.store.models.analytics import CustomerBillMonth
from bigcust_desktop.store.queries.analytics_scope import CustomerScope
from bigcust_desktop.store.queries.analytics_sources import (
    competitor_lines,
    contract_term,
    contract_terms,
    contracted_hours,
    seen_line,
    summary_lines,
)
from bigcust_desktop.store.queries.book import fen

_STREAM_ROWS = 2_000  # rows fetched from SQLite at a time
# The book's bills fall due on a few hundred days: each parsed once, not once per bill period.
_day = functools.lru_cache(maxsize=4096)(parse_date)
# IN, not !=: the status indexes find the few
LOST = (SubscriberStatus.CANCELLED.value, SubscriberStatus.SUSPENDED.value)
_END: tuple[None, list[Any]] = (None, [])  # a `_Stream` past its last customer


def raw(column: Any) -> Any:
    """A date or instant column as its stored text (parsed only for the rows that need it)."""
    return type_coerce(column, String)


def last_billed_period(conn: Connection, today: dt.date) -> str:
    """The newest period the cache has bills for, never later than the last closed month."""
    newest = conn.execute(select(func.max(Bill.period))).scalar()
    closed = last_closed_period(today)
    return min(newest, closed) if newest else closed


def _customers(scope: CustomerScope) -> Select[Any]:
    return (
        select(Customer.id)
        .where(*scope.conditions(), Customer.status != CustomerStatus.CLOSED.value)
        .order_by(Customer.id)
    )


def bill_months(*conditions: Any) -> Select[Any]:
    """The bills of the customers meeting ``conditions`` (on `Bill`), one row per customer and
    period: the billed and owed fen (never below zero per bill), the latest due date as text.
    What `customer_bill_month` keeps and the live path reads."""
    owed = func.max(fen(Bill.amount) - fen(Bill.paid_amount), 0)
    return (
        select(
            Bill.customer_id,
            Bill.period,
            func.sum(fen(Bill.amount)),
            func.sum(owed),
            func.max(raw(Bill.due_date)),
        )
        .where(*conditions)
        .group_by(Bill.customer_id, Bill.period)
    )


def billing_select(scope: CustomerScope, *, kept: bool = False) -> Select[Any]:
    """The scope's bill months in customer and period order: grouped from the bills, or with
    ``kept`` read from `customer_bill_month` (the recompute's path: it keeps them current)."""
    if not kept:
        return bill_months(*scope.restrict(Bill.customer_id)).order_by(
            Bill.customer_id, Bill.period
        )
    m = CustomerBillMonth
    return (
        select(m.customer_id, m.period, m.billed_fen, m.owed_fen, m.due_date)
        .where(*scope.restrict(m.customer_id))
        .order_by(m.customer_id, m.period)
    )


def _lines(scope: CustomerScope, today: dt.date, until: dt.date) -> Select[Any]:
    """Per customer, in one pass over its lines: how many, the ARPU of the active ones, and the
    lines whose term ends within the window (how many, the earliest end, their ARPU)."""
    active = Subscriber.status == SubscriberStatus.ACTIVE.value
    ending = and_(
        Subscriber.status != SubscriberStatus.CANCELLED.value,
        Subscriber.contract_end >= today,
        Subscriber.contract_end <= until,
    )
    arpu = fen(Subscriber.arpu_3m)
    return (
        select(
            Subscriber.customer_id,
            func.count(),
            func.total(arpu * active),
            func.total(ending),
            func.min(case((ending, raw(Subscriber.contract_end)))),
            func.total(arpu * ending),
        )
        .where(*scope.restrict(Subscriber.customer_id))
        .group_by(Subscriber.customer_id)
        .order_by(Subscriber.customer_id)
    )


def _losses(scope: CustomerScope, since: dt.date, today: dt.date) -> Select[Any]:
    """Lines cancelled or suspended since ``since``, one row per line (the signal keeps those
    up to ``today``)."""
    return (
        select(
            Subscriber.customer_id,
            Subscriber.id,
            Subscriber.service_number,
            Subscriber.status,
            raw(Subscriber.status_date),
            fen(Subscriber.arpu_3m),
        )
        .where(
            *scope.restrict(Subscriber.customer_id),
            Subscriber.status.in_(LOST),
            Subscriber.status_date >= since,
        )
        .order_by(Subscriber.customer_id, Subscriber.id)
    )


def _lost_lines(scope: CustomerScope, since: dt.date, today: dt.date) -> Select[Any]:
    """As `_losses`, summed per customer and status over the window and dated by the latest
    day (what the signal reads: how many, and their ARPU): from the (status, day) covering
    index alone, never the subscribers' rows."""
    return (
        select(
            Subscriber.customer_id,
            Subscriber.status,
            func.max(raw(Subscriber.status_date)),
            func.sum(fen(Subscriber.arpu_3m)),
            func.count(),
        )
        .where(
            *scope.restrict(Subscriber.customer_id),
            Subscriber.status.in_(LOST),
            Subscriber.status_date >= since,
            Subscriber.status_date <= today,
        )
        .group_by(Subscriber.customer_id, Subscriber.status)
        .order_by(Subscriber.customer_id)
    )


def _loss(customer_id: str, row: Any, summed: bool) -> LineLoss:
    if summed:
        return LineLoss(customer_id, "", row[1], _day(row[2]), int(row[3]), int(row[4]))
    return LineLoss(row[1], row[2], row[3], parse_date(row[4]), int(row[5]))


def _faults(scope: CustomerScope, since: dt.datetime, lookup_from: int = 1) -> Select[Any]:
    """Recent faults, each with the restore time contracted for its circuit when the ticket
    opened (the breach is judged against it, not against the severity's hours).

    With ``lookup_from`` above 1 only the faults of the lines with at least that many faults in
    the window are read (counted in SQL), each line looked up once in the wide subscriber table
    for its service number and ARPU. The recompute passes the fewest faults a line needs to
    count (`Thresholds.fault_min_count`, or `breach_min_count`: breaches are faults): a line
    with fewer is never hit, and never the worst line of a fired signal (the worst has the most
    faults), so what a fired signal shows is the same.
    """
    opened_day = func.substr(raw(FaultTicket.opened_at), 1, 10)
    only: list[Any] = []
    if lookup_from > 1:
        # Grouped on the id as text, so that SQLite reads the few recent tickets rather than
        # every ticket through the subscriber_id index.
        key = FaultTicket.subscriber_id + ""
        repeated = (
            select(key)
            .where(*scope.restrict(FaultTicket.customer_id), FaultTicket.opened_at >= since)
            .group_by(key)
            .having(func.count() >= lookup_from)
        )
        # The outer read goes from those lines to their tickets by the subscriber_id index (a
        # few hundred), not along every ticket of the book in customer order.
        only = [FaultTicket.subscriber_id.in_(repeated)]
    joined = Subscriber.id == FaultTicket.subscriber_id
    return (
        select(
            FaultTicket.customer_id,
            FaultTicket.id,
            FaultTicket.subscriber_id,
            func.coalesce(Subscriber.service_number, FaultTicket.subscriber_id),
            raw(FaultTicket.opened_at),
            raw(FaultTicket.due_at),
            raw(FaultTicket.resolved_at),
            func.coalesce(fen(Subscriber.arpu_3m), 0),
            contracted_hours(FaultTicket.subscriber_id, opened_day),
        )
        .outerjoin(Subscriber, joined)
        .where(*scope.restrict(FaultTicket.customer_id), FaultTicket.opened_at >= since, *only)
        .order_by(FaultTicket.customer_id, FaultTicket.id)
    )


def _fault(r: Any) -> FaultFacts:
    opened = parse_instant(r[4])
    due = opened + dt.timedelta(hours=int(r[8])) if r[8] else parse_instant(r[5])
    return FaultFacts(r[1], r[2], r[3], opened, due, _instant(r[6]), int(r[7]))


def _activity_columns() -> tuple[Any, ...]:
    return (
        Activity.customer_id,
        Activity.id,
        raw(Activity.occurred_at),
        Activity.channel,
        Activity.owner_id,
        Activity.topic,
        func.coalesce(Activity.topic, "") + literal(" ") + func.coalesce(Activity.notes, ""),
        Activity.competitor_offer,
    )


def _last_contacts(scope: CustomerScope) -> Select[Any]:
    """Each customer's latest contact: the newest time per customer from the (customer, time)
    index alone, then only those activities read; on a tie the highest id comes first (the
    caller takes the first row of each customer)."""
    newest = (
        select(
            Activity.customer_id.label("customer_id"), func.max(Activity.occurred_at).label("at")
        )
        .where(*scope.restrict(Activity.customer_id))
        .group_by(Activity.customer_id)
        .subquery()
    )
    return (
        select(*_activity_columns())
        .join(
            newest,
            and_(newest.c.customer_id == Activity.customer_id, newest.c.at == Activity.occurred_at),
        )
        .order_by(Activity.customer_id, Activity.id.desc())
    )


def _competitor_notes(scope: CustomerScope, since: dt.datetime, terms: tuple[str, ...]) -> Any:
    """Activities within the window with a structured competitor offer or a competitor word in
    the topic or notes. The words are found by ``instr`` (a plain substring, case and all, as
    the rule's own ``in``), a third cheaper than ``LIKE`` over a book's activities."""
    return (
        select(*_activity_columns())
        .where(
            *scope.restrict(Activity.customer_id),
            Activity.occurred_at >= since,
            competitor_said(terms),
        )
        .order_by(Activity.customer_id, Activity.id)
    )


def competitor_said(terms: tuple[str, ...]) -> Any:
    """An activity with a structured competitor offer or a competitor word in its topic or
    notes."""
    said: list[Any] = [Activity.competitor_offer.is_not(None)]
    said += [
        func.instr(column, term) > 0
        for term in terms
        for column in (Activity.topic, Activity.notes)
    ]
    return or_(*said)


class _Stream:
    """Rows of one statement ordered by customer id, taken customer by customer.

    The statement's columns need no conversion (text and integers: dates, instants and JSON
    read as their stored text), so its rows are the driver's tuples, fetched in batches and
    grouped by customer id as they come: one step per customer that has rows, not per row, and
    no SQLAlchemy row objects (the recompute reads tens of thousands of them).
    """

    def __init__(self, conn: Connection, stmt: Any) -> None:
        cursor = conn.execute(stmt).cursor
        rows = chain.from_iterable(iter(lambda: cursor.fetchmany(_STREAM_ROWS), []))
        self._groups = groupby(rows, itemgetter(0))
        self._id, self._rows = next(self._groups, _END)

    def take(self, customer_id: str) -> list[Any]:
        """The rows of ``customer_id``, skipping rows of customers outside the list."""
        while self._id is not None and self._id < customer_id:
            self._id, self._rows = next(self._groups, _END)
        if self._id != customer_id:
            return []
        found = list(self._rows)
        self._id, self._rows = next(self._groups, _END)
        return found


class _NoRows:
    """A statement not run (its facts were not asked for): no rows for any customer."""

    def take(self, _customer_id: str) -> list[Any]:
        return []


def _contact(row: Any) -> ContactRef:
    offer = json.loads(row[7]) if row[7] is not None else None
    carrier = str(offer.get("carrier") or "") if isinstance(offer, dict) else ""
    return ContactRef(
        row[1], parse_instant(row[2]), row[3], row[4], row[5], row[6], competitor=carrier or None
    )


def _instant(text: str | None) -> dt.datetime | None:
    return None if text is None else parse_instant(text)


def customer_facts(
    conn: Connection,
    scope: CustomerScope,
    as_of: AsOf,
    limits: Thresholds = DEFAULT_THRESHOLDS,
    *,
    summary: bool = False,
    reads: frozenset[str] | None = None,
) -> Iterator[CustomerFacts]:
    """The facts of every open customer of the scope, in id order, one at a time.

    Only the rows the signals can use are read: losses, faults and competitor notes within their
    windows, terms (lines' and contracts') ending within theirs, the latest contact of each
    customer. Closed customers are left out (nothing left to lose). ``summary`` (the recompute's
    path): line counts from `customer_line_summary` and bill months from `customer_bill_month`,
    which the caller has brought up to date for the scope, the lines lost within the window
    summed per status (`LineLoss.lines`), and only the faulted lines that can count looked up
    (`_faults`): what a fired signal shows is the same. ``reads`` names the facts wanted
    (`worklist.FACTS_READ`; None: all): the statements behind the others are not run, and those
    facts keep their empty defaults.
    """
    now = as_of.now
    today = local_day(now)
    faults_since = now - dt.timedelta(days=limits.fault_window_days)
    notes_since = now - dt.timedelta(days=limits.competitor_window_days)
    until = today + dt.timedelta(days=limits.term_window_days)
    lines = summary_lines if summary else _lines
    losses = _lost_lines if summary else _losses
    fault_lookup = min(limits.fault_min_count, limits.breach_min_count) if summary else 1

    def stream(wanted: set[str], statement: Callable[[], Any]) -> _Stream | _NoRows:
        return _Stream(conn, statement()) if reads is None or wanted & reads else _NoRows()

    lost_since = today - dt.timedelta(days=limits.line_loss_window_days)
    billing = stream({"billing"}, lambda: billing_select(scope, kept=summary))
    counted = stream({"lines", "active_monthly_fen", "terms"}, lambda: lines(scope, today, until))
    contracts = stream({"terms"}, lambda: contract_terms(scope, today, until))
    seen = stream({"competitor_notes"}, lambda: competitor_lines(scope, local_day(notes_since)))
    lost = stream({"losses"}, lambda: losses(scope, lost_since, today))
    faults = stream({"faults"}, lambda: _faults(scope, faults_since, fault_lookup))
    last = stream({"last_contact"}, lambda: _last_contacts(scope))
    notes = stream(
        {"competitor_notes"},
        lambda: _competitor_notes(scope, notes_since, limits.competitor_terms),
    )
    ids = conn.execute(_customers(scope)).cursor
    for (customer_id,) in chain.from_iterable(iter(lambda: ids.fetchmany(_STREAM_ROWS), [])):
        line_counts = counted.take(customer_id)
        counts = line_counts[0] if line_counts else (customer_id, 0, 0, 0, None, 0)
        latest = last.take(customer_id)
        yield CustomerFacts(
            customer_id=customer_id,
            # Sums of integer fen: the driver's ints already.
            billing=tuple(
                [PeriodBilling(r[1], r[2], r[3], _day(r[4])) for r in billing.take(customer_id)]
            ),
            lines=int(counts[1]),
            active_monthly_fen=int(counts[2]),
            losses=tuple([_loss(customer_id, r, summary) for r in lost.take(customer_id)]),
            faults=tuple([_fault(r) for r in faults.take(customer_id)]),
            terms=_line_terms(customer_id, counts)
            + tuple([contract_term(customer_id, r) for r in contracts.take(customer_id)]),
            last_contact=_contact(latest[0]) if latest else None,
            competitor_notes=tuple([_contact(r) for r in notes.take(customer_id)])
            + tuple([seen_line(r) for r in seen.take(customer_id)]),
        )


def _line_terms(customer_id: str, counts: Any) -> tuple[TermCommitment, ...]:
    """The customer's lines whose term ends within the window, summed into one (or none)."""
    if not counts[3]:
        return ()
    return (
        TermCommitment(
            "subscriber", customer_id, "", parse_date(counts[4]), int(counts[5]), int(counts[3])
        ),
    )
