"""The newer sources of the at-risk signals, as set-wise statements of the same shape as
`analytics.py`'s: lines counted from the line summary kept at sync time, contracts ending,
competitor lines seen, and the restore time contracted for a circuit (its SLA).

Depends on SQLAlchemy Core, the store's models and the domain's analytics inputs.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, Select, String, func, select, type_coerce

from bigcust_desktop.domain.analytics.inputs import ContactRef, TermCommitment
from bigcust_desktop.domain.timefmt import parse_date
from bigcust_desktop.domain.vocab import SubscriberStatus
from bigcust_desktop.domain.vocab_city import CompetitorStatus, ContractStatus
from bigcust_desktop.store.models import CompetitorLine, Contract, ContractCircuit, Subscriber
from bigcust_desktop.store.models.analytics import CustomerLineSummary
from bigcust_desktop.store.queries.analytics_scope import CustomerScope
from bigcust_desktop.store.queries.book import fen

# A contract whose end is a renewal to win.
CONTRACT_IN_FORCE = (ContractStatus.ACTIVE.value,)


def raw(column: Any) -> Any:
    """A date or instant column as its stored text (as `analytics.raw`)."""
    return type_coerce(column, String)


def summary_lines(scope: CustomerScope, today: dt.date, until: dt.date) -> Select[Any]:
    """As `_lines`, with the counts from the line summary kept at sync time and only the lines
    whose term ends within the window read from the subscribers (by the contract_end index)."""
    ending = (
        select(
            Subscriber.customer_id.label("customer_id"),
            func.count().label("n"),
            func.min(raw(Subscriber.contract_end)).label("first"),
            func.total(fen(Subscriber.arpu_3m)).label("monthly"),
        )
        .where(
            Subscriber.contract_end >= today,
            Subscriber.contract_end <= until,
            Subscriber.status != SubscriberStatus.CANCELLED.value,
            *scope.restrict(Subscriber.customer_id),
        )
        .group_by(Subscriber.customer_id)
        .subquery()
    )
    s = CustomerLineSummary
    return (
        select(
            s.customer_id,
            s.lines,
            s.active_monthly_fen,
            func.coalesce(ending.c.n, 0),
            ending.c.first,
            func.coalesce(ending.c.monthly, 0),
        )
        .outerjoin(ending, ending.c.customer_id == s.customer_id)
        .where(*scope.restrict(s.customer_id))
        .order_by(s.customer_id)
    )


def contract_terms(scope: CustomerScope, today: dt.date, until: dt.date) -> Select[Any]:
    """Contracts in force whose end falls within the window (framework agreements included)."""
    return (
        select(
            Contract.customer_id,
            Contract.id,
            Contract.number,
            raw(Contract.ends_on),
            fen(Contract.amount),
            raw(Contract.starts_on),
        )
        .where(
            *scope.restrict(Contract.customer_id),
            # The status as text: SQLite then finds the few contracts ending in the window by
            # the ends_on index, rather than read every contract in force.
            (Contract.status + "").in_(CONTRACT_IN_FORCE),
            Contract.ends_on >= today,
            Contract.ends_on <= until,
        )
        .order_by(Contract.customer_id, Contract.id)
    )


def competitor_lines(scope: CustomerScope, since: dt.date) -> Select[Any]:
    """Lines the customer holds with another carrier, recorded or seen within the window."""
    return (
        select(
            CompetitorLine.customer_id,
            CompetitorLine.id,
            raw(CompetitorLine.observed_on),
            CompetitorLine.source,
            CompetitorLine.recorded_by,
            CompetitorLine.carrier,
            CompetitorLine.service,
            CompetitorLine.lines,
        )
        .where(
            *scope.restrict(CompetitorLine.customer_id),
            CompetitorLine.status == CompetitorStatus.ACTIVE.value,
            CompetitorLine.observed_on >= since,
        )
        .order_by(CompetitorLine.customer_id, CompetitorLine.id)
    )


def contracted_hours(subscriber_id: Any, day: Any) -> Any:
    """The shortest restore time contracted for a circuit by a contract in force on ``day``."""
    return (
        select(func.min(ContractCircuit.restore_hours))
        .join(Contract, Contract.id == ContractCircuit.contract_id)
        .where(
            ContractCircuit.subscriber_id == subscriber_id,
            Contract.status.in_(CONTRACT_IN_FORCE),
            Contract.starts_on <= day,
            Contract.ends_on >= day,
        )
        .scalar_subquery()
    )


def contracted_restore_hours(conn: Connection, subscriber_id: str, today: dt.date) -> int | None:
    """The contracted restore hours of a line or circuit today (None: the severity's SLA)."""
    found = conn.execute(select(contracted_hours(subscriber_id, today))).scalar()
    return None if found is None else int(found)


def seen_line(row: Any) -> ContactRef:
    """A competitor line as a competitor note: seen on its day (Beijing noon), by its recorder."""
    day = parse_date(row[2])
    at = dt.datetime.combine(day, dt.time(4), dt.UTC)
    text = f"{row[5]} {row[6]} ×{row[7]}"
    return ContactRef(row[1], at, "competitor_line", row[4], row[3], text, competitor=row[5])


def contract_term(customer_id: str, row: Any) -> TermCommitment:
    return TermCommitment("contract", row[1], row[2], parse_date(row[3]), monthly_of(row), 0)


def monthly_of(row: Any) -> int:
    """A contract's amount (fen) spread over its months (its monthly revenue, fen)."""
    starts, ends = parse_date(row[5]), parse_date(row[3])
    months = max(1, (ends.year - starts.year) * 12 + ends.month - starts.month)
    return (row[4] or 0) // months
