"""Quote (报价单) pricing, the below-floor approval rule and the quote status moves.

Depends on the standard library and the money and vocabulary rules only.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from bigcust_desktop.domain.errors import ValidationError
from bigcust_desktop.domain.money import ZERO, parse_decimal, round_fen, to_money

MAX_QUANTITY = 100_000
MAX_TERM_MONTHS = 60
_HUNDRED = Decimal(100)


@dataclass(frozen=True, slots=True)
class PricedLine:
    """One priced quote line: net unit price per month, total over the term, and the floor flag."""

    net_unit_price: Decimal
    line_total: Decimal
    below_floor: bool


def _whole(value: int, field: str, code: str, lo: int, hi: int, what: str) -> int:
    if type(value) is not int or not lo <= value <= hi:
        raise ValidationError(
            field, code, f"The {what} is a whole number from {lo} to {hi}.", {"min": lo, "max": hi}
        )
    return value


def check_discount(discount_pct: Decimal | int | str, field: str = "discount_pct") -> Decimal:
    """A discount percentage from 0 to 100, rounded half-up to two places (``quote.discount``)."""
    pct = parse_decimal(discount_pct, field, "quote.discount")
    if not ZERO <= pct <= _HUNDRED:
        raise ValidationError(
            field, "quote.discount", "The discount is a percentage from 0 to 100."
        )
    return round_fen(pct)


def check_quantity(quantity: int, field: str = "quantity") -> int:
    return _whole(quantity, field, "quote.quantity", 1, MAX_QUANTITY, "quantity")


def check_term(term_months: int, field: str = "term_months") -> int:
    return _whole(term_months, field, "quote.term", 1, MAX_TERM_MONTHS, "term in months")


def price_line(
    unit_price: Decimal,
    quantity: int,
    discount_pct: Decimal,
    term_months: int,
    floor_price: Decimal,
) -> PricedLine:
    """Price one line: net = unit × (1 − pct/100) to the fen; total = net × quantity × term.

    Every input is checked and every bad one raises `ValidationError` (``quote.quantity``,
    ``quote.discount``, ``quote.term``, ``money.*`` for the prices).
    """
    unit = to_money(unit_price, "unit_price")
    floor = to_money(floor_price, "floor_price")
    check_quantity(quantity)
    pct = check_discount(discount_pct)
    check_term(term_months)
    # unit × (100 − pct) / 100 keeps the product exact before the one rounding step.
    net = round_fen(unit * (_HUNDRED - pct) / _HUNDRED)
    return PricedLine(
        net_unit_price=net,
        line_total=net * quantity * term_months,
        below_floor=net < floor,
    )


def line_list_total(unit_price: Decimal, quantity: int, term_months: int) -> Decimal:
    """What a line would cost at list price over the term (the basis of discount depth)."""
    return to_money(unit_price, "unit_price") * quantity * term_months


def quote_total(lines: Iterable[PricedLine]) -> Decimal:
    """The quote total: the sum of its line totals."""
    return sum((line.line_total for line in lines), ZERO)


def needs_approval(lines: Iterable[PricedLine]) -> bool:
    """Whether any line is below its catalogue floor, so the regional manager must approve."""
    return any(line.below_floor for line in lines)


def discount_depth(list_total: Decimal, net_total: Decimal) -> Decimal:
    """How far below list price a quote goes, in percent with two places (0 for an empty list).

    A quote above list price gives a negative depth rather than hiding the mark-up.
    """
    if not list_total:
        return ZERO
    return round_fen((list_total - net_total) * _HUNDRED / list_total)


def check_min_term(term_months: int, min_term_months: int, field: str = "term_months") -> None:
    """A product with a minimum term cannot be quoted for less (``quote.term_below_minimum``)."""
    if min_term_months and term_months < min_term_months:
        raise ValidationError(
            field,
            "quote.term_below_minimum",
            f"This product is sold for at least {min_term_months} months.",
            {"min": min_term_months},
        )


class QuoteStatus(StrEnum):
    DRAFT = "draft"
    PENDING_APPROVAL = "pending_approval"
    APPROVED = "approved"
    REJECTED = "rejected"
    SENT = "sent"
    ACCEPTED = "accepted"
    EXPIRED = "expired"


# A draft is submitted (to pending_approval or straight to approved, see `submit_status`); a
# pending quote is approved, rejected, or withdrawn to draft for editing; approved and rejected
# quotes go back to draft to be revised; an approved quote is sent; a sent quote is accepted or
# expires; an expired quote may be revived as a draft; accepted is final.
QUOTE_ALLOWED_MOVES: dict[QuoteStatus, frozenset[QuoteStatus]] = {
    QuoteStatus.DRAFT: frozenset({QuoteStatus.PENDING_APPROVAL, QuoteStatus.APPROVED}),
    QuoteStatus.PENDING_APPROVAL: frozenset(
        {QuoteStatus.APPROVED, QuoteStatus.REJECTED, QuoteStatus.DRAFT}
    ),
    QuoteStatus.APPROVED: frozenset({QuoteStatus.SENT, QuoteStatus.DRAFT, QuoteStatus.EXPIRED}),
    QuoteStatus.REJECTED: frozenset({QuoteStatus.DRAFT}),
    QuoteStatus.SENT: frozenset({QuoteStatus.ACCEPTED, QuoteStatus.EXPIRED}),
    QuoteStatus.ACCEPTED: frozenset(),
    QuoteStatus.EXPIRED: frozenset({QuoteStatus.DRAFT}),
}

# Lines may be edited only while the quote is a draft; anything else must go back to draft first.
EDITABLE_QUOTE_STATUSES: frozenset[QuoteStatus] = frozenset({QuoteStatus.DRAFT})


def can_move_quote(frm: str, to: str) -> bool:
    try:
        a, b = QuoteStatus(frm), QuoteStatus(to)
    except ValueError:
        return False
    return a is b or b in QUOTE_ALLOWED_MOVES[a]


def check_quote_move(frm: str, to: str, field: str = "status") -> None:
    """Raise ``quote.move_not_allowed`` unless the status move is allowed (same status: allowed)."""
    if not can_move_quote(frm, to):
        raise ValidationError(
            field,
            "quote.move_not_allowed",
            f"A quote cannot go from {frm} to {to}.",
            {"from": str(frm), "to": str(to)},
        )


def submit_status(lines: Iterable[PricedLine]) -> QuoteStatus:
    """The status a draft takes when submitted; a quote without lines cannot be submitted."""
    priced = list(lines)
    if not priced:
        raise ValidationError("lines", "quote.no_lines", "A quote needs at least one line.")
    return QuoteStatus.PENDING_APPROVAL if needs_approval(priced) else QuoteStatus.APPROVED
