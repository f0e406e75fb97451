"""Contract tests of push: applied / conflict / rejected per operation, idempotent replay,
owner fields from the token, domain rules (stages, quote pricing and approval, ticket SLA),
and change requests decided by the admin.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

import pytest

from bigcust_sim.launcher import SimulatorProcess

from .simhelpers import Api


def op(entity: str, kind: str, record_id: str | None = None, base: int | None = None, **fields):
    return {
        "op_id": str(uuid.uuid4()),
        "entity": entity,
        "id": record_id or str(uuid.uuid4()),
        "kind": kind,
        "base_version": base,
        "fields": fields,
    }


def _customer_of(dataset: Any, username: str, n: int = 0) -> dict[str, Any]:
    user = next(u for u in dataset.records["user"] if u["username"] == username)
    mine = [c for c in dataset.records["customer"] if c["manager_id"] == user["id"]]
    return mine[n]


def _new_opportunity(customer_id: str, **extra: Any) -> dict[str, Any]:
    fields = {
        "customer_id": customer_id,
        "title": "5G专网试点",
        "stage": "lead",
        "product_category": "mobile",
        "amount": "120000.00",
        "expected_close": "2027-03-31",
        "lost_reason": None,
        "notes": None,
        "owner_id": "U-FORGED",
    }
    fields.update(extra)
    return op("opportunity", "create", **fields)


@pytest.fixture(scope="module")
def lina(sim: SimulatorProcess) -> Api:
    return Api(sim, "lina")


def test_create_sets_owner_and_replay_is_idempotent(sim, lina, dataset) -> None:
    customer = _customer_of(dataset, "lina")
    create = _new_opportunity(customer["id"])
    before = sim.admin("GET", "/counts")
    first = lina.push([create])[0]
    assert first["status"] == "applied" and first["version"] == 1
    record = first["record"]
    assert record["owner_id"] == lina.user["id"]  # from the token, not the payload
    assert record["probability"] == 10  # default of the lead stage
    assert record["id"] == create["id"]
    replay = lina.push([create, create])
    assert replay == [first, first]
    report = sim.admin("GET", f"/operations/{create['op_id']}")
    assert report["times_applied"] == 1
    after = sim.admin("GET", "/counts")
    assert after["records"]["opportunity"] == before["records"]["opportunity"] + 1


def test_stale_base_version_is_a_conflict(sim, lina, dataset) -> None:
    customer = _customer_of(dataset, "lina")
    created = lina.push([_new_opportunity(customer["id"])])[0]["record"]
    sim.admin("PATCH", f"/records/opportunity/{created['id']}", {"fields": {"notes": "NOC"}})
    result = lina.push([op("opportunity", "update", created["id"], 1, title="新标题")])[0]
    assert result["status"] == "conflict"
    assert result["version"] == 2
    assert result["record"]["notes"] == "NOC" and result["record"]["title"] == "5G专网试点"
    ok = lina.push([op("opportunity", "update", created["id"], 2, title="新标题")])[0]
    assert ok["status"] == "applied" and ok["version"] == 3
    assert ok["record"]["notes"] == "NOC" and ok["record"]["title"] == "新标题"


def test_invalid_fields_are_rejected_with_names(sim, lina, dataset) -> None:
    customer = _customer_of(dataset, "lina")
    before = sim.admin("GET", "/counts")
    bad = _new_opportunity(
        customer["id"], amount="-5.00", stage="bogus", title="x" * 5000, colour="red"
    )
    result = lina.push([bad])[0]
    assert result["status"] == "rejected"
    fields = {e["field"] for e in result["errors"]}
    assert {"amount", "stage", "title", "colour"} <= fields
    missing = lina.push([op("opportunity", "create", customer_id=customer["id"])])[0]
    assert missing["status"] == "rejected"
    assert {"title", "stage", "amount"} <= {e["field"] for e in missing["errors"]}
    not_uuid = lina.push([{**_new_opportunity(customer["id"]), "id": "OPP-999999"}])[0]
    assert not_uuid["status"] == "rejected" and not_uuid["errors"][0]["field"] == "id"
    assert sim.admin("GET", "/counts")["records"] == before["records"]


def test_stage_moves_follow_the_domain_rule(lina, dataset) -> None:
    customer = _customer_of(dataset, "lina")
    created = lina.push([_new_opportunity(customer["id"])])[0]["record"]
    # A lead is not won on the spot: a deal is won on an offer (proposal or negotiation).
    jump = lina.push([op("opportunity", "update", created["id"], 1, stage="won")])[0]
    assert jump["status"] == "rejected"
    assert jump["errors"][0]["code"] == "stage.move_not_allowed"
    offer = lina.push([op("opportunity", "update", created["id"], 1, stage="proposal")])[0]
    assert offer["status"] == "applied"
    won = lina.push([op("opportunity", "update", created["id"], 2, stage="won")])[0]
    assert won["status"] == "applied" and won["record"]["probability"] == 100
    back = lina.push([op("opportunity", "update", created["id"], 3, stage="lead")])[0]
    assert back["status"] == "rejected"
    assert back["errors"][0]["code"] == "stage.move_not_allowed"


def test_delete_then_update_is_a_conflict_without_record(sim, lina, dataset) -> None:
    customer = _customer_of(dataset, "lina")
    created = lina.push([_new_opportunity(customer["id"])])[0]["record"]
    gone = lina.push([op("opportunity", "delete", created["id"], 1)])[0]
    assert gone["status"] == "applied" and gone["version"] == 2
    late = lina.push([op("opportunity", "update", created["id"], 1, title="late")])[0]
    assert late == {"op_id": late["op_id"], "status": "conflict", "version": 2, "record": None}
    assert sim.admin("GET", f"/records/opportunity/{created['id']}")["deleted"] is True


def test_create_for_another_managers_customer_is_not_visible(sim, dataset) -> None:
    zhang = Api(sim, "zhangwei")
    result = zhang.push([_new_opportunity(_customer_of(dataset, "lina")["id"])])[0]
    assert result["status"] == "rejected"
    assert result["errors"] == [
        {"field": "customer_id", "code": "not_visible", "message": result["errors"][0]["message"]}
    ]


def _below_floor_product(dataset: Any) -> dict[str, Any]:
    return next(
        p
        for p in dataset.records["product"]
        if p["active"]
        and Decimal(p["floor_price"]) < Decimal(p["monthly_fee"])
        and p["min_term_months"] <= 12
    )


def test_quote_approval_rule(sim, lina, dataset) -> None:
    product = _below_floor_product(dataset)
    customer = _customer_of(dataset, "lina")
    line = {"product_id": product["id"], "quantity": 10, "discount_pct": "50.00",
            "unit_price": "1.00", "net_unit_price": "1.00", "line_total": "1.00"}  # fmt: skip
    create = op(
        "quote", "create", customer_id=customer["id"], opportunity_id=None, title="报价",
        status="approved", term_months=12, valid_until="2027-01-31", notes=None,
        approval_note=None, total="1.00", lines=[line],
    )  # fmt: skip
    result = lina.push([create])[0]
    assert result["status"] == "applied"
    quote = result["record"]
    assert quote["status"] == "pending_approval"  # below the floor, nobody approved it
    assert quote["approved_by"] is None
    fee = Decimal(product["monthly_fee"])
    net = (fee * Decimal("0.5")).quantize(Decimal("0.01"))
    assert quote["lines"][0]["unit_price"] == f"{fee:.2f}"
    assert quote["lines"][0]["net_unit_price"] == f"{net:.2f}"
    assert quote["total"] == f"{net * 10 * 12:.2f}"

    self_approve = lina.push([op("quote", "update", quote["id"], 1, status="approved")])[0]
    assert self_approve["status"] == "rejected"
    assert self_approve["errors"][0]["code"] == "quote.approval_forbidden"
    other_team = Api(sim, "liangjianguo").push(
        [op("quote", "update", quote["id"], 1, status="approved")]
    )[0]
    assert other_team["status"] == "rejected"
    assert other_team["errors"][0]["code"] == "not_visible"
    regional = Api(sim, "wangfang")
    approved = regional.push([op("quote", "update", quote["id"], 1, status="approved")])[0]
    assert approved["status"] == "applied"
    assert approved["record"]["status"] == "approved"
    assert approved["record"]["approved_by"] == regional.user["id"]
    sent = lina.push([op("quote", "update", quote["id"], 2, status="sent")])[0]
    assert sent["status"] == "applied" and sent["record"]["status"] == "sent"


def test_regional_managers_own_quote_goes_to_the_city_manager(sim, dataset) -> None:
    """Separation of duties: the approver is never the quote's owner."""
    product = _below_floor_product(dataset)
    line = {"product_id": product["id"], "quantity": 5, "discount_pct": "50.00"}
    create = op(
        "quote", "create", customer_id=_customer_of(dataset, "lina", 3)["id"],
        title="区域经理自建报价", status="approved", term_months=12, valid_until="2027-01-31",
        lines=[line],
    )  # fmt: skip
    wangfang = Api(sim, "wangfang")  # regional manager of lina's team
    quote = wangfang.push([create])[0]["record"]
    assert quote["owner_id"] == wangfang.user["id"]
    assert (quote["status"], quote["approved_by"]) == ("pending_approval", None)
    for status in ("approved", "rejected"):
        own = wangfang.push([op("quote", "update", quote["id"], 1, status=status)])[0]
        assert own["status"] == "rejected"
        assert own["errors"][0]["code"] == "quote.approval_forbidden"
    ningbo = Api(sim, "qianli")  # the other city's manager does not even see it
    assert (
        ningbo.push([op("quote", "update", quote["id"], 1, status="approved")])[0]["errors"][0][
            "code"
        ]
        == "not_visible"
    )
    city = Api(sim, "zhouhong")  # 杭州's city manager
    assert city.user["role"] == "city_manager"
    approved = city.push([op("quote", "update", quote["id"], 1, status="approved")])[0]
    assert approved["status"] == "applied", approved
    assert approved["record"]["approved_by"] == city.user["id"]
    # The city manager's feed holds every team of her city, and nothing of another city.
    teams = {c["id"] for c in city.pull_all("crm")["changes"] if c["entity"] == "team"}
    assert {"T-HZ-0", "T-HZ-1", "T-HZ-2"} <= teams and not any("NB" in t for t in teams)


def test_activity_in_the_future_is_rejected(lina, dataset) -> None:
    customer = _customer_of(dataset, "lina", 1)
    now = dt.datetime.now(dt.UTC)

    def activity(occurred: dt.datetime) -> dict[str, Any]:
        return op(
            "activity", "create", customer_id=customer["id"], channel="visit", topic="回访",
            outcome="positive", occurred_at=occurred.strftime("%Y-%m-%dT%H:%M:%SZ"),
            opportunity_id=None, contact_id=None, notes=None,
        )  # fmt: skip

    future, recent = lina.push([activity(now + dt.timedelta(days=2)), activity(now)])
    assert future["status"] == "rejected"
    assert [e["code"] for e in future["errors"]] == ["activity.future"]
    assert recent["status"] == "applied"
    moved = lina.push(
        [op("activity", "update", recent["record"]["id"], 1,
            occurred_at=(now + dt.timedelta(hours=3)).strftime("%Y-%m-%dT%H:%M:%SZ"))]
    )[0]  # fmt: skip
    assert moved["status"] == "rejected" and moved["errors"][0]["code"] == "activity.future"


def test_quote_within_floor_needs_no_approval(lina, dataset) -> None:
    product = _below_floor_product(dataset)
    line = {"product_id": product["id"], "quantity": 1, "discount_pct": "0.00"}
    create = op(
        "quote", "create", customer_id=_customer_of(dataset, "lina")["id"], title="标准报价",
        status="approved", term_months=12, valid_until="2027-01-31", lines=[line],
    )  # fmt: skip
    result = lina.push([create])[0]
    assert result["status"] == "applied", result
    assert result["record"]["status"] == "approved"
    assert result["record"]["total"] == f"{Decimal(product['monthly_fee']) * 12:.2f}"


def test_fault_ticket_create_and_noc_advance(sim, lina, dataset) -> None:
    customer = _customer_of(dataset, "lina")
    subscriber = next(
        s for s in dataset.records["subscriber"] if s["customer_id"] == customer["id"]
    )
    create = op(
        "fault_ticket", "create", customer_id=customer["id"], subscriber_id=subscriber["id"],
        severity="major", title="专线中断", description="MSTP 电路中断", status="resolved",
    )  # fmt: skip
    start = lina.pull_all("city")["cursor"]
    ticket = lina.push([create])[0]["record"]
    assert ticket["status"] == "new" and ticket["reported_by"] == lina.user["id"]
    opened = dt.datetime.fromisoformat(ticket["opened_at"].replace("Z", "+00:00"))
    due = dt.datetime.fromisoformat(ticket["due_at"].replace("Z", "+00:00"))
    assert due - opened == dt.timedelta(hours=8)
    assert [h["status"] for h in ticket["history"]] == ["new"]

    sim.admin("POST", f"/fault-tickets/{ticket['id']}/advance", {})
    sim.admin("POST", f"/fault-tickets/{ticket['id']}/advance", {})
    sim.admin("POST", f"/fault-tickets/{ticket['id']}/advance", {"resolution": "光缆熔接完成"})
    pulled = lina.pull_all("city", start)["changes"]
    seen = [c["record"] for c in pulled if c["id"] == ticket["id"]]
    assert len(seen) == 1
    assert seen[0]["status"] == "resolved" and seen[0]["resolution"] == "光缆熔接完成"
    assert [h["status"] for h in seen[0]["history"]] == [
        "new", "accepted", "in_progress", "resolved",
    ]  # fmt: skip
    # The manager closes it; moving it on for the NOC is not his to do.
    assert (
        lina.push([op("fault_ticket", "update", ticket["id"], 4, status="accepted")])[0]["status"]
        == "rejected"
    )
    closed = lina.push([op("fault_ticket", "update", ticket["id"], 4, status="closed")])[0]
    assert closed["status"] == "applied" and closed["record"]["history"][-1]["status"] == "closed"


def test_change_request_create_only_and_admin_approval(sim, lina, dataset) -> None:
    customer = _customer_of(dataset, "lina", 1)
    contact = next(c for c in dataset.records["contact"] if c["customer_id"] == customer["id"])
    create = op(
        "change_request", "create", customer_id=customer["id"], target_entity="contact",
        target_id=contact["id"], changes={"mobile": "+86 139-0000-1234"}, reason="换号了",
    )  # fmt: skip
    result = lina.push([create], system="crm")[0]
    assert result["status"] == "applied", result
    request = result["record"]
    assert request["status"] == "pending" and request["requested_by"] == lina.user["id"]
    assert request["changes"] == {"mobile": "13900001234"}
    edit = lina.push([op("change_request", "update", request["id"], 1, reason="x")], "crm")[0]
    assert edit["status"] == "rejected"
    assert edit["errors"][0]["code"] == "change_request.create_only"
    forbidden = lina.push(
        [{**create, "op_id": str(uuid.uuid4()), "id": str(uuid.uuid4()),
          "fields": {**create["fields"], "changes": {"manager_id": "U-0001"}}}],
        "crm",
    )[0]  # fmt: skip
    assert forbidden["status"] == "rejected"
    assert forbidden["errors"][0]["field"] == "changes.manager_id"

    start = lina.pull_all("crm")["cursor"]
    sim.admin("POST", f"/change-requests/{request['id']}/decide", {"decision": "approve"})
    changed = {c["id"]: c["record"] for c in lina.pull_all("crm", start)["changes"]}
    assert changed[contact["id"]]["mobile"] == "13900001234"
    assert changed[request["id"]]["status"] == "approved"
