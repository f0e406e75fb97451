"""Filters and periods: month text, Beijing month bounds, default and closed periods, stats."""

from __future__ import annotations

import datetime as dt
import statistics

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bigcust_desktop.reports import ReportFilters, ReportUsageError
from bigcust_desktop.reports.catalog import REPORTS
from bigcust_desktop.reports.cells import excel_date, excel_datetime, needs_guard
from bigcust_desktop.reports.period import Period
from bigcust_desktop.reports.stats import percentile

TODAY = dt.date(2026, 11, 27)


def test_months_are_parsed_and_checked():
    f = ReportFilters.parse(period_from="2026-01", period_to=" 2026-03 ", manager_id=" ")
    assert (f.period_from, f.period_to, f.manager_id) == (
        dt.date(2026, 1, 1),
        dt.date(2026, 3, 1),
        None,
    )
    for bad in ("2026-1", "2026-00", "26-01", "2026/01", "２０２６-01"):
        with pytest.raises(ReportUsageError) as caught:
            ReportFilters.parse(period_from=bad)
        assert caught.value.code == "report.period_invalid"


def test_month_bounds_are_beijing_midnights():
    start, end = Period(dt.date(2026, 11, 1), dt.date(2026, 11, 1)).instants()
    assert start == dt.datetime(2026, 10, 31, 16, tzinfo=dt.UTC)
    assert end == dt.datetime(2026, 11, 30, 16, tzinfo=dt.UTC)
    assert Period(None, None).label() == "全部"


def test_default_and_closed_periods():
    revenue, faults = REPORTS["revenue"], REPORTS["faults"]
    assert revenue.period_for(None, None, TODAY) == Period(
        dt.date(2026, 5, 1), dt.date(2026, 10, 1)
    )
    # A one-sided choice still gives the revenue report six months to draw.
    assert revenue.period_for(dt.date(2026, 1, 1), None, TODAY) == Period(
        dt.date(2026, 1, 1), dt.date(2026, 6, 1)
    )
    assert revenue.period_for(None, dt.date(2026, 3, 1), TODAY).start == dt.date(2025, 10, 1)
    assert faults.period_for(None, None, TODAY) == Period(dt.date(2026, 6, 1), dt.date(2026, 11, 1))
    assert faults.period_for(dt.date(2026, 1, 1), None, TODAY) == Period(dt.date(2026, 1, 1), None)
    assert REPORTS["pipeline"].period_for(None, None, TODAY) == Period(None, None)


def test_guard_covers_formula_starts_and_error_codes_only():
    for text in ("=1", "+1", "-1", "@A1", "\tx", "\rx", "#REF!"):
        assert needs_guard(text)
    for text in ("", "1-2", "a=b", "#1 客户", "（-2）"):
        assert not needs_guard(text)


def test_excel_serials():
    assert excel_date(dt.date(1900, 3, 1)) == 61
    assert excel_date(dt.date(2026, 11, 27)) == 46353
    noon_beijing = dt.datetime(2026, 11, 27, 4, tzinfo=dt.UTC)
    assert excel_datetime(noon_beijing) == 46353.5


@given(st.lists(st.floats(0, 1e6), min_size=2, max_size=50))
def test_percentile_matches_excel_inclusive_method(values):
    assert percentile(values, 0.5) == pytest.approx(statistics.median(values))
    p90 = statistics.quantiles(values, n=10, method="inclusive")[8]
    assert percentile(values, 0.9) == pytest.approx(p90)
