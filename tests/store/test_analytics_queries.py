"""The store queries that feed the analytics rules, on a real encrypted file with exact records."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import update

from bigcust_desktop.domain.analytics.fatigue import Reason, screen
from bigcust_desktop.domain.analytics.figures import SignalCode
from bigcust_desktop.domain.analytics.group import roll_up
from bigcust_desktop.domain.analytics.inputs import AsOf
from bigcust_desktop.domain.analytics.quality import FindingCode, data_quality
from bigcust_desktop.domain.analytics.rehearsal import Proposal, rehearse
from bigcust_desktop.domain.analytics.worklist import assess
from bigcust_desktop.store.bulk import load_dataset
from bigcust_desktop.store.models import Customer
from bigcust_desktop.store.queries.analytics import customer_facts, last_billed_period
from bigcust_desktop.store.queries.analytics_book import (
    contact_histories,
    group_figures,
    holdings,
    quality_records,
    value_facts,
)
from bigcust_desktop.store.queries.analytics_scope import CustomerScope
from bigcust_desktop.store.queries.book import Book
from bigcust_desktop.store.queries.rehearsal import subscriber_usage, tariffs

from . import records as rec

NOW = dt.datetime(2026, 11, 27, 2, 0, tzinfo=dt.UTC)
TODAY = dt.date(2026, 11, 27)
PRODUCT = {
    "id": "P-MOB-88", "code": "ZJMOB0002", "name": "集团商务套餐88元", "category": "mobile",
    "unit": "户", "monthly_fee": "88.00", "floor_price": "74.80", "included_minutes": 500,
    "included_data_gb": "20.00", "overage_minute_rate": "0.19", "overage_data_rate": "3.00",
    "min_term_months": 0, "active": True, "charge_type": "monthly",
    "vat_category": "basic_telecom", "version": 1, "updated_at": rec.T0,
}  # fmt: skip


def book() -> dict[str, list]:
    """G (a group) with branch B; G's account pays B's line; a stranger's account pays one of
    B's lines; G slides, owes, has a line with three recent faults and a term ending."""
    r: dict[str, list] = {k: [] for k in ("customer", "contact", "product", "billing_account",
                                          "subscriber", "bill", "activity", "fault_ticket",
                                          "opportunity")}  # fmt: skip
    r["product"].append(PRODUCT)
    r["customer"] += [
        rec.customer(1, name="杭州华信精密机械有限公司"),
        rec.customer(2, parent_id="CUS-000001", manager_id="U-0002"),
        rec.customer(3, name="杭州华信精密机械股份有限公司", uscc=rec.uscc(3, "330203")),
    ]
    r["contact"] += [rec.contact(1, "CUS-000001", title="", mobile="0571-87654321")]
    r["billing_account"] += [rec.account(1, "CUS-000001"), rec.account(2, "CUS-000001"),
                             rec.account(9, "CUS-000009")]  # fmt: skip
    r["subscriber"] += [
        rec.subscriber(1, "CUS-000001", "ACC-0000001", product_id="P-MOB-88", arpu_3m="100.00",
                       mou_3m=600, dou_3m="10.00", contract_end="2027-01-15"),
        rec.subscriber(2, "CUS-000001", "ACC-0000001", status="cancelled",
                       status_date="2026-11-01", arpu_3m="30.00"),
        rec.subscriber(5, "CUS-000001", "ACC-0000002", status="suspended",
                       status_date="2026-11-10", arpu_3m="20.00"),
        rec.subscriber(3, "CUS-000002", "ACC-0000001", product_id="P-MOB-88", arpu_3m="88.00"),
        rec.subscriber(4, "CUS-000002", "ACC-0000009", product_id="P-MOB-88", arpu_3m="90.00"),
    ]  # fmt: skip
    n = 0
    for month, yuan, unpaid in [(2, 1000, 0), (3, 1000, 0), (4, 1000, 0), (5, 1000, 0),
                                (6, 1000, 0), (7, 1000, 0), (8, 600, 600), (9, 600, 600),
                                (10, 600, 600)]:  # fmt: skip
        for acc, share in (("ACC-0000001", 0.75), ("ACC-0000002", 0.25)):
            n += 1
            amount = yuan * share
            r["bill"].append(
                rec.bill(
                    n,
                    acc,
                    "CUS-000001",
                    period=f"2026-{month:02d}",
                    amount=f"{amount:.2f}",
                    paid_amount=f"{amount - unpaid * share:.2f}",
                    due_date=f"2026-{month + 1:02d}-20",
                    status="unpaid" if unpaid else "paid",
                )
            )
    for k, day in enumerate((3, 20, 60)):
        opened = NOW - dt.timedelta(days=day)
        r["fault_ticket"].append(
            rec.fault_ticket(
                k + 1,
                "CUS-000001",
                "SUB-00000001",
                [],
                opened_at=opened.strftime("%Y-%m-%dT%H:%M:%SZ"),
                due_at=(opened + dt.timedelta(hours=8)).strftime("%Y-%m-%dT%H:%M:%SZ"),
                status="closed",
            )
        )
    r["activity"] += [
        rec.activity(1, "CUS-000001", occurred_at="2026-07-01T02:00:00Z"),
        rec.activity(
            2, "CUS-000001", occurred_at="2026-08-01T02:00:00Z", notes="客户称中国电信报价更低"
        ),
        rec.activity(3, "CUS-000002", occurred_at="2026-11-20T02:00:00Z"),
    ]
    r["opportunity"] += [rec.opportunity(1, "CUS-000002")]
    return r


@pytest.fixture
def loaded(store):
    load_dataset(store, book())
    return store


def test_customer_facts_feed_every_signal(loaded):
    with loaded.begin() as conn:
        as_of = AsOf(NOW, last_billed_period(conn, TODAY))
        facts = {f.customer_id: f for f in customer_facts(conn, CustomerScope(), as_of)}
    assert as_of.last_billed_period == "2026-10"
    group = facts["CUS-000001"]
    assert [b.billed_fen for b in group.billing][-3:] == [60_000, 60_000, 60_000]
    assert group.billing[-1].owed_fen == 60_000  # both accounts summed
    assert (group.lines, group.active_monthly_fen) == (3, 10_000)
    assert [loss.subscriber_id for loss in group.losses] == ["SUB-00000002", "SUB-00000005"]
    assert group.terms[0].ends_on == dt.date(2027, 1, 15) and group.terms[0].lines == 1
    assert len(group.faults) == 3 and group.faults[0].service_number == "13800000001"
    assert group.last_contact.activity_id == "ACT-000002"
    assert [n.activity_id for n in group.competitor_notes] == ["ACT-000002"]
    fired = {s.code for s in assess(group, as_of).fired}
    assert fired == {
        SignalCode.REVENUE_FALLING,
        SignalCode.ARREARS_GROWING,
        SignalCode.REPEATED_FAULTS,
        SignalCode.LINES_LOST,
        SignalCode.TERM_ENDING,
        SignalCode.NOT_CONTACTED,
        SignalCode.COMPETITOR_OFFER,
    }
    assert not assess(facts["CUS-000002"], as_of).flagged


def test_a_closed_customers_rows_are_passed_over_in_the_whole_books_stream(loaded):
    """Every stream holds the closed group's rows (bills, lines, faults, contacts) before its
    branch's: the whole book's facts of the open customers equal each one's read alone."""
    with loaded.begin(write=True) as conn:
        conn.execute(update(Customer).where(Customer.id == "CUS-000001").values(status="closed"))
    with loaded.begin() as conn:
        as_of = AsOf(NOW, last_billed_period(conn, TODAY))
        whole = list(customer_facts(conn, CustomerScope(), as_of))
        alone = [
            next(customer_facts(conn, CustomerScope.customer(f.customer_id), as_of)) for f in whole
        ]
    assert [f.customer_id for f in whole] == ["CUS-000002", "CUS-000003"]
    assert whole == alone
    branch = whole[0]
    assert (branch.billing, branch.losses, branch.faults, branch.lines) == ((), (), (), 2)
    assert branch.last_contact is not None and branch.last_contact.activity_id == "ACT-000003"


def test_scopes_narrow_the_customers(loaded):
    with loaded.begin() as conn:
        as_of = AsOf(NOW)

        def ids(scope):
            return [f.customer_id for f in customer_facts(conn, scope, as_of)]

        assert ids(CustomerScope.group("CUS-000001")) == ["CUS-000001", "CUS-000002"]
        assert ids(CustomerScope.of_ids(["CUS-000003"])) == ["CUS-000003"]
        assert ids(CustomerScope(Book(manager_id="U-0002"))) == ["CUS-000002"]


def test_rehearsal_streams_lines_per_customer(loaded):
    with loaded.begin() as conn:
        catalogue = tariffs(conn)
        batches = list(subscriber_usage(conn, CustomerScope(), ["P-MOB-88"]))
        assert catalogue["P-MOB-88"].included_data_cgb == 2_000
        assert catalogue["P-MOB-88"].minute_rate_fen == 19
        assert [[u.subscriber_id for u in b] for b in batches] == [
            ["SUB-00000001"],
            ["SUB-00000003", "SUB-00000004"],
        ]
        assert batches[0][0].data_cgb == 1_000 and batches[0][0].minutes == 600
        totals = rehearse(
            subscriber_usage(conn, CustomerScope(), ["P-MOB-88"]),
            catalogue,
            Proposal(prices={"P-MOB-88": 8_000}),
        )
    assert (totals.lines, totals.customers) == (3, 2)
    assert totals.before_fen == 3 * (10_000 + 8_800 + 9_000)
    assert totals.change_fen == 3 * 3 * (8_000 - 8_800)


def test_value_facts_split_group_paid_and_member_paid_lines(loaded):
    with loaded.begin() as conn:
        branch = value_facts(conn, "CUS-000002", TODAY)
        group = value_facts(conn, "CUS-000001", TODAY)
        assert value_facts(conn, "CUS-404", TODAY) is None
    assert branch.payers.group_paid_lines == 1  # the group's account pays it: 公用
    assert branch.payers.member_paid_lines == 1  # someone else's account pays it: 私用
    assert branch.payers.member_paid_monthly_fen == 9_000
    assert (group.bills, group.bills_on_time) == (18, 0)  # no payment records in this book
    assert group.owed_overdue_fen == 180_000
    assert group.oldest_line_on == dt.date(2020, 5, 1)


def test_group_roll_up_from_the_store(loaded):
    with loaded.begin() as conn:
        members = group_figures(conn, "CUS-000001", ["2026-10"], NOW, TODAY)
    rows = roll_up("CUS-000001", members)
    top = rows[0].subtree
    assert [r.member.customer_id for r in rows] == ["CUS-000001", "CUS-000002"]
    assert (top.billed_fen, top.lines, top.active_lines) == (60_000, 5, 3)
    assert (top.open_opportunities, top.pipeline_fen) == (1, 9_600_000)
    assert top.owed_overdue_fen == 180_000


def test_holdings_and_quality_records(loaded):
    with loaded.begin() as conn:
        held = {h.customer_id: h for h in holdings(conn, CustomerScope())}
        customers, contacts = quality_records(conn, CustomerScope())
        findings = list(data_quality(customers, contacts))
    assert held["CUS-000002"].keys == frozenset({"plan:mobile"})
    assert held["CUS-000002"].active_lines == 2
    codes = {(f.code, f.customer_id) for f in findings}
    assert (FindingCode.DUPLICATE_NAME_ADDRESS, "CUS-000003") not in codes  # other address
    assert (FindingCode.USCC_CITY_MISMATCH, "CUS-000003") in codes
    assert (FindingCode.KEY_CONTACT_NO_TITLE, "CUS-000001") in codes
    assert not any(f.code is FindingCode.INVALID_PHONE for f in findings)  # a landline


def test_the_seeded_stories_are_found(small_store, small_dataset):
    """On the generated `small` book: every customer with a contract ending or without contact
    is flagged by its signal (the other signals are scored by benchmarks/bench_analytics.py)."""
    now = dt.datetime.combine(small_dataset.as_of, dt.time(2), dt.UTC)
    with small_store.begin() as conn:
        as_of = AsOf(now, last_billed_period(conn, small_dataset.as_of))
        found = [assess(f, as_of) for f in customer_facts(conn, CustomerScope(), as_of)]
    by_id = {a.customer_id: a for a in found}
    for story, code in (("contract_ending", SignalCode.TERM_ENDING),
                        ("not_contacted", SignalCode.NOT_CONTACTED)):  # fmt: skip
        expected = [c for c, s in small_dataset.ground_truth.items() if story in s]
        assert expected and all(by_id[c].signal(code).fired for c in expected)


def test_contact_histories_feed_the_fatigue_rule(loaded):
    since = NOW - dt.timedelta(days=200)
    with loaded.begin() as conn:
        histories = list(contact_histories(conn, CustomerScope(), since))
    assert [(cid, [c.activity_id for c in h]) for cid, h in histories] == [
        ("CUS-000001", ["ACT-000001", "ACT-000002"]),
        ("CUS-000002", ["ACT-000003"]),
    ]
    verdicts = dict(screen(histories, "专线续约", NOW))
    assert verdicts["CUS-000002"].reason is Reason.SAME_TOPIC  # a visit a week ago
    assert verdicts["CUS-000001"].allowed  # the last one was months ago
