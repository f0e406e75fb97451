"""Contract tests of /auth/token and bearer checks against the real simulator.

Login (JSON and form), refresh rotation with its reuse grace, expiry on a short-TTL server, bad
and missing tokens, disabled users. Uses the session server and, for expiry, a second one on a
copy of the template.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from bigcust_sim.auth import TokenService
from bigcust_sim.launcher import SimulatorProcess
from bigcust_sim.problems import ApiProblem
from bigcust_sim.seed import DEMO_PASSWORD
from bigcust_sim.storage.database import Database

from .simhelpers import Api, assert_problem, login, start_copy


def test_password_login_returns_tokens_and_profile(sim: SimulatorProcess) -> None:
    body = login(sim, "zhangwei", DEMO_PASSWORD)
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] > 0
    assert body["access_token"] and body["refresh_token"]
    user = body["user"]
    assert user["username"] == "zhangwei"
    assert user["role"] == "account_manager"
    assert {"id", "name", "city", "team_id"} <= user.keys()


def test_form_encoded_login(sim: SimulatorProcess) -> None:
    response = requests.post(
        sim.url("/auth/token"),
        data={"grant_type": "password", "username": "zhangwei", "password": DEMO_PASSWORD},
        timeout=30,
    )
    assert response.status_code == 200
    assert response.json()["user"]["username"] == "zhangwei"


@pytest.mark.parametrize(
    ("username", "password"), [("zhangwei", "wrong-password"), ("nobody", DEMO_PASSWORD)]
)
def test_bad_credentials(sim: SimulatorProcess, username: str, password: str) -> None:
    response = requests.post(
        sim.url("/auth/token"),
        json={"grant_type": "password", "username": username, "password": password},
        timeout=30,
    )
    assert_problem(response, 401, "invalid_credentials")


def test_refresh_rotates(sim: SimulatorProcess) -> None:
    first = login(sim, "zhangwei", DEMO_PASSWORD)
    grant = {"grant_type": "refresh_token", "refresh_token": first["refresh_token"]}
    second = requests.post(sim.url("/auth/token"), json=grant, timeout=30)
    assert second.status_code == 200
    renewed = second.json()
    assert renewed["refresh_token"] != first["refresh_token"]
    assert renewed["user"]["username"] == "zhangwei"
    ok = requests.get(
        sim.url("/crm/v1/changes"),
        params={"limit": 1},
        headers={"Authorization": f"Bearer {renewed['access_token']}"},
        timeout=30,
    )
    assert ok.status_code == 200
    # Within the reuse grace the used token works once more: a client whose answer was lost
    # repeats its request and is not sent back to the sign-in screen. It gets the same successor,
    # not a second, independent one (which would fork the sign-in into two live branches).
    again = requests.post(sim.url("/auth/token"), json=grant, timeout=30)
    assert again.status_code == 200
    assert again.json()["refresh_token"] == renewed["refresh_token"]


def test_reuse_after_the_grace_revokes_the_whole_family(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'tokens.sqlite3'}")
    db.create_schema()
    tokens = TokenService(db, b"k" * 32, 900, reuse_grace_s=0)  # every repeat is a reuse
    first = tokens.issue("U-0002")
    user_id, second = tokens.rotate(first.refresh_token)
    assert user_id == "U-0002"
    other = tokens.issue("U-0002")  # another sign-in of the same user: another family
    with pytest.raises(ApiProblem) as refused:
        tokens.rotate(first.refresh_token)  # a thief (or the victim) replays the used token
    assert refused.value.status == 401
    with pytest.raises(ApiProblem):
        tokens.rotate(second.refresh_token)  # the family's current token died with it
    assert tokens.rotate(other.refresh_token)[0] == "U-0002"  # other sign-ins are untouched


def _revoke(sim: SimulatorProcess, token: str, **extra: str) -> requests.Response:
    return requests.post(sim.url("/auth/revoke"), data={"token": token, **extra}, timeout=30)


def test_revoke_ends_the_refresh_token_and_its_family(sim: SimulatorProcess) -> None:
    first = login(sim, "zhangwei", DEMO_PASSWORD)
    grant = {"grant_type": "refresh_token", "refresh_token": first["refresh_token"]}
    renewed = requests.post(sim.url("/auth/token"), json=grant, timeout=30).json()
    # Revoking the used first token revokes the family, its live successor included.
    response = _revoke(sim, first["refresh_token"], token_type_hint="refresh_token")
    assert response.status_code == 200
    for token in (first["refresh_token"], renewed["refresh_token"]):
        refused = requests.post(
            sim.url("/auth/token"),
            json={"grant_type": "refresh_token", "refresh_token": token},
            timeout=30,
        )
        assert_problem(refused, 401, "invalid_credentials")
    # RFC 7009 §2.2: an unknown or already revoked token is no error.
    assert _revoke(sim, first["refresh_token"]).status_code == 200
    assert (
        requests.post(
            sim.url("/auth/revoke"), json={"token": "never-issued"}, timeout=30
        ).status_code
        == 200
    )
    assert_problem(_revoke(sim, renewed["access_token"]), 400, "unsupported_token_type")
    assert_problem(requests.post(sim.url("/auth/revoke"), json={}, timeout=30), 422)


@pytest.mark.parametrize("header", [None, "Bearer", "Bearer garbage", "Bearer a.b", "Basic eA=="])
def test_missing_or_garbage_token(sim: SimulatorProcess, header: str | None) -> None:
    headers = {"Authorization": header} if header else {}
    for path in ("/crm/v1/changes", "/boss/v1/changes", "/city/v1/changes"):
        response = requests.get(sim.url(path), headers=headers, timeout=30)
        assert_problem(response, 401, "unauthorized")
    response = requests.post(
        sim.url("/city/v1/changes"), json={"operations": []}, headers=headers, timeout=30
    )
    assert_problem(response, 401, "unauthorized")


def test_disabled_user_is_refused(sim: SimulatorProcess) -> None:
    api = Api(sim, "songjia")  # an account manager of T-HZ-2, used by no other test
    user_id = api.user["id"]
    sim.admin("POST", f"/users/{user_id}/disable")
    try:
        assert_problem(api.get("/crm/v1/changes"), 403, "account_disabled")
        response = requests.post(
            sim.url("/auth/token"),
            json={"grant_type": "password", "username": "songjia", "password": DEMO_PASSWORD},
            timeout=30,
        )
        assert_problem(response, 403, "account_disabled")
        refresh = requests.post(
            sim.url("/auth/token"),
            json={"grant_type": "refresh_token", "refresh_token": api.refresh_token},
            timeout=30,
        )
        assert_problem(refresh, 403, "account_disabled")
    finally:
        sim.admin("POST", f"/users/{user_id}/enable")
    assert api.get("/crm/v1/changes", limit=1).status_code == 200


@pytest.fixture(scope="module")
def short_ttl_sim(
    sim_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[SimulatorProcess]:
    server = start_copy(sim_template, tmp_path_factory.mktemp("ttl") / "data", token_ttl=2)
    try:
        yield server
    finally:
        server.stop()


def test_access_token_expires_and_refresh_recovers(short_ttl_sim: SimulatorProcess) -> None:
    api = Api(short_ttl_sim, "zhangwei")
    assert api.get("/crm/v1/changes", limit=1).status_code in (200, 401)
    deadline = time.monotonic() + 10
    while True:  # await the expiry (2 s TTL) rather than sleeping a fixed time
        response = api.get("/crm/v1/changes", limit=1)
        if response.status_code == 401 or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    assert_problem(response, 401, "token_expired")
    refreshed = requests.post(
        short_ttl_sim.url("/auth/token"),
        json={"grant_type": "refresh_token", "refresh_token": api.refresh_token},
        timeout=30,
    )
    assert refreshed.status_code == 200
    api.token = refreshed.json()["access_token"]
    assert api.get("/crm/v1/changes", limit=1).status_code == 200
