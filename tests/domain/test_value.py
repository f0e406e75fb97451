"""Customer value score and tier."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bigcust_desktop.domain.errors import ValidationError
from bigcust_desktop.domain.value import FACTOR_WEIGHTS, ValueTier, value_score, value_tier

ALL = {"spend": 80, "growth": 60, "tenure": 70, "share": 75, "payment": 77}


def test_weights_sum_to_one_and_spend_leads_without_dominating():
    assert sum(FACTOR_WEIGHTS.values()) == 1
    spend = FACTOR_WEIGHTS["spend"]
    assert spend == max(FACTOR_WEIGHTS.values())
    assert spend < Decimal("0.5")


def test_score_example():
    # 80*.30 + 60*.20 + 70*.15 + 75*.20 + 77*.15 = 24 + 12 + 10.5 + 15 + 11.55
    assert value_score(ALL) == Decimal("73.05")
    assert value_score({**ALL, "growth": Decimal("60.5"), "share": 75.25}) == Decimal("73.20")


def test_spend_alone_does_not_make_a_strategic_customer():
    big_but_leaving = {"spend": 100, "growth": 10, "tenure": 40, "share": 20, "payment": 30}
    assert value_tier(value_score(big_but_leaving)) is ValueTier.BASIC


@pytest.mark.parametrize(
    ("factors", "code"),
    [
        ({k: v for k, v in ALL.items() if k != "share"}, "value.factor_missing"),
        ({**ALL, "loyalty": 50}, "value.factor_unknown"),
        ({**ALL, "spend": 101}, "value.factor"),
        ({**ALL, "spend": -1}, "value.factor"),
        ({**ALL, "spend": float("nan")}, "value.factor"),
        ({**ALL, "spend": True}, "value.factor"),
        ({**ALL, "spend": "x"}, "value.factor"),
    ],
)
def test_bad_factors(factors, code):
    with pytest.raises(ValidationError) as info:
        value_score(factors)
    assert info.value.code == code


@pytest.mark.parametrize(
    ("score", "tier"),
    [
        (Decimal("100"), "strategic"),
        (Decimal("85.00"), "strategic"),
        (Decimal("84.99"), "key"),
        (70, "key"),
        (Decimal("69.99"), "standard"),
        (Decimal("50"), "standard"),
        (Decimal("49.99"), "basic"),
        (0, "basic"),
    ],
)
def test_tiers(score, tier):
    assert value_tier(score) == tier


factor = st.integers(0, 10_000).map(lambda n: Decimal(n).scaleb(-2))


@given(st.fixed_dictionaries({name: factor for name in FACTOR_WEIGHTS}))
def test_score_lies_between_the_lowest_and_highest_factor(factors):
    score = value_score(factors)
    assert min(factors.values()) - Decimal("0.005") <= score
    assert score <= max(factors.values()) + Decimal("0.005")
    assert value_tier(score) in set(ValueTier)
