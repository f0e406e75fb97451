"""Money in yuan as `Decimal` with two places (fen), its wire form and its integer-fen form.

Depends on the standard library only. Floats are refused: a binary float cannot hold 0.10 yuan.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation

from bigcust_desktop.domain.errors import ValidationError

ZERO = Decimal("0.00")
CENT = Decimal("0.01")
# No amount in this business comes near a trillion yuan; a larger figure is a unit or typing error.
MAX_YUAN = Decimal("999999999999.99")

# A private context so that a caller who changes the thread's decimal context cannot change results.
_CTX = Context(prec=34, rounding=ROUND_HALF_UP)
# ASCII only: Decimal() would take "１２" or Arabic-Indic digits, which have no place on the wire.
_DECIMAL_TEXT = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)", re.ASCII)
# Already in wire form: no sign, no leading zero, exactly two places, within the cap.
_CANONICAL = re.compile(r"(?:0|[1-9]\d{0,11})\.\d\d", re.ASCII)


def parse_decimal(value: str | int | Decimal, field: str, code: str = "decimal.invalid") -> Decimal:
    """A finite `Decimal` from a decimal string, an int or a Decimal; floats and bools are refused.

    Only plain notation is accepted as text (``"12.5"``), not ``"1e3"`` or ``"1_000"``: the wire
    format is plain, and a stray exponent is more likely an error than an intent.
    """
    kind = type(value)
    if kind is str:
        text = value.strip()  # type: ignore[union-attr]
        if not _DECIMAL_TEXT.fullmatch(text):
            raise ValidationError(field, code, "Not a decimal number.", {"value": text[:40]})
        return Decimal(text)
    if kind is int:
        return Decimal(value)
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValidationError(field, code, "The number is not finite.")
        return value
    raise ValidationError(
        field,
        code,
        "Give a decimal string or a whole number, not a floating-point value.",
        {"type": kind.__name__},
    )


def to_money(
    value: str | int | Decimal, field: str = "amount", *, allow_negative: bool = False
) -> Decimal:
    """An amount in yuan rounded half-up to the fen, checked against sign and size.

    Codes: ``money.invalid`` (not a number, float, NaN, infinity), ``money.negative``,
    ``money.too_large`` (beyond `MAX_YUAN` either way).
    """
    number = parse_decimal(value, field, "money.invalid")
    if number.adjusted() >= 12:
        raise ValidationError(
            field, "money.too_large", "The amount is too large.", {"max": str(MAX_YUAN)}
        )
    try:
        amount = number.quantize(CENT, context=_CTX)
    except InvalidOperation:  # pragma: no cover - unreachable under the size check above
        raise ValidationError(field, "money.invalid", "Not an amount of money.") from None
    if not amount:
        return ZERO  # also folds "-0.00" into one zero
    if amount < 0 and not allow_negative:
        raise ValidationError(field, "money.negative", "The amount cannot be negative.")
    if abs(amount) > MAX_YUAN:
        raise ValidationError(
            field, "money.too_large", "The amount is too large.", {"max": str(MAX_YUAN)}
        )
    return amount


def normalize_money(value: str | int | Decimal, field: str = "amount") -> str:
    """Check a non-negative amount and return its wire form; fast for strings already in it."""
    if type(value) is str and _CANONICAL.fullmatch(value):
        return value  # type: ignore[return-value]
    return money_str(to_money(value, field))


def money_str(d: Decimal) -> str:
    """The wire form of an amount: plain notation, two places, no grouping (``"1280.00"``)."""
    amount = d.quantize(CENT, context=_CTX)
    if not amount:
        return "0.00"
    return f"{amount:f}"


def to_fen(d: Decimal) -> int:
    """An amount as integer fen (the store's column form), rounding half-up at the fen."""
    return int(d.quantize(CENT, context=_CTX).scaleb(2, context=_CTX))


def from_fen(fen: int) -> Decimal:
    """Integer fen back to yuan with two places."""
    if type(fen) is not int:
        raise TypeError(f"fen must be an int, not {type(fen).__name__}")
    return Decimal(fen).scaleb(-2, context=_CTX)


def round_fen(d: Decimal) -> Decimal:
    """A computed yuan figure rounded half-up to the fen (for products and shares of amounts)."""
    amount = d.quantize(CENT, context=_CTX)
    return amount if amount else ZERO
