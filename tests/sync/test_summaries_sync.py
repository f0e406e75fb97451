"""The month totals a sync stores for the dashboard follow the bills: a feed page that brings bills
drops them in its own transaction, the sync's end writes them anew. So do the bill months the
analysis keeps (`customer_bill_month`), at the recompute after the sync. Real simulator over
loopback.
"""

from __future__ import annotations

from collections.abc import Callable

from bigcust_desktop.store import summaries
from bigcust_desktop.store.queries.analytics import billing_select
from bigcust_desktop.store.queries.analytics_scope import CustomerScope
from bigcust_desktop.store.queries.book import Book
from bigcust_sim.launcher import SimulatorProcess

from .consistency import USER
from .laptop import Laptop


def book_of(laptop: Laptop) -> Book:
    user = laptop.store.meta.user()
    assert user is not None
    return Book.of(user)


def stored_and_live(laptop: Laptop) -> tuple[summaries.MonthTotals | None, summaries.MonthTotals]:
    book = book_of(laptop)
    return laptop.read(
        lambda conn: (summaries.read_billing(conn, book), summaries.live_billing(conn, book))
    )


def kept_and_live_months(laptop: Laptop) -> tuple[list[tuple], list[tuple]]:
    laptop.store.analytics.refresh(None)  # as the sync lane does after a sync
    every = CustomerScope()

    def read(conn):
        kept = [tuple(r) for r in conn.execute(billing_select(every, kept=True))]
        return kept, [tuple(r) for r in conn.execute(billing_select(every))]

    return laptop.read(read)


def test_a_sync_keeps_the_month_totals_in_step_with_the_bills(
    server: SimulatorProcess, laptop_factory: Callable[..., Laptop]
):
    laptop = laptop_factory(USER)
    laptop.sync()
    stored, live = stored_and_live(laptop)
    assert stored is not None and stored == live
    kept, live_months = kept_and_live_months(laptop)
    assert kept == live_months and kept
    customer = sorted(laptop.ids("customer"))[0]
    server.admin("POST", "/billing/post-month", {"customer_id": customer})
    report = laptop.sync()
    assert "bill" in report.changed_entities
    after, live_after = stored_and_live(laptop)
    assert after == live_after
    assert after != stored  # the new month is in the totals
    kept_after, live_months_after = kept_and_live_months(laptop)
    assert kept_after == live_months_after
    assert kept_after != kept  # and in the kept bill months
