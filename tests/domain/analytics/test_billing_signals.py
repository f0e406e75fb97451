"""Falling billed revenue and growing arrears on hand-computed bill series."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from bigcust_desktop.domain.analytics.billing import (
    PREVIOUS_MONTHS,
    SAME_MONTHS_LAST_YEAR,
    arrears_growing,
    revenue_falling,
)
from bigcust_desktop.domain.analytics.inputs import PeriodBilling
from bigcust_desktop.domain.analytics.months import month_number, period_of
from bigcust_desktop.domain.analytics.thresholds import Thresholds

LIMITS = Thresholds()
LAST = "2026-10"
TODAY = dt.date(2026, 11, 27)


def series(last: str, *yuan: int, owed: tuple[int, ...] = ()) -> tuple[PeriodBilling, ...]:
    """Monthly bills in yuan ending at ``last``; due the 20th of the month after the period."""
    end = month_number(last)
    rows = []
    for k, amount in enumerate(yuan):
        n = end - len(yuan) + 1 + k
        nxt = period_of(n + 1)
        due = dt.date(int(nxt[:4]), int(nxt[5:]), 20)
        paid_short = owed[k] if k < len(owed) else 0
        rows.append(PeriodBilling(period_of(n), amount * 100, paid_short * 100, due))
    return tuple(rows)


def test_sliding_revenue_fires_with_its_figures():
    # Baseline 2026-02..07: 1000 ×5, 860 -> typical 1000. Recent 08..10: 740, 640, 550 -> 640.
    bills = series(LAST, 1000, 1000, 1000, 1000, 1000, 860, 740, 640, 550)
    signal = revenue_falling(bills, LAST, LIMITS)
    assert signal.fired
    assert signal.figure("basis") == PREVIOUS_MONTHS
    assert signal.figure("recent_typical") == 64_000
    assert signal.figure("baseline_typical") == 100_000
    assert signal.figure("recent_total") == 193_000
    assert signal.figure("baseline_from") == "2026-02"
    assert signal.figure("change") == Decimal("-36.0")
    assert signal.revenue_at_risk_fen == 12 * 64_000


def test_steady_revenue_with_noise_stays_quiet():
    bills = series(LAST, 1000, 1020, 990, 1010, 980, 1000, 1015, 985, 1000)
    signal = revenue_falling(bills, LAST, LIMITS)
    assert not signal.fired and signal.revenue_at_risk_fen == 0
    assert signal.figure("change") == Decimal("0.0")


def test_a_refund_month_is_not_a_slide():
    # 2026-09 carries a refund of the whole month and more (冲正): -200. The typical recent month
    # (lower median of 1000, -200, 1000) stays 1000.
    bills = series(LAST, 1000, 1000, 1000, 1000, 1000, 1000, 1000, -200, 1000)
    signal = revenue_falling(bills, LAST, LIMITS)
    assert not signal.fired
    assert signal.figure("recent_total") == 180_000


def test_a_refund_in_the_baseline_does_not_hide_a_slide():
    bills = series(LAST, 1000, -500, 1000, 1000, 1000, 1000, 600, 600, 600)
    signal = revenue_falling(bills, LAST, LIMITS)
    assert signal.fired and signal.figure("change") == Decimal("-40.0")


def test_seasonal_dip_compares_with_the_same_months_a_year_earlier():
    # A school: July and August bill half every year. Recent 2026-08..10 = 500, 1000, 1000 would
    # be quiet anyway by median; make the dip three months long (Aug-Oct) in both years.
    year = [1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 500, 500, 500]
    bills = series(LAST, *(year + year[:3] + [1000, 1000, 1000, 1000] + [1000, 500, 500, 500]))
    signal = revenue_falling(bills, LAST, LIMITS)
    assert signal.figure("basis") == SAME_MONTHS_LAST_YEAR
    assert signal.figure("baseline_from") == "2025-08"
    assert not signal.fired
    # Without the year-earlier months the same dip would look like a slide.
    short = bills[-9:]
    assert revenue_falling(short, LAST, LIMITS).fired


def test_one_month_of_history_cannot_be_judged():
    signal = revenue_falling(series(LAST, 800), LAST, LIMITS)
    assert not signal.fired and signal.note == "short_history"


def test_no_bills_cannot_be_judged():
    assert revenue_falling((), LAST, LIMITS).note == "no_bills"
    assert arrears_growing((), TODAY, LIMITS).note == "no_bills"


def test_a_month_not_yet_billed_is_not_zero():
    # The book has bills up to 2026-09 only (BOSS has not issued October): the window ends there.
    bills = series("2026-09", 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000)
    assert not revenue_falling(bills, "2026-09", LIMITS).fired
    # Read as if October were billed, its absence would be a zero and a slide.
    assert revenue_falling(bills, "2026-10", LIMITS).figure("recent_typical") == 100_000
    gone = revenue_falling(bills[:-2], "2026-09", LIMITS)  # August and September without bills
    assert gone.fired and gone.figure("recent_typical") == 0


def test_small_customers_need_an_absolute_drop_too():
    bills = series(LAST, 50, 50, 50, 50, 50, 50, 40, 40, 40)  # -20 %, but ¥10 a month
    assert not revenue_falling(bills, LAST, LIMITS).fired
    assert revenue_falling(bills, LAST, Thresholds(revenue_min_drop_fen=500)).fired


def test_arrears_growing_over_the_last_three_overdue_periods():
    # Periods 2026-07..10 due 08-20 .. 11-20, all before 11-27. July paid in part, none after.
    bills = series(LAST, 900, 1000, 1000, 1000, 1000, owed=(0, 600, 1000, 1000, 1000))
    signal = arrears_growing(bills, TODAY, LIMITS)
    assert signal.fired
    assert signal.figure("owed") == 360_000
    assert signal.figure("periods_owing") == 4
    assert signal.figure("oldest_days") == (TODAY - dt.date(2026, 8, 20)).days
    assert signal.revenue_at_risk_fen == 360_000


def test_a_bill_not_yet_due_is_not_arrears():
    bills = series(LAST, 1000, 1000, 1000, owed=(0, 1000, 1000))
    assert not arrears_growing(bills, dt.date(2026, 11, 20), LIMITS).fired  # October due today
    assert arrears_growing(bills, dt.date(2026, 11, 21), LIMITS).fired is False  # only 2 owing
    four = series(LAST, 1000, 1000, 1000, 1000, owed=(0, 1000, 1000, 1000))
    assert not arrears_growing(four, dt.date(2026, 11, 20), LIMITS).fired
    assert arrears_growing(four, dt.date(2026, 11, 21), LIMITS).fired


def test_a_paid_month_breaks_the_run_and_small_rests_do_not_count():
    broken = series(LAST, 1000, 1000, 1000, 1000, owed=(1000, 1000, 0, 1000))
    assert not arrears_growing(broken, TODAY, LIMITS).fired
    crumbs = series(LAST, 1000, 1000, 1000, owed=(50, 50, 50))  # 5 % of each bill
    assert not arrears_growing(crumbs, TODAY, LIMITS).fired


def test_a_refund_month_owes_nothing_and_breaks_no_run():
    bills = series(LAST, 1000, 1000, -300, 1000, owed=(1000, 1000, 0, 1000))
    signal = arrears_growing(bills, TODAY, LIMITS)
    assert signal.fired and signal.figure("periods_owing") == 3
    assert signal.figure("owed") == 300_000
