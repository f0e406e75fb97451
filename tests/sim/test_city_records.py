"""Contract tests of the city records for analysis (DESIGN §10) over loopback: create, update,
delete, idempotent replay, who may write, visibility per team and per owner, validation errors;
quotes with numbers, revisions, branch lines, one-time charges and the approval level.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest

from bigcust_sim.launcher import SimulatorProcess

from .simhelpers import Api


def op(
    entity: str, action: str, record_id: str | None = None, base: int | None = None, /, **fields
):
    return {
        "op_id": str(uuid.uuid4()),
        "entity": entity,
        "id": record_id or str(uuid.uuid4()),
        "kind": action,
        "base_version": base,
        "fields": fields,
    }


def _user(dataset: Any, username: str) -> dict[str, Any]:
    return next(u for u in dataset.records["user"] if u["username"] == username)


def _customers(dataset: Any, username: str) -> list[dict[str, Any]]:
    uid = _user(dataset, username)["id"]
    return [c for c in dataset.records["customer"] if c["manager_id"] == uid]


def _ids(api: Api, entity: str) -> set[str]:
    return {c["id"] for c in api.pull_all("city")["changes"] if c["entity"] == entity}


@pytest.fixture(scope="module")
def team(sim: SimulatorProcess) -> dict[str, Api]:
    """T-HZ-1: two account managers and their regional manager; T-HZ-2's regional manager."""
    names = ("zhangwei", "lina", "wangfang", "liangjianguo")
    return {name: Api(sim, name) for name in names}


def _applied(result: dict[str, Any]) -> dict[str, Any]:
    assert result["status"] == "applied", result
    return result["record"]  # type: ignore[no-any-return]


def _codes(result: dict[str, Any]) -> list[tuple[str, str]]:
    assert result["status"] == "rejected", result
    return [(e["field"], e["code"]) for e in result["errors"]]


def test_contract_create_update_delete_replay_and_visibility(sim, team, dataset) -> None:
    zhang, li, wang = team["zhangwei"], team["lina"], team["wangfang"]
    customer = _customers(dataset, "zhangwei")[0]
    line = next(s for s in dataset.records["subscriber"] if s["customer_id"] == customer["id"])
    create = op(
        "contract",
        "create",
        customer_id=customer["id"],
        number="HZ-TEST-0001",
        title="测试服务协议",
        kind="service",
        starts_on="2026-01-01",
        ends_on="2028-12-31",
        amount="120000.00",
        circuits=[
            {
                "subscriber_id": line["id"],
                "sla_level": "gold",
                "restore_hours": 4,
                "availability_pct": "99.99",
            }
        ],
        owner_id="U-FORGED",
    )
    first = zhang.push([create])[0]
    record = _applied(first)
    assert record["owner_id"] == zhang.user["id"] and record["status"] == "active"
    assert record["products"] == [] and record["auto_renew"] is False  # server defaults
    assert zhang.push([create]) == [first]  # a replay changes nothing
    assert sim.admin("GET", f"/operations/{create['op_id']}")["times_applied"] == 1
    assert record["id"] in _ids(zhang, "contract") and record["id"] in _ids(wang, "contract")
    assert record["id"] not in _ids(li, "contract")  # another manager's customer
    # The same number twice for one customer, and a circuit of another customer, are refused.
    twice = {**create, "op_id": str(uuid.uuid4()), "id": str(uuid.uuid4())}
    assert _codes(zhang.push([twice])[0]) == [("number", "contract.number_taken")]
    foreign = next(s for s in dataset.records["subscriber"] if s["customer_id"] != customer["id"])
    bad = op("contract", "update", record["id"], 1, circuits=[
        {"subscriber_id": foreign["id"], "sla_level": "gold", "restore_hours": 4,
         "availability_pct": "99.99"}])  # fmt: skip
    assert _codes(zhang.push([bad])[0]) == [("circuits[0].subscriber_id", "ref.not_found")]
    dates = op("contract", "update", record["id"], 1, ends_on="2025-01-01")
    assert _codes(zhang.push([dates])[0]) == [("ends_on", "dates.order")]
    renewed = _applied(zhang.push([op("contract", "update", record["id"], 1, status="renewed")])[0])
    assert renewed["version"] == 2 and renewed["circuits"] == record["circuits"]
    hijack = li.push([op("contract", "update", record["id"], 2, title="x")])[0]
    assert _codes(hijack) == [("id", "not_visible")]
    assert "owner" not in hijack["errors"][0]  # never had it: learns nobody's name (issue 18)
    gone = zhang.push([op("contract", "delete", record["id"], 2)])[0]
    assert gone["status"] == "applied" and gone["record"] is None


def test_todo_for_oneself_or_for_the_team(team, dataset) -> None:
    zhang, wang = team["zhangwei"], team["wangfang"]
    customer = _customers(dataset, "zhangwei")[1]
    fields = {"customer_id": customer["id"], "kind": "visit", "title": "拜访信息中心",
              "starts_at": "2026-12-03T02:00:00Z", "ends_at": "2026-12-03T03:00:00Z",
              "source_entity": "signal", "source_id": "contract_ending"}  # fmt: skip
    todo = _applied(zhang.push([op("todo", "create", **fields)])[0])
    assert (todo["owner_id"], todo["created_by"]) == (zhang.user["id"],) * 2
    assert (todo["status"], todo["priority"], todo["all_day"]) == ("open", "normal", False)
    lina_id = team["lina"].user["id"]
    for_lina = zhang.push([op("todo", "create", **fields, owner_id=lina_id)])[0]
    assert _codes(for_lina) == [("owner_id", "todo.owner")]
    planned = _applied(wang.push([op("todo", "create", **fields, owner_id=zhang.user["id"])])[0])
    assert planned["created_by"] == wang.user["id"] and planned["owner_id"] == zhang.user["id"]
    done = op("todo", "update", todo["id"], 1, status="done")
    assert _codes(zhang.push([done])[0]) == [("done_at", "todo.done_at")]
    finished = op("todo", "update", todo["id"], 1, status="done", done_at="2026-12-03T03:10:00Z",
                  checked_in_at="2026-12-03T02:02:00Z")  # fmt: skip
    assert _applied(zhang.push([finished])[0])["status"] == "done"
    no_time = {**fields, "starts_at": None, "ends_at": None}
    assert _codes(zhang.push([op("todo", "create", **no_time)])[0]) == [("due_at", "todo.when")]
    wrong = {**fields, "source_entity": "fault_ticket", "source_id": "FLT-NOPE"}
    assert _codes(zhang.push([op("todo", "create", **wrong)])[0]) == [
        ("source_id", "ref.not_found")
    ]
    # A holiday's care to-do names the holiday and its year (`domain.drafts.care_dates`).
    care = {**fields, "kind": "care", "source_entity": "holiday", "source_id": "mid_autumn-2026"}
    assert _applied(zhang.push([op("todo", "create", **care)])[0])["source_id"] == "mid_autumn-2026"
    unknown = {**care, "source_id": "christmas-2026"}
    assert _codes(zhang.push([op("todo", "create", **unknown)])[0]) == [
        ("source_id", "todo.source")
    ]


def test_decision_chain_is_the_customer_managers_alone(team, dataset) -> None:
    zhang, wang, li = team["zhangwei"], team["wangfang"], team["lina"]
    seeded = {r["customer_id"] for r in dataset.records["contact_role"]}
    customer = next(c for c in _customers(dataset, "zhangwei") if c["id"] not in seeded)
    contacts = [c for c in dataset.records["contact"] if c["customer_id"] == customer["id"]]
    boss, aide = contacts[0]["id"], contacts[1]["id"]
    head = _applied(
        zhang.push(
            [
                op(
                    "contact_role",
                    "create",
                    customer_id=customer["id"],
                    contact_id=boss,
                    role="decision_maker",
                    attitude="supportive",
                )
            ]
        )[0]
    )
    assert head["influence"] == "medium" and head["owner_id"] == zhang.user["id"]
    second = op("contact_role", "create", customer_id=customer["id"], contact_id=aide,
                role="gatekeeper", reports_to_contact_id=boss)  # fmt: skip
    aide_role = _applied(zhang.push([second])[0])
    cycle = op("contact_role", "update", head["id"], 1, reports_to_contact_id=aide)
    assert _codes(zhang.push([cycle])[0]) == [("reports_to_contact_id", "contact_role.cycle")]
    again = op("contact_role", "create", customer_id=customer["id"], contact_id=boss,
               role="user")  # fmt: skip
    assert _codes(zhang.push([again])[0]) == [("contact_id", "contact_role.exists")]
    # The feed keeps it from the regional manager (and every other manager).
    assert {head["id"], aide_role["id"]} <= _ids(zhang, "contact_role")
    assert not {head["id"], aide_role["id"]} & (
        _ids(wang, "contact_role") | _ids(li, "contact_role")
    )
    by_lead = wang.push([op("contact_role", "update", head["id"], 1, notes="x")])[0]
    assert _codes(by_lead) == [("id", "not_visible")]
    created_by_lead = wang.push(
        [
            op(
                "contact_role",
                "create",
                customer_id=customer["id"],
                contact_id=contacts[-1]["id"],
                role="user",
            )
        ]
    )[0]
    assert _codes(created_by_lead) == [("customer_id", "contact_role.manager_only")]


def test_competitor_line_and_activity_with_a_competitors_offer(team, dataset) -> None:
    zhang = team["zhangwei"]
    customer = _customers(dataset, "zhangwei")[3]
    line = _applied(
        zhang.push(
            [
                op(
                    "competitor_line",
                    "create",
                    customer_id=customer["id"],
                    carrier="china_telecom",
                    service="leased_line",
                    lines=2,
                    monthly_spend="8800.00",
                    source="customer_said",
                    observed_on="2026-11-20",
                )
            ]
        )[0]
    )
    assert line["recorded_by"] == zhang.user["id"] and line["status"] == "active"
    activity = op("activity", "create", customer_id=customer["id"], channel="visit",
                  topic="异网竞争信息", outcome="negative", occurred_at="2026-11-20T02:00:00Z",
                  competitor_offer={"carrier": "china_telecom", "offer": "专线五折"})  # fmt: skip
    stored = _applied(zhang.push([activity])[0])
    assert stored["competitor_offer"]["monthly_fee"] is None
    bad = {**activity, "op_id": str(uuid.uuid4()), "id": str(uuid.uuid4())}
    bad["fields"] = {**activity["fields"], "competitor_offer": {"carrier": "mars"},
                     "campaign_id": "CMP-NOPE"}  # fmt: skip
    assert sorted(_codes(zhang.push([bad])[0])) == [
        ("competitor_offer.carrier", "field.enum"),
        ("competitor_offer.offer", "field.required"),
    ]


def test_campaign_is_the_regional_managers_and_tasks_report_outcomes(team, dataset) -> None:
    zhang, wang, li, liang = team["zhangwei"], team["wangfang"], team["lina"], team["liangjianguo"]
    fields = {"name": "专线提速季", "topic": "专线提速", "product_category": "leased_line",
              "starts_on": "2026-12-01", "ends_on": "2026-12-31"}  # fmt: skip
    assert _codes(zhang.push([op("campaign", "create", **fields)])[0]) == [
        ("id", "campaign.regional_manager_only")
    ]
    campaign = _applied(wang.push([op("campaign", "create", **fields)])[0])
    assert (campaign["team_id"], campaign["status"]) == ("T-HZ-1", "draft")
    first = _applied(wang.push([op("campaign_round", "create", campaign_id=campaign["id"],
                                   position=1, name="短信", channel="sms",
                                   starts_on="2026-12-01", ends_on="2026-12-07")])[0])  # fmt: skip
    follow = op("campaign_round", "create", campaign_id=campaign["id"], position=2, name="电话",
                channel="phone", target_rule="not_reached", starts_on="2026-12-08",
                ends_on="2026-12-20")  # fmt: skip
    assert _codes(wang.push([follow])[0]) == [("after_round_id", "round.after_required")]
    follow["fields"]["after_round_id"] = first["id"]
    follow["op_id"] = str(uuid.uuid4())
    _applied(wang.push([follow])[0])
    # Every manager of the team sees the campaign; another team's regional manager does not.
    for api in (zhang, li, wang):
        assert campaign["id"] in _ids(api, "campaign")
    assert campaign["id"] not in _ids(liang, "campaign")
    target = _customers(dataset, "zhangwei")[4]
    task = _applied(wang.push([op("campaign_task", "create", campaign_id=campaign["id"],
                                  round_id=first["id"], customer_id=target["id"])])[0])  # fmt: skip
    assert task["assignee_id"] == zhang.user["id"] and task["state"] == "open"
    assert task["id"] in _ids(zhang, "campaign_task") and task["id"] not in _ids(
        li, "campaign_task"
    )
    replan = zhang.push([op("campaign_task", "update", task["id"], 1, due_on="2026-12-05")])[0]
    assert _codes(replan) == [("due_on", "campaign_task.field_forbidden")]
    outcome = op("campaign_task", "update", task["id"], 1, state="done", outcome="interested")
    done = _applied(zhang.push([outcome])[0])
    assert done["outcome_at"] is not None  # stamped by the server
    half = op("campaign_task", "update", task["id"], 2, state="open")
    assert _codes(zhang.push([half])[0]) == [("outcome", "task.outcome")]
    suppressed = op("campaign_task", "create", campaign_id=campaign["id"], round_id=first["id"],
                    customer_id=_customers(dataset, "lina")[0]["id"], state="suppressed",
                    suppression_reason="fatigue_topic",
                    suppression_note="2026-11-20 电话 李娜")  # fmt: skip
    assert _applied(wang.push([suppressed])[0])["assignee_id"] == li.user["id"]
    # A task goes to the customer's own manager: another manager of the team could neither
    # receive it (his feed holds his book) nor log its contact (not his customer).
    elsewhere = op("campaign_task", "create", campaign_id=campaign["id"], round_id=first["id"],
                   customer_id=_customers(dataset, "zhangwei")[5]["id"],
                   assignee_id=li.user["id"])  # fmt: skip
    assert _codes(wang.push([elsewhere])[0]) == [("assignee_id", "campaign_task.assignee")]
    outside = op("campaign_task", "create", campaign_id=campaign["id"], round_id=first["id"],
                 customer_id=_customers(dataset, "songjia")[0]["id"])  # fmt: skip
    assert _codes(wang.push([outside])[0]) == [("customer_id", "not_visible")]
    assert _codes(zhang.push([op("campaign", "delete", campaign["id"], 1)])[0]) == [
        ("id", "campaign.regional_manager_only")
    ]


def test_segments_private_or_shared_with_the_team(team) -> None:
    zhang, li, wang = team["zhangwei"], team["lina"], team["wangfang"]
    definition = {"industries": ["finance"], "categories_not_held": ["cloud"]}
    mine = _applied(zhang.push([op("segment", "create", name="我的金融客户",
                                   definition=definition)])[0])  # fmt: skip
    assert mine["visibility"] == "private" and mine["definition"]["value_tiers"] is None
    assert mine["id"] in _ids(zhang, "segment")
    assert mine["id"] not in _ids(li, "segment") | _ids(wang, "segment")
    shared = _applied(zhang.push([op("segment", "update", mine["id"], 1, visibility="team")])[0])
    assert shared["id"] in _ids(li, "segment") and shared["id"] in _ids(wang, "segment")
    back = zhang.push([op("segment", "update", mine["id"], 2, visibility="private")])[0]
    assert _codes(back) == [("visibility", "segment.visibility_fixed")]
    assert _codes(li.push([op("segment", "update", mine["id"], 2, name="x")])[0]) == [
        ("id", "segment.owner_only")
    ]
    typo = op("segment", "create", name="x", definition={"industy": ["finance"]})
    assert _codes(zhang.push([typo])[0]) == [("definition.industy", "field.unknown")]


def test_audit_events_are_create_only_and_seen_by_the_regional_manager(sim, team) -> None:
    zhang, li, wang = team["zhangwei"], team["lina"], team["wangfang"]
    event = op("audit_event", "create", action="export", report="pipeline", row_count=42,
               scope={"manager_id": zhang.user["id"], "from": "2026-06"},
               occurred_at="2026-11-27T04:50:00Z", file_name="pipeline.xlsx")  # fmt: skip
    event["id"] = str(uuid.uuid4())
    stored = _applied(zhang.push([event])[0])
    assert (stored["user_id"], stored["team_id"]) == (zhang.user["id"], "T-HZ-1")
    assert stored["id"] in _ids(zhang, "audit_event") and stored["id"] in _ids(wang, "audit_event")
    assert stored["id"] not in _ids(li, "audit_event")
    change = zhang.push([op("audit_event", "update", stored["id"], 1, row_count=1)])[0]
    assert _codes(change) == [("kind", "audit_event.create_only")]
    future = (dt.datetime.now(dt.UTC) + dt.timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    late = op("audit_event", "create", action="export", report="pipeline", row_count=1,
              occurred_at=future)  # fmt: skip
    assert _codes(zhang.push([late])[0]) == [("occurred_at", "audit_event.future")]
    province = sim.admin("GET", "/audit-events?team_id=T-HZ-1")
    assert stored["id"] in {e["id"] for e in province}


def test_quote_number_revision_branch_lines_one_time_charges_and_level(team, dataset) -> None:
    zhang = team["zhangwei"]
    group = next(
        c
        for c in _customers(dataset, "zhangwei")
        if any(b["parent_id"] == c["id"] for b in dataset.records["customer"])
    )
    branch = next(b for b in dataset.records["customer"] if b["parent_id"] == group["id"])
    lines = [
        {"product_id": "P-MSTP-100M", "quantity": 2, "discount_pct": "0.00"},
        {"product_id": "P-INST-LL", "quantity": 2, "discount_pct": "0.00",
         "customer_id": branch["id"]},
    ]  # fmt: skip
    quote = _applied(zhang.push([op("quote", "create", customer_id=group["id"], title="组网报价",
                                    term_months=24, valid_until="2027-01-31",
                                    lines=lines)])[0])  # fmt: skip
    city, _year, serial = quote["number"].rsplit("-", 2)
    assert (city, len(serial), quote["revision_no"]) == ("杭州", 6, 1)
    assert [ln["charge_type"] for ln in quote["lines"]] == ["monthly", "one_time"]
    assert [ln["vat_category"] for ln in quote["lines"]] == ["basic_telecom", "basic_telecom"]
    assert quote["one_time_total"] == "6000.00"
    assert quote["total"] == "476400.00"  # 9800 × 2 × 24 + 3000 × 2 once
    deep = [{**lines[0], "discount_pct": "40.00"}]
    revision = _applied(zhang.push([op("quote", "create", customer_id=group["id"],
                                       title="组网报价（修订）", term_months=24,
                                       valid_until="2027-01-31", lines=deep, status="approved",
                                       approval_reason="客户要求跟价",
                                       revision_of=quote["id"])])[0])  # fmt: skip
    assert (revision["number"], revision["revision_no"]) == (quote["number"], 2)
    assert revision["status"] == "pending_approval" and revision["approval_level"] == "city"
    older = next(c["record"] for c in zhang.pull_all("city")["changes"] if c["id"] == quote["id"])
    assert older["superseded_by"] == revision["id"]
    stale = op("quote", "create", customer_id=group["id"], title="x", term_months=12,
               valid_until="2027-01-31", revision_of=quote["id"])  # fmt: skip
    assert _codes(zhang.push([stale])[0]) == [("revision_of", "quote.already_revised")]
    other = next(
        c
        for c in _customers(dataset, "zhangwei")
        if c["parent_id"] != group["id"] and c["id"] != group["id"]
    )
    foreign = [{**lines[0], "customer_id": other["id"]}]
    stray = op("quote", "create", customer_id=group["id"], title="x", term_months=12,
               valid_until="2027-01-31", lines=foreign)  # fmt: skip
    assert _codes(zhang.push([stray])[0]) == [("lines[0].customer_id", "ref.not_found")]
    nxt = _applied(zhang.push([op("quote", "create", customer_id=group["id"], title="另一份",
                                  term_months=12, valid_until="2027-01-31")])[0])  # fmt: skip
    assert int(nxt["number"].rsplit("-", 1)[1]) == int(serial) + 1  # numbers never repeat
