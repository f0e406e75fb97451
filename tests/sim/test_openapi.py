"""The committed OpenAPI document (docs/openapi.json) is what the server serves.

Regenerate it with `python -m bigcust_sim openapi --out docs/openapi.json` after changing a route.
"""

from __future__ import annotations

import json
from pathlib import Path

import requests

from bigcust_sim.__main__ import openapi_text
from bigcust_sim.launcher import SimulatorProcess

DOC = Path(__file__).resolve().parents[2] / "docs" / "openapi.json"


def test_committed_document_matches_the_served_one(sim: SimulatorProcess) -> None:
    served = requests.get(sim.url("/openapi.json"), timeout=30).json()
    committed = json.loads(DOC.read_text(encoding="utf-8"))
    assert served == committed, "docs/openapi.json is stale: regenerate it"
    assert DOC.read_text(encoding="utf-8") == openapi_text()


def test_document_covers_the_contract() -> None:
    paths = json.loads(DOC.read_text(encoding="utf-8"))["paths"]
    for path in (
        "/auth/token",
        "/crm/v1/changes",
        "/boss/v1/changes",
        "/city/v1/changes",
        "/crm/v1/change-requests",
        "/admin/faults",
    ):
        assert path in paths
    assert (
        "application/problem+json"
        in paths["/city/v1/changes"]["post"]["responses"]["422"]["content"]
    )
