"""`store.analytics.basis_is_current(now)`: whether the kept analysis stands on ``now``'s local
day and billed period, the read the window makes before it refreshes for a new day (issue 14).
Real database files."""

from __future__ import annotations

import datetime as dt

from bigcust_desktop.store.bulk import load_dataset

from . import records as rec
from .test_analytics_queries import NOW, book

DAY = dt.timedelta(days=1)


def test_never_judged_is_not_current(store):
    load_dataset(store, book())
    assert not store.analytics.basis_is_current(NOW)


def test_current_on_its_own_local_day_only(store):
    load_dataset(store, book())
    store.analytics.refresh(None, now=NOW)  # 10:00 in Shanghai
    assert store.analytics.basis_is_current(NOW)
    assert store.analytics.basis_is_current(NOW + dt.timedelta(hours=13))  # 23:00, same day
    assert not store.analytics.basis_is_current(NOW + dt.timedelta(hours=14))  # 00:00 next day
    assert not store.analytics.basis_is_current(NOW - DAY)


def test_a_newer_billed_period_is_not_current(store):
    load_dataset(store, book())
    december = NOW + 5 * DAY  # November is closed, but not billed in the cache yet
    store.analytics.refresh(None, now=december)
    assert store.analytics.basis_is_current(december)
    november = rec.bill(99, "ACC-0000001", "CUS-000001", period="2026-11", due_date="2026-12-20")
    load_dataset(store, {"bill": [november]})
    assert not store.analytics.basis_is_current(december)
