"""Visibility is enforced by the server: two managers, two teams, two cities; and revocation
when the admin reassigns a customer to a manager of another team (and back).
"""

from __future__ import annotations

import uuid
from typing import Any

from bigcust_sim.launcher import SimulatorProcess

from .simhelpers import Api


def _customer_ids(api: Api, cursor: str | None = None) -> set[str]:
    return {c["id"] for c in api.pull_all("crm", cursor)["changes"] if c["entity"] == "customer"}


def _users(dataset: Any) -> dict[str, dict[str, Any]]:
    return {u["username"]: u for u in dataset.records["user"]}


def test_two_managers_two_teams_two_cities(sim: SimulatorProcess, dataset: Any) -> None:
    zhang, li = Api(sim, "zhangwei"), Api(sim, "lina")  # T-HZ-1, 杭州
    wang = Api(sim, "wangfang")  # regional manager of T-HZ-1
    liang = Api(sim, "liangjianguo")  # regional manager of T-HZ-2, also 杭州
    han = Api(sim, "hanbing")  # regional manager of T-NB-1, 宁波
    mine, hers = _customer_ids(zhang), _customer_ids(li)
    assert mine and hers and not mine & hers
    assert mine | hers <= _customer_ids(wang)
    assert not (mine | hers) & _customer_ids(liang)
    assert not (mine | hers) & _customer_ids(han)

    city_of = {api.user["username"]: api.pull_all("city")["changes"] for api in (zhang, han)}
    customers = {c["id"]: c for c in dataset.records["customer"]}
    for change in city_of["zhangwei"]:
        if change["record"] is not None and "customer_id" in change["record"]:
            assert customers[change["record"]["customer_id"]]["manager_id"] == zhang.user["id"]
    assert han.user["city"] == "宁波" and zhang.user["city"] == "杭州"
    for change in city_of["hanbing"]:
        if change["record"] is not None and "customer_id" in change["record"]:
            # The 宁波 team's book: its customers only (a few sit in neighbouring cities).
            assert customers[change["record"]["customer_id"]]["team_id"] == han.user["team_id"]
    # Team rows: one's own team and its staff only.
    teams = {c["id"] for c in zhang.pull_all("crm")["changes"] if c["entity"] == "team"}
    assert teams == {zhang.user["team_id"]}
    staff = [c["record"] for c in han.pull_all("crm")["changes"] if c["entity"] == "user"]
    assert {u["team_id"] for u in staff} == {han.user["team_id"]}


def test_another_managers_record_is_not_visible(sim: SimulatorProcess, dataset: Any) -> None:
    zhang, li = Api(sim, "zhangwei"), Api(sim, "lina")
    opportunity = next(
        c["record"] for c in li.pull_all("city")["changes"] if c["entity"] == "opportunity"
    )
    before = sim.admin("GET", f"/records/opportunity/{opportunity['id']}")
    result = zhang.push(
        [
            {
                "op_id": str(uuid.uuid4()),
                "entity": "opportunity",
                "id": opportunity["id"],
                "kind": "update",
                "base_version": opportunity["version"],
                "fields": {"title": "hijacked"},
            }
        ]
    )[0]
    assert result["status"] == "rejected"
    assert result["errors"][0]["code"] == "not_visible"
    assert sim.admin("GET", f"/records/opportunity/{opportunity['id']}") == before


def _hanging_ids(dataset: Any, customer_id: str) -> set[tuple[str, str]]:
    records = dataset.records
    subs = {s["id"] for s in records["subscriber"] if s["customer_id"] == customer_id}
    accounts = {a["id"] for a in records["billing_account"] if a["customer_id"] == customer_id}
    out = {("customer", customer_id)}
    for entity, items in records.items():
        for r in items:
            if (
                r.get("customer_id") == customer_id
                or (entity == "service" and r["subscriber_id"] in subs)
                or (entity == "payment" and r["account_id"] in accounts)
            ):
                out.add((entity, r["id"]))
    return out


def test_reassignment_revokes_and_hands_over(sim: SimulatorProcess, dataset: Any) -> None:
    users = _users(dataset)
    tang, liang = Api(sim, "tangming"), Api(sim, "liangjianguo")  # T-HZ-2
    feng, han = Api(sim, "fengtao"), Api(sim, "hanbing")  # T-NB-1
    cursors = {
        (api.user["username"], system): api.pull_all(system)["cursor"]
        for api in (tang, liang, feng, han)
        for system in ("crm", "boss", "city")
    }
    customer = next(
        c
        for c in dataset.records["customer"]
        if c["manager_id"] == users["tangming"]["id"] and c["parent_id"] is None
    )
    cid = customer["id"]
    sim.admin("POST", f"/customers/{cid}/reassign", {"manager_id": users["fengtao"]["id"]})

    for loser in (tang, liang):
        crm = loser.pull_all("crm", cursors[(loser.user["username"], "crm")])
        assert crm["revoked"] == [{"entity": "customer", "id": cid}]
        assert all(c["id"] != cid for c in crm["changes"])

    expected = _hanging_ids(dataset, cid)
    for gainer in (feng, han):
        want = expected
        if gainer is han:
            # The decision chain goes to the new manager alone, never to a regional manager.
            want = {key for key in expected if key[0] != "contact_role"}
        got = set()
        for system in ("crm", "boss", "city"):
            pulled = gainer.pull_all(system, cursors[(gainer.user["username"], system)])
            assert pulled["revoked"] == []
            got |= {(c["entity"], c["id"]) for c in pulled["changes"]}
        assert got == want
    stored = sim.admin("GET", f"/records/customer/{cid}")["record"]
    assert stored["manager_id"] == users["fengtao"]["id"]
    assert stored["team_id"] == "T-NB-1"

    # Back again: the new loser gets a revocation, the old owner gets everything back.
    back = tang.pull_all("crm", cursors[("tangming", "crm")])["cursor"]
    feng_cursor = feng.pull_all("crm")["cursor"]
    sim.admin("POST", f"/customers/{cid}/reassign", {"manager_id": users["tangming"]["id"]})
    assert feng.pull_all("crm", feng_cursor)["revoked"] == [{"entity": "customer", "id": cid}]
    again = tang.pull_all("crm", back)
    assert again["revoked"] == []
    assert ("customer", cid) in {(c["entity"], c["id"]) for c in again["changes"]}
