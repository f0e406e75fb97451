"""The record schema of every entity in docs/data-model.md, and the validator of wire records.

The sync engine quarantines feed records this refuses; the simulator rejects pushes with it.
Depends on the standard library and the other domain rules only.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from bigcust_desktop.domain.datahome import HOMES
from bigcust_desktop.domain.errors import ValidationError, ValidationErrors
from bigcust_desktop.domain.fields import (
    BIG,
    BOOL,
    CITY,
    date,
    decimal,
    enum,
    ident,
    instant,
    integer,
    money,
    month,
    obj,
    record,
    records,
    string,
    text,
)
from bigcust_desktop.domain.fieldspec import (
    CompiledSchema,
    FieldSpec,
    Format,
    Kind,
    check_fields,
    compile_schema,
)
from bigcust_desktop.domain.identifiers import normalize_resident_id
from bigcust_desktop.domain.pricing import MAX_QUANTITY, MAX_TERM_MONTHS, QuoteStatus
from bigcust_desktop.domain.record_rules import RULES
from bigcust_desktop.domain.schema_city import CITY_FIELDS, COMPETITOR_OFFER_FIELDS
from bigcust_desktop.domain.sla import Severity, TicketStatus
from bigcust_desktop.domain.stages import Stage
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
from bigcust_desktop.domain.vocab_city import ApprovalLevel, ChargeType, VatCategory

# Every record of every entity carries these (docs/data-model.md, "Conventions").
COMMON_FIELDS: dict[str, FieldSpec] = {
    "id": ident(),
    "version": integer(1, 2**53),
    "updated_at": instant(),
}

QUOTE_LINE_FIELDS: dict[str, FieldSpec] = {
    "id": ident(),
    "product_id": ident("product"),
    # The branch a line is for, in a quote across a group's branches (null: the quote's customer).
    "customer_id": ident("customer", nullable=True),
    "quantity": integer(1, MAX_QUANTITY),
    "unit_price": money(),
    "discount_pct": decimal(0, 100),
    "net_unit_price": money(),
    "line_total": money(),
    # Copied from the product by the server (null in a draft the server has not seen yet):
    # billed monthly (over the term) or once, and the VAT category.
    "charge_type": enum(ChargeType, nullable=True),
    "vat_category": enum(VatCategory, nullable=True),
}

TICKET_HISTORY_FIELDS: dict[str, FieldSpec] = {
    "status": enum(TicketStatus),
    "at": instant(),
    "by": string(100),
    "note": text(1000),
}

_ENTITY_FIELDS: dict[str, dict[str, FieldSpec]] = {
    "team": {"name": string(), "city": CITY},
    "user": {
        "username": string(64),
        "name": string(100),
        "role": enum(Role),
        "city": CITY,
        "team_id": ident("team"),
        "mobile": string(40, fmt=Format.MOBILE),
    },
    "customer": {
        # 40 leaves room for the spaces people type into an 18-character code.
        "uscc": string(40, fmt=Format.USCC),
        "name": string(),
        "short_name": string(100),
        "industry": enum(Industry),
        "city": CITY,
        "district": string(50),
        "address": string(),
        "parent_id": ident("customer", nullable=True),
        "manager_id": ident("user"),
        "team_id": ident("team"),
        "value_tier": enum(ValueTier),
        "value_score": decimal(0, 100),
        "value_factors": FieldSpec(Kind.OBJECT, fmt=Format.VALUE_FACTORS),
        "status": enum(CustomerStatus),
        "created_on": date(),
    },
    "contact": {
        "customer_id": ident("customer"),
        "name": string(100),
        "title": string(100),
        # A key contact has a mobile, a landline or both (record rule ``contact.no_phone``).
        "mobile": string(40, nullable=True, fmt=Format.MOBILE),
        "landline": string(40, nullable=True, fmt=Format.LANDLINE),
        "resident_id": string(40, nullable=True, fmt=Format.RESIDENT_ID),
        "email": string(254, nullable=True, fmt=Format.EMAIL),
        "is_key": BOOL,
        "notes": text(),
    },
    "change_request": {
        "customer_id": ident("customer"),
        "target_entity": enum(("customer", "contact")),
        "target_id": ident(),
        "changes": obj(max_items=50),
        "reason": string(500, min_len=2),
        "status": enum(ChangeRequestStatus),
        "reviewer_note": text(1000),
        "requested_by": ident("user"),
        "requested_at": instant(),
        "decided_at": instant(nullable=True),
    },
    "product": {
        "code": string(64),
        "name": string(),
        "category": enum(ProductCategory),
        "unit": string(20),
        "monthly_fee": money(),
        "floor_price": money(),
        "included_minutes": integer(0, BIG),
        "included_data_gb": decimal(0, BIG),
        "overage_minute_rate": money(),
        "overage_data_rate": money(),
        "min_term_months": integer(0, 120),
        "active": BOOL,
        "charge_type": enum(ChargeType),
        "vat_category": enum(VatCategory),
    },
    "billing_account": {
        "customer_id": ident("customer"),
        "name": string(),
        "pay_method": enum(PayMethod),
        "status": enum(AccountStatus),
        "opened_on": date(),
    },
    "subscriber": {
        "customer_id": ident("customer"),
        "account_id": ident("billing_account"),
        "service_number": string(64),
        "kind": enum(SubscriberKind),
        "product_id": ident("product"),
        "status": enum(SubscriberStatus),
        "status_date": date(),
        "activated_on": date(),
        "contract_end": date(nullable=True),
        "arpu_3m": money(),
        "mou_3m": integer(0, BIG),
        "dou_3m": decimal(0, BIG),
        "sms_3m": integer(0, BIG),
        "install_address": string(nullable=True),
    },
    "service": {
        "subscriber_id": ident("subscriber"),
        "product_id": ident("product"),
        "name": string(),
        "monthly_fee": money(),
        "started_on": date(),
        "ended_on": date(nullable=True),
    },
    "bill": {
        "account_id": ident("billing_account"),
        "customer_id": ident("customer"),
        "period": month(),
        # Net of adjustments: negative in a month whose refunds exceed its charges.
        "amount": money(signed=True),
        "paid_amount": money(),
        "adjustment": money(signed=True),  # 冲正/退费 within amount; 0.00 when none
        "adjustment_note": string(200, nullable=True),
        "due_date": date(),
        "status": enum(BillStatus),
    },
    "payment": {
        "account_id": ident("billing_account"),
        "bill_id": ident("bill", nullable=True),
        "paid_at": instant(),
        "amount": money(),
        "method": enum(PayMethod),
    },
    "opportunity": {
        "customer_id": ident("customer"),
        "owner_id": ident("user"),
        "title": string(),
        "stage": enum(Stage),
        "product_category": enum(ProductCategory),
        "amount": money(),
        "probability": integer(0, 100),
        "expected_close": date(),
        "lost_reason": string(500, nullable=True),
        "notes": text(),
        "created_at": instant(),
    },
    "quote": {
        "customer_id": ident("customer"),
        "opportunity_id": ident("opportunity", nullable=True),
        "owner_id": ident("user"),
        "title": string(),
        "status": enum(QuoteStatus),
        "term_months": integer(1, MAX_TERM_MONTHS),
        "valid_until": date(),
        "notes": text(),
        "approved_by": ident("user", nullable=True),
        "approval_note": text(1000),
        "total": money(),
        "created_at": instant(),
        "lines": records(QUOTE_LINE_FIELDS, max_items=500),
        # Server-assigned readable number (杭州-2026-000123), shared by the quote's revisions;
        # null until the server has accepted the quote.
        "number": string(40, nullable=True),
        "revision_of": ident("quote", nullable=True),
        "revision_no": integer(1, 999, nullable=True),  # null until the server numbers it
        "superseded_by": ident("quote", nullable=True),
        "approval_reason": text(1000),  # 申请理由, shown to the approver
        "approval_level": enum(ApprovalLevel, nullable=True),
        "one_time_total": money(nullable=True),  # null until the server prices it
    },
    "activity": {
        "customer_id": ident("customer"),
        "opportunity_id": ident("opportunity", nullable=True),
        "contact_id": ident("contact", nullable=True),
        "owner_id": ident("user"),
        "channel": enum(Channel),
        "topic": string(),
        "outcome": enum(Outcome),
        "occurred_at": instant(),
        "notes": text(),
        "product_id": ident("product", nullable=True),
        "campaign_id": ident("campaign", nullable=True),
        "campaign_task_id": ident("campaign_task", nullable=True),
        "competitor_offer": record(COMPETITOR_OFFER_FIELDS, nullable=True),
    },
    "fault_ticket": {
        "customer_id": ident("customer"),
        "subscriber_id": ident("subscriber"),
        "reported_by": ident("user"),
        "severity": enum(Severity),
        "title": string(),
        "description": text(nullable=False, min_len=1),
        "status": enum(TicketStatus),
        "opened_at": instant(),
        "due_at": instant(),
        "resolved_at": instant(nullable=True),
        "resolution": text(),
        "history": records(TICKET_HISTORY_FIELDS, max_items=1000),
    },
    **CITY_FIELDS,
}

# The full schema of each entity, in the data-home table's order: id, version, updated_at first.
FIELDS: dict[str, dict[str, FieldSpec]] = {
    entity: {**COMMON_FIELDS, **_ENTITY_FIELDS[entity]} for entity in HOMES
}

_COMPILED: dict[str, CompiledSchema] = {
    entity: compile_schema(schema) for entity, schema in FIELDS.items()
}


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
    if proposed.get("resident_id"):
        # A correction proposes the 18-digit form: one person, one record.
        proposed["resident_id"] = normalize_resident_id(proposed["resident_id"])
    out["changes"] = proposed


RecordRule = Callable[[dict[str, Any], bool, list[ValidationError]], None]
_RULES: dict[str, RecordRule] = {**RULES, "change_request": _change_request_rule}


def check_record(entity: str, record: Mapping[str, Any]) -> list[ValidationError]:
    """The record rules of ``entity`` run on a whole record (the server's merged record)."""
    rule = _RULES.get(entity)
    errors: list[ValidationError] = []
    if rule is not None:
        rule(dict(record), True, errors)
    return errors


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
