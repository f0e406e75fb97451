"""The server's rules for one pushed operation: visibility, versions, validation, owner fields, and
per-entity rules. Depends on the storage layer and `bigcust_desktop.domain`.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Connection, select

from bigcust_desktop.domain.datahome import HOMES, can_write_field
from bigcust_desktop.domain.drafts.activities import CLOCK_SLACK
from bigcust_desktop.domain.errors import ValidationError, ValidationErrors
from bigcust_desktop.domain.records import FIELDS, validate_record
from bigcust_desktop.domain.sla import MANAGER_TICKET_MOVES, TicketStatus, check_ticket_move, due_at
from bigcust_desktop.domain.stages import check_lost_reason, check_move, default_probability
from bigcust_desktop.domain.timefmt import parse_instant
from bigcust_sim.context import SimContext, UserEntry
from bigcust_sim.push import city_records
from bigcust_sim.push.city_records import POLICIES
from bigcust_sim.push.policy import Refused
from bigcust_sim.push.quotes import finish_quote, price_quote, settle_revision
from bigcust_sim.storage.database import Owner, Stored, system_of, utc_now, wire_instant
from bigcust_sim.storage.schema import revocations
from bigcust_sim.storage.visibility import can_see

# Fields the server sets whatever the client sends (owner fields come from the token).
SERVER_FIELDS: dict[str, frozenset[str]] = {
    "opportunity": frozenset({"owner_id", "created_at"}),
    "quote": frozenset({"owner_id", "created_at", "total", "approved_by"}),
    "activity": frozenset({"owner_id"}),
    "fault_ticket": frozenset(
        {"reported_by", "opened_at", "due_at", "history", "resolved_at", "resolution"}
    ),
    "change_request": frozenset(
        {"requested_by", "requested_at", "status", "reviewer_note", "decided_at"}
    ),
    **{entity: policy.server_fields for entity, policy in POLICIES.items()},
}
SERVER_FIELDS["quote"] |= {"number", "revision_no", "superseded_by", "approval_level"}
SERVER_FIELDS["quote"] |= {"one_time_total"}
_BOOKKEEPING = frozenset({"id", "version", "updated_at"})
# Fields a create may leave out because the server fills them in.
_CREATE_DEFAULTS: dict[str, tuple[str, ...]] = {
    "opportunity": ("probability",),
    "quote": ("status", "lines", "total"),
    "fault_ticket": ("status",),
    **{
        entity: (*policy.defaults, "assignee_id", "owner_id") for entity, policy in POLICIES.items()
    },
}
# References that must point at a live record of the same customer.
_REFS: dict[str, tuple[tuple[str, str], ...]] = {
    "quote": (("opportunity_id", "opportunity"),),
    "activity": (
        ("opportunity_id", "opportunity"),
        ("contact_id", "contact"),
        ("campaign_task_id", "campaign_task"),
    ),
    "fault_ticket": (("subscriber_id", "subscriber"),),
}


class Rejected(Exception):
    def __init__(self, errors: list[dict[str, Any]]) -> None:
        super().__init__("rejected")
        self.errors = errors


class Conflict(Exception):
    def __init__(self, version: int | None, record: dict[str, Any] | None) -> None:
        super().__init__("conflict")
        self.version = version
        self.record = record


def _reject(field: str, code: str, message: str) -> Rejected:
    return Rejected([{"field": field, "code": code, "message": message}])


def _not_visible(
    field: str = "id",
    reveal: tuple[SimContext, Connection, UserEntry, Owner | None] | None = None,
) -> Rejected:
    """Not in the user's book. When the customer was taken from this very user (a revocation of
    it in his feed) and has a manager now, the refusal names him (contract 1.1, `owner`: id and
    display name only), so the user knows whom to ask; anyone else learns nothing new."""
    error: dict[str, Any] = {
        "field": field,
        "code": "not_visible",
        "message": "This record is not in your book.",
    }
    if reveal is not None:
        ctx, conn, user, owner = reveal
        manager = ctx.users.get(owner.manager_id) if owner and owner.manager_id else None
        if manager is not None and owner is not None and _taken_from(conn, user, owner):
            error["owner"] = {"id": manager.profile["id"], "name": manager.profile["name"]}
    return Rejected([error])


def _taken_from(conn: Connection, user: UserEntry, owner: Owner) -> bool:
    return (
        conn.execute(
            select(revocations.c.seq)
            .where(
                revocations.c.user_id == user.viewer.id,
                revocations.c.customer_id == owner.customer_id,
            )
            .limit(1)
        ).first()
        is not None
    )


def _clean_input(entity: str, fields: dict[str, Any]) -> dict[str, Any]:
    """The client's fields less the ones the server sets, checked for writability and schema."""
    given = {k: v for k, v in fields.items() if k not in SERVER_FIELDS.get(entity, frozenset())}
    given = {k: v for k, v in given.items() if k not in _BOOKKEEPING}
    errors: list[ValidationError] = []
    writable: dict[str, Any] = {}
    for name, value in given.items():
        if name in FIELDS[entity] and not can_write_field(entity, name):
            errors.append(
                ValidationError(name, "field.read_only", "This field is not written from here.")
            )
        else:
            writable[name] = value  # unknown names are reported by the schema check
    if entity == "quote" and isinstance(writable.get("lines"), list):
        writable["lines"] = [_line_placeholders(line) for line in writable["lines"]]
    try:
        checked = validate_record(entity, writable, from_feed=False)
    except ValidationErrors as exc:
        errors += exc.errors
    if errors:
        raise ValidationErrors(errors)
    return checked


def _line_placeholders(line: Any) -> Any:
    # Prices are the server's to compute; fill them so the schema checks only what the client owns.
    if not isinstance(line, dict):
        return line
    filled = {
        "unit_price": "0.00",
        "net_unit_price": "0.00",
        "line_total": "0.00",
        "charge_type": "monthly",
        "vat_category": "basic_telecom",
        **line,
    }
    filled.setdefault("id", str(uuid.uuid4()))
    return filled


def _required_missing(entity: str, record: dict[str, Any]) -> list[dict[str, Any]]:
    skip = SERVER_FIELDS.get(entity, frozenset()) | _BOOKKEEPING
    return [
        {"field": name, "code": "field.required", "message": "This field is required."}
        for name, spec in FIELDS[entity].items()
        if name not in skip and not spec.nullable and record.get(name) is None
    ]


def _customer_owner(ctx: SimContext, conn: Connection, user: UserEntry, customer_id: Any) -> Owner:
    owner = ctx.db.owner_of_customer(conn, str(customer_id))
    if owner is None or not can_see(user.viewer, owner):
        raise _not_visible("customer_id", (ctx, conn, user, owner))
    return owner


def _check_refs(ctx: SimContext, conn: Connection, entity: str, record: dict[str, Any]) -> None:
    errors = []
    for field, target in _REFS.get(entity, ()):
        ref = record.get(field)
        if ref is None:
            continue
        found = ctx.db.load(conn, target, ref)
        if found is None or found.deleted or found.owner.customer_id != record["customer_id"]:
            errors.append(
                {"field": field, "code": "ref.not_found", "message": "No such record here."}
            )
    if errors:
        raise Rejected(errors)


def apply_create(
    ctx: SimContext,
    conn: Connection,
    user: UserEntry,
    entity: str,
    record_id: str,
    fields: dict[str, Any],
) -> dict[str, Any]:
    """Create a record; all is checked before the one write, so a rejection writes nothing."""
    try:
        record_id = str(uuid.UUID(record_id))
    except ValueError:
        raise _reject(
            "id", "id.invalid", "A new record's id is a UUID made by the client."
        ) from None
    existing = ctx.db.load(conn, entity, record_id)
    if existing is not None:
        if not can_see(user.viewer, existing.owner):
            raise _not_visible("id", (ctx, conn, user, existing.owner))
        raise Conflict(existing.version, None if existing.deleted else existing.data)
    try:
        given = _clean_input(entity, fields)
    except ValidationErrors as exc:
        # Report what is missing together with what is wrong, so one round trip shows it all.
        given_or_filled = {name: True for name in (*fields, *_CREATE_DEFAULTS.get(entity, ()))}
        named = {e.field for e in exc.errors}
        missing = [m for m in _required_missing(entity, given_or_filled) if m["field"] not in named]
        raise Rejected(exc.as_list() + missing) from None
    record: dict[str, Any] = {name: None for name in FIELDS[entity]}
    record.update(given)
    record["id"] = record_id
    now = wire_instant(utc_now())
    if entity == "change_request":
        from bigcust_sim.push.change_requests import prepare_change_request

        prepare_change_request(ctx, conn, user, record, now)
    elif entity in POLICIES:
        missing = _required_missing(entity, {**record, **_filled_later(entity)})
        if missing:
            raise Rejected(missing)
        _policy(city_records.prepare, ctx, conn, user, entity, record, None, now)
    else:
        _prepare_city_create(ctx, conn, user, entity, record, now)
    missing = _required_missing(entity, record)
    if missing:
        raise Rejected(missing)
    if entity in POLICIES:
        owner = _policy(city_records.owner_of, ctx, conn, user, entity, record)
    else:
        owner = _customer_owner(ctx, conn, user, record["customer_id"])
    _check_refs(ctx, conn, entity, record)
    if entity == "quote":
        finish_quote(ctx, conn, user, record)
    record.pop("version", None)
    record.pop("updated_at", None)
    return ctx.db.insert(conn, entity, system_of(entity), owner, record)


def _filled_later(entity: str) -> dict[str, Any]:
    # Fields the server or the defaults fill: not missing before the policy runs.
    return dict.fromkeys(_CREATE_DEFAULTS.get(entity, ()), True) | dict.fromkeys(
        SERVER_FIELDS.get(entity, ()), True
    )


def _policy(call: Any, *args: Any) -> Any:
    try:
        return call(*args)
    except Refused as exc:
        raise Rejected(exc.errors) from None


def _prepare_city_create(
    ctx: SimContext,
    conn: Connection,
    user: UserEntry,
    entity: str,
    record: dict[str, Any],
    now: str,
) -> None:
    if entity in ("opportunity", "quote", "activity"):
        record["owner_id"] = user.viewer.id
    if entity in ("opportunity", "quote"):
        record["created_at"] = now
    if entity == "activity":
        _policy(city_records.check_activity_refs, ctx, conn, user, record)
    if entity == "opportunity":
        if record.get("stage") is not None and record.get("probability") is None:
            record["probability"] = default_probability(record["stage"])
        if record.get("stage") is not None:
            check_lost_reason(record["stage"], record.get("lost_reason"))
    elif entity == "quote":
        record["status"] = record.get("status") or "draft"
        record["lines"] = record.get("lines") or []
        _policy(settle_revision, ctx, conn, user, record, now)
        price_quote(ctx, conn, user, record, None)
    elif entity == "activity":
        _check_happened(record, now)
    elif entity == "fault_ticket":
        record["reported_by"] = user.viewer.id
        record["status"] = TicketStatus.NEW.value
        record["opened_at"] = now
        if record.get("severity") is not None:
            record["due_at"] = wire_instant(due_at(record["severity"], parse_instant(now)))
        record["history"] = [{"status": "new", "at": now, "by": user.viewer.id, "note": None}]


def _load_for_change(
    ctx: SimContext,
    conn: Connection,
    user: UserEntry,
    entity: str,
    record_id: str,
    base_version: int | None,
) -> Stored:
    if HOMES[entity].create_only:
        raise _reject(
            "kind", f"{entity}.create_only", f"A {HOMES[entity].label_en.lower()} cannot change."
        )
    current = ctx.db.load(conn, entity, record_id)
    if current is None:
        raise _reject("id", "not_found", "No such record.")
    if not can_see(user.viewer, current.owner):
        raise _not_visible("id", (ctx, conn, user, current.owner))
    if current.deleted:
        raise Conflict(current.version, None)
    if base_version != current.version:
        raise Conflict(current.version, current.data)
    return current


def apply_update(
    ctx: SimContext,
    conn: Connection,
    user: UserEntry,
    entity: str,
    record_id: str,
    base_version: int | None,
    fields: dict[str, Any],
) -> dict[str, Any]:
    current = _load_for_change(ctx, conn, user, entity, record_id, base_version)
    given = _clean_input(entity, fields)
    if "customer_id" in given and given["customer_id"] != current.data.get("customer_id"):
        raise _reject("customer_id", "field.read_only", "A record cannot move to another customer.")
    record = {**current.data, **given}
    now = wire_instant(utc_now())
    if entity == "opportunity":
        old, new = current.data["stage"], record["stage"]
        if new != old:
            check_move(old, new)
            if "probability" not in given:
                record["probability"] = default_probability(new)
        check_lost_reason(record["stage"], record.get("lost_reason"))
    elif entity == "quote":
        if record.get("revision_of") != current.data.get("revision_of"):
            raise _reject("revision_of", "field.read_only", "A revision stays what it revises.")
        price_quote(ctx, conn, user, record, current.data)
    elif entity == "fault_ticket":
        _ticket_update(user, current.data, record, now)
    elif entity == "activity":
        _check_happened(record, now)
        _policy(city_records.check_activity_refs, ctx, conn, user, record)
    elif entity in POLICIES:
        _policy(city_records.prepare, ctx, conn, user, entity, record, current.data, now)
    missing = _required_missing(entity, record)
    if missing:
        raise Rejected(missing)
    _check_refs(ctx, conn, entity, record)
    stored = ctx.db.replace(conn, current, record)
    if entity in POLICIES:
        # A shared segment reaches the team: its visibility keys follow the record.
        owner = _policy(city_records.owner_of, ctx, conn, user, entity, record)
        if owner != current.owner:
            city_records.rekey(conn, entity, record_id, owner)
    return stored


def _check_happened(record: dict[str, Any], now: str) -> None:
    """An activity records a contact that took place: not one later than now (the same clock
    slack as the laptop's check, `domain.drafts.activities`)."""
    occurred = record.get("occurred_at")
    if occurred and parse_instant(occurred) > parse_instant(now) + CLOCK_SLACK:
        raise ValidationError(
            "occurred_at",
            "activity.future",
            "A contact that has not happened yet cannot be logged.",
        )


def _ticket_update(user: UserEntry, old: dict[str, Any], record: dict[str, Any], now: str) -> None:
    if record["status"] != old["status"]:
        check_ticket_move(old["status"], record["status"])
        if (
            TicketStatus(old["status"]),
            TicketStatus(record["status"]),
        ) not in MANAGER_TICKET_MOVES:
            raise ValidationError(
                "status",
                "ticket.move_not_allowed",
                "This status change is made by the network operations centre.",
            )
        record["history"] = [
            *old["history"],
            {"status": record["status"], "at": now, "by": user.viewer.id, "note": None},
        ]
    if record["severity"] != old["severity"]:
        record["due_at"] = wire_instant(
            due_at(record["severity"], parse_instant(record["opened_at"]))
        )


def apply_delete(
    ctx: SimContext,
    conn: Connection,
    user: UserEntry,
    entity: str,
    record_id: str,
    base_version: int | None,
) -> dict[str, Any]:
    current = _load_for_change(ctx, conn, user, entity, record_id, base_version)
    _policy(city_records.check_delete, ctx, conn, user, current)
    return ctx.db.replace(conn, current, current.data, deleted=True)


__all__ = [
    "Conflict",
    "Rejected",
    "ValidationErrors",
    "apply_create",
    "apply_delete",
    "apply_update",
]
