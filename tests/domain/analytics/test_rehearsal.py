"""Tariff rehearsal arithmetic on hand-computed bills (fen)."""

from __future__ import annotations

import threading
from decimal import Decimal

from bigcust_desktop.domain.analytics.rehearsal import (
    Bundle,
    LineUsage,
    Proposal,
    Tariff,
    groupable,
    month_bill,
    rehearse,
    rehearse_customer,
)

# As the catalogue: 88 yuan with 500 min / 20 GB, 128 yuan with 800 min / 40 GB (12-month term),
# overage 0.19 yuan a minute and 3 yuan a GB; a 300M broadband line at 200 yuan.
MOB88 = Tariff("P-MOB-88", 8_800, 7_480, 500, 2_000, 0, 19, 300, 0, 0)
MOB128 = Tariff("P-MOB-128", 12_800, 10_240, 800, 4_000, 0, 19, 300, 0, 12)
MOB58 = Tariff("P-MOB-58", 5_800, 4_930, 300, 1_000, 0, 19, 300, 0, 0)
BB300 = Tariff("P-BB-300", 20_000, 16_000, min_term_months=12)
CATALOGUE = {t.product_id: t for t in (MOB88, MOB128, MOB58, BB300)}


def line(n: int, plan: str, minutes: int, data_cgb: int, arpu: int, customer: str = "C1"):
    return LineUsage(f"SUB-{n}", customer, f"1390000{n:04d}", plan, arpu, minutes, data_cgb, 0)


def test_allowances_and_overage_of_one_month():
    bill = month_bill(line(1, "P-MOB-88", 650, 2_550, 13_000), MOB88)
    # 150 minutes over × 19 = 2,850; 5.50 GB over × 300 = 1,650.
    assert (bill.fee_fen, bill.minutes_fen, bill.data_fen) == (8_800, 2_850, 1_650)
    assert bill.total_fen == 13_300 and bill.over_allowance
    within = month_bill(line(2, "P-MOB-88", 500, 2_000, 8_800), MOB88)
    assert within.total_fen == 8_800 and not within.over_allowance


def test_data_overage_is_charged_per_hundredth_of_a_gb_half_up():
    odd = Tariff("X", 0, included_data_cgb=0, data_rate_fen=250)
    assert month_bill(line(1, "X", 0, 1, 0), odd).data_fen == 3  # 2.5 fen
    assert month_bill(line(1, "X", 0, 3, 0), odd).data_fen == 8  # 7.5 fen


def test_plan_change_over_three_months():
    [result] = rehearse_customer(
        [line(1, "P-MOB-88", 650, 2_550, 13_000)],
        CATALOGUE,
        Proposal(moves={"P-MOB-88": "P-MOB-128"}),
    )
    assert result.current.total_fen == 13_300
    assert result.proposed.total_fen == 12_800 and not result.proposed.over_allowance
    assert result.change_fen == 3 * (12_800 - 13_300)
    assert (result.before_fen, result.after_fen) == (39_000, 37_500)


def test_a_line_over_its_new_allowance():
    [result] = rehearse_customer(
        [line(1, "P-MOB-128", 600, 1_000, 12_800)],
        CATALOGUE,
        Proposal(moves={"P-MOB-128": "P-MOB-88"}),
    )
    assert result.proposed.over_minutes == 100 and result.proposed.minutes_fen == 1_900
    assert result.proposed.over_allowance and not result.current.over_allowance
    assert result.change_fen == 3 * (8_800 + 1_900 - 12_800)


def test_a_discount_comes_off_the_fee_and_may_fall_below_the_floor():
    proposal = Proposal(moves={"P-MOB-88": "P-MOB-128"}, discount_pct=Decimal("10"))
    [result] = rehearse_customer([line(1, "P-MOB-88", 650, 2_550, 13_000)], CATALOGUE, proposal)
    assert result.proposed.discount_fen == 1_280 and result.proposed.total_fen == 11_520
    assert not result.below_floor  # 115.20 >= floor 102.40
    deep = Proposal(discount_pct=Decimal("25"))
    [cut] = rehearse_customer([line(1, "P-MOB-128", 0, 0, 12_800)], CATALOGUE, deep)
    assert cut.proposed.total_fen == 9_600 and cut.below_floor


def test_a_term_earns_its_discount_and_must_reach_the_plan_minimum():
    proposal = Proposal(
        moves={"P-MOB-88": "P-MOB-128"}, term_months=12, term_discount_pct=Decimal("5")
    )
    [result] = rehearse_customer([line(1, "P-MOB-88", 0, 0, 8_800)], CATALOGUE, proposal)
    assert result.proposed.discount_fen == 640 and not result.term_short
    short = Proposal(moves={"P-MOB-88": "P-MOB-128"}, term_months=6)
    [result] = rehearse_customer([line(1, "P-MOB-88", 0, 0, 8_800)], CATALOGUE, short)
    assert result.term_short


def test_a_bundle_prices_complete_sets_only():
    # Fixed + mobile for 280 yuan a set: list fees 128 + 200 = 328, shares 109.26 and 170.74.
    bundle = Bundle("融合套餐", ("P-MOB-128", "P-BB-300"), 28_000)
    lines = [
        line(1, "P-MOB-128", 0, 0, 12_800),
        line(2, "P-MOB-128", 0, 0, 12_800),
        line(3, "P-BB-300", 0, 0, 20_000),
    ]
    results = rehearse_customer(lines, CATALOGUE, Proposal(bundle=bundle))
    fees = [r.proposed.fee_fen for r in results]
    assert fees == [10_926, 12_800, 17_074]  # the second mobile line has no broadband partner
    assert sum(r.change_fen for r in results) == 3 * (28_000 - 32_800)


def test_draft_quote_prices_replace_the_list_fee():
    proposal = Proposal(prices={"P-MOB-128": 11_000})
    [result] = rehearse_customer([line(1, "P-MOB-128", 0, 0, 12_800)], CATALOGUE, proposal)
    assert result.proposed.total_fen == 11_000 and result.change_fen == -5_400


def test_a_refund_month_keeps_its_effect_on_what_was_billed():
    # Three months averaging -20 yuan (a refund outweighed the fees): the proposal's difference
    # is added to what was billed, not to a modelled bill.
    [result] = rehearse_customer(
        [line(1, "P-MOB-88", 0, 0, -2_000)], CATALOGUE, Proposal(moves={"P-MOB-88": "P-MOB-128"})
    )
    assert (result.before_fen, result.change_fen, result.after_fen) == (-6_000, 12_000, 6_000)


def test_rehearse_sums_customers_reports_progress_and_can_be_cancelled():
    book = [
        [line(1, "P-MOB-88", 650, 2_550, 13_000, "C1")],
        [line(2, "P-MOB-88", 0, 0, 8_800, "C2"), line(3, "P-BB-300", 0, 0, 20_000, "C2")],
        [line(4, "P-UNKNOWN", 0, 0, 100, "C3")],
    ]
    seen: list[int] = []
    totals = rehearse(
        book, CATALOGUE, Proposal(moves={"P-MOB-88": "P-MOB-128"}), progress=seen.append, every=1
    )
    assert (totals.customers, totals.lines) == (2, 3)
    assert totals.paying_less == 1 and totals.paying_more == 1
    assert totals.before_fen == 3 * (13_000 + 8_800 + 20_000)
    assert totals.change_fen == 3 * (-500 + 4_000)
    assert seen == [1, 2, 3, 3] and not totals.cancelled
    stop = threading.Event()
    stop.set()
    assert rehearse(book, CATALOGUE, Proposal(), cancel=stop).cancelled


def test_sms_is_not_overage_where_the_plan_has_no_sms_terms():
    usage = LineUsage("SUB-1", "C1", "13900000001", "P-MOB-128", 12_800, 0, 0, 150)
    assert not month_bill(usage, MOB128).over_allowance
    with_sms = Tariff("S", 1_000, included_sms=100, sms_rate_fen=10)
    bill = month_bill(usage, with_sms)
    assert (bill.over_sms, bill.sms_fen) == (50, 500)


def test_a_discount_rounds_half_up_to_the_fen():
    usage = line(1, "X", 0, 0, 0)
    assert month_bill(usage, Tariff("X", 333), discount_pct=Decimal("12.5")).discount_fen == 42
    assert month_bill(usage, Tariff("X", 100), discount_pct=Decimal("0.5")).discount_fen == 1


def test_a_group_of_lines_bills_what_its_lines_bill_one_by_one():
    # Three P-MOB-88 lines, each beyond 88's allowances and within 128's: 650 min / 25.50 GB,
    # 700 min / 21.00 GB, 600 min / 30.00 GB. One by one on 88: 88 + 28.50 + 16.50 = 133,
    # 88 + 38 + 3 = 129, 88 + 19 + 30 = 137 yuan; on 128: 128 each.
    ones = [
        line(1, "P-MOB-88", 650, 2_550, 13_000),
        line(2, "P-MOB-88", 700, 2_100, 12_900),
        line(3, "P-MOB-88", 600, 3_000, 13_100),
    ]
    group = LineUsage("", "C1", "", "P-MOB-88", 39_000, 1_950, 7_650, 0, count=3)
    proposal = Proposal(moves={"P-MOB-88": "P-MOB-128"}, discount_pct=Decimal("12.5"))
    [result] = rehearse_customer([group], CATALOGUE, proposal)
    assert result.current.total_fen == 13_300 + 12_900 + 13_700
    assert result.proposed.discount_fen == 3 * 1_600 and not result.proposed.over_allowance
    by_line = rehearse_customer(ones, CATALOGUE, proposal)
    assert result.change_fen == sum(r.change_fen for r in by_line) == 3 * (33_600 - 39_900)
    assert result.before_fen == 117_000 and not result.below_floor  # 112 >= 102.40
    assert rehearse([[group]], CATALOGUE, proposal) == rehearse([ones], CATALOGUE, proposal)
    # To 58 (300 min / 10 GB): every line of the group is over, and counted as three.
    over = rehearse([[group]], CATALOGUE, Proposal(moves={"P-MOB-88": "P-MOB-58"}))
    assert over == rehearse([ones], CATALOGUE, Proposal(moves={"P-MOB-88": "P-MOB-58"}))
    assert (over.lines, over.customers, over.lines_over_allowance) == (3, 1, 3)


def test_groups_only_where_the_rates_keep_overage_linear():
    assert groupable(Proposal(), CATALOGUE)
    assert not groupable(Proposal(bundle=Bundle("融合", ("P-MOB-128", "P-BB-300"), 1)), CATALOGUE)
    assert not groupable(Proposal(), {"X": Tariff("X", 0, data_rate_fen=250)})
