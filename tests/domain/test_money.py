"""Money rules: parsing to fen-exact Decimals, wire form, integer fen."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bigcust_desktop.domain.errors import ValidationError
from bigcust_desktop.domain.money import (
    MAX_YUAN,
    ZERO,
    from_fen,
    money_str,
    normalize_money,
    to_fen,
    to_money,
)

from .strategies import money_strings


def _code(value, **kwargs) -> str:
    with pytest.raises(ValidationError) as info:
        to_money(value, "amount", **kwargs)
    return info.value.code


@pytest.mark.parametrize(
    ("given_value", "expected"),
    [
        ("1280.00", "1280.00"),
        ("1280", "1280.00"),
        (" 12.5 ", "12.50"),
        (".5", "0.50"),
        (7, "7.00"),
        (Decimal("0.005"), "0.01"),  # half-up at the fen, not banker's rounding
        (Decimal("0.015"), "0.02"),
        ("2.675", "2.68"),
        ("-0.00", "0.00"),
        ("+3", "3.00"),
        ("999999999999.99", "999999999999.99"),
    ],
)
def test_to_money_parses_and_rounds(given_value, expected):
    amount = to_money(given_value)
    assert amount == Decimal(expected)
    assert money_str(amount) == expected
    assert amount.as_tuple().exponent == -2


@pytest.mark.parametrize(
    "bad",
    [1.5, True, None, "1e3", "1_000", "abc", "", "1,280.00", "１２.50", "١٢", Decimal("NaN")],
)
def test_to_money_refuses_non_numbers(bad):
    assert _code(bad) == "money.invalid"


def test_to_money_sign_and_size():
    assert _code("-0.01") == "money.negative"
    assert to_money("-0.01", allow_negative=True) == Decimal("-0.01")
    assert to_money("-0.004") == ZERO  # rounds to zero, which is not negative
    assert _code("1000000000000") == "money.too_large"
    assert _code("999999999999.995") == "money.too_large"
    assert _code(Decimal("1E+40")) == "money.too_large"
    assert _code("-1000000000000", allow_negative=True) == "money.too_large"
    assert to_money(Decimal("1E-30")) == ZERO


def test_error_names_the_field():
    with pytest.raises(ValidationError) as info:
        to_money("x", "unit_price")
    assert info.value.field == "unit_price"


def test_wire_form_and_fen():
    assert money_str(Decimal("1280")) == "1280.00"
    assert money_str(Decimal("-0")) == "0.00"
    assert money_str(Decimal("1E+3")) == "1000.00"
    assert to_fen(Decimal("1280.00")) == 128000
    assert to_fen(Decimal("0.125")) == 13
    assert to_fen(Decimal("-3.10")) == -310
    assert from_fen(128000) == Decimal("1280.00")
    assert str(from_fen(5)) == "0.05"
    with pytest.raises(TypeError):
        from_fen(1.5)  # type: ignore[arg-type]


def test_normalize_money_keeps_canonical_strings_and_fixes_others():
    assert normalize_money("12.30") == "12.30"
    assert normalize_money("012.3") == "12.30"
    assert normalize_money(12) == "12.00"
    with pytest.raises(ValidationError):
        normalize_money("１２.50")  # full-width digits are not on the wire
    with pytest.raises(ValidationError):
        normalize_money("-1.00")
    with pytest.raises(ValidationError):
        normalize_money(1.0)


@given(st.integers(-(10**14) + 1, 10**14 - 1))
def test_fen_round_trip(fen):
    amount = from_fen(fen)
    assert to_fen(amount) == fen
    assert to_money(money_str(amount), allow_negative=True) == amount


@given(money_strings())
def test_wire_string_round_trip(text):
    amount = to_money(text)
    assert money_str(amount) == text
    assert from_fen(to_fen(amount)) == amount
    assert normalize_money(text) == text


@given(st.decimals(min_value=0, max_value=MAX_YUAN, allow_nan=False, allow_infinity=False))
def test_any_decimal_rounds_to_within_half_a_fen(d):
    amount = to_money(d)
    assert abs(amount - d) <= Decimal("0.005")
    assert amount.as_tuple().exponent == -2
