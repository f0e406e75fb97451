"""Quote pricing, the below-floor approval rule and quote status moves."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bigcust_desktop.domain.errors import ValidationError
from bigcust_desktop.domain.pricing import (
    QUOTE_ALLOWED_MOVES,
    PricedLine,
    QuoteStatus,
    can_move_quote,
    check_min_term,
    check_quote_move,
    discount_depth,
    line_list_total,
    needs_approval,
    price_line,
    quote_total,
    submit_status,
)

D = Decimal


def test_price_line_example():
    line = price_line(D("128.00"), 10, D("6.25"), 12, D("96.00"))
    assert line == PricedLine(D("120.00"), D("14400.00"), False)
    assert line_list_total(D("128.00"), 10, 12) == D("15360.00")
    assert discount_depth(D("15360.00"), line.line_total) == D("6.25")


def test_net_price_rounds_half_up_to_the_fen():
    assert price_line(D("0.10"), 1, D("5"), 1, D("0")).net_unit_price == D("0.10")  # 0.095
    assert price_line(D("33.33"), 1, D("33.33"), 1, D("0")).net_unit_price == D("22.22")
    assert price_line(D("128.00"), 3, D("100"), 24, D("0")).line_total == D("0.00")


def test_floor_is_compared_with_the_net_unit_price():
    assert not price_line(D("128.00"), 1, D("25"), 1, D("96.00")).below_floor  # exactly the floor
    assert price_line(D("128.00"), 1, D("25.01"), 1, D("96.00")).below_floor


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"quantity": 0}, "quote.quantity"),
        ({"quantity": 100_001}, "quote.quantity"),
        ({"quantity": True}, "quote.quantity"),
        ({"quantity": 2.0}, "quote.quantity"),
        ({"discount_pct": D("-0.01")}, "quote.discount"),
        ({"discount_pct": D("100.01")}, "quote.discount"),
        ({"discount_pct": D("NaN")}, "quote.discount"),
        ({"discount_pct": 5.5}, "quote.discount"),
        ({"term_months": 0}, "quote.term"),
        ({"term_months": 61}, "quote.term"),
        ({"unit_price": D("-1")}, "money.negative"),
        ({"floor_price": "x"}, "money.invalid"),
    ],
)
def test_price_line_validation(kwargs, code):
    args = {
        "unit_price": D("128.00"),
        "quantity": 1,
        "discount_pct": D("0"),
        "term_months": 12,
        "floor_price": D("96.00"),
    }
    with pytest.raises(ValidationError) as info:
        price_line(**{**args, **kwargs})
    assert info.value.code == code


def test_totals_approval_and_submit():
    fine = price_line(D("128.00"), 10, D("10"), 12, D("96.00"))
    deep = price_line(D("128.00"), 10, D("30"), 12, D("96.00"))
    assert quote_total([fine, deep]) == fine.line_total + deep.line_total
    assert quote_total([]) == D("0.00")
    assert not needs_approval([fine])
    assert needs_approval([fine, deep])
    assert submit_status([fine]) is QuoteStatus.APPROVED
    assert submit_status(iter([fine, deep])) is QuoteStatus.PENDING_APPROVAL
    with pytest.raises(ValidationError) as info:
        submit_status([])
    assert info.value.code == "quote.no_lines"


def test_discount_depth_edges():
    assert discount_depth(D("0.00"), D("0.00")) == D("0.00")
    assert discount_depth(D("300.00"), D("200.00")) == D("33.33")
    assert discount_depth(D("100.00"), D("110.00")) == D("-10.00")


def test_min_term():
    check_min_term(12, 12)
    check_min_term(1, 0)
    with pytest.raises(ValidationError) as info:
        check_min_term(6, 12)
    assert info.value.code == "quote.term_below_minimum"


@pytest.mark.parametrize(
    ("frm", "to"),
    [
        ("draft", "pending_approval"),
        ("draft", "approved"),
        ("pending_approval", "approved"),
        ("pending_approval", "rejected"),
        ("pending_approval", "draft"),
        ("rejected", "draft"),
        ("approved", "sent"),
        ("sent", "accepted"),
        ("sent", "expired"),
        ("expired", "draft"),
        ("accepted", "accepted"),
    ],
)
def test_quote_moves_allowed(frm, to):
    assert can_move_quote(frm, to)
    check_quote_move(frm, to)


@pytest.mark.parametrize(
    ("frm", "to"),
    [("draft", "sent"), ("rejected", "approved"), ("accepted", "draft"), ("draft", "won")],
)
def test_quote_moves_refused(frm, to):
    with pytest.raises(ValidationError) as info:
        check_quote_move(frm, to)
    assert info.value.code == "quote.move_not_allowed"


def test_accepted_is_final_and_every_status_has_moves_listed():
    assert set(QUOTE_ALLOWED_MOVES) == set(QuoteStatus)
    assert QUOTE_ALLOWED_MOVES[QuoteStatus.ACCEPTED] == frozenset()


prices = st.integers(0, 10**8).map(lambda fen: Decimal(fen).scaleb(-2))
discounts = st.integers(0, 10_000).map(lambda hundredths: Decimal(hundredths).scaleb(-2))
quantities = st.integers(1, 100_000)
terms = st.integers(1, 60)


@given(prices, quantities, discounts, terms, prices)
def test_line_is_non_negative_and_consistent(unit, qty, pct, term, floor):
    line = price_line(unit, qty, pct, term, floor)
    assert D("0") <= line.net_unit_price <= unit
    assert line.line_total >= 0
    assert line.line_total == line.net_unit_price * qty * term
    assert line.net_unit_price.as_tuple().exponent == -2
    assert line.below_floor == (line.net_unit_price < floor)


@given(st.lists(st.tuples(prices, quantities, discounts, terms, prices), max_size=8))
def test_total_is_the_sum_of_lines(specs):
    lines = [price_line(*spec) for spec in specs]
    assert quote_total(lines) == sum((line.line_total for line in lines), D("0"))
    assert needs_approval(lines) == any(line.below_floor for line in lines)


@given(prices.filter(lambda p: p > 0), quantities, terms, st.data())
def test_below_floor_always_needs_approval_and_list_price_never(unit, qty, term, data):
    floor = data.draw(st.integers(1, int(unit * 100)).map(lambda fen: Decimal(fen).scaleb(-2)))
    at_list = price_line(unit, qty, D("0"), term, floor)
    assert not needs_approval([at_list])
    assert submit_status([at_list]) is QuoteStatus.APPROVED
    pct = data.draw(discounts)
    line = price_line(unit, qty, pct, term, floor)
    if line.net_unit_price < floor:
        assert needs_approval([at_list, line])
        assert submit_status([at_list, line]) is QuoteStatus.PENDING_APPROVAL
    deepest = price_line(unit, qty, D("100"), term, floor)
    assert needs_approval([deepest])
