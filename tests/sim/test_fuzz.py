"""A bounded schemathesis run over docs/openapi.json against a server of its own: no input the
document allows (or nearly allows) may get a 5xx. Faults stay off; fault and churn settings
are left out so that the fuzzer cannot switch failures on.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from bigcust_sim.launcher import SimulatorProcess
from bigcust_sim.seed import DEMO_PASSWORD

from .simhelpers import login, start_copy

DOC = Path(__file__).resolve().parents[2] / "docs" / "openapi.json"
schema = schemathesis.openapi.from_dict(json.loads(DOC.read_text(encoding="utf-8"))).exclude(
    path_regex=r"^/admin/(faults|churn)$"
)


@pytest.fixture(scope="module")
def fuzz_sim(
    sim_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, Any]]:
    server = start_copy(sim_template, tmp_path_factory.mktemp("fuzz") / "data")
    try:
        token = login(server, "zhangwei", DEMO_PASSWORD)["access_token"]
        yield {"sim": server, "token": token}
    finally:
        server.stop()


@schema.parametrize()
@settings(
    max_examples=6,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_no_server_errors(case: Any, fuzz_sim: dict[str, Any]) -> None:
    server: SimulatorProcess = fuzz_sim["sim"]
    admin = case.path.startswith("/admin")
    token = server.admin_token if admin else fuzz_sim["token"]
    response = case.call(
        base_url=server.base_url, headers={"Authorization": f"Bearer {token}"}, timeout=30
    )
    assert response.status_code < 500, (case.method, case.path, response.text[:300])
    if response.status_code >= 400:
        content_type = response.headers["content-type"]  # schemathesis: a list of values
        assert content_type[0].startswith("application/problem+json"), response.text[:300]
