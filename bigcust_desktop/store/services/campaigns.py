"""`store.campaigns`: campaigns (营销活动) offline — a target list from a segment with the contact-
fatigue rule applied (suppressed customers kept with the reason), rounds, tasks assigned to the
team's account managers, a manager's open tasks, outcomes logged as contacts (an opportunity
linked when one is opened), the next round's targets from the last round's outcomes, the fatigue
check when a contact is logged or planned, and the response by round and channel (接受程度).

Every record is city data, written with its outbox entry. Depends on the store's campaign
queries and record edits, the analysis settings, and the domain's fatigue rule and drafts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, select

from bigcust_desktop.domain.analytics.fatigue import FatigueRules
from bigcust_desktop.domain.drafts.opportunities import new_opportunity
from bigcust_desktop.domain.errors import ValidationError
from bigcust_desktop.domain.timefmt import format_instant
from bigcust_desktop.domain.vocab_city import RoundChannel, RoundTarget, TaskOutcome, TaskState
from bigcust_desktop.store import edits
from bigcust_desktop.store.models import Product
from bigcust_desktop.store.queries.book import Book
from bigcust_desktop.store.queries.campaign_lists import (
    CampaignRow,
    RoundRow,
    campaign_rows,
    round_rows,
    segment_choices,
)
from bigcust_desktop.store.queries.campaigns import (
    FatigueWarning,
    ResponseRow,
    Target,
    TargetList,
    TaskRow,
    build_targets,
    campaign_record,
    check_contact,
    next_targets,
    open_tasks,
    response,
)
from bigcust_desktop.store.services.base import CityRecords
from bigcust_desktop.store.wire import read_wire

__all__ = [
    "CampaignRow",
    "Campaigns",
    "FatigueWarning",
    "ResponseRow",
    "RoundRow",
    "Target",
    "TargetList",
    "TaskRow",
]

# A round's channel -> the activity channel its contacts are logged with.
ACTIVITY_CHANNEL = {
    RoundChannel.SMS: "sms",
    RoundChannel.PHONE: "phone",
    RoundChannel.VISIT: "visit",
    RoundChannel.EMAIL: "email",
    RoundChannel.CALL_CENTRE: "campaign",
}
# An outcome -> the activity's outcome.
ACTIVITY_OUTCOME = {
    TaskOutcome.INTERESTED: "positive",
    TaskOutcome.DECLINED: "negative",
    TaskOutcome.NOT_REACHED: "no_answer",
    TaskOutcome.OPPORTUNITY_OPENED: "positive",
}


def _task_fields(
    round_: Mapping[str, Any], customer_id: str, assignee_id: str, now: dt.datetime, **more: Any
) -> dict[str, Any]:
    return {
        "campaign_id": round_["campaign_id"],
        "round_id": round_["id"],
        "customer_id": customer_id,
        "contact_id": None,
        "assignee_id": assignee_id,
        "state": TaskState.OPEN.value,
        "suppression_reason": None,
        "suppression_note": None,
        "outcome": None,
        "outcome_at": None,
        "opportunity_id": None,
        "activity_id": None,
        "due_on": round_["ends_on"],
        "notes": None,
        "created_at": format_instant(now),
        **more,
    }


def assign(
    conn: Connection,
    round_id: str,
    targets: TargetList,
    now: dt.datetime,
) -> list[dict[str, Any]]:
    round_ = read_wire(conn, "campaign_round", round_id)
    if round_ is None:
        raise LookupError(round_id)
    out = []
    for t in targets.targets:
        out.append(
            edits.create_record(
                conn,
                "campaign_task",
                _task_fields(round_, t.customer_id, t.manager_id, now),
            )
        )
    for t, warning in targets.suppressed:
        fields = _task_fields(
            round_,
            t.customer_id,
            t.manager_id,
            now,
            state=TaskState.SUPPRESSED.value,
            suppression_reason=warning.reason.value,
            suppression_note=warning.note[:500],
        )
        out.append(edits.create_record(conn, "campaign_task", fields))
    return out


def _category(conn: Connection, campaign: Mapping[str, Any]) -> str:
    if campaign.get("product_category"):
        return str(campaign["product_category"])
    if campaign.get("product_id"):
        found = conn.execute(
            select(Product.category).where(Product.id == campaign["product_id"])
        ).scalar()
        if found:
            return str(found)
    return "mobile"


def log_outcome(
    conn: Connection,
    task_id: str,
    outcome: TaskOutcome,
    user_id: str,
    now: dt.datetime,
    *,
    notes: str | None,
    contact_id: str | None,
    opportunity_amount: Decimal | None,
    expected_close: dt.date | None,
    opportunity: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    task = read_wire(conn, "campaign_task", task_id)
    if task is None:
        raise LookupError(task_id)
    if task["state"] != TaskState.OPEN.value:
        raise ValidationError("state", "campaign_task.not_open", "This task is not open.")
    round_ = read_wire(conn, "campaign_round", task["round_id"]) or {}
    campaign = campaign_record(conn, task["campaign_id"])
    opportunity_id = None
    if outcome == TaskOutcome.OPPORTUNITY_OPENED and opportunity is not None:
        # The user's own draft (the prefilled opportunity dialog), for this task's customer.
        if opportunity.get("customer_id") != task["customer_id"]:
            raise ValidationError(
                "customer_id", "campaign_task.customer", "Not this task's customer."
            )
        opportunity_id = edits.create_record(conn, "opportunity", opportunity)["id"]
    elif outcome == TaskOutcome.OPPORTUNITY_OPENED:
        made = new_opportunity(
            customer_id=task["customer_id"],
            owner_id=user_id,
            title=f"{campaign['name']}：{campaign['topic']}"[:200],
            product_category=_category(conn, campaign),
            amount=opportunity_amount if opportunity_amount is not None else Decimal(0),
            expected_close=expected_close or (now + dt.timedelta(days=90)).date(),
            now=now,
        )
        opportunity_id = edits.create_record(conn, "opportunity", made)["id"]
    activity = edits.create_record(
        conn,
        "activity",
        {
            "customer_id": task["customer_id"],
            "opportunity_id": opportunity_id,
            "contact_id": contact_id or task.get("contact_id"),
            "owner_id": user_id,
            "channel": ACTIVITY_CHANNEL.get(RoundChannel(round_.get("channel", "phone")), "phone"),
            "topic": campaign["topic"],
            "outcome": ACTIVITY_OUTCOME[outcome],
            "occurred_at": format_instant(now),
            "notes": notes,
            "product_id": campaign.get("product_id"),
            "campaign_id": campaign["id"],
            "campaign_task_id": task_id,
            "competitor_offer": None,
        },
    )
    return edits.update_record(
        conn,
        "campaign_task",
        task_id,
        {
            "state": TaskState.DONE.value,
            "outcome": outcome.value,
            "outcome_at": format_instant(now),
            "activity_id": activity["id"],
            "opportunity_id": opportunity_id,
            "notes": notes,
        },
    )


class Campaigns(CityRecords):
    """Campaigns and their rounds and tasks, offline (issue 15)."""

    entity = "campaign"

    def _fatigue(self) -> FatigueRules:
        from bigcust_desktop.store.analysis.settings import read_analysis_settings

        return read_analysis_settings(self._store.profile.settings_path).fatigue

    def fatigue_rules(self) -> FatigueRules:
        """The contact-fatigue rule's N and M as the analysis settings say (for the warning)."""
        return self._fatigue()

    def listed(self, team_id: str | None) -> list[CampaignRow]:
        """A team's campaigns (every cached one with no team), the newest start first."""
        return self._read(campaign_rows, team_id)

    def rounds(self, campaign_id: str) -> list[RoundRow]:
        """A campaign's rounds in order, each with the number of tasks assigned so far."""
        return self._read(round_rows, campaign_id)

    def segment_choices(self, user_id: str | None, team_id: str | None) -> list[tuple[str, str]]:
        """``(id, name)`` of the saved segments a campaign may be built from: the user's own
        and his team's shared ones."""
        return self._read(segment_choices, user_id, team_id)

    def add_round(self, fields: Mapping[str, Any]) -> dict[str, Any]:
        """A round of a campaign (channel, dates, target rule); raises `ValidationErrors`."""
        return self._write(edits.create_record, "campaign_round", fields)

    def targets(self, campaign_id: str, book: Book, *, at: dt.datetime | None = None) -> TargetList:
        """The campaign's segment evaluated over the book, the fatigue rule applied at ``at``
        (default now): suppressed customers kept, with the earlier contact in the way."""
        return self._read(
            build_targets, campaign_id, book, at or dt.datetime.now(dt.UTC), self._fatigue()
        )

    def assign(
        self,
        round_id: str,
        targets: TargetList,
        *,
        now: dt.datetime | None = None,
    ) -> list[dict[str, Any]]:
        """One task per target of the list (suppressed ones as suppressed tasks with their
        reason), each assigned to the customer's own account manager — the one whose book holds
        the customer and who may contact it. One transaction; the tasks go out with the next
        sync."""
        return self._write(assign, round_id, targets, now or dt.datetime.now(dt.UTC))

    def open_tasks(self, assignee_id: str) -> list[TaskRow]:
        """A manager's open campaign tasks, soonest due first."""
        return self._read(open_tasks, assignee_id)

    def log_outcome(
        self,
        task_id: str,
        outcome: TaskOutcome,
        user_id: str,
        *,
        notes: str | None = None,
        contact_id: str | None = None,
        opportunity_amount: Decimal | None = None,
        expected_close: dt.date | None = None,
        opportunity: Mapping[str, Any] | None = None,
        now: dt.datetime | None = None,
    ) -> dict[str, Any]:
        """Close a task with its outcome, logging the contact as an activity of the round's
        channel and, for "opportunity opened", opening the linked opportunity (``opportunity``:
        the user's draft of it, else one made from the campaign); one transaction."""
        return self._write(
            log_outcome,
            task_id,
            outcome,
            user_id,
            now or dt.datetime.now(dt.UTC),
            notes=notes,
            contact_id=contact_id,
            opportunity_amount=opportunity_amount,
            expected_close=expected_close,
            opportunity=opportunity,
        )

    def next_targets(self, round_id: str, rule: RoundTarget) -> TargetList:
        """The next round's targets from this round's outcomes (e.g. those not reached)."""
        return self._read(next_targets, round_id, rule)

    def check_contact(
        self,
        customer_id: str,
        topic: str,
        *,
        at: dt.datetime | None = None,
        product_id: str | None = None,
    ) -> FatigueWarning | None:
        """The warning to show when a manager logs or plans a contact, naming the earlier
        contact, its channel and who made it; None when the contact respects the rule."""
        return self._read(
            check_contact,
            customer_id,
            topic,
            at or dt.datetime.now(dt.UTC),
            product_id,
            self._fatigue(),
        )

    def response(self, book: Book, campaign_ids: Sequence[str] | None = None) -> list[ResponseRow]:
        """The response by round and channel (接受程度) within the book."""
        return self._read(response, campaign_ids, book)
