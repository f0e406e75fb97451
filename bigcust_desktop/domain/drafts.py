"""Record builders for what a manager creates and changes offline: opportunities, quotes with
priced lines, fault tickets with their SLA due time and status history, and the approval decision.

Pure functions returning wire-form dicts for `store.edits`; depends on the domain rules only.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from bigcust_desktop.domain.errors import ValidationError, ValidationErrors
from bigcust_desktop.domain.money import ZERO, money_str, to_money
from bigcust_desktop.domain.pricing import (
    PricedLine,
    QuoteStatus,
    check_discount,
    check_min_term,
    check_quantity,
    check_quote_move,
    check_term,
    discount_depth,
    line_list_total,
    may_approve,
    price_line,
    quote_total,
    submit_status,
)
from bigcust_desktop.domain.records import validate_record
from bigcust_desktop.domain.sla import MANAGER_TICKET_MOVES, TicketStatus, check_ticket_move
from bigcust_desktop.domain.sla import due_at as sla_due_at
from bigcust_desktop.domain.stages import (
    Stage,
    check_lost_reason,
    check_move,
    default_probability,
)
from bigcust_desktop.domain.timefmt import format_date, format_instant

BEIJING = ZoneInfo("Asia/Shanghai")
QUOTE_VALIDITY_DAYS = 30  # how long a customer may accept a quote unless the manager says otherwise
# What people type around an amount: grouping commas (ASCII or full-width), a yuan sign, spaces.
_AMOUNT_NOISE = re.compile(r"[,，\s¥￥]")


def _raise_if(errors: list[ValidationError]) -> None:
    if errors:
        raise ValidationErrors(errors)


def _text_or_none(value: str | None) -> str | None:
    text = (value or "").strip()
    return text or None


def _validated(entity: str, draft: dict[str, Any], errors: list[ValidationError]) -> dict[str, Any]:
    """The draft checked against the record schema; every error, the builder's own included."""
    known = {e.field.split("[")[0].split(".")[0] for e in errors}
    try:
        checked = validate_record(
            entity, {k: v for k, v in draft.items() if k not in known}, from_feed=False
        )
    except ValidationErrors as exc:
        errors.extend(exc.errors)
        checked = {}
    _raise_if(errors)
    return checked


def parse_amount(text: str | Decimal, field: str = "amount") -> Decimal:
    """An amount typed by a user (``"¥12,800"``, ``"12800.5"``) as yuan with two places."""
    if isinstance(text, Decimal):
        return to_money(text, field)
    cleaned = _AMOUNT_NOISE.sub("", text or "")
    if not cleaned:
        raise ValidationError(field, "field.required", "This field is required.")
    return to_money(cleaned, field)


def local_today(now: dt.datetime) -> dt.date:
    """The calendar date in Beijing at the instant ``now`` (dates in forms are local dates)."""
    return now.astimezone(BEIJING).date()


# -- opportunities (商机) ------------------------------------------------------------------------


def new_opportunity(
    *,
    customer_id: str | None,
    owner_id: str,
    title: str,
    product_category: str,
    amount: str | Decimal,
    expected_close: dt.date | str,
    now: dt.datetime,
    stage: str = Stage.LEAD,
    probability: int | None = None,
    lost_reason: str | None = None,
    notes: str | None = None,
) -> dict[str, Any]:
    """A new opportunity in wire form; the probability defaults from the stage.

    Raises `ValidationErrors` naming every bad field at once.
    """
    errors: list[ValidationError] = []
    draft: dict[str, Any] = {
        "customer_id": customer_id,
        "owner_id": owner_id,
        "title": (title or "").strip(),
        "stage": stage,
        "product_category": product_category,
        "expected_close": expected_close
        if isinstance(expected_close, str)
        else format_date(expected_close),
        "lost_reason": _text_or_none(lost_reason),
        "notes": _text_or_none(notes),
        "created_at": format_instant(now),
    }
    try:
        draft["amount"] = money_str(parse_amount(amount))
    except ValidationError as exc:
        errors.append(exc)
    try:
        draft["probability"] = default_probability(stage) if probability is None else probability
    except ValidationError as exc:
        errors.append(exc)
    if stage != Stage.LOST:
        draft["lost_reason"] = None
    return _validated("opportunity", draft, errors)


def opportunity_changes(current: Mapping[str, Any], edits: Mapping[str, Any]) -> dict[str, Any]:
    """The changes to store when a user edits an opportunity (``edits``: the form's fields).

    A stage change must be an allowed move; the probability follows the new stage unless the
    user changed it too; a lost reason is required for ``lost`` and dropped for any other stage.
    """
    errors: list[ValidationError] = []
    changes = dict(edits)
    if "title" in changes:
        changes["title"] = (changes["title"] or "").strip()
    for name in ("notes", "lost_reason"):
        if name in changes:
            changes[name] = _text_or_none(changes[name])
    if isinstance(changes.get("expected_close"), dt.date):
        changes["expected_close"] = format_date(changes["expected_close"])
    if "amount" in changes:
        try:
            changes["amount"] = money_str(parse_amount(changes["amount"]))
        except ValidationError as exc:
            errors.append(exc)
    stage = changes.get("stage", current["stage"])
    if stage != current["stage"]:
        try:
            check_move(current["stage"], stage)
        except ValidationError as exc:
            errors.append(exc)
        else:
            if changes.get("probability", current["probability"]) == current["probability"]:
                changes["probability"] = default_probability(stage)
    if stage == Stage.LOST:
        reason = changes.get("lost_reason", current.get("lost_reason"))
        try:
            check_lost_reason(stage, reason)
        except ValidationError as exc:
            errors.append(exc)
    elif current.get("lost_reason") is not None or changes.get("lost_reason") is not None:
        changes["lost_reason"] = None
    return _validated("opportunity", changes, errors)


def stage_move(current: Mapping[str, Any], to: str, lost_reason: str | None = None) -> dict:
    """The changes of a drag on the stage board: the stage, its default probability, a reason."""
    return opportunity_changes(current, {"stage": to, "lost_reason": lost_reason})


# -- quotes (报价单) -----------------------------------------------------------------------------


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


@dataclass(frozen=True, slots=True)
class LineDraft:
    """A quote line as the user sets it: product, quantity, discount (percent)."""

    product_id: str
    quantity: int | str  # as typed: text that is not a whole number is reported, not raised
    discount_pct: Decimal | str
    id: str | None = None


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
        for check, field in ((check_quantity, "quantity"), (check_discount, "discount_pct")):
            try:
                check(getattr(line, field))  # type: ignore[operator]
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
        p = price_line(item.monthly_fee, line.quantity, pct, term, item.floor_price)
        priced.append(p)
        list_total += line_list_total(item.monthly_fee, line.quantity, term)
        wire.append(
            {
                "id": line.id or str(uuid.uuid4()),
                "product_id": item.id,
                "quantity": line.quantity,
                "unit_price": money_str(item.monthly_fee),
                "discount_pct": money_str(pct),
                "net_unit_price": money_str(p.net_unit_price),
                "line_total": money_str(p.line_total),
            }
        )
    total = quote_total(p for p in priced if p is not None)
    return QuotePricing(
        tuple(priced), tuple(errors), () if errors else tuple(wire), total, list_total
    )


def default_valid_until(now: dt.datetime) -> dt.date:
    return local_today(now) + dt.timedelta(days=QUOTE_VALIDITY_DAYS)


def _quote_fields(
    pricing: QuotePricing, *, submit: bool, errors: list[ValidationError]
) -> dict[str, Any]:
    errors.extend(pricing.errors)
    fields: dict[str, Any] = {"lines": list(pricing.lines), "total": money_str(pricing.total)}
    if submit and not pricing.errors:
        try:
            fields["status"] = str(submit_status(p for p in pricing.priced if p is not None))
        except ValidationError as exc:
            errors.append(exc)
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
        "notes": _text_or_none(notes),
        "approved_by": None,
        "approval_note": None,
        "created_at": format_instant(now),
        **_quote_fields(pricing, submit=submit, errors=errors),
    }
    _check_valid_until(draft["valid_until"], now, errors)
    return _validated("quote", draft, errors)


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
        "notes": _text_or_none(notes),
        **_quote_fields(pricing, submit=submit, errors=errors),
    }
    _check_valid_until(changes["valid_until"], now, errors)
    return _validated("quote", changes, errors)


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
    current: Mapping[str, Any], *, approve: bool, approver_id: str, role: str, note: str | None
) -> dict[str, Any]:
    """A regional manager's decision on a quote pending approval; a rejection must say why."""
    errors: list[ValidationError] = []
    if not may_approve(role):
        errors.append(
            ValidationError(
                "approved_by", "quote.approver_role", "Only a regional manager decides on quotes."
            )
        )
    if current["status"] != QuoteStatus.PENDING_APPROVAL:
        errors.append(
            ValidationError(
                "status", "quote.not_pending", "This quote is not waiting for approval."
            )
        )
    text = _text_or_none(note)
    if not approve and text is None:
        errors.append(
            ValidationError("approval_note", "quote.reject_note", "Say why the quote is rejected.")
        )
    to = QuoteStatus.APPROVED if approve else QuoteStatus.REJECTED
    if not errors:
        check_quote_move(current["status"], to)
    changes = {"status": str(to), "approved_by": approver_id, "approval_note": text}
    return _validated("quote", changes, errors)


# -- fault tickets (报障工单) --------------------------------------------------------------------


def new_fault_ticket(
    *,
    customer_id: str | None,
    subscriber_id: str | None,
    reported_by: str,
    severity: str,
    title: str,
    description: str,
    now: dt.datetime,
) -> dict[str, Any]:
    """A new ticket: status ``new``, due by the severity's SLA, its first history entry."""
    errors: list[ValidationError] = []
    opened = format_instant(now)
    draft: dict[str, Any] = {
        "customer_id": customer_id,
        "subscriber_id": subscriber_id,
        "reported_by": reported_by,
        "severity": severity,
        "title": (title or "").strip(),
        "description": (description or "").strip(),
        "status": str(TicketStatus.NEW),
        "opened_at": opened,
        "resolved_at": None,
        "resolution": None,
        "history": [
            {"status": str(TicketStatus.NEW), "at": opened, "by": reported_by, "note": None}
        ],
    }
    if not subscriber_id:
        errors.append(
            ValidationError("subscriber_id", "field.required", "Pick the line or circuit.")
        )
    try:
        draft["due_at"] = format_instant(sla_due_at(severity, now))
    except ValidationError as exc:
        errors.append(exc)
    draft["history"][0]["note"] = draft["title"][:1000] or None
    return _validated("fault_ticket", draft, errors)


def ticket_move(
    current: Mapping[str, Any], to: str, *, by: str, note: str | None, now: dt.datetime
) -> dict[str, Any]:
    """A manager's move of a ticket (close once fixed, reopen when not): status and history.

    Only the moves of `sla.MANAGER_TICKET_MOVES` are a manager's; reopening must say why.
    """
    frm = current["status"]
    errors: list[ValidationError] = []
    try:
        check_ticket_move(frm, to)
    except ValidationError as exc:
        raise ValidationErrors([exc]) from None
    if (TicketStatus(frm), TicketStatus(to)) not in MANAGER_TICKET_MOVES:
        errors.append(
            ValidationError(
                "status",
                "ticket.move_not_manager",
                "This change of status is made by the operations centre.",
                {"from": frm, "to": to},
            )
        )
    text = _text_or_none(note)
    if to == TicketStatus.IN_PROGRESS and text is None:
        errors.append(
            ValidationError("note", "ticket.reopen_note", "Say what is still not working.")
        )
    entry = {"status": to, "at": format_instant(now), "by": by, "note": text}
    changes = {"status": to, "history": [*(current.get("history") or []), entry]}
    return _validated("fault_ticket", changes, errors)
