"""VAT per line and in totals (fen-exact), one-time charges apart, the discount-authority ladder."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bigcust_desktop.domain.permissions import may_approve_level
from bigcust_desktop.domain.pricing import (
    VAT_BASIC,
    VAT_VALUE_ADDED,
    ApprovalLevel,
    AuthorityLadder,
    ChargeKind,
    QuoteCharge,
    VatAmounts,
    approval_level,
    below_floor_pct,
    quote_vat,
    split_vat,
    vat_rate_of,
    wire_approval_level,
)
from bigcust_desktop.domain.vocab import Role
from bigcust_desktop.domain.vocab_city import ApprovalLevel as WireLevel

D = Decimal
CENT = D("0.01")
rates = st.sampled_from([VAT_BASIC, VAT_VALUE_ADDED])
amounts = st.integers(min_value=-(10**10), max_value=10**12).map(lambda fen: D(fen) * CENT)


def test_split_examples_by_hand():
    # 1,090.00 at 9 %: 1,000.00 + 90.00. 100.00 at 6 %: 94.339... -> 94.34 + 5.66.
    assert split_vat(D("1090.00"), VAT_BASIC) == VatAmounts(D("1000.00"), D("90.00"), D("1090.00"))
    amounts_ = split_vat(D("100.00"), VAT_VALUE_ADDED)
    assert (amounts_.net, amounts_.tax) == (D("94.34"), D("5.66"))
    assert split_vat(D("0.01"), VAT_BASIC) == VatAmounts(D("0.01"), D("0.00"), D("0.01"))


def test_rates_by_category():
    assert vat_rate_of("leased_line") == D("0.09") and vat_rate_of("cloud") == D("0.06")
    with pytest.raises(ValueError, match="satellite"):
        vat_rate_of("satellite")


@given(amounts, rates)
def test_net_plus_tax_is_gross_on_every_line(gross, rate):
    split = split_vat(gross, rate)
    assert split.net + split.tax == split.gross == gross
    assert split.net == split.net.quantize(CENT) and split.tax == split.tax.quantize(CENT)
    # The tax is the rate on the net amount, to within the one rounding step.
    assert abs(split.tax - split.net * rate) <= CENT


@given(st.lists(st.tuples(amounts, rates, st.sampled_from(list(ChargeKind))), max_size=20))
def test_totals_are_the_sums_of_the_lines_and_keep_the_identity(rows):
    charges = [
        QuoteCharge(f"L{i}", kind, gross, rate) for i, (gross, rate, kind) in enumerate(rows)
    ]
    vat = quote_vat(charges)
    for part in (vat.monthly, vat.one_time, vat.total, *vat.by_rate.values()):
        assert part.net + part.tax == part.gross
    assert vat.total.gross == sum((g for g, _r, _k in rows), D(0))
    assert vat.total.net == sum((v.net for _c, v in vat.lines), D(0))
    assert vat.monthly + vat.one_time == vat.total


def test_one_time_charges_stay_apart_from_monthly_fees():
    vat = quote_vat(
        [
            QuoteCharge("MSTP 100M × 24 月", ChargeKind.MONTHLY, D("235200.00"), VAT_BASIC),
            QuoteCharge("云主机 × 12 月", ChargeKind.MONTHLY, D("4320.00"), VAT_VALUE_ADDED),
            QuoteCharge("安装调测费", ChargeKind.ONE_TIME, D("3000.00"), VAT_VALUE_ADDED),
        ]
    )
    assert vat.monthly.gross == D("239520.00") and vat.one_time.gross == D("3000.00")
    assert vat.one_time == VatAmounts(D("2830.19"), D("169.81"), D("3000.00"))
    assert vat.by_rate[VAT_VALUE_ADDED].gross == D("7320.00")
    assert vat.total.gross == D("242520.00")


def test_the_ladder_by_depth_below_the_floor():
    floor = D("100.00")
    assert below_floor_pct(D("100.00"), floor) == 0
    assert approval_level([(D("120.00"), floor)]) is ApprovalLevel.NONE
    assert approval_level([(D("100.00"), floor)]) is ApprovalLevel.NONE
    assert approval_level([(D("99.99"), floor)]) is ApprovalLevel.DISTRICT
    assert approval_level([(D("90.00"), floor)]) is ApprovalLevel.DISTRICT  # 10 % below
    assert approval_level([(D("89.99"), floor)]) is ApprovalLevel.CITY
    assert approval_level([(D("75.00"), floor)]) is ApprovalLevel.CITY  # 25 % below
    assert approval_level([(D("74.99"), floor)]) is ApprovalLevel.PROVINCE
    # The deepest line decides.
    assert approval_level([(D("99.00"), floor), (D("50.00"), floor)]) is ApprovalLevel.PROVINCE
    wide = AuthorityLadder(county_max_pct=D(10), city_max_pct=D(30))
    assert approval_level([(D("74.99"), floor)], wide) is ApprovalLevel.CITY


def test_one_ladder_for_client_and_simulator():
    """The simulator's levels (the wire's approval_level) come from the same rule."""
    from bigcust_sim.push import quotes as sim_quotes
    from bigcust_sim.seed import city as sim_seed

    assert sim_quotes.wire_approval_level is wire_approval_level
    assert sim_seed.wire_approval_level is wire_approval_level
    assert [wire_approval_level(D(d)) for d in ("0", "0.01", "10", "10.01", "25", "25.01")] == [
        None, "district", "district", "city", "city", "province",
    ]  # fmt: skip
    assert {level.value for level in ApprovalLevel} - {"none"} == {
        level.value for level in WireLevel
    }


def test_who_may_approve_which_level():
    manager = Role.REGIONAL_MANAGER
    assert may_approve_level(manager, ApprovalLevel.COUNTY)
    assert may_approve_level(manager, ApprovalLevel.CITY)
    assert not may_approve_level(manager, ApprovalLevel.PROVINCE)
    assert not may_approve_level(Role.ACCOUNT_MANAGER, ApprovalLevel.COUNTY)
    assert may_approve_level(Role.ACCOUNT_MANAGER, ApprovalLevel.NONE)
