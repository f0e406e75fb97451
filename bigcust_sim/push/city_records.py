"""The city records for analysis (DESIGN §10) as the push engine sees them: one policy each.

`rules.py` runs them at its hooks: fields the server sets, defaults, checks before a create,
update or delete, and the visibility keys of a new record. Depends on the policy modules.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, update

from bigcust_desktop.domain.records import check_record
from bigcust_sim.context import SimContext, UserEntry
from bigcust_sim.push import campaigns, customer_records
from bigcust_sim.push.policy import Policy, Refused, live, product_exists, same_customer, same_team
from bigcust_sim.storage.database import Owner, Stored
from bigcust_sim.storage.schema import records

POLICIES: dict[str, Policy] = {**campaigns.POLICIES, **customer_records.POLICIES}


def prepare(
    ctx: SimContext,
    conn: Connection,
    user: UserEntry,
    entity: str,
    record: dict[str, Any],
    old: dict[str, Any] | None,
    now: str,
) -> None:
    """Fill the server's fields and defaults, check references and who may write; then the
    record rules on the whole (merged) record."""
    policy = POLICIES[entity]
    if old is None:
        for name, value in policy.defaults.items():
            if record.get(name) is None:
                record[name] = value
    policy.prepare(ctx, conn, user, record, old, now)
    errors = check_record(entity, record)
    if errors:
        raise Refused(errors[0].field, errors[0].code, errors[0].message)


def owner_of(
    ctx: SimContext, conn: Connection, user: UserEntry, entity: str, record: dict[str, Any]
) -> Owner:
    return POLICIES[entity].owner(ctx, conn, user, record)


def rekey(conn: Connection, entity: str, record_id: str, owner: Owner) -> None:
    """Store a record under new visibility keys (its seq is already fresh from the write)."""
    conn.execute(
        update(records)
        .where(records.c.entity == entity, records.c.id == record_id)
        .values(manager_id=owner.manager_id, team_id=owner.team_id)
    )


def check_delete(ctx: SimContext, conn: Connection, user: UserEntry, stored: Stored) -> None:
    policy = POLICIES.get(stored.entity)
    if policy is not None:
        policy.may_delete(ctx, conn, user, stored)


def check_activity_refs(
    ctx: SimContext, conn: Connection, user: UserEntry, record: dict[str, Any]
) -> None:
    """An activity's product, campaign and campaign task: the catalogue's, the team's, and a
    task of the same customer."""
    product_exists(ctx, conn, record.get("product_id"), "product_id")
    same_team(ctx, conn, user, record.get("campaign_id"), "campaign_id", "campaign")
    task = same_customer(ctx, conn, record, "campaign_task_id", "campaign_task")
    if task is not None and record.get("campaign_id") not in (None, task.data["campaign_id"]):
        raise Refused("campaign_task_id", "ref.not_found", "The task is of another campaign.")


__all__ = [
    "POLICIES",
    "Refused",
    "check_activity_refs",
    "check_delete",
    "live",
    "owner_of",
    "rekey",
]
