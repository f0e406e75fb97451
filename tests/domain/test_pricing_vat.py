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
    billed_months,
    quote_vat,
    split_vat,
    vat_rate,
    wire_approval_level,
    wire_quote_vat,
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


def test_a_stored_quote_by_vat_category_with_one_time_charges_apart():
    # VAT is not on the wire: it derives from each line's total and VAT category (data model).
    lines = [
        {"product_id": "P-MSTP", "line_total": "235200.00", "charge_type": "monthly",
         "vat_category": "basic_telecom"},
        {"product_id": "P-CLOUD", "line_total": "4320.00", "charge_type": "monthly",
         "vat_category": "value_added_telecom"},
        {"product_id": "P-EQ-RTR", "line_total": "2600.00", "charge_type": "one_time",
         "vat_category": "goods"},
        # A draft line the server has not priced: its product says what it is.
        {"product_id": "P-INST-LL", "line_total": "3000.00"},
    ]  # fmt: skip
    products = {"P-INST-LL": {"charge_type": "one_time", "vat_category": "basic_telecom"}}
    vat = wire_quote_vat(lines, products)
    assert vat.by_rate[D("0.13")] == VatAmounts(D("2300.88"), D("299.12"), D("2600.00"))
    assert vat.by_rate[D("0.09")].gross == D("238200.00")
    assert vat.one_time.gross == D("5600.00") and vat.monthly.gross == D("239520.00")
    assert vat.total.net + vat.total.tax == vat.total.gross == D("245120.00")
    assert vat.total.net == sum((v.net for _c, v in vat.lines), D(0))
    assert vat_rate("goods") == D("0.13") and vat_rate("value_added_telecom") == D("0.06")
    with pytest.raises(ValueError, match="luxury"):
        vat_rate("luxury")
    assert billed_months("one_time", 24) == 1 and billed_months("monthly", 24) == 24


def test_the_ladder_by_depth_below_the_floor_follows_the_contract():
    # docs/sync-protocol.md: up to 10 points of the floor district, up to 25 city, deeper province.
    floor = D("100.00")
    assert below_floor_pct(D("100.00"), floor) == 0
    assert approval_level([(D("120.00"), floor)]) is ApprovalLevel.NONE
    assert approval_level([(D("100.00"), floor)]) is ApprovalLevel.NONE
    assert approval_level([(D("99.99"), floor)]) is ApprovalLevel.DISTRICT
    assert approval_level([(D("92.00"), floor)]) is ApprovalLevel.DISTRICT  # 8 points: district
    assert approval_level([(D("90.00"), floor)]) is ApprovalLevel.DISTRICT
    assert approval_level([(D("89.99"), floor)]) is ApprovalLevel.CITY
    assert approval_level([(D("75.00"), floor)]) is ApprovalLevel.CITY
    assert approval_level([(D("74.99"), floor)]) is ApprovalLevel.PROVINCE
    # The exact depth decides, not a rounded one: 10.001 points is past the district's 10.
    assert approval_level([(D("899.99"), D("1000.00"))]) is ApprovalLevel.CITY
    # The deepest line decides.
    assert approval_level([(D("99.00"), floor), (D("50.00"), floor)]) is ApprovalLevel.PROVINCE
    wide = AuthorityLadder(district_max_pct=D(10), city_max_pct=D(30))
    assert approval_level([(D("74.99"), floor)], wide) is ApprovalLevel.CITY


def test_the_levels_are_the_wire_codes():
    assert {level.wire for level in ApprovalLevel} == {None, *(v.value for v in WireLevel)}
    assert ApprovalLevel.NONE.wire is None and ApprovalLevel.DISTRICT.wire == "district"


def test_one_ladder_for_client_and_simulator():
    """The simulator's levels (the wire's approval_level) come from the same rule."""
    from bigcust_sim.push import quotes as sim_quotes
    from bigcust_sim.seed import city as sim_seed

    assert sim_quotes.wire_approval_level is wire_approval_level
    assert sim_seed.wire_approval_level is wire_approval_level
    depths = ("0", "0.01", "10", "10.001", "25", "25.01")
    assert [wire_approval_level(D(d)) for d in depths] == [
        None, "district", "district", "city", "city", "province",
    ]  # fmt: skip
    assert {level.value for level in ApprovalLevel} - {"none"} == {
        level.value for level in WireLevel
    }


def test_who_may_approve_which_level():
    manager = Role.REGIONAL_MANAGER
    assert may_approve_level(manager, ApprovalLevel.DISTRICT)
    assert may_approve_level(manager, ApprovalLevel.CITY)
    assert not may_approve_level(manager, ApprovalLevel.PROVINCE)
    assert not may_approve_level(Role.ACCOUNT_MANAGER, ApprovalLevel.DISTRICT)
    assert may_approve_level(Role.ACCOUNT_MANAGER, ApprovalLevel.NONE)
