"""The value card explains the province's score; the under-valued rule finds what spend misses."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from bigcust_desktop.domain.analytics.inputs import PeriodBilling
from bigcust_desktop.domain.analytics.value_card import (
    Payers,
    ValueFacts,
    explain_value,
    under_valued,
)

TODAY = dt.date(2026, 11, 27)
D = Decimal


def bills(*yuan: int) -> tuple[PeriodBilling, ...]:
    return tuple(
        PeriodBilling(f"2026-{m:02d}", y * 100, 0, dt.date(2026, m + 1, 20))
        for m, y in zip(range(11 - len(yuan), 11), yuan, strict=True)
    )


def facts(**kw) -> ValueFacts:
    base = {
        "customer_id": "CUS-1",
        "tier": "key",
        "score": D("73.05"),
        "factors": {"spend": 80, "growth": 60, "tenure": 70, "share": 75, "payment": 77},
        "created_on": dt.date(2016, 11, 27),
    }
    return ValueFacts(**(base | kw))


def test_each_factor_with_weight_points_and_evidence():
    card = explain_value(
        facts(
            billing=bills(1000, 1000, 1000, 1200, 1100, 1300),
            active_monthly_fen=118_000,
            bills=12,
            bills_on_time=11,
            owed_overdue_fen=5_000,
        ),
        TODAY,
    )
    points = {f.name: f.points for f in card.factors}
    assert points == {
        "spend": D("24.00"),
        "growth": D("12.00"),
        "tenure": D("10.50"),
        "share": D("15.00"),
        "payment": D("11.55"),
    }
    assert card.recomputed == D("73.05") and card.consistent
    by = {f.name: {x.name: x.value for x in f.figures} for f in card.factors}
    assert by["spend"]["typical_month"] == 120_000
    assert by["growth"]["change"] == D("20.0")  # 3,600 vs 3,000 yuan
    assert by["tenure"]["years"] == D("10.0")
    assert by["payment"] == {"bills": 12, "on_time": 11, "owed_overdue": 5_000}


def test_a_score_the_factors_do_not_give_is_shown_as_such():
    card = explain_value(facts(score=D("80.00")), TODAY)
    assert not card.consistent and card.score == D("80.00")  # the province's, not replaced


def test_share_of_wallet_from_competitor_spend_once_known():
    card = explain_value(facts(active_monthly_fen=30_000, competitor_monthly_fen=70_000), TODAY)
    share = {x.name: x.value for x in next(f for f in card.factors if f.name == "share").figures}
    assert share["our_share"] == D("30.0")


def test_under_valued_by_loyalty_share_growth_or_private_members():
    loyal = {"spend": 35, "growth": 50, "tenure": 90, "share": 40, "payment": 90}
    found = under_valued(explain_value(facts(factors=loyal), TODAY))
    assert found.fired and [r.name for r in found.reasons] == ["spend", "tenure"]
    ordinary = {"spend": 35, "growth": 50, "tenure": 50, "share": 40, "payment": 90}
    assert not under_valued(explain_value(facts(factors=ordinary), TODAY)).fired
    members = Payers(group_paid_lines=10, member_paid_lines=30, member_paid_monthly_fen=264_000)
    crowd = under_valued(explain_value(facts(factors=ordinary, payers=members), TODAY))
    assert crowd.fired and crowd.reasons[-1].name == "member_paid_lines"
    big = {"spend": 90, "growth": 90, "tenure": 90, "share": 90, "payment": 90}
    assert not under_valued(explain_value(facts(factors=big), TODAY)).fired


def test_missing_factors_read_as_zero():
    card = explain_value(facts(factors={"spend": 50}), TODAY)
    assert [f.value for f in card.factors] == [D(50), 0, 0, 0, 0]
