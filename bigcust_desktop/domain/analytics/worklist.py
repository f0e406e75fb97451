"""The at-risk worklist (流失预警): every signal on one customer, and the order of the list.

Depends on the analytics signals, inputs and thresholds.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from bigcust_desktop.domain.analytics.billing import arrears_growing, revenue_falling
from bigcust_desktop.domain.analytics.contact import competitor_offer, not_contacted
from bigcust_desktop.domain.analytics.figures import Signal, SignalCode
from bigcust_desktop.domain.analytics.inputs import AsOf, CustomerFacts
from bigcust_desktop.domain.analytics.months import last_closed_period, local_day
from bigcust_desktop.domain.analytics.service import lines_lost, repeated_faults, term_ending
from bigcust_desktop.domain.analytics.thresholds import DEFAULT_THRESHOLDS, Thresholds


@dataclass(frozen=True, slots=True)
class Assessment:
    """All signals on one customer, fired or not, and the revenue at risk.

    The revenue at risk is the largest of the fired signals' amounts, not their sum: the signals
    are views of the same revenue, and adding them would count it several times.
    """

    customer_id: str
    signals: tuple[Signal, ...]

    @property
    def fired(self) -> tuple[Signal, ...]:
        return tuple(s for s in self.signals if s.fired)

    @property
    def flagged(self) -> bool:
        return any(s.fired for s in self.signals)

    @property
    def revenue_at_risk_fen(self) -> int:
        return max((s.revenue_at_risk_fen for s in self.signals if s.fired), default=0)

    def signal(self, code: SignalCode) -> Signal:
        return next(s for s in self.signals if s.code == code)


# What each signal reads: its thresholds (a change to them judges only that signal again) and the
# customer's facts (the store then reads only the statements behind them).
LIMITS_READ: dict[SignalCode, tuple[str, ...]] = {
    SignalCode.REVENUE_FALLING: (
        "revenue_recent_months",
        "revenue_baseline_months",
        "revenue_min_baseline_months",
        "revenue_drop_pct",
        "revenue_min_drop_fen",
    ),
    SignalCode.ARREARS_GROWING: ("arrears_periods", "arrears_min_share_pct", "arrears_min_fen"),
    SignalCode.REPEATED_FAULTS: ("fault_window_days", "fault_min_count", "breach_min_count"),
    SignalCode.LINES_LOST: (
        "line_loss_window_days",
        "line_loss_min_lines",
        "line_loss_min_share_pct",
    ),
    SignalCode.TERM_ENDING: ("term_window_days",),
    SignalCode.NOT_CONTACTED: ("contact_gap_days",),
    SignalCode.COMPETITOR_OFFER: ("competitor_window_days", "competitor_terms"),
}
FACTS_READ: dict[SignalCode, frozenset[str]] = {
    SignalCode.REVENUE_FALLING: frozenset({"billing"}),
    SignalCode.ARREARS_GROWING: frozenset({"billing"}),
    SignalCode.REPEATED_FAULTS: frozenset({"faults"}),
    SignalCode.LINES_LOST: frozenset({"losses", "lines"}),
    SignalCode.TERM_ENDING: frozenset({"terms"}),
    SignalCode.NOT_CONTACTED: frozenset({"last_contact", "active_monthly_fen"}),
    SignalCode.COMPETITOR_OFFER: frozenset({"competitor_notes", "active_monthly_fen"}),
}


def facts_read(codes: Iterable[SignalCode]) -> frozenset[str]:
    """The facts the given signals read."""
    return frozenset().union(*(FACTS_READ[c] for c in codes))


def assess(
    facts: CustomerFacts,
    as_of: AsOf,
    limits: Thresholds = DEFAULT_THRESHOLDS,
    *,
    explain: bool = True,
) -> Assessment:
    """Run every signal on one customer's facts (a signal whose facts were not read,
    `FACTS_READ`, stays quiet on their empty defaults). ``explain`` False (the recompute, which
    keeps only fired signals): the quiet signals come without their figures; whether each fired,
    its amount at risk and the figures of the fired ones are the same."""
    now = as_of.now
    today = local_day(now)
    last_period = as_of.last_billed_period or last_closed_period(today)
    monthly = facts.active_monthly_fen
    signals = (
        revenue_falling(facts.billing, last_period, limits, explain),
        arrears_growing(facts.billing, today, limits, explain),
        repeated_faults(facts.faults, now, limits, explain),
        lines_lost(facts.losses, facts.lines, today, limits, explain),
        term_ending(facts.terms, today, limits, explain),
        not_contacted(facts.last_contact, monthly, now, limits, explain),
        competitor_offer(facts.competitor_notes, monthly, now, limits, explain),
    )
    return Assessment(facts.customer_id, signals)


def flagged(
    facts: Iterable[CustomerFacts], as_of: AsOf, limits: Thresholds = DEFAULT_THRESHOLDS
) -> Iterator[Assessment]:
    """The assessments of the customers with at least one fired signal, in the input's order."""
    for one in facts:
        result = assess(one, as_of, limits)
        if result.flagged:
            yield result


def worklist_order(item: Assessment) -> tuple[int, int, str]:
    """Sort key of the worklist: most revenue at risk first, then most signals, then id."""
    return (-item.revenue_at_risk_fen, -len(item.fired), item.customer_id)
