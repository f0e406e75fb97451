"""Campaign reads (营销活动): a campaign's target list with the contact-fatigue rule applied,
a manager's open tasks, the next round's targets, the fatigue check of one contact, and the
response by round and channel (接受程度). Read-only; the service writes (`services/campaigns`).

Depends on SQLAlchemy Core, the store's models and analytics/segment queries, and the domain's
fatigue rule.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, func, select

from bigcust_desktop.domain.analytics.fatigue import (
    FatigueRules,
    PastContact,
    Reason,
    Verdict,
    may_contact,
)
from bigcust_desktop.domain.vocab_city import RoundTarget, SuppressionReason, TaskOutcome, TaskState
from bigcust_desktop.store.models import Campaign, CampaignRound, CampaignTask, Customer, User
from bigcust_desktop.store.queries.analytics_book import contact_histories
from bigcust_desktop.store.queries.analytics_scope import CustomerScope
from bigcust_desktop.store.queries.book import Book
from bigcust_desktop.store.queries.segments import segment_customer_ids
from bigcust_desktop.store.wire import read_wire

SUPPRESSION = {
    Reason.SAME_TOPIC: SuppressionReason.FATIGUE_TOPIC,
    Reason.MONTHLY_CAP: SuppressionReason.FATIGUE_CAP,
}
# How far back a target list looks for earlier contacts: the longest window of the rule.
_MAX_WINDOW_DAYS = 366


@dataclass(frozen=True)
class EarlierContact:
    """The contact that stands in the way: when, through which channel, who made it."""

    activity_id: str
    at: dt.datetime
    channel: str
    owner_id: str
    owner_name: str
    topic: str


@dataclass(frozen=True)
class FatigueWarning:
    """Why a customer should not be contacted now (None from `check_contact` when it may be)."""

    customer_id: str
    reason: SuppressionReason
    earlier: EarlierContact
    contacts_in_window: int

    @property
    def note(self) -> str:
        """The note kept on a suppressed task: the earlier contact in words."""
        local = self.earlier.at.astimezone(dt.timezone(dt.timedelta(hours=8)))
        return (
            f"{local:%Y-%m-%d} {self.earlier.channel} {self.earlier.owner_name}："
            f"{self.earlier.topic}"
        )


@dataclass(frozen=True)
class Target:
    customer_id: str
    name: str
    manager_id: str


@dataclass(frozen=True)
class TargetList:
    """A campaign's targets: who may be contacted, and who is suppressed and why."""

    campaign_id: str
    targets: tuple[Target, ...]
    suppressed: tuple[tuple[Target, FatigueWarning], ...]


@dataclass(frozen=True)
class TaskRow:
    id: str
    campaign_id: str
    campaign_name: str
    round_id: str
    round_name: str
    channel: str
    customer_id: str
    customer_name: str
    assignee_id: str
    state: str
    outcome: str | None
    due_on: dt.date | None


@dataclass(frozen=True)
class ResponseRow:
    """One round's response (接受程度): targets and how they answered."""

    campaign_id: str
    round_id: str
    position: int
    round_name: str
    channel: str
    targets: int
    suppressed: int
    open: int
    interested: int
    declined: int
    not_reached: int
    opportunities: int

    @property
    def reached(self) -> int:
        return self.interested + self.declined + self.opportunities

    @property
    def acceptance(self) -> Decimal | None:
        """(interested + opportunities) / reached, None when nobody was reached."""
        if not self.reached:
            return None
        return Decimal(self.interested + self.opportunities) / Decimal(self.reached)


def _staff_names(conn: Connection, ids: Iterable[str]) -> dict[str, str]:
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    return dict(conn.execute(select(User.id, User.name).where(User.id.in_(wanted))).all())


def _warning(conn: Connection, customer_id: str, verdict: Verdict) -> FatigueWarning | None:
    if verdict.allowed or verdict.earlier is None or verdict.reason is None:
        return None
    e: PastContact = verdict.earlier
    name = _staff_names(conn, [e.owner_id]).get(e.owner_id, e.owner_id)
    return FatigueWarning(
        customer_id,
        SUPPRESSION[verdict.reason],
        EarlierContact(e.activity_id, e.at, e.channel, e.owner_id, name, e.topic),
        verdict.contacts_in_window,
    )


def campaign_record(conn: Connection, campaign_id: str) -> dict[str, Any]:
    campaign = read_wire(conn, "campaign", campaign_id)
    if campaign is None:
        raise LookupError(campaign_id)
    return campaign


def definition_of(conn: Connection, segment_id: str) -> Mapping[str, Any]:
    """A saved segment's definition (raises `LookupError` when it is not cached)."""
    segment = read_wire(conn, "segment", segment_id)
    if segment is None:
        raise LookupError(segment_id)
    return segment["definition"] or {}


def _definition(conn: Connection, campaign: Mapping[str, Any]) -> Mapping[str, Any]:
    if campaign.get("segment_id"):
        return definition_of(conn, campaign["segment_id"])
    return campaign.get("target_definition") or {}


def build_targets(
    conn: Connection, campaign_id: str, book: Book, at: dt.datetime, rules: FatigueRules
) -> TargetList:
    campaign = campaign_record(conn, campaign_id)
    ids = segment_customer_ids(conn, book, _definition(conn, campaign), at)
    people = (
        {
            r[0]: Target(r[0], r[1], r[2])
            for r in conn.execute(
                select(Customer.id, Customer.name, Customer.manager_id).where(Customer.id.in_(ids))
            )
        }
        if ids
        else {}
    )
    since = at - dt.timedelta(days=_MAX_WINDOW_DAYS)
    histories = dict(contact_histories(conn, CustomerScope.of_ids(ids, book), since)) if ids else {}
    targets, suppressed = [], []
    for cid in ids:
        verdict = may_contact(
            histories.get(cid, []), campaign["topic"], at, campaign.get("product_id"), rules
        )
        warning = _warning(conn, cid, verdict)
        if warning is None:
            targets.append(people[cid])
        else:
            suppressed.append((people[cid], warning))
    return TargetList(campaign_id, tuple(targets), tuple(suppressed))


def open_tasks(conn: Connection, assignee_id: str) -> list[TaskRow]:
    t, r, c = CampaignTask, CampaignRound, Campaign
    stmt = (
        select(
            t.id,
            t.campaign_id,
            c.name,
            t.round_id,
            r.name,
            r.channel,
            t.customer_id,
            Customer.name,
            t.assignee_id,
            t.state,
            t.outcome,
            func.coalesce(t.due_on, r.ends_on),  # a task without its own date is due with its round
        )
        .join(r, r.id == t.round_id)
        .join(c, c.id == t.campaign_id)
        .join(Customer, Customer.id == t.customer_id)
        .where(t.assignee_id == assignee_id, t.state == TaskState.OPEN.value)
        .order_by(func.coalesce(t.due_on, r.ends_on), Customer.name, t.id)
    )
    return [TaskRow(*row) for row in conn.execute(stmt)]


_RULE_OUTCOMES = {
    RoundTarget.NOT_REACHED: (TaskOutcome.NOT_REACHED.value,),
    RoundTarget.INTERESTED: (TaskOutcome.INTERESTED.value,),
}


def next_targets(conn: Connection, round_id: str, rule: RoundTarget) -> TargetList:
    """The customers of a round whose outcome matches the next round's rule (all its targets
    for ``all``; no outcome yet for ``no_outcome``); suppressed tasks stay out."""
    round_ = read_wire(conn, "campaign_round", round_id)
    if round_ is None:
        raise LookupError(round_id)
    t = CampaignTask
    where = [t.round_id == round_id, t.state != TaskState.SUPPRESSED.value]
    if rule in _RULE_OUTCOMES:
        where.append(t.outcome.in_(_RULE_OUTCOMES[rule]))
    elif rule == RoundTarget.NO_OUTCOME:
        where.append(t.outcome.is_(None))
    stmt = (
        select(Customer.id, Customer.name, t.assignee_id)
        .join(Customer, Customer.id == t.customer_id)
        .where(*where)
        .order_by(Customer.id)
    )
    targets = tuple(Target(r[0], r[1], r[2]) for r in conn.execute(stmt))
    return TargetList(round_["campaign_id"], targets, ())


def check_contact(
    conn: Connection,
    customer_id: str,
    topic: str,
    at: dt.datetime,
    product_id: str | None,
    rules: FatigueRules,
) -> FatigueWarning | None:
    since = at - dt.timedelta(days=_MAX_WINDOW_DAYS)
    history = dict(contact_histories(conn, CustomerScope.of_ids([customer_id]), since))
    verdict = may_contact(history.get(customer_id, []), topic, at, product_id, rules)
    return _warning(conn, customer_id, verdict)


def response(conn: Connection, campaign_ids: Sequence[str] | None, book: Book) -> list[ResponseRow]:
    t, r = CampaignTask, CampaignRound

    def count(cond: Any) -> Any:
        return func.total(cond)

    stmt = (
        select(
            r.campaign_id,
            r.id,
            r.position,
            r.name,
            r.channel,
            count(t.state != TaskState.SUPPRESSED.value),
            count(t.state == TaskState.SUPPRESSED.value),
            count(t.state == TaskState.OPEN.value),
            count(t.outcome == TaskOutcome.INTERESTED.value),
            count(t.outcome == TaskOutcome.DECLINED.value),
            count(t.outcome == TaskOutcome.NOT_REACHED.value),
            count(t.outcome == TaskOutcome.OPPORTUNITY_OPENED.value),
        )
        .join(t, t.round_id == r.id)
        .join(Customer, Customer.id == t.customer_id)
        .where(book.condition())
        .group_by(r.campaign_id, r.id, r.position, r.name, r.channel)
        .order_by(r.campaign_id, r.position)
    )
    if campaign_ids is not None:
        stmt = stmt.where(r.campaign_id.in_(list(campaign_ids)))
    return [ResponseRow(*row[:5], *(int(v) for v in row[5:])) for row in conn.execute(stmt)]
