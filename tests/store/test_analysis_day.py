"""A new day with nothing changed in the cache: the refresh judges again only the customers a
window's edge crossed and moves the day counts of the verdicts that stand, and what it keeps is
what judging the whole book that day gives; on the generated `small` book, day after day, a real
database file."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select
from storecopy import open_copy

from bigcust_desktop.domain.analytics.figures import SignalCode
from bigcust_desktop.domain.analytics.inputs import AsOf
from bigcust_desktop.domain.analytics.months import local_day
from bigcust_desktop.domain.analytics.thresholds import DEFAULT_THRESHOLDS, Thresholds
from bigcust_desktop.domain.analytics.worklist import assess
from bigcust_desktop.domain.timefmt import format_instant
from bigcust_desktop.store.analysis.codec import encode_signals
from bigcust_desktop.store.analysis.settings import write_analysis_settings
from bigcust_desktop.store.analysis.verdicts import customers_due
from bigcust_desktop.store.feed import FeedPage
from bigcust_desktop.store.models import Customer
from bigcust_desktop.store.models.analytics import AtRiskCustomer
from bigcust_desktop.store.profile import Profile
from bigcust_desktop.store.queries.analytics import customer_facts, last_billed_period
from bigcust_desktop.store.queries.analytics_scope import CustomerScope
from bigcust_desktop.store.queries.book import Book

from . import records as rec

# When each day's first refresh runs, in hours from 10:00 in Beijing: at midnight, one in the
# morning, 10:00, 17:00 and 23:00 in turn (one refresh a local day; within a day the kept
# analysis stands until a sync changes its customers).
OFFSETS = (-10, -9, 0, 7, 13)
# Days from one refresh to the next: one day, a weekend, a week away, two weeks.
STEPS = (1, 1, 2, 1, 3, 1, 7, 1, 14)


@pytest.fixture(scope="module")
def day_store(tmp_path_factory, small_template):
    """A copy of the session's loaded small book, walked through the days by this module."""
    store = open_copy(small_template, Profile.resolve(tmp_path_factory.mktemp("day") / "profile"))
    yield store
    store.close()


def _kept(conn) -> dict[str, object]:
    return {
        r.customer_id: (r.revenue_at_risk_fen, r.signal_count, r.signals)
        for r in conn.execute(select(AtRiskCustomer))
    }


def _judged_whole(
    conn, now: dt.datetime, limits: Thresholds = DEFAULT_THRESHOLDS
) -> dict[str, object]:
    as_of = AsOf(now, last_billed_period(conn, local_day(now)))
    found = {}
    for facts in customer_facts(conn, CustomerScope(), as_of, limits, summary=True):
        a = assess(facts, as_of, limits)
        if a.flagged:
            found[a.customer_id] = (a.revenue_at_risk_fen, len(a.fired), encode_signals(a.fired))
    return found


def _bill_due(dataset, on: dt.date) -> dict[str, object]:
    """A new, unpaid bill of the dataset's first account, due ``on``."""
    first = dataset.records["bill"][0]
    return {**first, "id": "BIL-DAY-0001", "amount": "880000.00", "paid_amount": "0.00",
            "status": "unpaid", "due_date": on.isoformat()}  # fmt: skip


def test_day_after_day_the_kept_worklist_is_the_whole_books(day_store, small_dataset):
    start = dt.datetime.combine(small_dataset.as_of, dt.time(2), dt.UTC)
    day_store.analytics.refresh(None, now=start)
    # A bill falling due in three days, and a customer uncontacted for long contacted 88 days
    # ago: quiet today, uncontacted again three days on. Each judged now, as after a sync.
    bill = _bill_due(small_dataset, small_dataset.as_of + dt.timedelta(days=3))
    page = FeedPage(next_cursor="c-1", has_more=False)
    page.upserts["bill"] = [bill]
    day_store.sync_state.write_page("boss", page)
    uncontacted = next(
        r.customer_id
        for r in day_store.analytics.worklist(Book())
        if r.signal(SignalCode.NOT_CONTACTED) is not None
    )
    contact = rec.activity(
        1, uncontacted, occurred_at=format_instant(start - dt.timedelta(days=88))
    )
    page = FeedPage(next_cursor="c-2", has_more=False)
    page.upserts["activity"] = [contact]
    day_store.sync_state.write_page("city", page)
    day_store.analytics.refresh(None, now=start)
    assert day_store.analytics.at_risk(uncontacted) is None or (
        day_store.analytics.at_risk(uncontacted).signal(SignalCode.NOT_CONTACTED) is None
    )
    with day_store.begin() as conn:
        total = conn.execute(select(func.count()).select_from(Customer)).scalar()
        assert bill["customer_id"] not in customers_due(
            conn, small_dataset.as_of, start + dt.timedelta(days=1), DEFAULT_THRESHOLDS
        )
        assert bill["customer_id"] in customers_due(
            conn, small_dataset.as_of, start + dt.timedelta(days=4), DEFAULT_THRESHOLDS
        )
    by_ids = moved_verdicts = 0
    previous, days = None, 0
    for n, step in enumerate(STEPS):
        days += step
        now = start + dt.timedelta(days=days, hours=OFFSETS[n % len(OFFSETS)])
        result = day_store.analytics.refresh(None, now=now)
        with day_store.begin() as conn:
            kept, whole = _kept(conn), _judged_whole(conn, now)
        assert kept == whole, f"{now.isoformat()}"
        if not result.whole_book:
            by_ids += 1
            assert result.customers < total / 10
        if previous is not None and set(kept) != previous:
            moved_verdicts += 1
        previous = set(kept)
    # The days were judged by their crossings alone (two weeks at once may cross more than a
    # tenth of the book: judged whole), and verdicts did move from day to day (and the day
    # counts of those that stood: the comparison above).
    assert by_ids >= len(STEPS) - 1
    assert day_store.analytics.at_risk(uncontacted).signal(SignalCode.NOT_CONTACTED)
    assert moved_verdicts >= 3


# One threshold of each signal changed in turn, from its default (a billing one last: its
# signals read the bills, the others not).
CHANGES = (
    {"contact_gap_days": 30},
    {"term_window_days": 200},
    {"fault_min_count": 2},
    {"line_loss_window_days": 120, "line_loss_min_lines": 1},
    {"competitor_window_days": 400},
    {"arrears_periods": 1},
)


def _defaults(change: dict[str, int]) -> dict[str, object]:
    return {name: getattr(DEFAULT_THRESHOLDS, name) for name in change}


def test_a_threshold_changed_judges_its_signal_again_for_everyone(day_store, small_dataset):
    now = dt.datetime.combine(small_dataset.as_of, dt.time(2), dt.UTC) + dt.timedelta(days=60)
    day_store.analytics.refresh(None, now=now)
    settings = day_store.profile.settings_path
    with day_store.begin() as conn:
        total = conn.execute(select(func.count()).select_from(Customer)).scalar()
    try:
        for change in CHANGES:
            before = day_store.analytics.worklist(Book())
            write_analysis_settings(settings, {"thresholds": change})
            result = day_store.analytics.refresh(None, now=now)
            limits = Thresholds(**change)
            with day_store.begin() as conn:
                kept, whole = _kept(conn), _judged_whole(conn, now, limits)
            assert kept == whole, change
            assert (result.whole_book, result.customers) == (False, total), change
            assert day_store.analytics.worklist(Book()) != before, change  # it did move
            write_analysis_settings(settings, {"thresholds": _defaults(change)})
            day_store.analytics.refresh(None, now=now)
    finally:
        write_analysis_settings(settings, {"thresholds": {}})
