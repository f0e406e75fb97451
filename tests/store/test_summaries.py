"""Summaries materialised in the cache (`store.summaries`): the dashboard's month totals read from
them equal the live sums over the bills; a change of their inputs drops them. Real encrypted store.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bigcust_desktop.store import summaries
from bigcust_desktop.store.bulk import load_dataset
from bigcust_desktop.store.engine import Store
from bigcust_desktop.store.queries.book import Book
from bigcust_desktop.store.queries.dashboard import last_months, monthly_billing

TEAM = Book(team_id="T-HZ-1")


@pytest.fixture
def loaded(store: Store, small_dataset) -> Store:
    load_dataset(store, small_dataset.records)
    return store


def test_month_totals_from_the_summary_equal_the_live_sums(loaded: Store, small_dataset):
    periods = last_months(small_dataset.as_of)
    with loaded.begin() as conn:
        live = monthly_billing(conn, TEAM, periods)
    assert any(m.billed for m in live)
    with loaded.begin(write=True) as conn:
        assert summaries.refresh_billing(conn, TEAM)
        assert not summaries.refresh_billing(conn, TEAM)  # already there: nothing to do
    with loaded.begin() as conn:
        stored = summaries.read_billing(conn, TEAM)
        assert stored == summaries.live_billing(conn, TEAM)
        assert monthly_billing(conn, TEAM, periods) == live
        manager = Book(manager_id="U-0002")
        assert summaries.read_billing(conn, manager) is None  # another book: read live


def test_a_change_of_bills_or_customers_drops_the_summary(loaded: Store):
    with loaded.begin(write=True) as conn:
        summaries.refresh_billing(conn, TEAM)
        summaries.inputs_changed(conn, {"opportunity", "activity"})
        assert summaries.read_billing(conn, TEAM) is not None
        summaries.inputs_changed(conn, {"bill"})
        assert summaries.read_billing(conn, TEAM) is None
        summaries.refresh_billing(conn, TEAM)
        summaries.inputs_changed(conn, {"customer"})
        assert summaries.read_billing(conn, TEAM) is None


def test_dashboard_without_a_summary_reads_live(loaded: Store, small_dataset):
    periods = last_months(small_dataset.as_of + dt.timedelta(days=31))
    with loaded.begin() as conn:
        assert summaries.read_billing(conn, TEAM) is None
        figures = monthly_billing(conn, TEAM, periods)
    assert [m.period for m in figures] == periods
