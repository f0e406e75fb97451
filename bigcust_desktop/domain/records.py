"""The record schema of every entity in docs/data-model.md, and the validator of wire records.

The sync engine quarantines feed records this refuses; the simulator rejects pushes with it.
Depends on the standard library and the other domain rules only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from typing import Any

from bigcust_desktop.domain.datahome import HOMES
from bigcust_desktop.domain.errors import ValidationError, ValidationErrors
from bigcust_desktop.domain.fieldspec import (
    CompiledSchema,
    FieldSpec,
    Format,
    Kind,
    check_fields,
    compile_schema,
)
from bigcust_desktop.domain.pricing import MAX_QUANTITY, MAX_TERM_MONTHS, QuoteStatus
from bigcust_desktop.domain.sla import Severity, TicketStatus
from bigcust_desktop.domain.stages import Stage, check_lost_reason
from bigcust_desktop.domain.value import ValueTier
from bigcust_desktop.domain.vocab import (
    AccountStatus,
    BillStatus,
    ChangeRequestStatus,
    Channel,
    CustomerStatus,
    Industry,
    Outcome,
    PayMethod,
    ProductCategory,
    Role,
    SubscriberKind,
    SubscriberStatus,
)

_BIG = 10**9  # a bound for counters (minutes, messages) that no real line reaches


def _id(ref: str | None = None, *, nullable: bool = False) -> FieldSpec:
    return FieldSpec(Kind.STR, nullable, max_len=64, min_len=1, ref=ref)


def _str(
    max_len: int = 200,
    *,
    nullable: bool = False,
    min_len: int | None = None,
    fmt: Format | None = None,
) -> FieldSpec:
    # A required string must say something; an optional one may be blank (rules decide more).
    low = (0 if nullable else 1) if min_len is None else min_len
    return FieldSpec(Kind.STR, nullable, max_len=max_len, min_len=low, fmt=fmt)


def _text(max_len: int = 4000, *, nullable: bool = True, min_len: int = 0) -> FieldSpec:
    return FieldSpec(Kind.TEXT, nullable, max_len=max_len, min_len=min_len)


def _enum(values: Iterable[str], *, nullable: bool = False) -> FieldSpec:
    return FieldSpec(Kind.ENUM, nullable, values=frozenset(str(v) for v in values))


def _money(*, nullable: bool = False) -> FieldSpec:
    return FieldSpec(Kind.MONEY, nullable)


def _decimal(lo: int, hi: int, places: int = 2) -> FieldSpec:
    return FieldSpec(Kind.DECIMAL, minimum=Decimal(lo), maximum=Decimal(hi), places=places)


def _int(lo: int, hi: int) -> FieldSpec:
    return FieldSpec(Kind.INT, minimum=lo, maximum=hi)


def _date(*, nullable: bool = False) -> FieldSpec:
    return FieldSpec(Kind.DATE, nullable)


def _instant(*, nullable: bool = False) -> FieldSpec:
    return FieldSpec(Kind.INSTANT, nullable)


_BOOL = FieldSpec(Kind.BOOL)
_CITY = _str(50)

# Every record of every entity carries these (docs/data-model.md, "Conventions").
COMMON_FIELDS: dict[str, FieldSpec] = {
    "id": _id(),
    "version": _int(1, 2**53),
    "updated_at": _instant(),
}

QUOTE_LINE_FIELDS: dict[str, FieldSpec] = {
    "id": _id(),
    "product_id": _id("product"),
    "quantity": _int(1, MAX_QUANTITY),
    "unit_price": _money(),
    "discount_pct": _decimal(0, 100),
    "net_unit_price": _money(),
    "line_total": _money(),
}

TICKET_HISTORY_FIELDS: dict[str, FieldSpec] = {
    "status": _enum(TicketStatus),
    "at": _instant(),
    "by": _str(100),
    "note": _text(1000),
}

_ENTITY_FIELDS: dict[str, dict[str, FieldSpec]] = {
    "team": {"name": _str(), "city": _CITY},
    "user": {
        "username": _str(64),
        "name": _str(100),
        "role": _enum(Role),
        "city": _CITY,
        "team_id": _id("team"),
        "mobile": _str(40, fmt=Format.MOBILE),
    },
    "customer": {
        # 40 leaves room for the spaces people type into an 18-character code.
        "uscc": _str(40, fmt=Format.USCC),
        "name": _str(),
        "short_name": _str(100),
        "industry": _enum(Industry),
        "city": _CITY,
        "district": _str(50),
        "address": _str(),
        "parent_id": _id("customer", nullable=True),
        "manager_id": _id("user"),
        "team_id": _id("team"),
        "value_tier": _enum(ValueTier),
        "value_score": _decimal(0, 100),
        "value_factors": FieldSpec(Kind.OBJECT, fmt=Format.VALUE_FACTORS),
        "status": _enum(CustomerStatus),
        "created_on": _date(),
    },
    "contact": {
        "customer_id": _id("customer"),
        "name": _str(100),
        "title": _str(100),
        "mobile": _str(40, fmt=Format.MOBILE),
        "resident_id": _str(40, nullable=True, fmt=Format.RESIDENT_ID),
        "email": _str(254, nullable=True, fmt=Format.EMAIL),
        "is_key": _BOOL,
        "notes": _text(),
    },
    "change_request": {
        "customer_id": _id("customer"),
        "target_entity": _enum(("customer", "contact")),
        "target_id": _id(),
        "changes": FieldSpec(Kind.OBJECT, max_items=50),
        "reason": _str(500, min_len=2),
        "status": _enum(ChangeRequestStatus),
        "reviewer_note": _text(1000),
        "requested_by": _id("user"),
        "requested_at": _instant(),
        "decided_at": _instant(nullable=True),
    },
    "product": {
        "code": _str(64),
        "name": _str(),
        "category": _enum(ProductCategory),
        "unit": _str(20),
        "monthly_fee": _money(),
        "floor_price": _money(),
        "included_minutes": _int(0, _BIG),
        "included_data_gb": _decimal(0, _BIG),
        "overage_minute_rate": _money(),
        "overage_data_rate": _money(),
        "min_term_months": _int(0, 120),
        "active": _BOOL,
    },
    "billing_account": {
        "customer_id": _id("customer"),
        "name": _str(),
        "pay_method": _enum(PayMethod),
        "status": _enum(AccountStatus),
        "opened_on": _date(),
    },
    "subscriber": {
        "customer_id": _id("customer"),
        "account_id": _id("billing_account"),
        "service_number": _str(64),
        "kind": _enum(SubscriberKind),
        "product_id": _id("product"),
        "status": _enum(SubscriberStatus),
        "status_date": _date(),
        "activated_on": _date(),
        "contract_end": _date(nullable=True),
        "arpu_3m": _money(),
        "mou_3m": _int(0, _BIG),
        "dou_3m": _decimal(0, _BIG),
        "sms_3m": _int(0, _BIG),
        "install_address": _str(nullable=True),
    },
    "service": {
        "subscriber_id": _id("subscriber"),
        "product_id": _id("product"),
        "name": _str(),
        "monthly_fee": _money(),
        "started_on": _date(),
        "ended_on": _date(nullable=True),
    },
    "bill": {
        "account_id": _id("billing_account"),
        "customer_id": _id("customer"),
        "period": FieldSpec(Kind.MONTH),
        "amount": _money(),
        "paid_amount": _money(),
        "due_date": _date(),
        "status": _enum(BillStatus),
    },
    "payment": {
        "account_id": _id("billing_account"),
        "bill_id": _id("bill", nullable=True),
        "paid_at": _instant(),
        "amount": _money(),
        "method": _enum(PayMethod),
    },
    "opportunity": {
        "customer_id": _id("customer"),
        "owner_id": _id("user"),
        "title": _str(),
        "stage": _enum(Stage),
        "product_category": _enum(ProductCategory),
        "amount": _money(),
        "probability": _int(0, 100),
        "expected_close": _date(),
        "lost_reason": _str(500, nullable=True),
        "notes": _text(),
        "created_at": _instant(),
    },
    "quote": {
        "customer_id": _id("customer"),
        "opportunity_id": _id("opportunity", nullable=True),
        "owner_id": _id("user"),
        "title": _str(),
        "status": _enum(QuoteStatus),
        "term_months": _int(1, MAX_TERM_MONTHS),
        "valid_until": _date(),
        "notes": _text(),
        "approved_by": _id("user", nullable=True),
        "approval_note": _text(1000),
        "total": _money(),
        "created_at": _instant(),
        "lines": FieldSpec(Kind.LIST, item=QUOTE_LINE_FIELDS, max_items=500),
    },
    "activity": {
        "customer_id": _id("customer"),
        "opportunity_id": _id("opportunity", nullable=True),
        "contact_id": _id("contact", nullable=True),
        "owner_id": _id("user"),
        "channel": _enum(Channel),
        "topic": _str(),
        "outcome": _enum(Outcome),
        "occurred_at": _instant(),
        "notes": _text(),
    },
    "fault_ticket": {
        "customer_id": _id("customer"),
        "subscriber_id": _id("subscriber"),
        "reported_by": _id("user"),
        "severity": _enum(Severity),
        "title": _str(),
        "description": _text(nullable=False, min_len=1),
        "status": _enum(TicketStatus),
        "opened_at": _instant(),
        "due_at": _instant(),
        "resolved_at": _instant(nullable=True),
        "resolution": _text(),
        "history": FieldSpec(Kind.LIST, item=TICKET_HISTORY_FIELDS, max_items=1000),
    },
}

# The full schema of each entity, in the data-home table's order: id, version, updated_at first.
FIELDS: dict[str, dict[str, FieldSpec]] = {
    entity: {**COMMON_FIELDS, **_ENTITY_FIELDS[entity]} for entity in HOMES
}

_COMPILED: dict[str, CompiledSchema] = {
    entity: compile_schema(schema) for entity, schema in FIELDS.items()
}

RecordRule = Callable[[dict[str, Any], bool, list[ValidationError]], None]


def _opportunity_rule(out: dict[str, Any], full: bool, errors: list[ValidationError]) -> None:
    # Judged only when both fields are known and valid: a partial push without lost_reason is
    # judged on the merged record by the server, and a bad lost_reason is already reported.
    if "stage" in out and "lost_reason" in out:
        try:
            check_lost_reason(out["stage"], out.get("lost_reason"))
        except ValidationError as exc:
            errors.append(exc)


def _change_request_rule(out: dict[str, Any], full: bool, errors: list[ValidationError]) -> None:
    changes = out.get("changes")
    target = out.get("target_entity")
    if changes is None or target is None:
        return
    if not changes:
        errors.append(
            ValidationError("changes", "change_request.empty", "Propose at least one change.")
        )
        return
    allowed = HOMES[target].editable_fields
    proposed: dict[str, Any] = {}
    for name, value in changes.items():
        if name not in allowed:
            errors.append(
                ValidationError(
                    f"changes.{name}",
                    "change_request.field",
                    "This field cannot be changed by a change request.",
                    {"field": name},
                )
            )
            continue
        checked = check_fields(
            _COMPILED[target], {name: value}, "changes.", full=False, errors=errors
        )
        proposed.update(checked)
    out["changes"] = proposed


_RULES: dict[str, RecordRule] = {
    "opportunity": _opportunity_rule,
    "change_request": _change_request_rule,
}


def validate_record(
    entity: str, record: Mapping[str, Any], *, from_feed: bool = True
) -> dict[str, Any]:
    """Check a wire record of ``entity`` and return it normalised, still in wire form.

    ``from_feed=True`` (a record served by a change feed): every field is expected, ``id``,
    ``version`` and ``updated_at`` included; a missing nullable field reads as null and fields
    outside the schema (the feed's own ``entity`` key, fields of a newer server) are dropped.
    ``from_feed=False`` (a push payload, a partial update): only the fields given are checked
    and a field outside the schema is an error.

    The result is JSON-ready: money and decimals as two-place strings (``"1280.00"``), dates as
    ``YYYY-MM-DD``, instants as ``...Z`` in UTC, identifiers normalised (USCC upper case, mobile as
    11 digits, a 15-digit resident ID as its 18-digit form). Raises `ValidationErrors` (only)
    listing every bad field; a sub-record's field is named like ``lines[2].discount_pct``.
    """
    compiled = _COMPILED.get(entity) if type(entity) is str else None
    if compiled is None:
        raise ValidationErrors(
            [
                ValidationError(
                    "entity", "entity.unknown", "Unknown kind of record.", {"entity": str(entity)}
                )
            ]
        )
    errors: list[ValidationError] = []
    out = check_fields(compiled, record, "", full=from_feed, errors=errors)
    rule = _RULES.get(entity)
    if rule is not None:
        rule(out, from_feed, errors)
    if errors:
        raise ValidationErrors(errors)
    return out
