"""Customer value score and tier (价值评分 / 价值等级) from the provincial CRM's five factors.

Depends on the standard library only. The province computes the figures; this explains them.

Weights (they sum to 1): spend 0.30, growth 0.20, share 0.20, tenure 0.15, payment 0.15.
Spend weighs most because it is what the customer is worth today, yet stays under a third: a big
payer whose spend is shrinking, who gives most of his telecom budget to a competitor, or who pays
late is worth less than his bill suggests, and a smaller, loyal, growing customer more.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from enum import StrEnum

from bigcust_desktop.domain.errors import ValidationError
from bigcust_desktop.domain.money import parse_decimal, round_fen

FACTOR_WEIGHTS: dict[str, Decimal] = {
    "spend": Decimal("0.30"),
    "growth": Decimal("0.20"),
    "tenure": Decimal("0.15"),
    "share": Decimal("0.20"),
    "payment": Decimal("0.15"),
}
FACTORS: tuple[str, ...] = tuple(FACTOR_WEIGHTS)
_HUNDRED = Decimal(100)


class ValueTier(StrEnum):
    """战略 / 重点 / 普通 / 基础."""

    STRATEGIC = "strategic"
    KEY = "key"
    STANDARD = "standard"
    BASIC = "basic"


# Lower bound of each tier, highest first.
TIER_FLOORS: tuple[tuple[ValueTier, Decimal], ...] = (
    (ValueTier.STRATEGIC, Decimal(85)),
    (ValueTier.KEY, Decimal(70)),
    (ValueTier.STANDARD, Decimal(50)),
)


def factor_value(value: float | int | Decimal | str, field: str) -> Decimal:
    """One factor as a Decimal from 0 to 100 (``value.factor``).

    Unlike money, factors are scores that the feed may carry as JSON numbers, so floats are
    accepted here; they go through `str` so 0.1 stays 0.1.
    """
    if isinstance(value, bool):
        number = None
    elif isinstance(value, float):
        number = Decimal(repr(value))
    elif isinstance(value, int | Decimal):
        number = Decimal(value)
    elif isinstance(value, str):
        try:
            number = parse_decimal(value, field, "value.factor")
        except ValidationError:
            number = None
    else:
        number = None
    if number is None or not number.is_finite() or not 0 <= number <= _HUNDRED:
        raise ValidationError(
            field, "value.factor", "A value factor is a number from 0 to 100.", {"factor": field}
        )
    return number


def value_score(factors: Mapping[str, float | Decimal]) -> Decimal:
    """The weighted score, 0.00-100.00, rounded half-up to two places.

    Every one of the five factors is required and no other is accepted (``value.factor``,
    ``value.factor_missing``, ``value.factor_unknown``).
    """
    unknown = sorted(set(factors) - FACTOR_WEIGHTS.keys())
    if unknown:
        raise ValidationError(
            unknown[0], "value.factor_unknown", "Unknown value factor.", {"factor": unknown[0]}
        )
    total = Decimal(0)
    for name, weight in FACTOR_WEIGHTS.items():
        if name not in factors:
            raise ValidationError(
                name, "value.factor_missing", "A value factor is missing.", {"factor": name}
            )
        total += factor_value(factors[name], name) * weight
    return round_fen(total)


def value_tier(score: Decimal | int | float) -> ValueTier:
    """The tier of a score: strategic >= 85, key >= 70, standard >= 50, basic below."""
    number = factor_value(score, "value_score")
    for tier, floor in TIER_FLOORS:
        if number >= floor:
            return tier
    return ValueTier.BASIC
