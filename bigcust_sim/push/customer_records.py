"""A manager's records about one customer on the server: to-dos, contracts and their
attachments, competitor lines, decision-chain roles; and the audit events of exports.

Depends on `push.policy`, storage and the domain.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import Connection, select

from bigcust_desktop.domain.attachments import ALLOWED_MEDIA_TYPES
from bigcust_desktop.domain.drafts.care_dates import is_holiday_source
from bigcust_desktop.domain.timefmt import parse_instant
from bigcust_desktop.domain.vocab_city import ContentState, Signal
from bigcust_sim.context import SimContext, UserEntry
from bigcust_sim.push.policy import (
    Policy,
    Refused,
    customer_owner,
    live,
    product_exists,
    same_customer,
)
from bigcust_sim.storage.database import Owner, Stored
from bigcust_sim.storage.schema import records
from bigcust_sim.storage.visibility import manager_only

CLOCK_SLACK = dt.timedelta(minutes=10)  # a laptop clock a little fast is not a lie


def _customer(ctx: SimContext, conn: Connection, user: UserEntry, r: dict) -> Owner:
    return customer_owner(ctx, conn, user, r["customer_id"])


def _fixed(r: dict, old: dict | None, *names: str) -> None:
    for name in names:
        if old is not None and r.get(name) != old.get(name):
            raise Refused(name, "field.read_only", "This field cannot change once created.")


def _group(ctx: SimContext, conn: Connection, customer_id: str) -> frozenset[str]:
    """A customer and its branches (a group's contract may list its branches' circuits)."""
    rows = conn.execute(
        select(records.c.id, records.c.data).where(
            records.c.entity == "customer",
            records.c.data.like(f'%"parent_id":"{customer_id}"%'),  # a cheap first cut
        )
    ).all()
    branches = {row.id for row in rows if _loads(row.data)["parent_id"] == customer_id}
    return frozenset({customer_id, *branches})


# -- to-do ------------------------------------------------------------------------------------


def _prepare_todo(
    ctx: SimContext, conn: Connection, user: UserEntry, r: dict, old: dict | None, now: str
) -> None:
    viewer = user.viewer
    if old is None:
        r.update(created_by=viewer.id, created_at=now)
        r["owner_id"] = r.get("owner_id") or viewer.id
    _fixed(r, old, "customer_id")
    if r["owner_id"] != (old or {}).get("owner_id") and r["owner_id"] != viewer.id:
        # A regional manager may plan for a manager of his team; a manager only for himself.
        owner = ctx.users.get(str(r["owner_id"]))
        if (
            not viewer.is_regional_manager
            or owner is None
            or owner.viewer.team_id != viewer.team_id
        ):
            raise Refused("owner_id", "todo.owner", "Plan to-dos for yourself or your team.")
    same_customer(ctx, conn, r, "contact_id", "contact")
    same_customer(ctx, conn, r, "closed_by_activity_id", "activity")
    source, source_id = r.get("source_entity"), r.get("source_id")
    if source == "signal":
        if source_id not in {str(s) for s in Signal}:
            raise Refused("source_id", "todo.source", "Not an at-risk signal code.")
    elif source == "holiday":
        if not is_holiday_source(str(source_id)):
            raise Refused("source_id", "todo.source", "Not a holiday and its year.")
    elif source is not None:
        same_customer(ctx, conn, {**r, "source_id": source_id}, "source_id", source)


# -- contract and its attachments ------------------------------------------------------------


def _prepare_contract(
    ctx: SimContext, conn: Connection, user: UserEntry, r: dict, old: dict | None, now: str
) -> None:
    if old is None:
        r.update(owner_id=user.viewer.id, created_at=now)
    _fixed(r, old, "customer_id")
    customer_id = str(r.get("customer_id"))
    same_customer(ctx, conn, r, "parent_contract_id", "contract")
    for i, item in enumerate(r.get("products") or []):
        product_exists(ctx, conn, item["product_id"], f"products[{i}].product_id")
    group = _group(ctx, conn, customer_id)
    for i, circuit in enumerate(r.get("circuits") or []):
        _circuit(ctx, conn, circuit, i, group)
    others = conn.execute(
        select(records.c.data).where(
            records.c.entity == "contract",
            records.c.customer_id == customer_id,
            records.c.id != r["id"],
            ~records.c.deleted,
        )
    ).scalars()
    if any(_loads(data)["number"] == r.get("number") for data in others):
        raise Refused(
            "number", "contract.number_taken", "This customer has a contract so numbered."
        )


def _circuit(ctx: SimContext, conn: Connection, circuit: dict, i: int, group: frozenset) -> None:
    found = live(ctx, conn, "subscriber", circuit.get("subscriber_id"))
    if found is None or found.owner.customer_id not in group:
        raise Refused(
            f"circuits[{i}].subscriber_id", "ref.not_found", "No such line of this customer."
        )


def _prepare_attachment(
    ctx: SimContext, conn: Connection, user: UserEntry, r: dict, old: dict | None, now: str
) -> None:
    if old is None:
        r.update(uploaded_by=user.viewer.id, created_at=now, content_state=ContentState.PENDING)
        if r.get("mime_type") not in ALLOWED_MEDIA_TYPES:
            raise Refused(
                "mime_type",
                "attachment.type_not_allowed",
                "Attach a PDF, an image or an office file.",
            )
    # The file is what its digest says: a different file is a new attachment.
    _fixed(r, old, "customer_id", "contract_id", "mime_type", "size", "sha256")
    same_customer(ctx, conn, r, "contract_id", "contract")


# -- competitor line, decision-chain role, audit event ----------------------------------------


def _prepare_competitor(
    ctx: SimContext, conn: Connection, user: UserEntry, r: dict, old: dict | None, now: str
) -> None:
    if old is None:
        r.update(recorded_by=user.viewer.id, created_at=now)
    _fixed(r, old, "customer_id")


def _role_owner(ctx: SimContext, conn: Connection, user: UserEntry, r: dict) -> Owner:
    return manager_only(customer_owner(ctx, conn, user, r["customer_id"]))


def _prepare_role(
    ctx: SimContext, conn: Connection, user: UserEntry, r: dict, old: dict | None, now: str
) -> None:
    owner = customer_owner(ctx, conn, user, r.get("customer_id"))
    if owner.manager_id != user.viewer.id:
        raise Refused(
            "customer_id",
            "contact_role.manager_only",
            "Only the customer's account manager keeps its decision chain.",
        )
    if old is None:
        r["owner_id"] = user.viewer.id
    _fixed(r, old, "customer_id", "contact_id")
    same_customer(ctx, conn, r, "contact_id", "contact")
    same_customer(ctx, conn, r, "reports_to_contact_id", "contact")
    stored = conn.execute(
        select(records.c.id, records.c.data).where(
            records.c.entity == "contact_role",
            records.c.customer_id == r["customer_id"],
            ~records.c.deleted,
        )
    ).all()
    chain: dict[str, str | None] = {}
    for row in stored:
        if row.id == r["id"]:
            continue
        data = _loads(row.data)
        if data["contact_id"] == r["contact_id"]:
            raise Refused("contact_id", "contact_role.exists", "This contact has a role already.")
        chain[data["contact_id"]] = data["reports_to_contact_id"]
    chain[r["contact_id"]] = r.get("reports_to_contact_id")
    seen: set[str] = set()
    step: str | None = r["contact_id"]
    while step is not None:
        if step in seen:
            raise Refused(
                "reports_to_contact_id", "contact_role.cycle", "Reporting lines cannot go round."
            )
        seen.add(step)
        step = chain.get(step)


def _loads(text: str) -> dict[str, Any]:
    return json.loads(text)  # type: ignore[no-any-return]


def _role_delete(ctx: SimContext, conn: Connection, user: UserEntry, stored: Stored) -> None:
    if stored.owner.manager_id != user.viewer.id:
        raise Refused("id", "contact_role.manager_only", "Only the customer's manager does this.")


def _audit_owner(ctx: SimContext, conn: Connection, user: UserEntry, r: dict) -> Owner:
    return Owner(None, user.viewer.id, user.viewer.team_id)


def _prepare_audit(
    ctx: SimContext, conn: Connection, user: UserEntry, r: dict, old: dict | None, now: str
) -> None:
    r.update(user_id=user.viewer.id, team_id=user.viewer.team_id, received_at=now)
    occurred = r.get("occurred_at")
    if occurred is not None and parse_instant(occurred) > parse_instant(now) + CLOCK_SLACK:
        raise Refused("occurred_at", "audit_event.future", "An export cannot lie in the future.")


POLICIES: dict[str, Policy] = {
    "todo": Policy(
        frozenset({"created_by", "created_at"}),
        {"priority": "normal", "status": "open", "all_day": False},
        _customer,
        _prepare_todo,
    ),
    "contract": Policy(
        frozenset({"owner_id", "created_at"}),
        {"status": "active", "auto_renew": False, "products": [], "circuits": []},
        _customer,
        _prepare_contract,
    ),
    "contract_attachment": Policy(
        frozenset({"content_state", "uploaded_by", "created_at"}),
        {},
        _customer,
        _prepare_attachment,
    ),
    "competitor_line": Policy(
        frozenset({"recorded_by", "created_at"}),
        {"status": "active"},
        _customer,
        _prepare_competitor,
    ),
    "contact_role": Policy(
        frozenset({"owner_id"}),
        {"attitude": "unknown", "influence": "medium"},
        _role_owner,
        _prepare_role,
        _role_delete,
    ),
    "audit_event": Policy(
        frozenset({"user_id", "team_id", "received_at"}),
        {"contains_personal_data": False, "scope": {}},
        _audit_owner,
        _prepare_audit,
    ),
}
