"""Repeated faults, lines lost, terms ending, no contact and competitor offers, by hand."""

from __future__ import annotations

import datetime as dt

from bigcust_desktop.domain.analytics.contact import competitor_offer, not_contacted
from bigcust_desktop.domain.analytics.figures import SignalCode
from bigcust_desktop.domain.analytics.inputs import (
    AsOf,
    ContactRef,
    CustomerFacts,
    FaultFacts,
    LineLoss,
    PeriodBilling,
    TermCommitment,
)
from bigcust_desktop.domain.analytics.service import lines_lost, repeated_faults, term_ending
from bigcust_desktop.domain.analytics.thresholds import Thresholds
from bigcust_desktop.domain.analytics.worklist import assess, flagged, worklist_order

LIMITS = Thresholds()
NOW = dt.datetime(2026, 11, 27, 2, 0, tzinfo=dt.UTC)  # 10:00 in Shanghai
TODAY = dt.date(2026, 11, 27)


def fault(n: int, line: str, days_ago: float, hours_late: float | None = -1) -> FaultFacts:
    """A major fault (SLA 8 h) opened ``days_ago``; resolved ``hours_late`` after its due time
    (negative: in time; None: still open)."""
    opened = NOW - dt.timedelta(days=days_ago)
    due = opened + dt.timedelta(hours=8)
    resolved = None if hours_late is None else due + dt.timedelta(hours=hours_late)
    return FaultFacts(f"FLT-{n}", line, f"HZ-MSTP-{line}", opened, due, resolved, 300_000)


def test_three_faults_on_one_line_within_the_window_fire():
    faults = [fault(1, "A", 10), fault(2, "A", 40), fault(3, "A", 89), fault(4, "B", 5)]
    signal = repeated_faults(faults, NOW, LIMITS)
    assert signal.fired
    assert signal.figure("service_number") == "HZ-MSTP-A"
    assert signal.figure("faults") == 3 and signal.figure("breaches") == 0
    assert signal.revenue_at_risk_fen == 12 * 300_000


def test_faults_spread_over_lines_or_outside_the_window_stay_quiet():
    spread = [fault(1, "A", 10), fault(2, "B", 20), fault(3, "C", 30), fault(4, "A", 91)]
    assert not repeated_faults(spread, NOW, LIMITS).fired
    assert not repeated_faults([], NOW, LIMITS).fired


def test_two_sla_breaches_on_one_line_fire():
    late = [fault(1, "A", 10, hours_late=3), fault(2, "A", 30, hours_late=None)]
    signal = repeated_faults(late, NOW, LIMITS)
    assert signal.fired and signal.figure("breaches") == 2
    one_late = [fault(1, "A", 10, hours_late=3), fault(2, "A", 30)]
    assert not repeated_faults(one_late, NOW, LIMITS).fired


def loss(n: int, status: str, days_ago: int) -> LineLoss:
    return LineLoss(
        f"SUB-{n}", f"1380000{n:04d}", status, TODAY - dt.timedelta(days=days_ago), 8_800
    )


def test_lines_cancelled_lately_fire_by_count_and_share():
    losses = [loss(1, "cancelled", 5), loss(2, "cancelled", 59), loss(3, "suspended", 61)]
    signal = lines_lost(losses, 10, TODAY, LIMITS)
    assert signal.fired
    assert signal.figure("cancelled") == 2 and signal.figure("share") == 20
    assert signal.revenue_at_risk_fen == 12 * 2 * 8_800
    assert not lines_lost(losses, 11, TODAY, LIMITS).fired  # 2 of 11 lines: 18 %
    assert not lines_lost(losses[:1], 2, TODAY, LIMITS).fired  # one line only


def test_suspended_lines_count_as_lost():
    losses = [loss(1, "suspended", 1), loss(2, "suspended", 2)]
    signal = lines_lost(losses, 5, TODAY, LIMITS)
    assert signal.fired and signal.figure("suspended") == 2


def test_term_ending_within_the_window_and_not_already_ended():
    terms = [
        TermCommitment("subscriber", "SUB-1", "HZ-MSTP-1", TODAY + dt.timedelta(days=90), 500_000),
        TermCommitment("subscriber", "SUB-2", "HZ-MSTP-2", TODAY + dt.timedelta(days=91), 500_000),
        TermCommitment("subscriber", "SUB-3", "HZ-MSTP-3", TODAY - dt.timedelta(days=1), 500_000),
    ]
    signal = term_ending(terms, TODAY, LIMITS)
    assert signal.fired and signal.figure("commitments") == 1
    assert signal.figure("days_left") == 90 and signal.figure("first") == "HZ-MSTP-1"
    assert signal.revenue_at_risk_fen == 12 * 500_000
    assert not term_ending(terms[1:], TODAY, LIMITS).fired
    contract = TermCommitment("contract", "HT-2026-001", "框架协议", TODAY, 1_000_000)
    assert term_ending([contract], TODAY, LIMITS).figure("source") == "contract"


def contact(n: int, days_ago: float, channel: str = "visit", text: str = "") -> ContactRef:
    at = NOW - dt.timedelta(days=days_ago)
    return ContactRef(f"ACT-{n}", at, channel, "U-0001", "年度回顾", text)


def test_no_contact_for_long_fires_and_names_the_last_one():
    signal = not_contacted(contact(1, 91, "campaign"), 100_000, NOW, LIMITS)
    assert signal.fired and signal.figure("days_since") == 91
    assert signal.figure("channel") == "campaign"
    assert signal.revenue_at_risk_fen == 1_200_000
    assert not not_contacted(contact(1, 90), 100_000, NOW, LIMITS).fired  # the window's edge
    never = not_contacted(None, 100_000, NOW, LIMITS)
    assert never.fired and never.figure("last_contact") is None


def test_competitor_offer_noted_in_an_activity():
    notes = [
        contact(1, 20, text="客户称中国电信报价低两成"),
        contact(2, 200, text="联通公司来访"),
        contact(3, 5, text="增值电信业务经营许可证年检"),  # our own vocabulary, no competitor
    ]
    signal = competitor_offer(notes, 50_000, NOW, LIMITS)
    assert signal.fired and signal.figure("mentions") == 1
    assert signal.figure("term") == "中国电信" and signal.figure("activity_id") == "ACT-1"
    assert not competitor_offer(notes[1:], 50_000, NOW, LIMITS).fired


def test_assess_combines_signals_and_takes_the_largest_amount_at_risk():
    bills = tuple(
        PeriodBilling(f"2026-{m:02d}", 100_000, 100_000 if m >= 8 else 0, dt.date(2026, m + 1, 20))
        for m in range(2, 11)
    )
    facts = CustomerFacts(
        "CUS-1",
        billing=bills,
        lines=4,
        active_monthly_fen=90_000,
        last_contact=contact(1, 120),
    )
    result = assess(facts, AsOf(NOW))
    codes = {s.code for s in result.fired}
    assert codes == {SignalCode.ARREARS_GROWING, SignalCode.NOT_CONTACTED}
    assert result.revenue_at_risk_fen == 12 * 90_000  # not 300_000 + 1_080_000
    quiet = CustomerFacts("CUS-2", lines=1, last_contact=contact(2, 3))
    assert not assess(quiet, AsOf(NOW)).flagged
    listed = sorted(flagged([facts, quiet], AsOf(NOW)), key=worklist_order)
    assert [a.customer_id for a in listed] == ["CUS-1"]
