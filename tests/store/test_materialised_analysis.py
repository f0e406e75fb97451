"""The materialised analysis (store.analytics): recomputed whole and incrementally, fed by
contracts and competitor records, thresholds from the profile's settings; real database files."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select, text

from bigcust_desktop.domain.analytics.figures import SignalCode
from bigcust_desktop.domain.analytics.inputs import AsOf
from bigcust_desktop.domain.analytics.worklist import assess
from bigcust_desktop.domain.errors import ValidationErrors
from bigcust_desktop.store import edits
from bigcust_desktop.store.analysis.settings import (
    read_analysis_settings,
    write_analysis_settings,
)
from bigcust_desktop.store.bulk import load_dataset
from bigcust_desktop.store.feed import FeedPage
from bigcust_desktop.store.models.analytics import AnalyticsStale, CustomerLineSummary
from bigcust_desktop.store.queries.analytics import customer_facts, last_billed_period
from bigcust_desktop.store.queries.analytics_scope import CustomerScope
from bigcust_desktop.store.queries.book import Book

from . import records as rec
from .test_analytics_queries import NOW, TODAY, book

ALL_SEVEN = set(SignalCode)


@pytest.fixture
def loaded(store):
    load_dataset(store, book())
    return store


def _stale(store) -> set[str]:
    with store.begin() as conn:
        return set(conn.execute(select(AnalyticsStale.customer_id)).scalars())


def test_a_first_refresh_materialises_what_the_rules_compute_live(loaded):
    result = loaded.analytics.refresh(None, now=NOW)
    assert result.whole_book and result.customers == 3 and result.flagged == 2
    assert _stale(loaded) == set()
    rows = loaded.analytics.worklist(Book())
    assert [r.customer_id for r in rows] == ["CUS-000001", "CUS-000003"]  # 3: never contacted
    with loaded.begin() as conn:
        as_of = AsOf(NOW, last_billed_period(conn, TODAY))
        facts = next(customer_facts(conn, CustomerScope.customer("CUS-000001"), as_of))
    live = assess(facts, as_of)
    stored = rows[0]
    assert {s.code for s in stored.signals} == ALL_SEVEN
    assert stored.revenue_at_risk_fen == live.revenue_at_risk_fen
    for signal in live.fired:  # figures come back with their types (dates, Decimals, instants)
        assert stored.signal(signal.code) == signal
    assert stored.name and stored.uscc


def test_line_summary_equals_the_live_aggregate(loaded):
    loaded.analytics.refresh(None, now=NOW)
    with loaded.begin() as conn:
        summary = {
            r[0]: (r[1], r[2], r[3])
            for r in conn.execute(
                select(
                    CustomerLineSummary.customer_id,
                    CustomerLineSummary.lines,
                    CustomerLineSummary.active_lines,
                    CustomerLineSummary.active_monthly_fen,
                )
            )
        }
        live = {
            r[0]: (r[1], r[2], r[3])
            for r in conn.execute(
                text(
                    "SELECT customer_id, count(*), sum(status = 'active'), "
                    "sum(arpu_3m * (status = 'active')) "
                    "FROM subscriber GROUP BY customer_id"
                )
            )
        }
    assert summary == live == {"CUS-000001": (3, 1, 10_000), "CUS-000002": (2, 2, 17_800)}


def test_a_logged_contact_clears_its_signal_after_the_edit(loaded):
    loaded.analytics.refresh(None, now=NOW)
    before = loaded.analytics.at_risk("CUS-000001")
    assert before is not None and before.signal(SignalCode.NOT_CONTACTED) is not None
    fields = {k: v for k, v in rec.activity(9, "CUS-000001").items() if k not in ("id", "version")}
    fields.update(occurred_at="2026-11-25T02:00:00Z", notes="回访")
    with loaded.begin(write=True) as conn:
        edits.create_record(conn, "activity", fields)
    assert _stale(loaded) == {"CUS-000001"}  # the trigger saw the local edit
    result = loaded.analytics.after_edit(None, now=NOW)
    assert (result.whole_book, result.customers) == (False, 1)
    after = loaded.analytics.at_risk("CUS-000001")
    assert after is not None and after.signal(SignalCode.NOT_CONTACTED) is None
    assert {s.code for s in after.signals} == ALL_SEVEN - {SignalCode.NOT_CONTACTED}


def test_contracts_and_competitor_records_feed_the_signals(loaded):
    loaded.analytics.refresh(None, now=NOW)
    assert loaded.analytics.at_risk("CUS-000002") is None
    contract = rec.sample("contract")
    contract.update(
        customer_id="CUS-000002",
        starts_on="2025-01-01",
        ends_on="2027-01-01",  # 35 days after NOW
        amount="24000.00",  # 24 months: 1,000 yuan a month
    )
    line = rec.sample("competitor_line")
    line.update(customer_id="CUS-000002", observed_on="2026-11-02", monthly_spend="500.00")
    offer = {k: v for k, v in rec.activity(8, "CUS-000002").items() if k not in ("id", "version")}
    offer.update(
        occurred_at="2026-11-21T02:00:00Z",
        topic="续约",
        notes=None,  # no competitor word: the structured offer alone says it
        competitor_offer={"carrier": "china_unicom", "offer": "专线八折", "monthly_fee": None,
                          "valid_until": None},
    )  # fmt: skip
    with loaded.begin(write=True) as conn:
        for entity, fields in (("contract", contract), ("competitor_line", line)):
            edits.create_record(
                conn,
                entity,
                {k: v for k, v in fields.items() if k not in ("id", "version", "updated_at")},
            )
        edits.create_record(conn, "activity", offer)
    loaded.analytics.after_edit(None, now=NOW)
    row = loaded.analytics.at_risk("CUS-000002")
    assert row is not None
    term = row.signal(SignalCode.TERM_ENDING)
    assert term is not None
    assert term.figure("source") == "contract" and term.figure("first") == contract["number"]
    assert term.figure("ends_on") == dt.date(2027, 1, 1)
    assert term.revenue_at_risk_fen == 12 * 100_000
    competitor = row.signal(SignalCode.COMPETITOR_OFFER)
    assert competitor is not None
    assert competitor.figure("mentions") == 2  # the offer and the line
    assert competitor.figure("term") == "china_unicom"  # the newest: the activity


def test_share_of_wallet_uses_competitor_spend(loaded):
    from bigcust_desktop.store.queries.analytics_book import value_facts

    line = rec.sample("competitor_line")
    line.update(customer_id="CUS-000002", monthly_spend="178.00")
    with loaded.begin(write=True) as conn:
        edits.create_record(
            conn,
            "competitor_line",
            {k: v for k, v in line.items() if k not in ("id", "version", "updated_at")},
        )
        facts = value_facts(conn, "CUS-000002", TODAY)
    assert facts is not None and facts.competitor_monthly_fen == 17_800


def test_many_stale_customers_mean_one_whole_book_pass(loaded, monkeypatch):
    loaded.analytics.refresh(None, now=NOW)
    with loaded.begin(write=True) as conn:
        conn.execute(text("UPDATE activity SET notes = notes"))  # by trigger, as a local edit
    assert _stale(loaded) == {"CUS-000001", "CUS-000002"}
    monkeypatch.setattr("bigcust_desktop.store.analysis.refresh.WHOLE_BOOK_MIN", 1)
    assert loaded.analytics.refresh(None, now=NOW).whole_book  # 2 of 3 > a quarter


def test_nothing_stale_nothing_done(loaded):
    loaded.analytics.refresh(None, now=NOW)
    again = loaded.analytics.refresh(None, now=NOW)
    assert (again.customers, again.whole_book) == (0, False)


def test_thresholds_come_from_the_settings(loaded):
    settings = loaded.profile.settings_path
    assert read_analysis_settings(settings).thresholds.contact_gap_days == 90  # the default
    write_analysis_settings(settings, {"thresholds": {"contact_gap_days": 365}})
    loaded.analytics.refresh(None, now=NOW, whole_book=True)
    row = loaded.analytics.at_risk("CUS-000001")
    assert row is not None and row.signal(SignalCode.NOT_CONTACTED) is None


def test_invalid_settings_are_refused_with_a_code(loaded):
    settings = loaded.profile.settings_path
    with pytest.raises(ValidationErrors) as caught:
        write_analysis_settings(
            settings,
            {
                "thresholds": {"revenue_drop_pct": 150, "nonsense": 1, "term_window_days": "90"},
                "fatigue": {"cap": 0},
            },
        )
    codes = {(e.field, e.code) for e in caught.value.errors}
    assert codes == {
        ("thresholds.revenue_drop_pct", "setting.out_of_range"),
        ("thresholds.nonsense", "setting.unknown"),
        ("thresholds.term_window_days", "setting.not_integer"),
        ("fatigue.cap", "setting.out_of_range"),
    }
    assert not settings.exists()  # nothing written
    write_analysis_settings(settings, {"fatigue": {"topic_window_days": 14}})
    assert read_analysis_settings(settings).fatigue.topic_window_days == 14


def test_a_hand_edited_bad_value_falls_back_to_its_default(loaded):
    settings = loaded.profile.settings_path
    settings.write_text('{"analysis": {"thresholds": {"arrears_periods": -3}}}', encoding="utf-8")
    assert read_analysis_settings(settings).thresholds.arrears_periods == 3


def test_product_gaps_and_findings_are_materialised(loaded):
    loaded.analytics.refresh(None, now=NOW)
    findings = loaded.analytics.findings(Book())
    assert {"uscc_city_mismatch", "key_contact_no_title"} <= {f.code for f in findings}
    with loaded.begin() as conn:
        gaps = conn.execute(text("SELECT count(*) FROM product_gap")).scalar()
    assert gaps == 0  # three customers: no segment reaches five peers
    with loaded.begin() as conn:
        assert conn.execute(select(func.count()).select_from(CustomerLineSummary)).scalar() == 2


def _page(**upserts) -> FeedPage:
    page = FeedPage(next_cursor="c-1", has_more=False)
    for entity, rows in upserts.items():
        page.upserts[entity] = rows
    return page


def test_a_feed_page_marks_its_customers_and_the_book_wide_parts(loaded):
    loaded.analytics.refresh(None, now=NOW)
    bills = [b for b in book()["bill"] if b["customer_id"] == "CUS-000001"][:2]
    loaded.sync_state.write_page("boss", _page(bill=bills))
    assert _stale(loaded) == {"CUS-000001"}
    with loaded.begin(write=True) as conn:
        conn.execute(text("DELETE FROM data_finding"))  # so that a redo would show
    loaded.analytics.refresh(None, now=NOW)
    assert loaded.analytics.findings(Book()) == []  # bills are no input of the findings
    contact = rec.contact(2, "CUS-000002", title="")
    page = _page(contact=[contact])
    page.deletes["subscriber"] = ["SUB-00000003"]
    loaded.sync_state.write_page("crm", page)
    assert _stale(loaded) == {"CUS-000002"}  # a contact written, a line deleted
    loaded.analytics.refresh(None, now=NOW)
    assert loaded.analytics.findings(Book()) != []  # contacts are: redone


def test_a_feed_upsert_of_many_rows_of_one_customer_marks_it_once(loaded):
    """An upsert (ON CONFLICT DO UPDATE) imposes its conflict handling on the triggers: marking
    a customer twice in one statement must not fail."""
    loaded.analytics.refresh(None, now=NOW)
    again = [rec.activity(n, "CUS-000001", notes=f"第{n}次") for n in (1, 2, 7)]
    load_dataset(loaded, {"activity": again})  # existing ids: updates; a new one: an insert
    assert _stale(loaded) == {"CUS-000001"}


def test_sla_breaches_follow_the_circuits_contracted_service_level(loaded):
    from bigcust_desktop.domain.drafts.tickets import new_fault_ticket
    from bigcust_desktop.store.queries.analytics_sources import contracted_restore_hours

    tickets = book()["fault_ticket"]
    for ticket in tickets:  # resolved 6 hours after opening: in time for "major" (8 h)
        opened = dt.datetime.fromisoformat(ticket["opened_at"].replace("Z", "+00:00"))
        ticket.update(resolved_at=(opened + dt.timedelta(hours=6)).strftime("%Y-%m-%dT%H:%M:%SZ"))
    load_dataset(loaded, {"fault_ticket": tickets})
    loaded.analytics.refresh(None, now=NOW)
    before = loaded.analytics.at_risk("CUS-000001")
    assert before is not None
    assert before.signal(SignalCode.REPEATED_FAULTS).figure("breaches") == 0
    contract = rec.sample("contract")  # a gold circuit on SUB-00000001: restore within 4 hours
    contract.update(customer_id="CUS-000001", starts_on="2026-01-01", ends_on="2027-12-31")
    contract["circuits"][0].update(subscriber_id="SUB-00000001", restore_hours=4)
    with loaded.begin(write=True) as conn:
        edits.create_record(
            conn,
            "contract",
            {k: v for k, v in contract.items() if k not in ("id", "version", "updated_at")},
        )
        assert contracted_restore_hours(conn, "SUB-00000001", TODAY) == 4
        assert contracted_restore_hours(conn, "SUB-00000003", TODAY) is None
        ticket = new_fault_ticket(
            customer_id="CUS-000001", subscriber_id="SUB-00000001", reported_by="U-0001",
            severity="info", title="中断", description="专线中断", now=NOW, restore_hours=4,
        )  # fmt: skip
        assert ticket["due_at"] == "2026-11-27T06:00:00Z"  # 4 h, not the 72 h of "info"
    loaded.analytics.after_edit(None, now=NOW)
    after = loaded.analytics.at_risk("CUS-000001")
    assert after is not None
    assert after.signal(SignalCode.REPEATED_FAULTS).figure("breaches") == 3  # late for 4 h


def test_a_feed_page_of_add_ons_marks_the_customers_of_their_lines(loaded):
    """An add-on is a product held (product gaps read it from `customer_holding`, kept for the
    stale customers): its page marks the customer of its line, written or deleted."""
    loaded.analytics.refresh(None, now=NOW)
    crbt = rec.service(90, "SUB-00000003", product_id="P-MOB-CRBT")
    loaded.sync_state.write_page("boss", _page(service=[crbt]))
    assert _stale(loaded) == {"CUS-000002"}
    loaded.analytics.refresh(None, now=NOW)
    with loaded.begin() as conn:
        held = conn.execute(
            text("SELECT kind, product_id FROM customer_holding WHERE customer_id = 'CUS-000002'")
        ).all()
    assert ("addon", "P-MOB-CRBT") in held
    page = _page()
    page.deletes["service"] = [crbt["id"]]
    loaded.sync_state.write_page("boss", page)
    assert _stale(loaded) == {"CUS-000002"}


def test_an_account_moved_to_another_holder_marks_the_customers_of_its_lines(loaded):
    """Who holds an account decides 公用/私用, kept in the line summary: a page that moves an
    account marks the customers whose lines it pays (and only such a page)."""
    loaded.analytics.refresh(None, now=NOW)
    with loaded.begin() as conn:
        account = dict(
            conn.execute(text("SELECT * FROM billing_account ORDER BY id LIMIT 1")).mappings().one()
        )
        payers = set(
            conn.execute(
                text("SELECT DISTINCT customer_id FROM subscriber WHERE account_id = :a"),
                {"a": account["id"]},
            ).scalars()
        )
        other = conn.execute(
            text("SELECT id FROM customer WHERE id != :c ORDER BY id LIMIT 1"),
            {"c": account["customer_id"]},
        ).scalar()
    assert payers
    renamed = rec.account(0, account["customer_id"], id=account["id"], name="改名")
    loaded.sync_state.write_page("boss", _page(billing_account=[renamed]))
    assert _stale(loaded) == set()
    moved = rec.account(0, other, id=account["id"])
    loaded.sync_state.write_page("boss", _page(billing_account=[moved]))
    assert _stale(loaded) == payers
    loaded.analytics.refresh(None, now=NOW)
    line = rec.subscriber(99, other, "ACC-0000099")  # paid by an account not sent yet
    loaded.sync_state.write_page("boss", _page(subscriber=[line]))
    loaded.analytics.refresh(None, now=NOW)
    loaded.sync_state.write_page("boss", _page(billing_account=[rec.account(99, other)]))
    assert _stale(loaded) == {other}  # its line: from an unknown payer to group-paid


def test_a_settings_change_applies_at_the_next_refresh(loaded):
    loaded.analytics.refresh(None, now=NOW)
    assert loaded.analytics.at_risk("CUS-000002") is None  # contacted 7 days before NOW
    write_analysis_settings(loaded.profile.settings_path, {"thresholds": {"contact_gap_days": 3}})
    result = loaded.analytics.refresh(None, now=NOW)  # nothing in the cache changed
    row = loaded.analytics.at_risk("CUS-000002")
    assert row is not None and row.signal(SignalCode.NOT_CONTACTED) is not None
    assert result.customers == 3  # every customer's signals judged by the new thresholds
    assert loaded.analytics.refresh(None, now=NOW).customers == 0  # and then nothing to redo


def test_a_new_day_moves_the_windows_of_untouched_customers(loaded):
    loaded.analytics.refresh(None, now=NOW)
    assert loaded.analytics.at_risk("CUS-000002") is None
    later = NOW + dt.timedelta(days=95)  # its last contact, 2026-11-20, is now 102 days old
    loaded.analytics.refresh(None, now=later)
    row = loaded.analytics.at_risk("CUS-000002")
    assert row is not None and row.signal(SignalCode.NOT_CONTACTED) is not None


def test_an_edit_on_a_new_day_redoes_only_its_customer(loaded):
    loaded.analytics.refresh(None, now=NOW)
    later = NOW + dt.timedelta(days=95)
    with loaded.begin(write=True) as conn:
        conn.execute(text("UPDATE activity SET notes = notes WHERE customer_id = 'CUS-000001'"))
    result = loaded.analytics.after_edit(None, now=later)  # in the write lane: kept short
    assert (result.whole_book, result.customers) == (False, 1)
    assert loaded.analytics.at_risk("CUS-000002") is None  # the next sync's refresh does it
    loaded.analytics.refresh(None, now=later)
    assert loaded.analytics.at_risk("CUS-000002") is not None


def test_changed_under_value_rules_redo_every_verdict_but_not_the_signals(loaded):
    loaded.analytics.refresh(None, now=NOW)
    worklist = loaded.analytics.worklist(Book())
    write_analysis_settings(loaded.profile.settings_path, {"under_value": {"high_factor_min": 1}})
    result = loaded.analytics.refresh(None, now=NOW)
    assert (result.customers, result.whole_book, result.gaps) == (3, False, 0)
    assert loaded.analytics.worklist(Book()) == worklist  # the signals' rows untouched
