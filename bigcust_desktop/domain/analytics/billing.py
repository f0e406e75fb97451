"""Billing signals: falling billed revenue (seasonally fair) and growing arrears.

Depends on the standard library and the analytics inputs, thresholds and figures.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from operator import attrgetter

from bigcust_desktop.domain.analytics.figures import (
    Figure,
    Signal,
    SignalCode,
    Unit,
    pct_change,
    quiet,
)
from bigcust_desktop.domain.analytics.inputs import PeriodBilling
from bigcust_desktop.domain.analytics.months import month_number, period_of
from bigcust_desktop.domain.analytics.thresholds import Thresholds

SAME_MONTHS_LAST_YEAR = "same_months_last_year"
PREVIOUS_MONTHS = "previous_months"


def typical_month(values: Sequence[int]) -> int:
    """The lower median of monthly figures: one refund month or one spike does not move it."""
    ordered = sorted(values)
    return ordered[(len(ordered) - 1) // 2]


def revenue_falling(
    billing: Sequence[PeriodBilling], last_period: str, limits: Thresholds, explain: bool = True
) -> Signal:
    """Whether the customer's typical recent month is well below its typical baseline month.

    The recent window is the ``revenue_recent_months`` periods ending at ``last_period`` (the
    newest period the book has bills for: later months are not billed yet, never zero). The
    baseline is the same months a year earlier when the customer's history covers them (a
    seasonal business compares like with like), else up to ``revenue_baseline_months`` before
    the recent window. A month inside the customer's history without bills counts as zero.
    ``explain`` False: a quiet verdict comes without its figures (the recompute keeps none).
    """
    code = SignalCode.REVENUE_FALLING
    last = month_number(last_period)
    by_month: dict[int, int] = {}
    for row in billing:
        n = month_number(row.period)
        if n <= last:
            by_month[n] = by_month.get(n, 0) + row.billed_fen
    if not by_month:
        return quiet(code, "no_bills")
    first = min(by_month)
    recent = range(last - limits.revenue_recent_months + 1, last + 1)
    if first > recent.start:
        return quiet(code, "short_history")
    year_ago = range(recent.start - 12, recent.stop - 12)
    if first <= year_ago.start:
        basis, baseline = SAME_MONTHS_LAST_YEAR, year_ago
    else:
        start = max(first, recent.start - limits.revenue_baseline_months)
        basis, baseline = PREVIOUS_MONTHS, range(start, recent.start)
        if len(baseline) < limits.revenue_min_baseline_months:
            return quiet(code, "short_history")
    recent_fen = [by_month.get(n, 0) for n in recent]
    baseline_fen = [by_month.get(n, 0) for n in baseline]
    now, before = typical_month(recent_fen), typical_month(baseline_fen)
    change = pct_change(now, before) if before > 0 else None
    fired = (
        change is not None
        and -change >= limits.revenue_drop_pct
        and before - now >= limits.revenue_min_drop_fen
    )
    note = "no_baseline" if change is None else None
    if not (fired or explain):
        return quiet(code, note)
    figures = [
        Figure("basis", basis, Unit.TEXT),
        Figure("recent_from", period_of(recent.start), Unit.PERIOD),
        Figure("recent_to", period_of(recent.stop - 1), Unit.PERIOD),
        Figure("recent_total", sum(recent_fen), Unit.FEN),
        Figure("recent_typical", now, Unit.FEN),
        Figure("baseline_from", period_of(baseline.start), Unit.PERIOD),
        Figure("baseline_to", period_of(baseline.stop - 1), Unit.PERIOD),
        Figure("baseline_total", sum(baseline_fen), Unit.FEN),
        Figure("baseline_typical", before, Unit.FEN),
    ]
    if change is None:
        return quiet(code, note, *figures)
    figures.append(Figure("change", change, Unit.PERCENT))
    # What is still billed and slipping: a year of the typical recent month.
    at_risk = 12 * max(0, now) if fired else 0
    return Signal(code, fired, tuple(figures), at_risk)


def arrears_growing(
    billing: Sequence[PeriodBilling], today: dt.date, limits: Thresholds, explain: bool = True
) -> Signal:
    """Whether each of the newest ``arrears_periods`` overdue periods was left owing.

    A period is overdue once its due date has passed; it counts as owing when at least
    ``arrears_min_share_pct`` of its bill is unpaid. Every period added to an unbroken run means
    arrears grew that month; a refund month (nothing to pay) is skipped. The amount at risk is
    everything overdue and owed. ``explain`` False: a quiet verdict comes without its figures.
    """
    code = SignalCode.ARREARS_GROWING
    overdue = [row for row in billing if row.due_date < today]
    if not overdue:
        return quiet(code, "no_bills")
    overdue.sort(key=attrgetter("period"), reverse=True)
    owed = 0
    oldest: dt.date | None = None  # the earliest due date of a period still owing
    for row in overdue:
        if row.owed_fen > 0:
            owed += row.owed_fen
            oldest = row.due_date if oldest is None else min(oldest, row.due_date)

    streak = 0
    share = limits.arrears_min_share_pct  # of the period's bill left unpaid, for it to count
    for row in overdue:
        if row.billed_fen <= 0 and row.owed_fen <= 0:
            continue  # a month of refunds asks nothing: it neither extends nor breaks the run
        owing = row.owed_fen > 0 and row.owed_fen * 100 >= share * max(row.billed_fen, 1)
        if not owing:
            break
        streak += 1
    fired = streak >= limits.arrears_periods and owed >= limits.arrears_min_fen
    if not (fired or explain):
        return quiet(code)
    figures = (
        Figure("owed", owed, Unit.FEN),
        Figure("periods_owing", streak, Unit.MONTHS),
        Figure("newest_overdue", overdue[0].period, Unit.PERIOD),
        Figure("oldest_days", (today - oldest).days if oldest else 0, Unit.DAYS),
    )
    return Signal(code, fired, figures, owed if fired else 0)
