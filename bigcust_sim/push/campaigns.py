"""Segments (客户群), campaigns (营销活动), their rounds and tasks on the server.

Campaigns, rounds and tasks are the regional manager's to create and plan; an account manager
reports the outcome of his own tasks. A segment is its owner's, shared with the team or private.
Depends on `push.policy`, storage and the domain.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

from bigcust_desktop.domain.records import validate_record
from bigcust_desktop.domain.vocab_city import SegmentVisibility, TaskState
from bigcust_sim.context import SimContext, UserEntry
from bigcust_sim.push.policy import (
    Policy,
    Refused,
    changed,
    customer_owner,
    product_exists,
    regional_manager_only,
    same_customer,
    same_team,
)
from bigcust_sim.storage.database import Owner, Stored

# The fields an account manager may change on a task of his: its outcome, never its plan.
TASK_OUTCOME_FIELDS = frozenset(
    {"state", "outcome", "outcome_at", "notes", "opportunity_id", "activity_id", "contact_id"}
)


def _empty_filter() -> dict[str, Any]:
    return validate_record("segment", {"definition": {}}, from_feed=False)["definition"]


# -- segment --------------------------------------------------------------------------------------


def _segment_owner(ctx: SimContext, conn: Connection, user: UserEntry, r: dict) -> Owner:
    if r["visibility"] == SegmentVisibility.TEAM:
        return Owner(None, None, r["team_id"])
    return Owner(None, r["owner_id"], None)


def _prepare_segment(
    ctx: SimContext, conn: Connection, user: UserEntry, r: dict, old: dict | None, now: str
) -> None:
    if old is None:
        r.update(owner_id=user.viewer.id, team_id=user.viewer.team_id, created_at=now)
        if r.get("definition") is None:
            r["definition"] = _empty_filter()
        return
    if old["owner_id"] != user.viewer.id:
        raise Refused("id", "segment.owner_only", "Only the segment's owner changes it.")
    if old["visibility"] == SegmentVisibility.TEAM and r["visibility"] != old["visibility"]:
        # Making a shared segment private would have to take it back from every laptop.
        raise Refused("visibility", "segment.visibility_fixed", "A shared segment stays shared.")


def _segment_delete(ctx: SimContext, conn: Connection, user: UserEntry, stored: Stored) -> None:
    if stored.data["owner_id"] != user.viewer.id:
        raise Refused("id", "segment.owner_only", "Only the segment's owner deletes it.")


# -- campaign and round -----------------------------------------------------------------------


def _team_owner(ctx: SimContext, conn: Connection, user: UserEntry, r: dict) -> Owner:
    return Owner(None, None, r["team_id"])


def _regional(ctx: SimContext, conn: Connection, user: UserEntry, stored: Stored) -> None:
    regional_manager_only(user, stored.entity)


def _prepare_campaign(
    ctx: SimContext, conn: Connection, user: UserEntry, r: dict, old: dict | None, now: str
) -> None:
    regional_manager_only(user, "campaign")
    if old is None:
        r.update(owner_id=user.viewer.id, team_id=user.viewer.team_id, created_at=now)
    product_exists(ctx, conn, r.get("product_id"), "product_id")
    same_team(ctx, conn, user, r.get("segment_id"), "segment_id", "segment")


def _prepare_round(
    ctx: SimContext, conn: Connection, user: UserEntry, r: dict, old: dict | None, now: str
) -> None:
    regional_manager_only(user, "campaign_round")
    if old is not None and r["campaign_id"] != old["campaign_id"]:
        raise Refused("campaign_id", "field.read_only", "A round stays in its campaign.")
    campaign = same_team(ctx, conn, user, r.get("campaign_id"), "campaign_id", "campaign")
    if campaign is not None:
        r["team_id"] = campaign.data["team_id"]
    earlier = same_team(
        ctx, conn, user, r.get("after_round_id"), "after_round_id", "campaign_round"
    )
    if earlier is not None and (
        earlier.data["campaign_id"] != r.get("campaign_id") or earlier.id == r["id"]
    ):
        raise Refused("after_round_id", "ref.not_found", "Not an earlier round of this campaign.")


# -- task -------------------------------------------------------------------------------------


def _task_owner(ctx: SimContext, conn: Connection, user: UserEntry, r: dict) -> Owner:
    return customer_owner(ctx, conn, user, r["customer_id"])


def _prepare_task(
    ctx: SimContext, conn: Connection, user: UserEntry, r: dict, old: dict | None, now: str
) -> None:
    viewer = user.viewer
    if old is None:
        regional_manager_only(user, "campaign_task")
        r["created_at"] = now
    elif not viewer.is_regional_manager:
        forbidden = sorted(changed(r, old) - TASK_OUTCOME_FIELDS)
        if forbidden:
            raise Refused(
                forbidden[0],
                "campaign_task.field_forbidden",
                "The regional manager plans the task; report its outcome.",
            )
        if r["state"] not in (TaskState.OPEN, TaskState.DONE):
            raise Refused(
                "state", "campaign_task.field_forbidden", "Only the regional manager does this."
            )
    owner = customer_owner(ctx, conn, user, r.get("customer_id"))
    round_ = same_team(ctx, conn, user, r.get("round_id"), "round_id", "campaign_round")
    if round_ is not None and round_.data["campaign_id"] != r.get("campaign_id"):
        raise Refused("round_id", "ref.not_found", "Not a round of this campaign.")
    if r.get("assignee_id") is None:
        r["assignee_id"] = owner.manager_id
    # The customer's own manager works the task: another manager's feed does not hold the
    # customer, nor may he record a contact with it (DESIGN §4, one book per manager).
    if r["assignee_id"] != owner.manager_id:
        raise Refused(
            "assignee_id",
            "campaign_task.assignee",
            "Assign the task to the customer's account manager.",
        )
    for name, entity in (
        ("contact_id", "contact"),
        ("opportunity_id", "opportunity"),
        ("activity_id", "activity"),
    ):
        same_customer(ctx, conn, r, name, entity)
    if r.get("outcome") is not None and r.get("outcome_at") is None:
        r["outcome_at"] = now


POLICIES: dict[str, Policy] = {
    "segment": Policy(
        frozenset({"owner_id", "team_id", "created_at"}),
        {"visibility": SegmentVisibility.PRIVATE.value},
        _segment_owner,
        _prepare_segment,
        _segment_delete,
    ),
    "campaign": Policy(
        frozenset({"owner_id", "team_id", "created_at"}),
        {"status": "draft"},
        _team_owner,
        _prepare_campaign,
        _regional,
    ),
    "campaign_round": Policy(
        frozenset({"team_id"}),
        {"status": "planned", "target_rule": "all"},
        _team_owner,
        _prepare_round,
        _regional,
    ),
    "campaign_task": Policy(
        frozenset({"created_at"}),
        {"state": TaskState.OPEN.value},
        _task_owner,
        _prepare_task,
        _regional,
    ),
}
