"""Quotes (报价单) on the server: lines repriced from the catalogue, and the approval rule.

Depends on storage and `bigcust_desktop.domain.pricing`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import Connection

from bigcust_desktop.domain.errors import ValidationError, ValidationErrors
from bigcust_desktop.domain.money import money_str, to_money
from bigcust_desktop.domain.pricing import (
    EDITABLE_QUOTE_STATUSES,
    PricedLine,
    QuoteStatus,
    check_quote_move,
    needs_approval,
    price_line,
    quote_total,
)
from bigcust_sim.context import SimContext, UserEntry

_NEEDS_APPROVAL_IF_BELOW = frozenset(
    {QuoteStatus.PENDING_APPROVAL, QuoteStatus.APPROVED, QuoteStatus.SENT, QuoteStatus.ACCEPTED}
)


def _terms(record: dict[str, Any]) -> list[tuple[Any, ...]]:
    """What the user chose in the lines (prices are derived)."""
    lines = [
        (line["product_id"], line["quantity"], line["discount_pct"])
        for line in record.get("lines") or []
    ]
    return [(record.get("term_months"),), *lines]


def _reprice(ctx: SimContext, conn: Connection, record: dict[str, Any]) -> list[PricedLine]:
    term = record.get("term_months")
    if term is None:
        raise ValidationError("term_months", "field.required", "This field is required.")
    priced: list[PricedLine] = []
    errors: list[ValidationError] = []
    for i, line in enumerate(record["lines"]):
        product = ctx.db.load(conn, "product", line["product_id"])
        if product is None or product.deleted:
            errors.append(
                ValidationError(f"lines[{i}].product_id", "ref.not_found", "No such product.")
            )
            continue
        unit = to_money(product.data["monthly_fee"])
        try:
            p = price_line(
                unit,
                line["quantity"],
                Decimal(line["discount_pct"]),
                term,
                to_money(product.data["floor_price"]),
            )
        except ValidationError as exc:
            exc.field = f"lines[{i}].{exc.field}"
            errors.append(exc)
            continue
        line["unit_price"] = money_str(unit)
        line["net_unit_price"] = money_str(p.net_unit_price)
        line["line_total"] = money_str(p.line_total)
        priced.append(p)
    if errors:
        raise ValidationErrors(errors)
    return priced


def _forbidden() -> ValidationError:
    return ValidationError(
        "status",
        "quote.approval_forbidden",
        "Only the regional manager of the customer's team, or the city manager, approves or "
        "rejects a quote, and never his or her own.",
    )


def may_decide(user: UserEntry, record: dict[str, Any]) -> bool:
    """Separation of duties: an approver above the owner, never the quote's owner herself (a
    regional manager's own quote goes up to her city manager). Visibility has already limited a
    regional manager to her team and a city manager to her city."""
    approver = user.viewer.is_regional_manager or user.viewer.is_city_manager
    return approver and record.get("owner_id") != user.viewer.id


def price_quote(
    ctx: SimContext,
    conn: Connection,
    user: UserEntry,
    record: dict[str, Any],
    old: dict[str, Any] | None,
) -> None:
    """Reprice `record` in place and settle its status and approval (`old`: stored version).

    A quote below the catalogue floor that nobody approved is stored as `pending_approval`; the
    team's regional manager or the city manager approves or rejects it, never its owner.
    """
    priced = _reprice(ctx, conn, record)
    record["total"] = money_str(quote_total(priced))
    requested = QuoteStatus(record["status"])
    previous = QuoteStatus(old["status"]) if old is not None else None
    terms_changed = old is None or _terms(old) != _terms(record)
    is_approver = may_decide(user, record)

    editing_locked = previous not in EDITABLE_QUOTE_STATUSES and requested is not QuoteStatus.DRAFT
    if old is not None and terms_changed and editing_locked:
        raise ValidationError(
            "lines", "quote.not_editable", "Take the quote back to draft to change its lines."
        )
    if previous is not None and requested is not previous:
        check_quote_move(previous, requested)
    if terms_changed:
        record["approved_by"] = None  # an approval covers the lines it saw
    deciding = requested in (QuoteStatus.APPROVED, QuoteStatus.REJECTED) and requested != previous
    if deciding:
        if is_approver:
            record["approved_by"] = user.viewer.id
        elif requested is QuoteStatus.REJECTED or previous is QuoteStatus.PENDING_APPROVAL:
            raise _forbidden()
    if (
        requested in _NEEDS_APPROVAL_IF_BELOW
        and needs_approval(priced)
        and record.get("approved_by") is None
    ):
        record["status"] = QuoteStatus.PENDING_APPROVAL.value
    else:
        record["status"] = requested.value
