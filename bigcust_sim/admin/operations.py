"""Admin operations on stored records: edit, create, delete, advance tickets, decide requests,
reassign customers, disable users, counts. Depends on storage, `problems` and the domain rules.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, bindparam, delete, func, select, update

from bigcust_desktop.domain.errors import ValidationError, ValidationErrors
from bigcust_desktop.domain.records import FIELDS, validate_record
from bigcust_desktop.domain.sla import TicketStatus, check_ticket_move
from bigcust_sim.context import SimContext
from bigcust_sim.problems import ApiProblem
from bigcust_sim.storage.database import Owner, Stored, system_of, utc_now, wire_instant
from bigcust_sim.storage.schema import credentials, effects, operations, records, revocations
from bigcust_sim.storage.visibility import MANAGER_ONLY_ENTITIES, customer_keys, own_keys

NOC = "NOC"  # the network operations centre, as written into ticket history
_NEXT_TICKET_STATUS = {
    TicketStatus.NEW: TicketStatus.ACCEPTED,
    TicketStatus.ACCEPTED: TicketStatus.IN_PROGRESS,
    TicketStatus.IN_PROGRESS: TicketStatus.RESOLVED,
}


def _invalid(exc: ValidationErrors | ValidationError) -> ApiProblem:
    errors = exc.as_list() if isinstance(exc, ValidationErrors) else [exc.as_dict()]
    return ApiProblem(422, "invalid_request", "The record is not valid.", extra={"errors": errors})


def _check_entity(entity: str) -> None:
    if entity not in FIELDS:
        raise ApiProblem(404, "not_found", f"No entity {entity[:40]!r}.")


def _must_load(ctx: SimContext, conn: Connection, entity: str, record_id: str) -> Stored:
    _check_entity(entity)
    found = ctx.db.load(conn, entity, record_id)
    if found is None:
        raise ApiProblem(404, "not_found", f"No {entity} {record_id[:64]!r}.")
    return found


def describe(stored: Stored) -> dict[str, Any]:
    return {
        "entity": stored.entity,
        "id": stored.id,
        "system": stored.system,
        "seq": stored.seq,
        "version": stored.version,
        "deleted": stored.deleted,
        "customer_id": stored.owner.customer_id,
        "manager_id": stored.owner.manager_id,
        "team_id": stored.owner.team_id,
        "record": stored.data,
    }


def get_record(ctx: SimContext, entity: str, record_id: str) -> dict[str, Any]:
    with ctx.db.read() as conn:
        return describe(_must_load(ctx, conn, entity, record_id))


def edit_record(
    ctx: SimContext, entity: str, record_id: str, fields: dict[str, Any]
) -> dict[str, Any]:
    """Change any fields of a stored record (validated as a full record); a new version."""
    bad = sorted(set(fields) & {"id", "version", "updated_at"})
    if bad:
        raise ApiProblem(422, "invalid_request", f"{bad[0]} is kept by the server.")
    if entity == "customer" and ("manager_id" in fields or "team_id" in fields):
        raise ApiProblem(
            422, "invalid_request", "Use the reassign call to move a customer to another manager."
        )
    with ctx.db.write() as conn:
        current = _must_load(ctx, conn, entity, record_id)
        if current.deleted:
            raise ApiProblem(409, "deleted", "The record is deleted.")
        merged = {**current.data, **fields}
        try:
            checked = validate_record(entity, merged, from_feed=True)
        except ValidationErrors as exc:
            raise _invalid(exc) from None
        record = ctx.db.replace(conn, current, checked)
    if entity == "user":
        ctx.reload_users()
    return record


def create_record(ctx: SimContext, entity: str, record: dict[str, Any]) -> dict[str, Any]:
    """Store a new record made on the server side (e.g. an activity from the call centre)."""
    _check_entity(entity)
    if entity in ("team", "user", "customer"):
        raise ApiProblem(422, "invalid_request", f"Creating a {entity} is not supported.")
    if entity in ("contract_attachment", "quote"):
        # Their files and numbers come with their own rules: push them (or seed them).
        raise ApiProblem(422, "invalid_request", f"Create a {entity} by a push.")
    with ctx.db.write() as conn:
        now = wire_instant(utc_now())
        candidate = {**record, "version": 1, "updated_at": now}
        if "id" not in candidate:
            candidate["id"] = next_id(conn, entity)
        try:
            checked = validate_record(entity, candidate, from_feed=True)
        except ValidationErrors as exc:
            raise _invalid(exc) from None
        if ctx.db.load(conn, entity, checked["id"]) is not None:
            raise ApiProblem(409, "exists", "A record with this id exists.")
        owner = _owner_of(ctx, conn, entity, checked)
        return ctx.db.insert(conn, entity, system_of(entity), owner, checked)


_PREFIXES = {
    "contact": ("CON-", 6),
    "product": ("P-X-", 4),
    "billing_account": ("ACC-", 7),
    "subscriber": ("SUB-", 8),
    "service": ("SRV-", 8),
    "bill": ("BIL-", 7),
    "payment": ("PAY-", 7),
    "opportunity": ("OPP-", 6),
    "quote": ("QUO-", 6),
    "activity": ("ACT-", 6),
    "fault_ticket": ("FLT-", 6),
    "change_request": ("CRQ-", 6),
    "segment": ("SEG-", 6),
    "campaign": ("CMP-", 6),
    "campaign_round": ("RND-", 6),
    "campaign_task": ("TSK-", 7),
    "todo": ("TODO-", 7),
    "contract": ("CTR-", 6),
    "contract_attachment": ("ATT-", 6),
    "competitor_line": ("CPL-", 6),
    "contact_role": ("ROLE-", 6),
    "audit_event": ("AUD-", 7),
}


class IdMaker:
    """Readable server ids (`ACT-000123`) after the highest stored one of that prefix; one query,
    then counted here, so a month of bills does not scan the ids once per bill."""

    def __init__(self, conn: Connection, entity: str) -> None:
        self.prefix, self.width = _PREFIXES[entity]
        top = conn.execute(
            select(func.max(records.c.id)).where(
                records.c.entity == entity,
                records.c.id.like(self.prefix + "%"),
                func.length(records.c.id) == len(self.prefix) + self.width,
            )
        ).scalar()
        self.number = int(top[len(self.prefix) :]) if top else 0

    def __call__(self) -> str:
        self.number += 1
        return f"{self.prefix}{self.number:0{self.width}d}"


def next_id(conn: Connection, entity: str) -> str:
    return IdMaker(conn, entity)()


def _owner_of(ctx: SimContext, conn: Connection, entity: str, record: dict[str, Any]) -> Owner:
    own = own_keys(entity, record)
    if own is not None:
        return own
    if entity == "service":
        parent = ctx.db.load(conn, "subscriber", record["subscriber_id"])
    elif entity == "payment":
        parent = ctx.db.load(conn, "billing_account", record["account_id"])
    else:
        parent = None
    customer_id = parent.owner.customer_id if parent is not None else record.get("customer_id")
    owner = ctx.db.owner_of_customer(conn, str(customer_id)) if customer_id else None
    if owner is None:
        raise ApiProblem(422, "invalid_request", "The record's customer does not exist.")
    return customer_keys(entity, owner)


def delete_record(ctx: SimContext, entity: str, record_id: str) -> dict[str, Any]:
    """Tombstone a record (it stays readable here, served as deleted)."""
    with ctx.db.write() as conn:
        current = _must_load(ctx, conn, entity, record_id)
        if current.deleted:
            raise ApiProblem(409, "deleted", "The record is already deleted.")
        return ctx.db.replace(conn, current, current.data, deleted=True)


def advance_ticket(
    ctx: SimContext,
    ticket_id: str,
    status: str | None = None,
    resolution: str | None = None,
    note: str | None = None,
) -> dict[str, Any]:
    """Move a fault ticket on as the operations centre does (new → accepted → in_progress →
    resolved by default), appending to its history; resolving needs a resolution text."""
    with ctx.db.write() as conn:
        current = _must_load(ctx, conn, "fault_ticket", ticket_id)
        if current.deleted:
            raise ApiProblem(409, "deleted", "The ticket is deleted.")
        record = dict(current.data)
        old = TicketStatus(record["status"])
        if status is None:
            if old not in _NEXT_TICKET_STATUS:
                raise ApiProblem(409, "ticket.final", f"A {old} ticket has no next status.")
            new = _NEXT_TICKET_STATUS[old]
        else:
            new = TicketStatus(status)
        try:
            check_ticket_move(old, new)
        except ValidationError as exc:
            raise ApiProblem(409, exc.code, exc.message) from None
        now = wire_instant(utc_now())
        if new is TicketStatus.RESOLVED:
            if not resolution or not resolution.strip():
                raise ApiProblem(
                    422, "resolution.required", "Resolving a ticket needs a resolution text."
                )
            record["resolution"] = resolution
            record["resolved_at"] = now
        elif new is TicketStatus.IN_PROGRESS and old is TicketStatus.RESOLVED:
            record["resolved_at"] = None
        record["status"] = new.value
        record["history"] = [
            *record["history"],
            {"status": new.value, "at": now, "by": NOC, "note": note},
        ]
        return ctx.db.replace(conn, current, record)


def decide_change_request(
    ctx: SimContext, request_id: str, approve: bool, note: str | None
) -> dict[str, Any]:
    """Approve (apply the changes to the central record) or reject a pending change request."""
    with ctx.db.write() as conn:
        current = _must_load(ctx, conn, "change_request", request_id)
        record = dict(current.data)
        if current.deleted or record["status"] != "pending":
            raise ApiProblem(409, "change_request.decided", "The request is already decided.")
        if approve:
            target = _must_load(ctx, conn, record["target_entity"], record["target_id"])
            merged = {**target.data, **record["changes"]}
            try:
                checked = validate_record(target.entity, merged, from_feed=True)
            except ValidationErrors as exc:
                raise _invalid(exc) from None
            ctx.db.replace(conn, target, checked)
        record["status"] = "approved" if approve else "rejected"
        record["reviewer_note"] = note
        record["decided_at"] = wire_instant(utc_now())
        return ctx.db.replace(conn, current, record)


def reassign_customer(ctx: SimContext, customer_id: str, manager_id: str) -> dict[str, Any]:
    """Give a customer to another account manager: every row hanging from it gets a new seq (the
    new owner receives it all) and the old owner, and the old team's regional managers if the
    team changed, get a revocation in their CRM feed."""
    manager = ctx.users.get(manager_id)
    if manager is None or manager.viewer.role != "account_manager":
        raise ApiProblem(422, "invalid_request", "manager_id must be an account manager.")
    with ctx.db.write() as conn:
        current = _must_load(ctx, conn, "customer", customer_id)
        old_manager, old_team = current.owner.manager_id, current.owner.team_id
        new_team = manager.viewer.team_id
        record = {**current.data, "manager_id": manager_id, "team_id": new_team}
        result = ctx.db.replace(conn, current, record)
        _resequence(ctx, conn, customer_id, Owner(customer_id, manager_id, new_team))
        losers: list[str] = []
        if old_manager and old_manager != manager_id:
            losers.append(old_manager)
        if old_team != new_team:
            losers += [u.viewer.id for u in ctx.users.values() if _is_rm_of(u, old_team)]
        gainers = [manager_id] + [u.viewer.id for u in ctx.users.values() if _is_rm_of(u, new_team)]
        # A revocation still unread by someone who now gets the customer back would drop it.
        conn.execute(
            delete(revocations).where(
                revocations.c.customer_id == customer_id, revocations.c.user_id.in_(gainers)
            )
        )
        for user_id in losers:
            conn.execute(
                revocations.insert().values(
                    seq=ctx.db.next_seq(), user_id=user_id, customer_id=customer_id
                )
            )
    return result


def _is_rm_of(entry: Any, team_id: str | None) -> bool:
    return bool(entry.viewer.is_regional_manager and entry.viewer.team_id == team_id)


def _resequence(ctx: SimContext, conn: Connection, customer_id: str, owner: Owner) -> None:
    keys = conn.execute(
        select(records.c.entity, records.c.id)
        .where(records.c.customer_id == customer_id, records.c.entity != "customer")
        .order_by(records.c.seq)
    ).all()
    if not keys:
        return
    first = ctx.db.next_seq(len(keys))
    conn.execute(
        update(records)
        .where(records.c.entity == bindparam("b_entity"), records.c.id == bindparam("b_id"))
        .values(seq=bindparam("b_seq"), manager_id=owner.manager_id, team_id=bindparam("b_team")),
        [
            {
                "b_entity": entity,
                "b_id": record_id,
                "b_seq": first + i,
                # A decision-chain role stays the customer's manager's alone.
                "b_team": None if entity in MANAGER_ONLY_ENTITIES else owner.team_id,
            }
            for i, (entity, record_id) in enumerate(keys)
        ],
    )


def set_disabled(ctx: SimContext, user_id: str, disabled: bool) -> dict[str, Any]:
    with ctx.db.write() as conn:
        changed = conn.execute(
            update(credentials).where(credentials.c.user_id == user_id).values(disabled=disabled)
        ).rowcount
    if not changed:
        raise ApiProblem(404, "not_found", "No such user.")
    ctx.reload_users()
    return {"id": user_id, "disabled": disabled}


def counts(ctx: SimContext) -> dict[str, Any]:
    with ctx.db.read() as conn:
        rows = conn.execute(
            select(records.c.entity, records.c.deleted, func.count()).group_by(
                records.c.entity, records.c.deleted
            )
        ).all()
        ops = conn.execute(select(func.count()).select_from(operations)).scalar()
        applied = conn.execute(select(func.count()).select_from(effects)).scalar()
    live: dict[str, int] = {}
    deleted: dict[str, int] = {}
    for entity, is_deleted, n in rows:
        (deleted if is_deleted else live)[entity] = n
    return {
        "records": live,
        "deleted": deleted,
        "operations": ops,
        "effects": applied,
        "seq": ctx.db.head,
    }


def op_report(ctx: SimContext, op_id: str) -> dict[str, Any]:
    with ctx.db.read() as conn:
        stored = conn.execute(
            select(operations.c.result).where(operations.c.op_id == op_id)
        ).scalar_one_or_none()
        times = conn.execute(
            select(func.count()).select_from(effects).where(effects.c.op_id == op_id)
        ).scalar()
    if stored is None:
        raise ApiProblem(404, "not_found", "No such operation.")
    return {"op_id": op_id, "result": json.loads(stored), "times_applied": times}


def audit_events(ctx: SimContext, team_id: str | None, limit: int) -> list[dict[str, Any]]:
    """The province's view of the audit trail: every team's export events, newest first."""
    query = select(records.c.data).where(records.c.entity == "audit_event", ~records.c.deleted)
    if team_id is not None:
        query = query.where(records.c.team_id == team_id)
    with ctx.db.read() as conn:
        rows = conn.execute(query.order_by(records.c.seq.desc()).limit(limit)).scalars().all()
    return [json.loads(row) for row in rows]
