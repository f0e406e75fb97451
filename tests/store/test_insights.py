"""`store.insights` on real stores: the screens' lists are the analysis kept in the cache (with who
each customer is), within the user's book, and say when it was never computed."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from bigcust_desktop.domain.analytics.months import local_day
from bigcust_desktop.domain.analytics.value_card import explain_value, under_valued
from bigcust_desktop.store.bulk import load_dataset
from bigcust_desktop.store.models import Customer
from bigcust_desktop.store.models.analytics import ProductGapRow
from bigcust_desktop.store.queries.analytics_book import value_facts
from bigcust_desktop.store.queries.book import Book

from .test_analytics_queries import NOW, book

BOOK = Book(manager_id="U-0002")


def test_the_lists_read_the_kept_analysis_and_say_when_it_was_never_computed(store):
    """Before the first refresh (a fresh cache) the screens' lists are empty *and* say so; after
    it they are the kept tables' rows, with labels, in the kept order."""
    load_dataset(store, book())
    fresh = store.insights.worklist(Book())
    assert not fresh.computed and fresh.entries == () and fresh.assessed == 3
    assert store.insights.data_quality(Book()) == [] and store.insights.computed_at() is None

    store.analytics.refresh(None, now=NOW)
    worklist = store.insights.worklist(Book())
    kept = store.analytics.worklist(Book())
    assert worklist.computed_at == NOW and worklist.assessed == 3
    assert [e.customer.id for e in worklist.entries] == [r.customer_id for r in kept]
    assert [e.assessment.fired for e in worklist.entries] == [r.signals for r in kept]
    assert [e.revenue_at_risk_fen for e in worklist.entries] == [
        r.revenue_at_risk_fen for r in kept
    ]
    one = store.insights.assessment(kept[0].customer_id)
    assert [e.customer.id for e in one.entries] == [kept[0].customer_id]
    findings = store.insights.data_quality(Book())
    assert {(f.finding.code.value, f.finding.proposal.record_id) for f in findings} == {
        (r.code, r.record_id) for r in store.analytics.findings(Book())
    }
    contact = next(f for f in findings if f.finding.proposal.entity == "contact")
    assert contact.contact_name  # the contact it is about, by name


def test_the_worklist_of_a_book_is_the_kept_worklist_of_its_customers(small_store):
    worklist = small_store.insights.worklist(BOOK)
    kept = small_store.analytics.worklist(BOOK)
    assert [e.customer.id for e in worklist.entries] == [r.customer_id for r in kept] and kept
    assert all(e.customer.manager_id == "U-0002" for e in worklist.entries)
    amounts = [e.revenue_at_risk_fen for e in worklist.entries]
    assert amounts == sorted(amounts, reverse=True)
    assert worklist.assessed >= len(worklist.entries) and worklist.computed


def test_product_gaps_are_the_kept_gaps_with_what_an_opportunity_needs(small_store):
    with small_store.begin() as conn:
        customer_id = conn.execute(select(ProductGapRow.customer_id).limit(1)).scalar_one()
    entries = small_store.insights.product_gaps(customer_id)
    rows = small_store.analytics.gaps(customer_id)
    assert [e.gap.key for e in entries] == [r.product for r in rows] and rows
    for entry, row in zip(entries, rows, strict=True):
        assert f"{entry.gap.industry}|{entry.gap.band}" == row.segment
        assert (entry.gap.holders, entry.gap.peers) == (row.holders, row.peers)
        assert entry.category  # a plan category, or the add-on's catalogue category
        assert entry.product_name or entry.gap.key.startswith("plan:")


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
    found = small_store.insights.under_valued(BOOK)
    assert {e.customer.id for e in found} == every and every
