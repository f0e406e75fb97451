"""The kept bill months (`customer_bill_month`): what the recompute's signals read instead of the
bills, equal to the live grouping after every way a bill page changes the bills."""

from __future__ import annotations

from sqlalchemy import select

from bigcust_desktop.store.bulk import load_dataset
from bigcust_desktop.store.feed import FeedPage
from bigcust_desktop.store.models.analytics import AnalyticsStale
from bigcust_desktop.store.queries.analytics import billing_select
from bigcust_desktop.store.queries.analytics_scope import CustomerScope

from . import records as rec
from .test_analytics_queries import NOW, book


def _stale(store) -> set[str]:
    with store.begin() as conn:
        return set(conn.execute(select(AnalyticsStale.customer_id)).scalars())


def kept_and_live(store) -> tuple[list[tuple], list[tuple]]:
    every = CustomerScope()
    with store.begin() as conn:
        kept = [tuple(r) for r in conn.execute(billing_select(every, kept=True))]
        live = [tuple(r) for r in conn.execute(billing_select(every))]
    return kept, live


def _page(**upserts) -> FeedPage:
    page = FeedPage(next_cursor="c-1", has_more=False)
    for entity, rows in upserts.items():
        page.upserts[entity] = rows
    return page


def _bill(n: int) -> dict:
    return next(b for b in book()["bill"] if b["id"] == f"BIL-{n:07d}")


def test_a_bill_moved_to_another_customer_marks_both(store):
    load_dataset(store, book())
    store.analytics.refresh(None, now=NOW)
    moved = {**_bill(17), "customer_id": "CUS-000002", "version": 2}
    store.sync_state.write_page("boss", _page(bill=[moved]))
    assert _stale(store) == {"CUS-000001", "CUS-000002"}


def test_the_kept_months_follow_every_bill_page(store):
    load_dataset(store, book())
    store.analytics.refresh(None, now=NOW)  # the first recompute keeps every customer's months
    kept, live = kept_and_live(store)
    assert kept == live and len(kept) == 9
    assert kept[-1] == ("CUS-000001", "2026-10", 60_000, 60_000, "2026-11-20")
    pages = {
        "payment": _page(bill=[{**_bill(17), "paid_amount": "450.00", "version": 2}]),
        "new month": _page(bill=[rec.bill(90, "ACC-0000001", "CUS-000001", period="2026-11")]),
        "moved": _page(bill=[{**_bill(18), "customer_id": "CUS-000002", "version": 2}]),
        "deleted": _page(),
    }
    pages["deleted"].deletes["bill"] = ["BIL-0000001", "BIL-0000002"]
    for change, page in pages.items():
        store.sync_state.write_page("boss", page)
        store.analytics.refresh(None, now=NOW)
        kept, live = kept_and_live(store)
        assert kept == live, change
    assert ("CUS-000002", "2026-10", 15_000, 15_000, "2026-11-20") in kept
    assert ("CUS-000001", "2026-02") not in {r[:2] for r in kept}
    assert ("CUS-000001", "2026-11", 128_000, 27_950, "2026-11-20") in kept
