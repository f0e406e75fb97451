"""Each injected fault is observable as specified, switchable at run time, never on /admin,
and deterministic for a fault seed.
"""

from __future__ import annotations

import json
import time

import pytest
import requests

from bigcust_desktop.domain.errors import ValidationErrors
from bigcust_desktop.domain.records import validate_record
from bigcust_sim.launcher import SimulatorProcess

from .simhelpers import Api, assert_problem


@pytest.fixture(scope="module")
def api(sim: SimulatorProcess) -> Api:
    return Api(sim, "zhangwei")


def test_latency(no_faults: SimulatorProcess, api: Api) -> None:
    no_faults.set_faults(latency_ms=400)
    started = time.monotonic()
    assert api.get("/crm/v1/changes", limit=1).status_code == 200
    assert time.monotonic() - started >= 0.4
    started = time.monotonic()
    no_faults.admin("GET", "/counts")
    assert time.monotonic() - started < 0.4  # /admin is never faulted


def test_error_rate_gives_500_problems(no_faults: SimulatorProcess, api: Api) -> None:
    no_faults.set_faults(error_rate=1.0)
    assert_problem(api.get("/boss/v1/changes", limit=1), 500, "internal_error")
    token = requests.post(no_faults.url("/auth/token"), json={}, timeout=30)
    assert_problem(token, 500, "internal_error")
    assert no_faults.admin("GET", "/faults")["error_rate"] == 1.0


def test_unavailable_gives_503_with_retry_after(no_faults: SimulatorProcess, api: Api) -> None:
    no_faults.set_faults(unavailable=2, retry_after=7)
    for _ in range(2):
        response = api.get("/city/v1/changes", limit=1)
        assert_problem(response, 503, "unavailable")
        assert response.headers["retry-after"] == "7"
    assert api.get("/city/v1/changes", limit=1).status_code == 200
    assert no_faults.admin("GET", "/faults")["unavailable"] == 0


def test_drop_cuts_the_connection_mid_body(no_faults: SimulatorProcess, api: Api) -> None:
    no_faults.set_faults(drop_rate=1.0)
    broken = (requests.exceptions.ChunkedEncodingError, requests.exceptions.ConnectionError)
    with pytest.raises(broken, match=r"IncompleteRead|closed|reset|aborted"):
        requests.get(
            no_faults.url("/boss/v1/changes"), params={"limit": 200}, headers=api.headers,
            timeout=30,
        )  # fmt: skip
    no_faults.set_faults()
    assert api.get("/boss/v1/changes", limit=1).status_code == 200


@pytest.mark.parametrize("encoding", ["gzip", "identity"])
def test_truncated_json_body(no_faults: SimulatorProcess, api: Api, encoding: str) -> None:
    no_faults.set_faults(truncate_rate=1.0)
    response = requests.get(
        no_faults.url("/boss/v1/changes"),
        params={"limit": 300},
        headers={**api.headers, "Accept-Encoding": encoding},
        timeout=30,
    )
    assert response.status_code == 200
    assert response.headers.get("content-encoding", "identity") == encoding
    body = response.content  # complete as declared: requests would raise otherwise
    assert body.startswith(b'{"changes":[')
    with pytest.raises(json.JSONDecodeError):
        json.loads(body)


def _is_valid(change: dict) -> bool:
    try:
        validate_record(change["entity"], change["record"])
    except ValidationErrors:
        return False
    return True


def test_malformed_records_in_the_feed(no_faults: SimulatorProcess, api: Api) -> None:
    no_faults.set_faults(malformed_records=3)
    page = api.get("/crm/v1/changes", limit=40).json()
    bad = [c for c in page["changes"] if not _is_valid(c)]
    assert len(bad) == 3
    for change in bad:  # the stored data stays correct
        stored = no_faults.admin("GET", f"/records/{change['entity']}/{change['id']}")
        assert _is_valid({"entity": change["entity"], "record": stored["record"]})
    again = api.get("/crm/v1/changes", limit=40).json()
    assert all(_is_valid(c) for c in again["changes"])


def test_expire_tokens(no_faults: SimulatorProcess, api: Api) -> None:
    no_faults.set_faults(expire_tokens=2)
    assert_problem(api.get("/crm/v1/changes", limit=1), 401, "token_expired")
    assert_problem(api.post("/city/v1/changes", {"operations": []}), 401, "token_expired")
    assert api.get("/crm/v1/changes", limit=1).status_code == 200


def test_faults_are_deterministic_for_a_seed(no_faults: SimulatorProcess, api: Api) -> None:
    def pattern() -> list[int]:
        no_faults.set_faults(error_rate=0.5, seed=42)
        return [api.get("/crm/v1/changes", limit=1).status_code for _ in range(16)]

    first = pattern()
    assert set(first) == {200, 500}
    assert pattern() == first


def test_faults_settings_are_validated(no_faults: SimulatorProcess) -> None:
    response = requests.put(
        no_faults.url("/admin/faults"),
        json={"error_rate": 2, "nonsense": 1},
        headers={"Authorization": f"Bearer {no_faults.admin_token}"},
        timeout=30,
    )
    body = assert_problem(response, 422, "invalid_request")
    assert {e["field"] for e in body["errors"]} == {"error_rate", "nonsense"}
