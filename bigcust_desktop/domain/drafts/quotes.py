"""Quotes (报价单) as a manager builds them: every line priced from the catalogue for the
editor's live totals, a new quote or a revised draft (submitted to the status the approval rule
gives), the owner's status moves, and the regional manager's decision.

Pure functions returning wire-form dicts for `store.edits`; depends on the domain rules only.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from bigcust_desktop.domain.drafts.form_input import local_today, text_or_none, validated
from bigcust_desktop.domain.errors import ValidationError, ValidationErrors
from bigcust_desktop.domain.identity import UserProfile
from bigcust_desktop.domain.money import ZERO, money_str
from bigcust_desktop.domain.permissions import may_approve_quotes, may_decide_quote
from bigcust_desktop.domain.pricing import (
    ApprovalLevel,
    ChargeKind,
    PricedLine,
    QuoteCharge,
    QuoteStatus,
    QuoteVat,
    VatAmounts,
    approval_level,
    billed_months,
    check_discount,
    check_min_term,
    check_quantity,
    check_quote_move,
    check_term,
    discount_depth,
    line_list_total,
    price_line,
    quote_total,
    quote_vat,
    submit_status,
    vat_rate,
)
from bigcust_desktop.domain.timefmt import format_date, format_instant

QUOTE_VALIDITY_DAYS = 30  # how long a customer may accept a quote unless the manager says otherwise


@dataclass(frozen=True, slots=True)
class CatalogueItem:
    """What pricing needs to know of a catalogue product (资费)."""

    id: str
    name: str
    unit: str
    monthly_fee: Decimal
    floor_price: Decimal
    min_term_months: int
    active: bool = True
    charge_type: str = ChargeKind.MONTHLY  # billed every month of the term, or once
    vat_category: str = "basic_telecom"


@dataclass(frozen=True, slots=True)
class LineDraft:
    """A quote line as the user sets it: product, quantity, discount (percent), and the branch
    it is for in a quote across a group's branches (None: the quote's customer)."""

    product_id: str
    quantity: int | str  # as typed: text that is not a whole number is reported, not raised
    discount_pct: Decimal | str
    id: str | None = None
    customer_id: str | None = None


@dataclass(frozen=True)
class QuotePricing:
    """Every line priced (or the errors that stopped it), the total and the approval flag.

    ``priced[i]`` is None for a line with an error; ``lines`` holds the wire lines of a quote
    that can be saved (empty while any error remains).
    """

    priced: tuple[PricedLine | None, ...]
    errors: tuple[ValidationError, ...]
    lines: tuple[dict[str, Any], ...]
    total: Decimal
    list_total: Decimal
    # The authority the deepest line below its floor needs.
    level: ApprovalLevel = ApprovalLevel.NONE
    vat: QuoteVat = field(default_factory=lambda: quote_vat(()))  # the priced lines' VAT
    line_vat: tuple[VatAmounts | None, ...] = ()  # per line; None where a line has an error

    @property
    def below_floor(self) -> tuple[int, ...]:
        return tuple(i for i, p in enumerate(self.priced) if p is not None and p.below_floor)

    @property
    def needs_approval(self) -> bool:
        return bool(self.below_floor)

    @property
    def discount_depth(self) -> Decimal:
        return discount_depth(self.list_total, self.total)


def _line_error(index: int, exc: ValidationError) -> ValidationError:
    return ValidationError(f"lines[{index}].{exc.field}", exc.code, exc.message, exc.params)


def price_quote(
    lines: Sequence[LineDraft],
    catalogue: Mapping[str, CatalogueItem],
    term_months: int,
    *,
    known_products: frozenset[str] = frozenset(),
) -> QuotePricing:
    """Price every line for the editor's live totals; never raises, the errors are returned.

    An inactive product cannot be quoted, except on a line the quote already had
    (``known_products``): revising an old quote must not force dropping what it sold.
    """
    errors: list[ValidationError] = []
    try:
        term = check_term(term_months)
    except ValidationError as exc:
        errors.append(exc)
        term = 0
    priced: list[PricedLine | None] = []
    wire: list[dict[str, Any]] = []
    floors: list[tuple[Decimal, Decimal]] = []
    charges: list[QuoteCharge] = []
    list_total = ZERO
    for i, line in enumerate(lines):
        item = catalogue.get(line.product_id)
        line_errors: list[ValidationError] = []
        if item is None:
            line_errors.append(
                ValidationError("product_id", "quote.product_unknown", "Pick a product.")
            )
        elif not item.active and item.id not in known_products:
            line_errors.append(
                ValidationError(
                    "product_id", "quote.product_inactive", "This product is no longer sold."
                )
            )
        for check, name in ((check_quantity, "quantity"), (check_discount, "discount_pct")):
            try:
                check(getattr(line, name))  # type: ignore[operator]
            except ValidationError as exc:
                line_errors.append(exc)
        if item is not None and term:
            try:
                check_min_term(term, item.min_term_months)
            except ValidationError as exc:
                line_errors.append(exc)
        errors.extend(_line_error(i, e) for e in line_errors)
        if line_errors or item is None or not term:
            priced.append(None)
            continue
        pct = check_discount(line.discount_pct)
        months = billed_months(item.charge_type, term)  # a one-time charge is paid once
        p = price_line(item.monthly_fee, line.quantity, pct, months, item.floor_price)
        priced.append(p)
        floors.append((p.net_unit_price, item.floor_price))
        charges.append(
            QuoteCharge(
                item.name, ChargeKind(item.charge_type), p.line_total, vat_rate(item.vat_category)
            )
        )
        list_total += line_list_total(item.monthly_fee, line.quantity, months)
        wire.append(
            {
                "id": line.id or str(uuid.uuid4()),
                "product_id": item.id,
                "customer_id": line.customer_id or None,
                "quantity": line.quantity,
                "unit_price": money_str(item.monthly_fee),
                "discount_pct": money_str(pct),
                "net_unit_price": money_str(p.net_unit_price),
                "line_total": money_str(p.line_total),
                "charge_type": str(item.charge_type),
                "vat_category": str(item.vat_category),
            }
        )
    total = quote_total(p for p in priced if p is not None)
    vat = quote_vat(charges)
    amounts = iter(v for _c, v in vat.lines)
    return QuotePricing(
        tuple(priced),
        tuple(errors),
        () if errors else tuple(wire),
        total,
        list_total,
        approval_level(floors),
        vat,
        tuple(next(amounts) if p is not None else None for p in priced),
    )


def default_valid_until(now: dt.datetime) -> dt.date:
    return local_today(now) + dt.timedelta(days=QUOTE_VALIDITY_DAYS)


def _quote_fields(
    pricing: QuotePricing,
    *,
    submit: bool,
    reason: str | None,
    errors: list[ValidationError],
) -> dict[str, Any]:
    errors.extend(pricing.errors)
    fields: dict[str, Any] = {
        "lines": list(pricing.lines),
        "total": money_str(pricing.total),
        "approval_reason": text_or_none(reason),
    }
    if submit and not pricing.errors:
        try:
            fields["status"] = str(submit_status(p for p in pricing.priced if p is not None))
        except ValidationError as exc:
            errors.append(exc)
        if pricing.needs_approval and fields["approval_reason"] is None:
            # Issue 11: the approver must read why the price goes below the floor.
            errors.append(
                ValidationError(
                    "approval_reason",
                    "quote.reason_required",
                    "Say why the price goes below the floor: the approver reads it.",
                )
            )
    return fields


def new_quote(
    *,
    customer_id: str | None,
    owner_id: str,
    title: str,
    term_months: int,
    valid_until: dt.date | str,
    lines: Sequence[LineDraft],
    catalogue: Mapping[str, CatalogueItem],
    now: dt.datetime,
    opportunity_id: str | None = None,
    notes: str | None = None,
    approval_reason: str | None = None,
    submit: bool = False,
) -> dict[str, Any]:
    """A new quote in wire form with its lines priced and its total; a draft unless ``submit``,
    in which case it goes straight to the status `pricing.submit_status` gives.
    """
    errors: list[ValidationError] = []
    pricing = price_quote(lines, catalogue, term_months)
    draft = {
        "customer_id": customer_id,
        "opportunity_id": opportunity_id or None,
        "owner_id": owner_id,
        "title": (title or "").strip(),
        "status": str(QuoteStatus.DRAFT),
        "term_months": term_months,
        "valid_until": valid_until if isinstance(valid_until, str) else format_date(valid_until),
        "notes": text_or_none(notes),
        "approved_by": None,
        "approval_note": None,
        "created_at": format_instant(now),
        **_quote_fields(pricing, submit=submit, reason=approval_reason, errors=errors),
    }
    _check_valid_until(draft["valid_until"], now, errors)
    return validated("quote", draft, errors)


def revise_quote(
    current: Mapping[str, Any],
    *,
    title: str,
    term_months: int,
    valid_until: dt.date | str,
    lines: Sequence[LineDraft],
    catalogue: Mapping[str, CatalogueItem],
    now: dt.datetime,
    opportunity_id: str | None = None,
    notes: str | None = None,
    approval_reason: str | None = None,
    submit: bool = False,
) -> dict[str, Any]:
    """The changes of a saved draft (and its submission with ``submit``); only drafts are edited."""
    errors: list[ValidationError] = []
    if current["status"] != QuoteStatus.DRAFT:
        errors.append(
            ValidationError(
                "status", "quote.not_draft", "Only a draft quote can be changed; revise it first."
            )
        )
    known = frozenset(line["product_id"] for line in current.get("lines") or ())
    pricing = price_quote(lines, catalogue, term_months, known_products=known)
    changes = {
        "title": (title or "").strip(),
        "opportunity_id": opportunity_id or None,
        "term_months": term_months,
        "valid_until": valid_until if isinstance(valid_until, str) else format_date(valid_until),
        "notes": text_or_none(notes),
        **_quote_fields(pricing, submit=submit, reason=approval_reason, errors=errors),
    }
    _check_valid_until(changes["valid_until"], now, errors)
    return validated("quote", changes, errors)


def _check_valid_until(value: str, now: dt.datetime, errors: list[ValidationError]) -> None:
    try:
        valid = dt.date.fromisoformat(value)
    except ValueError:
        return  # the record schema names the bad date
    if valid < local_today(now):
        errors.append(
            ValidationError(
                "valid_until",
                "quote.valid_until_past",
                "The quote must be valid until today or later.",
            )
        )


def quote_status_change(current: Mapping[str, Any], to: str) -> dict[str, Any]:
    """A move of a quote's status by its owner (revise to draft, mark sent, accepted, expired)."""
    try:
        check_quote_move(current["status"], to)
    except ValidationError as exc:
        raise ValidationErrors([exc]) from None
    changes: dict[str, Any] = {"status": to}
    if to == QuoteStatus.DRAFT:
        changes.update(approved_by=None, approval_note=None)
    return changes


def approval_decision(
    current: Mapping[str, Any], *, approve: bool, approver: UserProfile, note: str | None
) -> dict[str, Any]:
    """A regional or city manager's decision on a quote pending approval, never on her own; a
    rejection must say why."""
    errors: list[ValidationError] = []
    if not may_approve_quotes(approver):
        errors.append(
            ValidationError(
                "approved_by",
                "quote.approver_role",
                "Only a regional or city manager decides on quotes.",
            )
        )
    elif not may_decide_quote(approver, str(current.get("owner_id"))):
        errors.append(
            ValidationError(
                "approved_by",
                "quote.approval_forbidden",
                "Nobody decides on a quote of his or her own: it goes to the city manager.",
            )
        )
    if current["status"] != QuoteStatus.PENDING_APPROVAL:
        errors.append(
            ValidationError(
                "status", "quote.not_pending", "This quote is not waiting for approval."
            )
        )
    text = text_or_none(note)
    if not approve and text is None:
        errors.append(
            ValidationError("approval_note", "quote.reject_note", "Say why the quote is rejected.")
        )
    to = QuoteStatus.APPROVED if approve else QuoteStatus.REJECTED
    if not errors:
        check_quote_move(current["status"], to)
    changes = {"status": str(to), "approved_by": approver.id, "approval_note": text}
    return validated("quote", changes, errors)
