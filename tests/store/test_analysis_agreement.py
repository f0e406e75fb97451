"""The recompute's compact path (kept line summary and holdings, payers and losses summed in SQL)
agrees with the rules run on the live, line-by-line queries, on the generated `small` book, whole
and after an incremental sync; real database files."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text

from bigcust_desktop.domain.analytics.gaps import GapRules, product_gaps
from bigcust_desktop.domain.analytics.inputs import AsOf
from bigcust_desktop.domain.analytics.value_card import ValueFacts, explain_value, under_valued
from bigcust_desktop.domain.analytics.worklist import assess
from bigcust_desktop.store.analysis.codec import decode_figures, encode_signals
from bigcust_desktop.store.analysis.lines import payers_by_customer
from bigcust_desktop.store.analysis.marks import mark_dirty, mark_stale
from bigcust_desktop.store.analysis.refresh import refresh
from bigcust_desktop.store.bulk import load_dataset
from bigcust_desktop.store.models import Customer
from bigcust_desktop.store.models.analytics import (
    AtRiskCustomer,
    ProductGapRow,
    UnderValuedCustomer,
)
from bigcust_desktop.store.queries.analytics import customer_facts, last_billed_period
from bigcust_desktop.store.queries.analytics_book import holdings, payers_of
from bigcust_desktop.store.queries.analytics_scope import CustomerScope
from bigcust_desktop.store.queries.book import Book


@pytest.fixture
def generated(store, small_dataset):
    load_dataset(store, small_dataset.records)
    now = dt.datetime.combine(small_dataset.as_of, dt.time(2), dt.UTC)
    return store, now


def _kept(conn) -> tuple[dict, dict, list]:
    at_risk = {
        r.customer_id: (r.revenue_at_risk_fen, r.signal_count, r.signals)
        for r in conn.execute(select(AtRiskCustomer))
    }
    valued = {
        r.customer_id: (r.spend_factor, decode_figures(r.reasons), r.member_paid_lines)
        for r in conn.execute(select(UnderValuedCustomer))
    }
    gaps = [
        (r.customer_id, r.product, r.holders, r.peers)
        for r in conn.execute(select(ProductGapRow).order_by(ProductGapRow.customer_id))
    ]
    return at_risk, valued, gaps


def _live(conn, now: dt.datetime) -> tuple[dict, dict, list]:
    """The same results from the rules on the live queries: lines lost one by one, lines
    counted from the subscribers, payers customer by customer, holdings from every line."""
    as_of = AsOf(now, last_billed_period(conn, now.date()))
    at_risk = {}
    for facts in customer_facts(conn, CustomerScope(), as_of):
        found = assess(facts, as_of)
        if found.flagged:
            fired = found.fired
            at_risk[found.customer_id] = (
                found.revenue_at_risk_fen,
                len(fired),
                encode_signals(fired),
            )
    valued = {}
    rows = conn.execute(
        select(Customer.id, Customer.value_tier, Customer.value_factors, Customer.created_on).where(
            Customer.status != "closed"
        )
    ).all()
    for cid, tier, factors, created_on in rows:
        payers = payers_of(conn, cid)
        facts = ValueFacts(cid, tier, 0, factors or {}, created_on, payers=payers)
        verdict = under_valued(explain_value(facts, now.date()))
        if verdict.fired:
            spend = str(verdict.reasons[0].value)
            valued[cid] = (spend, verdict.reasons, payers.member_paid_lines)
    gaps = [
        (g.customer_id, g.key, g.holders, g.peers)
        for g in product_gaps(holdings(conn, CustomerScope()), GapRules())
    ]
    return at_risk, valued, gaps


def test_the_compact_recompute_agrees_with_the_rules_whole_and_incrementally(generated):
    """One test, one load of the book (the costly part): whole, then after a sync."""
    store, now = generated
    with store.begin(write=True) as conn:
        result = refresh(conn, Book(), now, whole_book=True)
        before = _kept(conn)
        live = _live(conn, now)
    with store.begin(write=True) as conn:  # a settings change: the lines read as kept
        refresh(conn, Book(), now, whole_book=True)
        assert _kept(conn) == before
    assert result.flagged > 50 and result.under_valued > 50 and result.gaps > 50
    assert before[0] == live[0]
    assert before[1] == live[1]
    assert before[2] == live[2]
    with store.begin() as conn:  # every payer judged as `payers_of` judges one customer
        ids = [c for (c,) in conn.execute(select(Customer.id))]
        assert payers_by_customer(conn, CustomerScope()) == {
            c: p for c in ids if (p := payers_of(conn, c)).lines or p.unknown_payer_lines
        }
        big = [
            c
            for (c,) in conn.execute(
                text(
                    "SELECT customer_id FROM subscriber WHERE status = 'active' "
                    "GROUP BY customer_id HAVING count(*) >= 4 ORDER BY customer_id LIMIT 3"
                )
            )
        ]
    day = (now.date() - dt.timedelta(days=5)).isoformat()
    with store.begin(write=True) as conn:  # as a feed page would: lines lost, add-ons ended
        for cid in big[:2]:
            conn.execute(
                text(
                    "UPDATE subscriber SET status = 'cancelled', status_date = :day "
                    "WHERE customer_id = :cid AND status = 'active'"
                ),
                {"day": day, "cid": cid},
            )
        conn.execute(
            text(
                "UPDATE service SET ended_on = :day WHERE subscriber_id IN "
                "(SELECT id FROM subscriber WHERE customer_id = :cid)"
            ),
            {"day": day, "cid": big[2]},
        )
        mark_stale(conn, big)
        mark_dirty(conn, ["gaps"])
        result = refresh(conn, Book(), now)
        assert (result.whole_book, result.customers) == (False, 3)
        after = _kept(conn)
        live = _live(conn, now)
    assert after == live
    assert all(before[0].get(c) != after[0].get(c) for c in big[:2])  # every line lost
