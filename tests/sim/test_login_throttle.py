"""Sign-in throttling against a server of its own with low thresholds (3 per user, 6 per address):
repeated failures answer 429 with Retry-After, even for the right password, per user name and per
address; refresh grants are never throttled.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from bigcust_sim.launcher import SimulatorProcess
from bigcust_sim.seed import DEMO_PASSWORD

from .simhelpers import assert_problem, login, start_copy


@pytest.fixture(scope="module")
def strict_sim(
    sim_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[SimulatorProcess]:
    server = start_copy(
        sim_template,
        tmp_path_factory.mktemp("throttle") / "data",
        extra_args=["--login-failures-per-user", "3", "--login-failures-per-address", "6"],
    )
    try:
        yield server
    finally:
        server.stop()


def _sign_in(sim: SimulatorProcess, username: str, password: str) -> requests.Response:
    return requests.post(
        sim.url("/auth/token"),
        json={"grant_type": "password", "username": username, "password": password},
        timeout=30,
    )


def test_wrong_passwords_lock_the_user_name(strict_sim: SimulatorProcess) -> None:
    session = login(strict_sim, "lina", DEMO_PASSWORD)  # signed in before the attack
    for _ in range(3):
        assert_problem(_sign_in(strict_sim, "lina", "guess"), 401, "invalid_credentials")
    locked = _sign_in(strict_sim, "lina", DEMO_PASSWORD)  # the right password: still locked
    body = assert_problem(locked, 429, "login_throttled")
    retry_after = int(locked.headers["Retry-After"])
    assert 0 < retry_after <= 30
    assert body["retry_after"] == retry_after
    # Another user from the same address is not locked (3 failures < 6 for the address) ...
    assert _sign_in(strict_sim, "zhangwei", DEMO_PASSWORD).status_code == 200
    # ... and a session made before goes on: refresh grants are not throttled.
    refreshed = requests.post(
        strict_sim.url("/auth/token"),
        json={"grant_type": "refresh_token", "refresh_token": session["refresh_token"]},
        timeout=30,
    )
    assert refreshed.status_code == 200


def test_failures_from_one_address_lock_it(strict_sim: SimulatorProcess) -> None:
    # Failures spread over names (existing or not), none reaching its own limit of 3, lock the
    # address at its 6th failure (some may have come from the test above).
    answers = [_sign_in(strict_sim, f"nobody-{i}", "guess").status_code for i in range(6)]
    assert answers[0] == 401 and set(answers) <= {401, 429}
    assert answers == sorted(answers)  # once locked, it stays locked
    assert_problem(_sign_in(strict_sim, "fengtao", DEMO_PASSWORD), 429, "login_throttled")
