"""Judging again only part of the kept at-risk verdicts: on a new day with nothing changed in the
cache, the customers whose verdict can move (something enters or leaves a signal's window, a bill
falls overdue, an open ticket passes its due time) and the day counts of the verdicts that stand;
after thresholds changed, only the signals that read them, for every customer.

A signal reads its rows against a window reaching back (or forward) from the day or the instant
of the judgement. Between the last judgement and now a verdict can only move where one of those
boundaries crossed a row: each statement of `customers_due` finds the customers of such rows,
generously (every bound inclusive, any contact rather than only the latest), since judging a
customer again is always right and missing one never is. The verdicts of the others stand; of
their figures only the day counts move (days since the last contact, days left on a term, days
the oldest arrears are overdue), worked out again from the figures kept beside them.
Depends on SQLAlchemy Core, the store's models and queries, and the domain's analytics rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import Any

from sqlalchemy import (
    Connection,
    String,
    and_,
    bindparam,
    exists,
    func,
    or_,
    select,
    type_coerce,
    update,
)
from sqlalchemy.orm import aliased

from bigcust_desktop.domain.analytics.figures import SignalCode
from bigcust_desktop.domain.analytics.inputs import AsOf
from bigcust_desktop.domain.analytics.months import SHANGHAI, local_day
from bigcust_desktop.domain.analytics.thresholds import Thresholds
from bigcust_desktop.domain.analytics.worklist import assess, facts_read
from bigcust_desktop.domain.timefmt import parse_instant
from bigcust_desktop.domain.vocab import SubscriberStatus
from bigcust_desktop.store.analysis.codec import encode_signals
from bigcust_desktop.store.models import (
    Activity,
    CompetitorLine,
    Contract,
    ContractCircuit,
    FaultTicket,
    Subscriber,
)
from bigcust_desktop.store.models.analytics import AtRiskCustomer, CustomerBillMonth
from bigcust_desktop.store.queries.analytics import competitor_said, customer_facts
from bigcust_desktop.store.queries.analytics_scope import CustomerScope

_LOST = (SubscriberStatus.CANCELLED.value, SubscriberStatus.SUSPENDED.value)
_DAY = dt.timedelta(days=1)


def _within(column: Any, low: Any, high: Any) -> Any:
    return and_(column >= low, column <= high)


def customers_due(
    conn: Connection, kept_day: dt.date, now: dt.datetime, limits: Thresholds
) -> set[str]:
    """The customers whose verdict may differ at ``now`` from a judgement made at any time of
    ``kept_day`` with the same rows, thresholds and billed period.

    Instants run from the first instant of ``kept_day`` (Asia/Shanghai) to ``now``, days from
    ``kept_day`` to today; a row counts when a window's edge passed it in between. Falling
    revenue reads months up to the billed period, not the day: it never moves here.
    """
    start = dt.datetime.combine(kept_day, dt.time(0), SHANGHAI).astimezone(dt.UTC)
    today = local_day(now)

    def instants(column: Any, window_days: int) -> Any:
        """Rows entering a window ending now, or leaving one reaching ``window_days`` back."""
        back = dt.timedelta(days=window_days)
        return or_(_within(column, start, now), _within(column, start - back, now - back))

    def days(column: Any, back: int = 0, ahead: int = 0) -> tuple[Any, Any]:
        """Rows a window of days from ``back`` days before today to ``ahead`` after it entered,
        and rows it left (a day of margin each side): two conditions, each one index range."""
        entered = _within(column, kept_day + _DAY * (ahead - 1), today + _DAY * (ahead + 1))
        left = _within(column, kept_day - _DAY * (back + 2), today - _DAY * (back - 1))
        return entered, left

    gap = dt.timedelta(days=limits.contact_gap_days)
    term = limits.term_window_days
    fault_back = start - dt.timedelta(days=limits.fault_window_days)
    # An open fault passes its due time between then and now when `due_at` falls in between or,
    # under a circuit's contracted restore time, when it opened within the longest such time.
    longest = conn.execute(select(func.max(ContractCircuit.restore_hours))).scalar() or 0
    later = aliased(Activity)
    m = CustomerBillMonth
    statements = [
        # The latest contact passing the gap: a contact as old as that with none after it.
        select(Activity.customer_id).where(
            _within(Activity.occurred_at, start - gap, now - gap),
            ~exists().where(
                later.customer_id == Activity.customer_id, later.occurred_at > now - gap
            ),
        ),
        # Competitor mentions entering or leaving their window.
        select(Activity.customer_id).where(
            instants(Activity.occurred_at, limits.competitor_window_days),
            competitor_said(limits.competitor_terms),
        ),
        *(
            select(CompetitorLine.customer_id).where(crossed)
            for crossed in days(CompetitorLine.observed_on, back=limits.competitor_window_days)
        ),
        # Faults entering or leaving the window, open faults passing their due time.
        select(FaultTicket.customer_id).where(
            instants(FaultTicket.opened_at, limits.fault_window_days)
        ),
        select(FaultTicket.customer_id).where(
            FaultTicket.resolved_at.is_(None),
            FaultTicket.opened_at >= fault_back,
            or_(
                _within(FaultTicket.due_at, start, now),
                FaultTicket.opened_at >= start - dt.timedelta(hours=longest),
            ),
        ),
        # Lines lost entering or leaving their window, terms entering or ending.
        *(
            select(Subscriber.customer_id).where(Subscriber.status.in_(_LOST), crossed)
            for crossed in days(Subscriber.status_date, back=limits.line_loss_window_days)
        ),
        *(
            select(Subscriber.customer_id).where(crossed)
            for crossed in days(Subscriber.contract_end, ahead=term)
        ),
        *(
            select(Contract.customer_id).where(crossed)
            for crossed in days(Contract.ends_on, ahead=term)
        ),
        # Months falling overdue (their latest due date passed, as the arrears signal reads
        # them: the kept bill months), left owing; a month paid can only break a run of owing
        # months, so it matters only where the arrears signal fired.
        select(m.customer_id).where(
            m.due_date >= (kept_day - _DAY).isoformat(),
            m.due_date <= today.isoformat(),
            or_(
                m.owed_fen > 0,
                m.customer_id.in_(
                    select(AtRiskCustomer.customer_id).where(
                        func.instr(
                            type_coerce(AtRiskCustomer.signals, String),
                            SignalCode.ARREARS_GROWING.value,
                        )
                        > 0
                    )
                ),
            ),
        ),
    ]
    due: set[str] = set()
    for stmt in statements:
        due.update(conn.execute(stmt.distinct()).scalars())
    return due


def move_day_counts(conn: Connection, now: dt.datetime, judged: Collection[str]) -> int:
    """Bring the day counts of the kept verdicts of the customers not in ``judged`` to ``now``;
    the rows touched get ``now`` as their time of computation. Returns how many."""
    today = local_day(now)
    a = AtRiskCustomer
    moved = []
    for customer_id, signals, computed_at in conn.execute(
        select(a.customer_id, a.signals, a.computed_at)
    ):
        if customer_id in judged:
            continue
        shift = (today - local_day(computed_at)).days
        changed = False
        for signal in signals:
            changed |= move_day_count(signal, now, shift)
        if changed:
            moved.append({"key": customer_id, "signals": signals})
    if moved:
        signals_type = a.__table__.c.signals.type
        stmt = (
            update(a)
            .where(a.customer_id == bindparam("key"))
            .values(signals=bindparam("signals", type_=signals_type), computed_at=now)
        )
        conn.execute(stmt, moved)
    return len(moved)


def move_day_count(signal: dict[str, Any], now: dt.datetime, shift: int) -> bool:
    """Move one kept signal's day count (encoded figures, `codec`) in place; True if it did."""
    code = signal["code"]
    figures = {f["name"]: f for f in signal["figures"]}
    if code == SignalCode.NOT_CONTACTED and "days_since" in figures:
        last = parse_instant(figures["last_contact"]["value"])
        value = (now - last).days
        name = "days_since"
    elif code == SignalCode.TERM_ENDING and "days_left" in figures:
        value, name = figures["days_left"]["value"] - shift, "days_left"
    elif code == SignalCode.ARREARS_GROWING and figures.get("oldest_days", {}).get("value"):
        value, name = figures["oldest_days"]["value"] + shift, "oldest_days"
    else:
        return False
    if figures[name]["value"] == value:
        return False
    figures[name]["value"] = value
    return True


def at_risk_row(
    customer_id: str, signals: list[dict[str, Any]], now: dt.datetime
) -> dict[str, Any]:
    """A kept at-risk row of one customer's fired signals (encoded, `codec`, in the worklist's
    order): the revenue at risk is the largest signal's, not their sum (`Assessment`)."""
    return {
        "customer_id": customer_id,
        "revenue_at_risk_fen": max(s["revenue_at_risk_fen"] for s in signals),
        "signal_count": len(signals),
        "signals": signals,
        "computed_at": now,
    }


def rejudged_rows(
    conn: Connection,
    scope: CustomerScope,
    as_of: AsOf,
    limits: Thresholds,
    codes: frozenset[SignalCode],
    skip: Collection[str],
) -> list[dict[str, Any]]:
    """The at-risk rows of every customer of ``scope`` but ``skip`` with ``codes`` judged again,
    reading only the facts they read, and the other signals' verdicts as kept (their day counts
    brought to now). Read before the caller rewrites the kept rows."""
    a = AtRiskCustomer
    now = as_of.now
    kept = {cid: signals for cid, signals in conn.execute(select(a.customer_id, a.signals))}
    wanted = {c.value for c in codes}
    order = {c.value: i for i, c in enumerate(SignalCode)}
    rows = []
    reads = facts_read(codes)
    for facts in customer_facts(conn, scope, as_of, limits, summary=True, reads=reads):
        if facts.customer_id in skip:
            continue
        fresh = [s for s in assess(facts, as_of, limits, explain=False).fired if s.code in codes]
        others = [s for s in kept.get(facts.customer_id, ()) if s["code"] not in wanted]
        for signal in others:
            move_day_count(signal, now, 0)
        signals = sorted(others + encode_signals(fresh), key=lambda s: order[s["code"]])
        if signals:
            rows.append(at_risk_row(facts.customer_id, signals, now))
    return rows
