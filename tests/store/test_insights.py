"""`store.insights` on the small dataset: each method gives what the domain's rules give on the
store's feeds, within the user's book (the screens rely on it)."""

from __future__ import annotations

import datetime as dt

from bigcust_desktop.domain.analytics.inputs import AsOf
from bigcust_desktop.domain.analytics.months import local_day
from bigcust_desktop.domain.analytics.value_card import explain_value, under_valued
from bigcust_desktop.domain.analytics.worklist import flagged
from bigcust_desktop.store.models import Customer
from bigcust_desktop.store.queries import analytics as facts_q
from bigcust_desktop.store.queries.analytics_book import value_facts
from bigcust_desktop.store.queries.analytics_scope import CustomerScope
from bigcust_desktop.store.queries.book import Book

BOOK = Book(manager_id="U-0002")


def test_worklist_is_the_flagged_customers_of_the_book_most_at_risk_first(small_store):
    now = dt.datetime.now(dt.UTC)
    worklist = small_store.insights.worklist(BOOK, now=now)
    with small_store.begin() as conn:
        as_of = AsOf(now, facts_q.last_billed_period(conn, local_day(now)))
        expected = {
            a.customer_id
            for a in flagged(facts_q.customer_facts(conn, CustomerScope(BOOK), as_of), as_of)
        }
    assert {e.customer.id for e in worklist.entries} == expected
    assert all(e.customer.manager_id == "U-0002" for e in worklist.entries)
    amounts = [e.revenue_at_risk_fen for e in worklist.entries]
    assert amounts == sorted(amounts, reverse=True)
    assert worklist.assessed >= len(worklist.entries) and not worklist.cancelled


def test_worklist_reports_progress_and_stops_when_cancelled(small_store):
    import threading

    seen: list[tuple[int, int]] = []
    cancel = threading.Event()
    cancel.set()
    stopped = small_store.insights.worklist(
        Book(), progress=lambda d, t: seen.append((d, t)), cancel=cancel
    )
    assert stopped.cancelled and stopped.entries == () and seen[-1][0] == 0
    seen.clear()
    whole = small_store.insights.worklist(Book(), progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (whole.assessed, whole.assessed) and len(seen) > 1


def test_under_valued_skips_no_customer_the_rule_would_flag(small_store):
    """The screen builds cards only where the spend factor is modest: compare with every card."""
    today = local_day(dt.datetime.now(dt.UTC))
    with small_store.begin() as conn:
        ids = [
            r[0]
            for r in conn.execute(
                Customer.__table__.select()
                .with_only_columns(Customer.id)
                .where(BOOK.condition(), Customer.status != "closed")
            )
        ]
        every = {
            cid
            for cid in ids
            if under_valued(explain_value(value_facts(conn, cid, today), today)).fired
        }
    found = small_store.insights.under_valued(BOOK, today=today)
    assert {e.customer.id for e in found} == every and every
