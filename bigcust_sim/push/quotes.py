"""Quotes (报价单) on the server: lines repriced from the catalogue, the approval rule, and the
readable number and revisions.

Depends on storage and `bigcust_desktop.domain.pricing`.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, select, update

from bigcust_desktop.domain.errors import ValidationError, ValidationErrors
from bigcust_desktop.domain.money import ZERO, money_str, to_money
from bigcust_desktop.domain.pricing import (
    EDITABLE_QUOTE_STATUSES,
    PricedLine,
    QuoteStatus,
    below_floor_points,
    check_quote_move,
    needs_approval,
    price_line,
    quote_total,
    wire_approval_level,
)
from bigcust_desktop.domain.timefmt import parse_instant
from bigcust_desktop.domain.vocab_city import ChargeType
from bigcust_sim.context import SimContext, UserEntry
from bigcust_sim.push.policy import Refused, live
from bigcust_sim.storage.schema import counters, records

_NEEDS_APPROVAL_IF_BELOW = frozenset(
    {QuoteStatus.PENDING_APPROVAL, QuoteStatus.APPROVED, QuoteStatus.SENT, QuoteStatus.ACCEPTED}
)
_SHANGHAI = dt.timezone(dt.timedelta(hours=8))


def _terms(record: dict[str, Any]) -> list[tuple[Any, ...]]:
    """What the user chose in the lines (prices are derived)."""
    lines = [
        (line["product_id"], line["quantity"], line["discount_pct"])
        for line in record.get("lines") or []
    ]
    return [(record.get("term_months"),), *lines]


def _branches(conn: Connection, customer_id: str) -> set[str]:
    rows = conn.execute(
        select(records.c.id, records.c.data).where(
            records.c.entity == "customer",
            records.c.data.like(f'%"parent_id":"{customer_id}"%'),
        )
    ).all()
    return {row.id for row in rows if f'"parent_id":"{customer_id}"' in row.data}


def _reprice(
    ctx: SimContext, conn: Connection, record: dict[str, Any]
) -> tuple[list[PricedLine], Decimal]:
    """The priced lines, and how many points of its floor the deepest line goes below it."""
    term = record.get("term_months")
    if term is None:
        raise ValidationError("term_months", "field.required", "This field is required.")
    priced: list[PricedLine] = []
    errors: list[ValidationError] = []
    customer_id = record.get("customer_id")
    branches: set[str] | None = None
    one_time = depth = ZERO
    for i, line in enumerate(record["lines"]):
        product = ctx.db.load(conn, "product", line["product_id"])
        if product is None or product.deleted:
            errors.append(
                ValidationError(f"lines[{i}].product_id", "ref.not_found", "No such product.")
            )
            continue
        branch = line.get("customer_id")
        if branch is not None and branch != customer_id:
            branches = _branches(conn, str(customer_id)) if branches is None else branches
            if branch not in branches:
                errors.append(
                    ValidationError(
                        f"lines[{i}].customer_id",
                        "ref.not_found",
                        "A line is for the quote's customer or one of its branches.",
                    )
                )
                continue
        unit = to_money(product.data["monthly_fee"])
        floor = to_money(product.data["floor_price"])
        charge = product.data.get("charge_type", ChargeType.MONTHLY)
        line["charge_type"] = charge
        line["vat_category"] = product.data.get("vat_category", "basic_telecom")
        try:
            p = price_line(
                unit,
                line["quantity"],
                Decimal(line["discount_pct"]),
                term if charge == ChargeType.MONTHLY else 1,  # a one-time charge is paid once
                floor,
            )
        except ValidationError as exc:
            exc.field = f"lines[{i}].{exc.field}"
            errors.append(exc)
            continue
        line["unit_price"] = money_str(unit)
        line["net_unit_price"] = money_str(p.net_unit_price)
        line["line_total"] = money_str(p.line_total)
        if charge == ChargeType.ONE_TIME:
            one_time += p.line_total
        depth = max(depth, below_floor_points(p.net_unit_price, floor))
        priced.append(p)
    if errors:
        raise ValidationErrors(errors)
    record["one_time_total"] = money_str(one_time)
    return priced, depth


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
    priced, depth = _reprice(ctx, conn, record)
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
    # The level is what the lines need, kept once approved for the record of who could approve.
    record["approval_level"] = wire_approval_level(depth) if needs_approval(priced) else None


def settle_revision(
    ctx: SimContext, conn: Connection, user: UserEntry, record: dict[str, Any], now: str
) -> None:
    """A new quote: revision 1 of a number yet to come, or the next revision of the quote it
    revises (the latest version of a visible quote of the same customer)."""
    record["number"] = record["superseded_by"] = None
    record["revision_no"] = 1
    previous_id = record.get("revision_of")
    if previous_id is None:
        return
    previous = live(ctx, conn, "quote", previous_id)
    if previous is None or previous.owner.customer_id != record.get("customer_id"):
        raise Refused("revision_of", "ref.not_found", "No such quote of this customer.")
    if previous.data.get("superseded_by") is not None:
        raise Refused(
            "revision_of", "quote.already_revised", "Revise the latest version of this quote."
        )
    record["number"] = previous.data.get("number")
    record["revision_no"] = int(previous.data.get("revision_no") or 1) + 1


def finish_quote(
    ctx: SimContext, conn: Connection, user: UserEntry, record: dict[str, Any]
) -> None:
    """Just before a new quote is stored, all checks passed: give it its number (a revision has
    its predecessor's) and mark the predecessor superseded (a new version of it in the feed)."""
    if record.get("revision_of") is not None:
        previous = live(ctx, conn, "quote", record["revision_of"])
        assert previous is not None  # checked by settle_revision in this transaction
        ctx.db.replace(conn, previous, {**previous.data, "superseded_by": record["id"]})
    if record.get("number") is None:
        year = parse_instant(record["created_at"]).astimezone(_SHANGHAI).year
        record["number"] = quote_number(conn, user.viewer.city, year)


def quote_number(conn: Connection, city: str, year: int) -> str:
    """The next readable number of a city's year (杭州-2026-000123), from a counter row that
    the number's transaction takes and keeps: numbers are never given twice."""
    name = f"quote:{city}:{year}"
    bumped = conn.execute(
        update(counters).where(counters.c.name == name).values(value=counters.c.value + 1)
    ).rowcount
    if not bumped:
        conn.execute(counters.insert().values(name=name, value=1))
    value = conn.execute(select(counters.c.value).where(counters.c.name == name)).scalar_one()
    return f"{city}-{year}-{value:06d}"
