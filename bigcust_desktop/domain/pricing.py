"""Quote (报价单) pricing, the below-floor approval rule and the quote status moves.

Depends on the standard library and the money and vocabulary rules only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

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


# --- VAT (增值税) on quotes -------------------------------------------------------------------
# Catalogue and quote prices are tax-inclusive (含税), as Chinese telecom tariffs are published.
# Each line's tax-exclusive amount (不含税) is its inclusive amount / (1 + rate), rounded half-up
# to the fen once, per line; the tax (税额) is the difference, so 不含税 + 税额 = 含税 holds exactly
# on every line, and totals are sums of the line figures, so it holds on the totals too.

VAT_BASIC = Decimal("0.09")  # basic telecom services: voice, leased bandwidth (基础电信服务)
VAT_VALUE_ADDED = Decimal("0.06")  # value-added telecom: internet access, IDC, cloud (增值电信服务)
# The rate follows the product's VAT category (the catalogue's, copied onto each line by the
# server), never its product category: one table, `VAT_BY_VAT_CATEGORY`.
VAT_GOODS = Decimal("0.13")  # equipment sold (货物销售)
# A product's and a quote line's VAT category (`vocab_city.VatCategory`, 增值税税目) -> rate.
VAT_BY_VAT_CATEGORY: dict[str, Decimal] = {
    "basic_telecom": VAT_BASIC,
    "value_added_telecom": VAT_VALUE_ADDED,
    "goods": VAT_GOODS,
}


class ChargeKind(StrEnum):
    MONTHLY = "monthly"  # a fee per month over the term
    ONE_TIME = "one_time"  # installation, equipment: charged once


def billed_months(charge_type: str | None, term_months: int) -> int:
    """How many times a line's net price is charged: every month of the term, or once."""
    return 1 if charge_type == ChargeKind.ONE_TIME else term_months


def vat_rate(vat_category: str) -> Decimal:
    """The rate of a VAT category (9 % basic telecom, 6 % value-added, 13 % goods); an unknown
    category is a catalogue error (ValueError)."""
    try:
        return VAT_BY_VAT_CATEGORY[vat_category]
    except KeyError:
        raise ValueError(f"no VAT rate for the VAT category {vat_category!r}") from None


@dataclass(frozen=True, slots=True)
class VatAmounts:
    """An amount with and without VAT; ``net + tax == gross`` always (yuan, two places)."""

    net: Decimal  # 不含税
    tax: Decimal  # 税额
    gross: Decimal  # 含税

    def __add__(self, other: VatAmounts) -> VatAmounts:
        return VatAmounts(self.net + other.net, self.tax + other.tax, self.gross + other.gross)


NO_AMOUNT = VatAmounts(ZERO, ZERO, ZERO)


def split_vat(gross: Decimal, rate: Decimal) -> VatAmounts:
    """A tax-inclusive amount split into net and tax: net = gross / (1 + rate), half-up to the
    fen; tax = gross − net (so a negative amount, a credit, splits the same way)."""
    amount = to_money(gross, "gross", allow_negative=True)
    net = round_fen(amount / (1 + rate))
    return VatAmounts(net, amount - net, amount)


@dataclass(frozen=True, slots=True)
class QuoteCharge:
    """One charge of a quote: a priced line's total over the term, or a one-time charge."""

    label: str
    kind: ChargeKind
    gross: Decimal  # tax-inclusive total of this charge (for a monthly line: over the term)
    rate: Decimal  # VAT rate


@dataclass(frozen=True, slots=True)
class QuoteVat:
    """A quote's figures as an invoice shows them: per line, monthly and one-time apart, totals."""

    lines: tuple[tuple[QuoteCharge, VatAmounts], ...]
    monthly: VatAmounts  # the term's monthly fees
    one_time: VatAmounts
    total: VatAmounts
    by_rate: dict[Decimal, VatAmounts]


def line_charge(
    line: Mapping[str, Any], product: Mapping[str, Any] | None = None, label: str = ""
) -> QuoteCharge:
    """A quote line in wire form as a charge: its ``line_total`` (VAT included), its charge type
    and VAT category (the line's, else its product's, else monthly basic telecom)."""
    product = product or {}
    charge = line.get("charge_type") or product.get("charge_type") or ChargeKind.MONTHLY
    category = line.get("vat_category") or product.get("vat_category") or "basic_telecom"
    return QuoteCharge(label, ChargeKind(charge), to_money(line["line_total"]), vat_rate(category))


def wire_quote_vat(
    lines: Iterable[Mapping[str, Any]], products: Mapping[str, Mapping[str, Any]] | None = None
) -> QuoteVat:
    """The VAT figures of a stored quote's lines, the one function the editor, the customer's
    copy and the quotes report use: VAT is not carried on the wire, it derives from each line's
    total and VAT category (docs/data-model.md), so every place shows the same fen."""
    products = products or {}
    return quote_vat(line_charge(line, products.get(line["product_id"])) for line in lines)


def quote_vat(charges: Iterable[QuoteCharge]) -> QuoteVat:
    """Split every charge into 不含税 / 税额 / 含税 and sum them (the sums of the line figures)."""
    lines = tuple((c, split_vat(c.gross, c.rate)) for c in charges)
    monthly = sum((v for c, v in lines if c.kind is ChargeKind.MONTHLY), NO_AMOUNT)
    one_time = sum((v for c, v in lines if c.kind is ChargeKind.ONE_TIME), NO_AMOUNT)
    by_rate: dict[Decimal, VatAmounts] = {}
    for charge, amounts in lines:
        by_rate[charge.rate] = by_rate.get(charge.rate, NO_AMOUNT) + amounts
    return QuoteVat(lines, monthly, one_time, monthly + one_time, by_rate)


# --- Discount authority (折扣审批权限): 区县 → 市 → 省 ------------------------------------------


class ApprovalLevel(StrEnum):
    """Who must approve a quote, by how far its deepest line goes below the catalogue floor.

    The codes are the wire's (`quote.approval_level`, `vocab_city.ApprovalLevel`); ``NONE`` is
    the wire's null.
    """

    NONE = "none"  # at or above every floor: no approval
    DISTRICT = "district"  # 区县公司
    CITY = "city"  # 市公司
    PROVINCE = "province"  # 省公司

    @property
    def wire(self) -> str | None:
        return None if self is ApprovalLevel.NONE else self.value

    @property
    def rank(self) -> int:
        """0 for none up to 3 for the province: higher needs more authority."""
        return _LEVEL_ORDER.index(self)


_LEVEL_ORDER = (
    ApprovalLevel.NONE,
    ApprovalLevel.DISTRICT,
    ApprovalLevel.CITY,
    ApprovalLevel.PROVINCE,
)


@dataclass(frozen=True, slots=True)
class AuthorityLadder:
    """How far below the floor each level may go, in points of the floor price.

    Defaults are the contract's (docs/sync-protocol.md, "Quote lines"): a district company up to
    10 points below the floor, the city up to 25, the province beyond. The simulator applies the
    same bounds, so the level a draft shows offline is the one the server stores.
    """

    district_max_pct: Decimal = Decimal(10)
    city_max_pct: Decimal = Decimal(25)


DEFAULT_LADDER = AuthorityLadder()


def below_floor_points(net_unit_price: Decimal, floor_price: Decimal) -> Decimal:
    """How far a net price is below the floor, in exact points of the floor (0 at or above it):
    what the ladder compares."""
    if floor_price <= 0 or net_unit_price >= floor_price:
        return ZERO
    return (floor_price - net_unit_price) * _HUNDRED / floor_price


def below_floor_pct(net_unit_price: Decimal, floor_price: Decimal) -> Decimal:
    """How far a net price is below the floor, in percent of the floor (0 at or above it),
    to two places for display (the ladder compares the exact figure)."""
    return round_fen(below_floor_points(net_unit_price, floor_price))


def level_for_depth(depth: Decimal, ladder: AuthorityLadder = DEFAULT_LADDER) -> ApprovalLevel:
    """The level that decides a quote whose deepest line goes ``depth`` percent below its floor:
    up to ``district_max_pct`` the district, up to ``city_max_pct`` the city, deeper the province
    (each bound included); at or above the floor none."""
    if depth <= 0:
        return ApprovalLevel.NONE
    if depth <= ladder.district_max_pct:
        return ApprovalLevel.DISTRICT
    if depth <= ladder.city_max_pct:
        return ApprovalLevel.CITY
    return ApprovalLevel.PROVINCE


def wire_approval_level(depth: Decimal, ladder: AuthorityLadder = DEFAULT_LADDER) -> str | None:
    """The quote's `approval_level` on the wire for an exact depth (`below_floor_points`; None:
    no approval needed)."""
    level = level_for_depth(depth, ladder)
    return None if level is ApprovalLevel.NONE else level.value


def approval_level(
    lines: Iterable[tuple[Decimal, Decimal]], ladder: AuthorityLadder = DEFAULT_LADDER
) -> ApprovalLevel:
    """The level a quote needs, from its lines' (net unit price, floor price): the deepest line
    decides (`level_for_depth` of its exact depth, not a rounded one)."""
    level = ApprovalLevel.NONE
    for net, floor in lines:
        if net >= floor:
            continue
        need = level_for_depth(below_floor_points(net, floor), ladder)
        level = max(level, need, key=_LEVEL_ORDER.index)
    return level


def covers(held: ApprovalLevel, needed: ApprovalLevel) -> bool:
    """Whether authority at `held` decides a quote needing `needed` (a higher level covers the
    lower ones)."""
    return _LEVEL_ORDER.index(needed) <= _LEVEL_ORDER.index(held)
