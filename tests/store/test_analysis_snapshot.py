"""The whole-book recompute's full materialised output (every at-risk row with every fired
signal's figures, under-valued rows with their reasons and payers, product gaps, data-quality
findings) equals the domain rules run one customer at a time on that customer's own facts
(every third customer) and on the book's holdings and records, on the generated `small` book;
a real database file."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from bigcust_desktop.domain.analytics.gaps import GapRules, product_gaps
from bigcust_desktop.domain.analytics.inputs import AsOf
from bigcust_desktop.domain.analytics.quality import data_quality
from bigcust_desktop.domain.analytics.value_card import ValueFacts, explain_value, under_valued
from bigcust_desktop.domain.analytics.worklist import assess
from bigcust_desktop.store.analysis.codec import encode_figures, encode_signals
from bigcust_desktop.store.models import Customer
from bigcust_desktop.store.models.analytics import (
    AtRiskCustomer,
    DataFinding,
    ProductGapRow,
    UnderValuedCustomer,
)
from bigcust_desktop.store.queries.analytics import customer_facts, last_billed_period
from bigcust_desktop.store.queries.analytics_book import holdings, payers_of, quality_records
from bigcust_desktop.store.queries.analytics_scope import CustomerScope


def _materialised(conn) -> dict[str, object]:
    return {
        "at_risk": {
            r.customer_id: (r.revenue_at_risk_fen, r.signal_count, r.signals)
            for r in conn.execute(select(AtRiskCustomer))
        },
        "under_valued": {
            r.customer_id: (r.spend_factor, r.reasons, r.group_paid_lines, r.member_paid_lines)
            for r in conn.execute(select(UnderValuedCustomer))
        },
        "gaps": sorted(
            (r.customer_id, r.position, r.product, r.holders, r.peers, r.segment)
            for r in conn.execute(select(ProductGapRow))
        ),
        "findings": sorted(
            (r.code, r.customer_id, r.entity, r.record_id, r.field, r.proposed, str(r.detail))
            for r in conn.execute(select(DataFinding))
        ),
    }


def _one_at_a_time(conn, now: dt.datetime, ids: list[str]) -> dict[str, object]:
    """The same output from the domain functions, each customer's facts read on their own
    (``ids``); the book-wide gaps and findings from the book."""
    as_of = AsOf(now, last_billed_period(conn, now.date()))
    at_risk, valued = {}, {}
    for cid in ids:
        (facts,) = customer_facts(conn, CustomerScope.of_ids([cid]), as_of)
        found = assess(facts, as_of)
        if found.flagged:
            at_risk[cid] = (
                found.revenue_at_risk_fen,
                len(found.fired),
                encode_signals(found.fired),
            )
        row = conn.execute(
            select(Customer.value_tier, Customer.value_factors, Customer.created_on).where(
                Customer.id == cid
            )
        ).one()
        payers = payers_of(conn, cid)
        verdict = under_valued(
            explain_value(
                ValueFacts(cid, row[0], 0, row[1] or {}, row[2], payers=payers), now.date()
            )
        )
        if verdict.fired:
            spend = str(verdict.reasons[0].value)
            valued[cid] = (
                spend,
                encode_figures(verdict.reasons),
                payers.group_paid_lines,
                payers.member_paid_lines,
            )
    position: dict[str, int] = {}
    gaps = []
    for g in product_gaps(holdings(conn, CustomerScope()), GapRules()):
        position[g.customer_id] = position.get(g.customer_id, 0) + 1
        segment = f"{g.industry}|{g.band}"
        gaps.append((g.customer_id, position[g.customer_id], g.key, g.holders, g.peers, segment))
    customers, contacts = quality_records(conn, CustomerScope())
    findings = []
    for f in data_quality(customers, contacts):
        p = f.proposal
        detail = {
            "current": None if f.current is None else str(f.current),
            "related_id": f.related_id,
        }
        proposed = None if p.value is None else str(p.value)
        findings.append(
            (f.code.value, f.customer_id, p.entity, p.record_id, p.field, proposed, str(detail))
        )
    return {
        "at_risk": at_risk,
        "under_valued": valued,
        "gaps": sorted(gaps),
        "findings": sorted(findings),
    }


def test_the_whole_book_recompute_equals_the_rules_one_customer_at_a_time(
    small_store,
):
    """The session's `small` store, its analysis computed as after a first sync (read only)."""
    with small_store.begin() as conn:
        now = conn.execute(select(func.max(AtRiskCustomer.computed_at))).scalar()
        kept = _materialised(conn)
        ids = list(
            conn.execute(
                select(Customer.id).where(Customer.status != "closed").order_by(Customer.id)
            ).scalars()
        )
        # Every third customer (a whole book one by one costs half a minute), the flagged and
        # under-valued ones among them included; the streamed recompute merges the book's
        # rows customer by customer, so a row given to the wrong customer shows here.
        sample = ids[::3]
        expected = _one_at_a_time(conn, now, sample)
    for part in ("at_risk", "under_valued"):
        kept[part] = {c: v for c, v in kept[part].items() if c in set(sample)}
    assert len(kept["at_risk"]) > 20 and len(kept["under_valued"]) > 20
    assert len(kept["gaps"]) > 50 and len(kept["findings"]) > 5
    for part in ("at_risk", "under_valued", "gaps", "findings"):
        assert kept[part] == expected[part], part
