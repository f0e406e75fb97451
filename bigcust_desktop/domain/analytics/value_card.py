"""The value card: the province's tier and score explained factor by factor with the figures
behind each, 公用/私用 (group-paid vs member-paid lines), and the under-valued rule.

The province's figures stay the province's: they are read and explained, never recomputed into
their place. Depends on the domain's value rule and the analytics types.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from bigcust_desktop.domain.analytics.billing import typical_month
from bigcust_desktop.domain.analytics.figures import Figure, Unit, pct_change
from bigcust_desktop.domain.analytics.inputs import PeriodBilling
from bigcust_desktop.domain.money import round_fen
from bigcust_desktop.domain.value import FACTOR_WEIGHTS, FACTORS, factor_value, value_score


@dataclass(frozen=True, slots=True)
class Payers:
    """Who pays the customer's lines: an account of the customer or its group (公用, group-paid)
    or an account of someone else, such as a member's own (私用, member-paid)."""

    group_paid_lines: int = 0
    group_paid_monthly_fen: int = 0
    member_paid_lines: int = 0
    member_paid_monthly_fen: int = 0
    unknown_payer_lines: int = 0  # paid by an account this user was not sent

    @property
    def lines(self) -> int:
        return self.group_paid_lines + self.member_paid_lines


@dataclass(frozen=True, slots=True)
class ValueFacts:
    """What the card explains: the province's figures and the cached book's evidence."""

    customer_id: str
    tier: str
    score: Decimal
    factors: Mapping[str, object]
    created_on: dt.date
    billing: tuple[PeriodBilling, ...] = ()
    oldest_line_on: dt.date | None = None
    active_monthly_fen: int = 0
    payers: Payers = Payers()
    bills: int = 0  # bills of the last twelve periods
    bills_on_time: int = 0  # of those, paid in full by their due date
    owed_overdue_fen: int = 0
    competitor_monthly_fen: int | None = None  # spend held by other carriers, once recorded


@dataclass(frozen=True, slots=True)
class FactorLine:
    """One factor: the province's 0-100 value, its weight, what it adds to the score, evidence."""

    name: str
    value: Decimal
    weight: Decimal
    points: Decimal  # value × weight, two places
    figures: tuple[Figure, ...]


@dataclass(frozen=True, slots=True)
class ValueCard:
    customer_id: str
    tier: str
    score: Decimal
    recomputed: Decimal  # the score the published weights give from the province's factors
    factors: tuple[FactorLine, ...]
    payers: Payers

    @property
    def consistent(self) -> bool:
        """Whether the province's score is what its factors and the published weights give."""
        return abs(self.score - self.recomputed) <= Decimal("0.01")


def _growth_figures(billing: Sequence[PeriodBilling], months: int = 3) -> tuple[Figure, ...]:
    amounts = [row.billed_fen for row in sorted(billing, key=lambda r: r.period)]
    if len(amounts) < 2 * months:
        return (Figure("months_of_bills", len(amounts), Unit.MONTHS),)
    recent, before = sum(amounts[-months:]), sum(amounts[-2 * months : -months])
    figures = [
        Figure("recent_total", recent, Unit.FEN),
        Figure("previous_total", before, Unit.FEN),
    ]
    if before > 0:
        figures.append(Figure("change", pct_change(recent, before), Unit.PERCENT))
    return tuple(figures)


def _evidence(facts: ValueFacts, today: dt.date) -> dict[str, tuple[Figure, ...]]:
    recent = [row.billed_fen for row in sorted(facts.billing, key=lambda r: r.period)][-3:]
    share: tuple[Figure, ...] = (Figure("our_monthly", facts.active_monthly_fen, Unit.FEN),)
    if facts.competitor_monthly_fen is not None:
        whole = facts.active_monthly_fen + facts.competitor_monthly_fen
        ours = Decimal(facts.active_monthly_fen * 100 / whole) if whole else Decimal(0)
        share += (
            Figure("competitor_monthly", facts.competitor_monthly_fen, Unit.FEN),
            Figure("our_share", ours.quantize(Decimal("0.1")), Unit.PERCENT),
        )
    years = Decimal((today - facts.created_on).days) / Decimal("365.25")
    return {
        "spend": (
            Figure("typical_month", typical_month(recent) if recent else 0, Unit.FEN),
            Figure("lines_monthly", facts.active_monthly_fen, Unit.FEN),
        ),
        "growth": _growth_figures(facts.billing),
        "tenure": (
            Figure("customer_since", facts.created_on, Unit.DATE),
            Figure("years", years.quantize(Decimal("0.1")), Unit.TEXT),
            Figure("oldest_line", facts.oldest_line_on, Unit.DATE),
        ),
        "share": share,
        "payment": (
            Figure("bills", facts.bills, Unit.COUNT),
            Figure("on_time", facts.bills_on_time, Unit.COUNT),
            Figure("owed_overdue", facts.owed_overdue_fen, Unit.FEN),
        ),
    }


def factor_values(factors: Mapping[str, object]) -> dict[str, Decimal]:
    """The province's five factors (0-100); one missing or out of range reads as 0."""
    values: dict[str, Decimal] = {}
    for name in FACTORS:
        try:
            values[name] = factor_value(factors.get(name), name)  # type: ignore[arg-type]
        except ValueError:
            values[name] = Decimal(0)
    return values


def explain_value(facts: ValueFacts, today: dt.date) -> ValueCard:
    """The province's score factor by factor (weights of `domain.value`), with the evidence.

    Factors missing or out of range in the cached record read as 0 with no evidence lost.
    """
    evidence = _evidence(facts, today)
    values = factor_values(facts.factors)
    lines = tuple(
        FactorLine(
            name,
            values[name],
            FACTOR_WEIGHTS[name],
            round_fen(values[name] * FACTOR_WEIGHTS[name]),
            evidence[name],
        )
        for name in FACTORS
    )
    return ValueCard(
        facts.customer_id, facts.tier, facts.score, value_score(values), lines, facts.payers
    )


@dataclass(frozen=True, slots=True)
class UnderValueRules:
    """When average spend misjudges a customer (documented defaults, docs/analytics.md)."""

    modest_spend_max: int = 50  # the province's spend factor (a percentile) at or below this
    high_factor_min: int = 70  # tenure, share or growth at or above this
    private_lines_min: int = 20  # member-paid lines ...
    private_share_min_pct: int = 50  # ... that are at least this share of all lines


DEFAULT_UNDERVALUE = UnderValueRules()


@dataclass(frozen=True, slots=True)
class UnderValued:
    customer_id: str
    fired: bool
    reasons: tuple[Figure, ...]  # the factors (0-100) or payer figures that make it


def under_valued(card: ValueCard, rules: UnderValueRules = DEFAULT_UNDERVALUE) -> UnderValued:
    """Modest spend, but high loyalty (tenure), share or growth, or many members paying
    privately: the big customers an average-spend ranking misses."""
    values = {line.name: line.value for line in card.factors}
    return judge_under_value(card.customer_id, values, card.payers, rules)


def under_valued_of(facts: ValueFacts, rules: UnderValueRules = DEFAULT_UNDERVALUE) -> UnderValued:
    """`under_valued` of the facts' card without building its evidence (the book-wide list
    needs only the factors and the payers)."""
    return judge_under_value(facts.customer_id, factor_values(facts.factors), facts.payers, rules)


def judge_under_value(
    customer_id: str, by_name: Mapping[str, Decimal], payers: Payers, rules: UnderValueRules
) -> UnderValued:
    """The under-valued rule on the five factors (0-100) and the payers."""
    if by_name["spend"] > rules.modest_spend_max:
        return UnderValued(customer_id, False, ())
    reasons = [
        Figure(name, by_name[name], Unit.TEXT)
        for name in ("tenure", "share", "growth")
        if by_name[name] >= rules.high_factor_min
    ]
    if (
        payers.member_paid_lines >= rules.private_lines_min
        and payers.member_paid_lines * 100 >= rules.private_share_min_pct * max(payers.lines, 1)
    ):
        reasons.append(Figure("member_paid_lines", payers.member_paid_lines, Unit.COUNT))
    if reasons:
        reasons.insert(0, Figure("spend", by_name["spend"], Unit.TEXT))
    return UnderValued(customer_id, bool(reasons), tuple(reasons))
