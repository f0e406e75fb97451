"""A manager's planning records: to-dos and visit plans (待办 / 拜访计划), decision-chain roles
(决策链), and each team's sample segment and campaign (营销活动) with its rounds, tasks and the
call centre's contacts; a few audit events of exports.

Depends on seed modules and the standard library.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bigcust_sim.seed import stories
from bigcust_sim.seed.context import Context, pick
from bigcust_sim.seed.customers import CustomerPlan
from bigcust_sim.seed.organisation import Organisation
from bigcust_sim.seed.wire import DAY, Ids, day, instant, new_uuid, work_time

_VISIT_TITLES = ("季度走访", "续约沟通", "专线扩容方案交流", "满意度回访", "新业务推介")
_TASK_TITLES = ("准备续约报价", "跟进故障处理进展", "核对账单差异", "提交客户资料变更申请")
_ROLE_ORDER = ("decision_maker", "influencer", "gatekeeper", "user")
_ATTITUDES = (("supportive", 45), ("neutral", 35), ("opposed", 10), ("unknown", 10))
_OUTCOMES = (("interested", 20), ("declined", 30), ("not_reached", 45), ("opportunity_opened", 5))
_ACTIVITY_OUTCOME = {
    "interested": "positive",
    "declined": "negative",
    "not_reached": "no_answer",
    "opportunity_opened": "positive",
}
CAMPAIGN_TARGETS = 40  # per team, from its segment
TODO_SHARE = 0.35


@dataclass
class Planning:
    """The records this module makes, per entity."""

    todos: list[dict[str, Any]] = field(default_factory=list)
    contact_roles: list[dict[str, Any]] = field(default_factory=list)
    segments: list[dict[str, Any]] = field(default_factory=list)
    campaigns: list[dict[str, Any]] = field(default_factory=list)
    rounds: list[dict[str, Any]] = field(default_factory=list)
    tasks: list[dict[str, Any]] = field(default_factory=list)
    activities: list[dict[str, Any]] = field(default_factory=list)
    audit_events: list[dict[str, Any]] = field(default_factory=list)


def todos(
    ctx: Context, plans: list[CustomerPlan], contracts: list[dict[str, Any]], out: Planning
) -> None:
    """Planned visits and calls for the coming weeks, a few overdue or done, and a renewal
    to-do for every contract ending within 90 days."""
    rng = ctx.rng("todos")
    ids = Ids("TODO", 7)
    today, now = ctx.today, ctx.now
    ending = {c["customer_id"]: c for c in contracts if c["ends_on"] <= day(today + 90)}
    for plan in plans:
        if plan.status == "closed":
            continue
        made: list[dict[str, Any]] = []
        if plan.id in ending:
            contract = ending[plan.id]
            made.append(
                _todo(
                    ids,
                    plan,
                    "renewal",
                    f"{contract['number']}续约洽谈",
                    None,
                    today + 3,
                    "contract",
                    contract["id"],
                    "high",
                )
            )
        if rng.random() < TODO_SHARE:
            kind = rng.choice(("visit", "visit", "call", "task"))
            when = today - 5 + int(rng.random() * 25)
            title = rng.choice(_TASK_TITLES if kind == "task" else _VISIT_TITLES)
            start = None if kind == "task" else work_time(rng, when)
            contact = plan.contact_ids[0] if plan.contact_ids and kind != "task" else None
            made.append(_todo(ids, plan, kind, title, start, when, None, None, "normal", contact))
        for todo in made:
            due_day = int(todo.pop("_due"))
            if todo["starts_at"] is None:
                todo["due_at"] = instant(due_day * DAY + 9 * 3600)  # 17:00 Shanghai
            if due_day < today - 1 and rng.random() < 0.6:
                done = min(now - 1, due_day * DAY + 8 * 3600)
                todo.update(status="done", done_at=instant(done))
                if todo["kind"] == "visit":
                    todo["checked_in_at"] = todo["starts_at"]
            created = min(now - 1, max(plan.created, today - 20) * DAY + 3600)
            todo.update(created_at=instant(created), updated_at=instant(created + 60), version=1)
            out.todos.append(todo)


def _todo(
    ids: Ids,
    plan: CustomerPlan,
    kind: str,
    title: str,
    start: int | None,
    due: int,
    source: str | None,
    source_id: str | None,
    priority: str,
    contact: str | None = None,
) -> dict[str, Any]:
    return {
        "id": ids.next(),
        "customer_id": plan.id,
        "owner_id": plan.manager.id,
        "created_by": plan.manager.id,
        "kind": kind,
        "title": f"{plan.record['short_name']}{title}",
        "notes": None,
        "contact_id": contact,
        "location": plan.address if kind == "visit" else None,
        "starts_at": None if start is None else instant(start),
        "ends_at": None if start is None else instant(start + 3600),
        "due_at": None,
        "all_day": False,
        "remind_at": None if start is None else instant(start - 1800),
        "priority": priority,
        "status": "open",
        "done_at": None,
        "checked_in_at": None,
        "closed_by_activity_id": None,
        "source_entity": source,
        "source_id": source_id,
        "_due": due,
    }


def contact_roles(
    ctx: Context, plans: list[CustomerPlan], contacts: list[dict[str, Any]], out: Planning
) -> None:
    """The decision chain of most customers: the first contact decides, others report to him."""
    rng = ctx.rng("roles")
    ids = Ids("ROLE", 6)
    by_customer: dict[str, list[dict[str, Any]]] = {}
    for contact in contacts:
        by_customer.setdefault(contact["customer_id"], []).append(contact)
    for plan in plans:
        people = by_customer.get(plan.id, [])
        if plan.status == "closed" or not people or rng.random() < 0.3:
            continue
        head = people[0]["id"]
        for position, person in enumerate(people[:4]):
            birthday = None
            if person["resident_id"] is None and rng.random() < 0.3:
                birthday = f"19{70 + int(rng.random() * 25)}-{1 + int(rng.random() * 12):02d}-15"
            at = work_time(rng, ctx.today - 1 - int(rng.random() * 300))
            out.contact_roles.append(
                {
                    "id": ids.next(),
                    "customer_id": plan.id,
                    "contact_id": person["id"],
                    "role": _ROLE_ORDER[position],
                    "reports_to_contact_id": None if position == 0 else head,
                    "attitude": pick(rng, _ATTITUDES),
                    "influence": ("high", "medium", "medium", "low")[position],
                    "birthday": birthday,
                    "notes": None,
                    "owner_id": plan.manager.id,
                    "version": 1,
                    "updated_at": instant(at),
                }
            )


def campaigns(
    ctx: Context,
    plans: list[CustomerPlan],
    org: Organisation,
    held: dict[str, set[str]],
    out: Planning,
) -> None:
    """Per team: the regional manager's segment (finance and government customers without
    cloud) and its campaign: a call-centre round done, a follow-up round by the managers running
    for those not reached; plus one private segment of each account manager."""
    rng = ctx.rng("campaigns")
    seg_ids, cmp_ids, rnd_ids, task_ids = Ids("SEG", 6), Ids("CMP", 6), Ids("RND", 6), Ids("TSK", 7)
    today = ctx.today
    act_ids = Ids("ACT-C", 6)
    for team in org.teams:
        team_id = str(team["id"])
        lead = org.regional_manager(team_id)
        start = today - 40
        created = instant(work_time(rng, start - 5))
        segment_id = seg_ids.next()
        definition = _filter(
            industries=["finance", "government"],
            categories_not_held=["cloud"],
            value_tiers=["strategic", "key", "standard"],
        )
        out.segments.append(
            _stamp(
                {
                    "id": segment_id,
                    "name": "金融政府未办云的客户",
                    "description": None,
                    "owner_id": lead.id,
                    "team_id": team_id,
                    "visibility": "team",
                    "definition": definition,
                    "created_at": created,
                },
                created,
            )
        )
        campaign_id = cmp_ids.next()
        out.campaigns.append(
            _stamp(
                {
                    "id": campaign_id,
                    "name": "云主机冬季推广",
                    "topic": "云主机上云优惠",
                    "product_id": "P-CLD-4C8G",
                    "product_category": "cloud",
                    "description": None,
                    "status": "active",
                    "starts_on": day(start),
                    "ends_on": day(today + 30),
                    "team_id": team_id,
                    "owner_id": lead.id,
                    "segment_id": segment_id,
                    "target_definition": definition,
                    "created_at": created,
                },
                created,
            )
        )
        first, second = rnd_ids.next(), rnd_ids.next()
        out.rounds += [
            _stamp(
                _round(
                    first,
                    campaign_id,
                    team_id,
                    1,
                    "第一轮 呼叫中心外呼",
                    "call_centre",
                    "all",
                    None,
                    start,
                    start + 14,
                    "done",
                ),
                created,
            ),
            _stamp(
                _round(
                    second,
                    campaign_id,
                    team_id,
                    2,
                    "第二轮 客户经理回访",
                    "phone",
                    "not_reached",
                    first,
                    start + 20,
                    today + 30,
                    "running",
                ),
                created,
            ),
        ]
        targets = [
            p
            for p in plans
            if p.manager.team_id == team_id
            and p.status == "active"
            and p.industry in ("finance", "government")
            and "cloud" not in held.get(p.id, set())
            and p.story != stories.NOT_CONTACTED
        ][:CAMPAIGN_TARGETS]
        for plan in targets:
            task_id = task_ids.next()
            task = _task(task_id, campaign_id, first, plan, created)
            out.tasks.append(task)
            if rng.random() < 0.08:
                task.update(
                    state="suppressed",
                    suppression_reason="fatigue_topic",
                    suppression_note="近30天内已电话推介云服务",
                )
                continue
            outcome = pick(rng, _OUTCOMES)
            if outcome == "opportunity_opened" and not plan.opportunity_ids:
                outcome = "interested"
            at = work_time(rng, start + 1 + int(rng.random() * 12))
            activity_id = act_ids.next()
            task.update(
                state="done",
                outcome=outcome,
                outcome_at=instant(at + 300),
                activity_id=activity_id,
                updated_at=instant(at + 300),
                version=2,
            )
            if outcome == "opportunity_opened":
                task["opportunity_id"] = plan.opportunity_ids[-1]
            out.activities.append(
                _activity(activity_id, plan, campaign_id, task_id, "campaign", outcome, at)
            )
            if outcome == "not_reached":
                follow = _task(task_ids.next(), campaign_id, second, plan, instant(at + DAY))
                out.tasks.append(follow)
        for manager in (s for s in org.staff if s.team_id == team_id and s.id != lead.id):
            mine = instant(work_time(rng, today - 10))
            out.segments.append(
                _stamp(
                    {
                        "id": seg_ids.next(),
                        "name": "我的重点客户（未接触30天）",
                        "description": None,
                        "owner_id": manager.id,
                        "team_id": team_id,
                        "visibility": "private",
                        "definition": _filter(
                            value_tiers=["strategic", "key"],
                            manager_ids=[manager.id],
                            not_contacted_days=30,
                        ),
                        "created_at": mine,
                    },
                    mine,
                )
            )
        at = work_time(rng, today - 3)
        out.audit_events.append(
            _stamp(
                {
                    "id": new_uuid(rng),
                    "action": "export",
                    "report": "pipeline",
                    "scope": {"team_id": team_id, "from": "2026-05", "to": "2026-10"},
                    "row_count": 120 + int(rng.random() * 300),
                    "file_name": f"pipeline-{day(today - 3)}.xlsx",
                    "contains_personal_data": False,
                    "occurred_at": instant(at),
                    "client": "bigcust-desktop 0.5.0",
                    "user_id": lead.id,
                    "team_id": team_id,
                    "received_at": instant(at + 20),
                },
                instant(at + 20),
            )
        )


def _stamp(record: dict[str, Any], updated_at: str) -> dict[str, Any]:
    return {**record, "version": 1, "updated_at": updated_at}


def _filter(**conditions: Any) -> dict[str, Any]:
    from bigcust_desktop.domain.schema_city import SEGMENT_FILTER

    return {name: conditions.get(name) for name in SEGMENT_FILTER}


def _round(
    round_id: str,
    campaign_id: str,
    team_id: str,
    position: int,
    name: str,
    channel: str,
    target: str,
    after: str | None,
    starts: int,
    ends: int,
    status: str,
) -> dict[str, Any]:
    return {
        "id": round_id,
        "campaign_id": campaign_id,
        "team_id": team_id,
        "position": position,
        "name": name,
        "channel": channel,
        "target_rule": target,
        "after_round_id": after,
        "starts_on": day(starts),
        "ends_on": day(ends),
        "script": "您好，我们推出云主机上云优惠，首年八折。",
        "status": status,
    }


def _task(
    task_id: str, campaign_id: str, round_id: str, plan: CustomerPlan, created: str
) -> dict[str, Any]:
    return {
        "id": task_id,
        "campaign_id": campaign_id,
        "round_id": round_id,
        "customer_id": plan.id,
        "contact_id": plan.contact_ids[0] if plan.contact_ids else None,
        "assignee_id": plan.manager.id,
        "state": "open",
        "suppression_reason": None,
        "suppression_note": None,
        "outcome": None,
        "outcome_at": None,
        "opportunity_id": None,
        "activity_id": None,
        "due_on": None,
        "notes": None,
        "created_at": created,
        "version": 1,
        "updated_at": created,
    }


def _activity(
    activity_id: str,
    plan: CustomerPlan,
    campaign_id: str,
    task_id: str,
    channel: str,
    outcome: str,
    at: int,
) -> dict[str, Any]:
    return {
        "id": activity_id,
        "customer_id": plan.id,
        "opportunity_id": None,
        "contact_id": plan.contact_ids[0] if plan.contact_ids else None,
        "owner_id": plan.manager.id,
        "channel": channel,
        "topic": "云主机上云优惠",
        "outcome": _ACTIVITY_OUTCOME[outcome],
        "occurred_at": instant(at),
        "notes": "呼叫中心外呼",
        "product_id": "P-CLD-4C8G",
        "campaign_id": campaign_id,
        "campaign_task_id": task_id,
        "competitor_offer": None,
        "version": 1,
        "updated_at": instant(at + 120),
    }
