"""Contract tests of the change feeds: a whole book paged through exactly once, counts equal to
the generator's for that user, server-side changes seen exactly once, cursors, limits, gzip.

Runs on a server of its own (a fresh copy of the seeded template) so that counts are exact.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from bigcust_desktop.domain.datahome import entities_of
from bigcust_sim.launcher import SimulatorProcess

from .simhelpers import Api, assert_problem, start_copy

SYSTEMS = {system: tuple(entities_of(system)) for system in ("crm", "boss", "city")}


@pytest.fixture(scope="module")
def fresh(sim_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    server = start_copy(sim_template, tmp_path_factory.mktemp("feed") / "data")
    try:
        yield server
    finally:
        server.stop()


def expected_book(dataset: Any, user: dict[str, Any]) -> dict[str, Counter[str]]:
    """Per system, the count per entity a user should receive, worked out from the generator."""
    records = dataset.records
    owner = {c["id"]: (c["manager_id"], c["team_id"]) for c in records["customer"]}
    sub_customer = {s["id"]: s["customer_id"] for s in records["subscriber"]}
    acc_customer = {a["id"]: a["customer_id"] for a in records["billing_account"]}
    regional = user["role"] == "regional_manager"

    def sees_customer(customer_id: str) -> bool:
        manager, team = owner[customer_id]
        return team == user["team_id"] if regional else manager == user["id"]

    counts: dict[str, Counter[str]] = {system: Counter() for system in SYSTEMS}
    for system, entities in SYSTEMS.items():
        for entity in entities:
            for record in records.get(entity, []):
                if entity == "product":
                    visible = True
                elif entity == "team":
                    visible = record["id"] == user["team_id"]
                elif entity == "user":
                    visible = record["team_id"] == user["team_id"]
                elif entity == "customer":
                    visible = sees_customer(record["id"])
                elif entity == "service":
                    visible = sees_customer(sub_customer[record["subscriber_id"]])
                elif entity == "payment":
                    visible = sees_customer(acc_customer[record["account_id"]])
                elif entity in ("campaign", "campaign_round"):
                    visible = record["team_id"] == user["team_id"]
                elif entity == "segment":
                    shared = record["visibility"] == "team" and record["team_id"] == user["team_id"]
                    visible = shared or record["owner_id"] == user["id"]
                elif entity == "audit_event":
                    lead = regional and record["team_id"] == user["team_id"]
                    visible = lead or record["user_id"] == user["id"]
                elif entity == "contact_role":
                    # Personal data: the customer's own manager only, not his regional manager.
                    visible = owner[record["customer_id"]][0] == user["id"]
                else:
                    visible = sees_customer(record["customer_id"])
                if visible:
                    counts[system][entity] += 1
    return counts


@pytest.mark.parametrize("username", ["zhangwei", "wangfang"])
def test_whole_feed_arrives_exactly_once(fresh: SimulatorProcess, dataset: Any, username: str):
    api = Api(fresh, username)
    expected = expected_book(dataset, api.user)
    for system in SYSTEMS:
        pulled = api.pull_all(system, limit=1000)
        keys = [(c["entity"], c["id"]) for c in pulled["changes"]]
        assert len(keys) == len(set(keys)), f"{system}: a record arrived twice"
        got = Counter(entity for entity, _ in keys)
        assert got == expected[system], system
        assert pulled["revoked"] == []
        for change in pulled["changes"][:50]:
            record = change["record"]
            assert record["id"] == change["id"]
            assert record["version"] == change["version"]
            assert change["deleted"] is False
        # Nothing new: one request answers "nothing" and keeps the cursor usable.
        again = api.get(f"/{system}/v1/changes", cursor=pulled["cursor"]).json()
        assert again["changes"] == [] and again["has_more"] is False


def test_regional_manager_sees_more_than_one_manager(fresh: SimulatorProcess, dataset: Any):
    am = expected_book(dataset, Api(fresh, "zhangwei").user)
    rm = expected_book(dataset, Api(fresh, "wangfang").user)
    assert rm["crm"]["customer"] > am["crm"]["customer"] > 0


def test_server_side_change_appears_exactly_once(fresh: SimulatorProcess) -> None:
    api = Api(fresh, "zhangwei")
    start = api.pull_all("crm")
    customer = next(c for c in start["changes"] if c["entity"] == "customer")
    # Two edits of the same record after the cursor: it arrives once, at its last version.
    fresh.admin(
        "PATCH", f"/records/customer/{customer['id']}", {"fields": {"address": "文一路1号"}}
    )
    fresh.admin(
        "PATCH", f"/records/customer/{customer['id']}", {"fields": {"address": "文一路2号"}}
    )
    later = api.pull_all("crm", cursor=start["cursor"], limit=1)
    assert [(c["entity"], c["id"]) for c in later["changes"]] == [("customer", customer["id"])]
    assert later["changes"][0]["version"] == customer["version"] + 2
    assert later["changes"][0]["record"]["address"] == "文一路2号"
    assert api.pull_all("crm", cursor=later["cursor"])["changes"] == []
    # Other systems' feeds are not touched by a CRM change.
    boss = api.get("/boss/v1/changes", limit=1).json()
    assert boss["has_more"] is True


def test_tombstone_is_served(fresh: SimulatorProcess) -> None:
    api = Api(fresh, "zhangwei")
    start = api.pull_all("city")
    activity = next(c for c in start["changes"] if c["entity"] == "activity")
    fresh.admin("DELETE", f"/records/activity/{activity['id']}")
    later = api.pull_all("city", cursor=start["cursor"])
    assert len(later["changes"]) == 1
    tomb = later["changes"][0]
    assert tomb["deleted"] is True and tomb["record"] is None and tomb["id"] == activity["id"]


def test_pages_are_bounded_and_ordered(fresh: SimulatorProcess) -> None:
    api = Api(fresh, "zhangwei")
    first = api.get("/boss/v1/changes", limit=7).json()
    assert len(first["changes"]) == 7 and first["has_more"] is True
    second = api.get("/boss/v1/changes", limit=7, cursor=first["next_cursor"]).json()
    ids_first = {c["id"] for c in first["changes"]}
    assert not ids_first & {c["id"] for c in second["changes"]}
    default = api.get("/boss/v1/changes").json()
    assert len(default["changes"]) == 500


@pytest.mark.parametrize("limit", ["0", "2001", "-1", "abc", "1e3"])
def test_bad_limit(fresh: SimulatorProcess, limit: str) -> None:
    api = Api(fresh, "zhangwei")
    assert_problem(api.get("/crm/v1/changes", limit=limit), 422, "invalid_request")


def test_forged_or_foreign_cursor(fresh: SimulatorProcess) -> None:
    import base64
    import json

    api = Api(fresh, "zhangwei")
    cursor = api.get("/crm/v1/changes", limit=5).json()["next_cursor"]
    payload = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    forged = dict(payload, q=0)
    forged_text = base64.urlsafe_b64encode(json.dumps(forged).encode()).decode()
    for bad in ("garbage", "e30", forged_text, cursor[:-3], "x" * 600):
        response = api.get("/crm/v1/changes", cursor=bad)
        assert response.status_code in (400, 422)
        assert_problem(response, response.status_code)
    assert_problem(api.get("/crm/v1/changes", cursor=forged_text), 400, "invalid_cursor")
    # A CRM cursor is not a BOSS cursor.
    assert_problem(api.get("/boss/v1/changes", cursor=cursor), 400, "invalid_cursor")


def test_gzip_when_accepted(fresh: SimulatorProcess) -> None:
    api = Api(fresh, "zhangwei")
    url = fresh.url("/boss/v1/changes")
    zipped = requests.get(
        url, params={"limit": 200}, headers={**api.headers, "Accept-Encoding": "gzip"}, timeout=30
    )
    assert zipped.headers.get("content-encoding") == "gzip"
    plain = requests.get(
        url,
        params={"limit": 200},
        headers={**api.headers, "Accept-Encoding": "identity"},
        timeout=30,
    )
    assert "content-encoding" not in plain.headers
    assert zipped.json() == plain.json()
    assert int(zipped.headers["content-length"]) < int(plain.headers["content-length"]) / 3
