"""Periods end at the last billed month in the cache: a report exported after a month BOSS has
not billed yet neither shows that month as zero nor compares against it; 环比 and 同比 compare
the last billed month with the month before and the same month a year earlier."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from sqlalchemy import text

from bigcust_desktop.reports.export import export
from bigcust_desktop.reports.period import ReportFilters

from .readback import figures, money, summary_table

TEAM = "T-HZ-1"


def month_sums(store) -> dict[str, int]:
    with store.begin() as conn:
        rows = conn.execute(
            text(
                "SELECT b.period, sum(b.amount) FROM bill b JOIN customer c"
                " ON c.id = b.customer_id WHERE c.team_id = :team GROUP BY b.period"
            ),
            {"team": TEAM},
        ).all()
    return {period: int(amount) for period, amount in rows}


@pytest.fixture(scope="module")
def late_book(tmp_path_factory, report_store, regional, as_of):
    """The revenue report exported five weeks after the data's last day: the month just closed
    is not billed in the cache yet."""
    path = tmp_path_factory.mktemp("late") / "late.xlsx"
    later = as_of + dt.timedelta(days=35)
    export(report_store, ["revenue"], ReportFilters(as_of=later), regional, path)
    return openpyxl.load_workbook(path)


def test_the_default_period_ends_at_the_last_billed_month(late_book, report_store):
    sums = month_sums(report_store)
    newest = max(sums)
    months = summary_table(late_book["收入-汇总"], "账期")
    assert [r["账期"] for r in months][-1] == newest
    assert all(money(r["账单金额（元）"]) > 0 for r in months)  # no unbilled month as zero
    growth = figures(late_book["收入-汇总"])["增长率（后半期较前半期）"]
    assert growth > -0.2  # not the −33 % of a half with an unbilled month in it


def test_month_on_month_and_year_on_year(late_book, report_store):
    sums = month_sums(report_store)
    newest = max(sums)
    year, month = map(int, newest.split("-"))
    before = f"{year - (month == 1):04d}-{(month - 2) % 12 + 1:02d}"
    year_ago = f"{year - 1:04d}-{month:02d}"
    fig = figures(late_book["收入-汇总"])
    mom = fig[f"环比（{newest}较上月）"]
    assert mom == pytest.approx(sums[newest] / sums[before] - 1, abs=1e-4)
    yoy = fig[f"同比（{newest}较去年同月）"]
    if year_ago in sums:
        assert yoy == pytest.approx(sums[newest] / sums[year_ago] - 1, abs=1e-4)
    else:
        assert yoy in (None, "", "—", "-")  # no bills a year before: no figure, not −100 %
