"""Invalid input to every endpoint gets a 4xx problem document (or, inside a valid batch, a
rejected operation) and changes nothing: wrong types, huge strings, unknown entities, negative
money, malformed JSON, missing tokens, another manager's record id.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
import requests

from bigcust_sim.launcher import SimulatorProcess

from .simhelpers import Api, assert_problem

HUGE = "长" * 20_000


@pytest.fixture(scope="module")
def api(sim: SimulatorProcess) -> Api:
    return Api(sim, "zhangwei")


@pytest.fixture
def unchanged(no_faults: SimulatorProcess) -> Iterator[None]:
    """The test must leave every record, every effect and the change sequence as they were.

    (A rejected operation's result is stored, for replay, but it has no effect.)
    """

    def state() -> dict[str, Any]:
        counts = no_faults.admin("GET", "/counts")
        return {k: counts[k] for k in ("records", "deleted", "effects", "seq")}

    before = state()
    yield
    assert state() == before


def _op(**over: Any) -> dict[str, Any]:
    base = {
        "op_id": str(uuid.uuid4()),
        "entity": "activity",
        "id": str(uuid.uuid4()),
        "kind": "create",
        "base_version": None,
        "fields": {"topic": "拜访"},
    }
    return {**base, **over}


RAW_BODIES = [
    b"{not json",
    b"[]",
    b'"operations"',
    b"null",
    b'{"operations": {}}',
    b'{"operations": [1, 2]}',
    b'{"operations": [], "extra": 1}',
]


@pytest.mark.parametrize("path", ["/city/v1/changes", "/crm/v1/change-requests"])
@pytest.mark.parametrize("raw", RAW_BODIES)
def test_malformed_push_bodies(api: Api, unchanged: None, path: str, raw: bytes) -> None:
    response = requests.post(
        api.sim.url(path),
        data=raw,
        headers={**api.headers, "Content-Type": "application/json"},
        timeout=30,
    )
    assert_problem(response, 422, "invalid_request")


BAD_OPS = [
    {"entity": "customer"},  # central data is not pushed here
    {"entity": "bogus"},
    {"entity": 7},
    {"kind": "upsert"},
    {"op_id": "not-a-uuid"},
    {"op_id": None},
    {"base_version": -1},
    {"base_version": "one"},
    {"fields": ["topic"]},
    {"id": "x" * 1000},
    {"id": ""},
    {"surprise": True},
]


@pytest.mark.parametrize("override", BAD_OPS, ids=lambda o: next(iter(o)))
def test_malformed_operations(api: Api, unchanged: None, override: dict[str, Any]) -> None:
    response = api.post("/city/v1/changes", {"operations": [_op(**override)]})
    body = assert_problem(response, 422, "invalid_request")
    assert body["errors"]


def test_too_many_operations(api: Api, unchanged: None) -> None:
    response = api.post("/city/v1/changes", {"operations": [_op() for _ in range(201)]})
    assert_problem(response, 422, "invalid_request")


def test_change_requests_endpoint_takes_only_change_requests(api: Api, unchanged: None) -> None:
    response = api.post("/crm/v1/change-requests", {"operations": [_op()]})
    assert_problem(response, 422, "invalid_request")


def test_body_too_large(api: Api, unchanged: None) -> None:
    ops = [_op(fields={"notes": HUGE}) for _ in range(80)]
    assert_problem(api.post("/city/v1/changes", {"operations": ops}), 413, "payload_too_large")


def test_bad_fields_inside_a_valid_batch_are_rejected(
    api: Api, unchanged: None, dataset: Any
) -> None:
    zhang_id = api.user["id"]
    customer = next(c for c in dataset.records["customer"] if c["manager_id"] == zhang_id)
    other = next(c for c in dataset.records["customer"] if c["manager_id"] != zhang_id)
    lina_opp = next(o for o in dataset.records["opportunity"] if o["customer_id"] == other["id"])
    base = {
        "customer_id": customer["id"], "title": "t", "stage": "lead",
        "product_category": "mobile", "amount": "1.00", "expected_close": "2027-01-01",
    }  # fmt: skip
    cases = [
        ({**base, "amount": "-100.00"}, "amount"),
        ({**base, "amount": "abc"}, "amount"),
        ({**base, "amount": 12.5}, "amount"),
        ({**base, "probability": "high"}, "probability"),
        ({**base, "probability": 101}, "probability"),
        ({**base, "title": HUGE}, "title"),
        ({**base, "expected_close": "31/12/2027"}, "expected_close"),
        ({**base, "customer_id": ["CUS"]}, "customer_id"),
        ({**base, "customer_id": other["id"]}, "customer_id"),
        ({**base, "customer_id": "CUS-NOPE"}, "customer_id"),
    ]
    ops = [_op(entity="opportunity", fields=fields) for fields, _ in cases]
    ops.append(
        _op(entity="opportunity", kind="update", id=lina_opp["id"], base_version=1,
            fields={"title": "mine now"})
    )  # fmt: skip
    ops.append(_op(entity="opportunity", kind="update", id="OPP-NOPE", base_version=1))
    results = api.push(ops)
    assert [r["status"] for r in results] == ["rejected"] * len(ops)
    for (_fields, field), result in zip(cases, results, strict=False):
        assert field in {e["field"] for e in result["errors"]}, result
    assert results[-2]["errors"][0]["code"] == "not_visible"
    assert results[-1]["errors"][0]["code"] == "not_found"


TOKEN_BODIES: list[Any] = [
    {},
    {"grant_type": "magic"},
    {"grant_type": "password"},
    {"grant_type": "password", "username": 5, "password": "x"},
    {"grant_type": "password", "username": "zhangwei", "password": HUGE},
    {"grant_type": "refresh_token"},
    {"grant_type": "refresh_token", "refresh_token": ["a"]},
    [1, 2],
]


@pytest.mark.parametrize("body", TOKEN_BODIES)
def test_bad_token_requests(sim: SimulatorProcess, unchanged: None, body: Any) -> None:
    response = requests.post(sim.url("/auth/token"), json=body, timeout=30)
    assert_problem(response, 422, "invalid_request")


def test_token_request_not_json(sim: SimulatorProcess, unchanged: None) -> None:
    response = requests.post(
        sim.url("/auth/token"),
        data=b"{grant_type",
        headers={"Content-Type": "application/json"},
        timeout=30,
    )
    assert_problem(response, 400, "invalid_request")


def test_unknown_paths_and_methods(api: Api, unchanged: None) -> None:
    assert_problem(api.get("/crm/v1/nothing"), 404, "not_found")
    assert_problem(api.get("/hr/v1/changes"), 404, "not_found")
    response = requests.delete(api.sim.url("/crm/v1/changes"), headers=api.headers, timeout=30)
    assert_problem(response, 405, "method_not_allowed")


def test_admin_needs_its_token_and_checks_input(sim: SimulatorProcess, unchanged: None) -> None:
    user_token = Api(sim, "zhangwei").token
    for headers in ({}, {"Authorization": f"Bearer {user_token}"}):
        response = requests.get(sim.url("/admin/counts"), headers=headers, timeout=30)
        assert_problem(response, 401, "unauthorized")
    admin = {"Authorization": f"Bearer {sim.admin_token}"}

    def call(method: str, path: str, json: Any = None) -> requests.Response:
        return requests.request(method, sim.url(path), json=json, headers=admin, timeout=30)

    assert_problem(call("GET", "/admin/records/bogus/1"), 404, "not_found")
    assert_problem(call("GET", "/admin/records/customer/CUS-NOPE"), 404, "not_found")
    customer = call("GET", "/admin/records/customer/CUS-000001").json()["record"]
    bad_edits = [{"fields": {"value_score": "-3"}}, {"fields": {"uscc": "123"}}, {"fields": []},
                 {"fields": {"name": HUGE}}, {}]  # fmt: skip
    for body in bad_edits:
        response = call("PATCH", f"/admin/records/customer/{customer['id']}", body)
        assert_problem(response, 422)
    bill = call("GET", "/admin/records/bill/BIL-0000001").json()["record"]
    # A bill may be negative (a refund larger than the month); what was paid may not.
    response = call("PATCH", f"/admin/records/bill/{bill['id']}", {"fields": {"paid_amount": "-1"}})
    assert_problem(response, 422, "invalid_request")
    assert_problem(
        call("POST", "/admin/customers/CUS-000001/reassign", {"manager_id": "U-NOPE"}), 422
    )
    assert_problem(call("POST", "/admin/fault-tickets/FLT-NOPE/advance", {}), 404, "not_found")
    assert_problem(call("POST", "/admin/change-requests/X/decide", {"decision": "maybe"}), 422)
    assert_problem(call("PUT", "/admin/churn", {"rate": -1}), 422, "invalid_request")
