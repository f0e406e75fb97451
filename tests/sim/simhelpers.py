"""Helpers of the simulator tests: a signed-in user's API view, login, problem checks.

Plain `requests` against the real server; imported by the tests as `simhelpers`.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import requests

from bigcust_sim.launcher import SimulatorProcess


def start_copy(template: Path, target: Path, **kwargs: Any) -> SimulatorProcess:
    """Start a server on a copy of a seeded data directory (no second seeding)."""
    shutil.copytree(template, target)
    return SimulatorProcess(target, **kwargs).start()


class Api:
    """A signed-in user's view of the simulator (plain requests, no client code)."""

    def __init__(self, sim: SimulatorProcess, username: str, password: str = "") -> None:
        from bigcust_sim.seed import DEMO_PASSWORD

        self.sim = sim
        self.session = requests.Session()
        body = login(sim, username, password or DEMO_PASSWORD)
        self.user = body["user"]
        self.token = body["access_token"]
        self.refresh_token = body["refresh_token"]

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def get(self, path: str, **params: Any) -> requests.Response:
        return self.session.get(self.sim.url(path), params=params, headers=self.headers, timeout=60)

    def post(self, path: str, json: Any) -> requests.Response:
        return self.session.post(self.sim.url(path), json=json, headers=self.headers, timeout=60)

    def pull_all(self, system: str, cursor: str | None = None, limit: int = 2000) -> dict[str, Any]:
        """Every page of a feed from `cursor`: changes, revoked, final cursor, page count."""
        changes: list[dict[str, Any]] = []
        revoked: list[dict[str, Any]] = []
        pages = 0
        while True:
            params: dict[str, Any] = {"limit": limit}
            if cursor:
                params["cursor"] = cursor
            response = self.get(f"/{system}/v1/changes", **params)
            assert response.status_code == 200, response.text
            page = response.json()
            pages += 1
            changes += page["changes"]
            revoked += page["revoked"]
            cursor = page["next_cursor"]
            if not page["has_more"]:
                return {"changes": changes, "revoked": revoked, "cursor": cursor, "pages": pages}

    def push(self, ops: list[dict[str, Any]], system: str = "city") -> list[dict[str, Any]]:
        path = "/city/v1/changes" if system == "city" else "/crm/v1/change-requests"
        response = self.post(path, {"operations": ops})
        assert response.status_code == 200, response.text
        return response.json()["results"]  # type: ignore[no-any-return]


def login(sim: SimulatorProcess, username: str, password: str) -> dict[str, Any]:
    response = requests.post(
        sim.url("/auth/token"),
        json={"grant_type": "password", "username": username, "password": password},
        timeout=30,
    )
    assert response.status_code == 200, response.text
    return response.json()  # type: ignore[no-any-return]


def assert_problem(response: requests.Response, status: int, code: str | None = None) -> dict:
    assert response.status_code == status, (response.status_code, response.text[:500])
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert body["status"] == status
    assert {"type", "title", "detail", "code"} <= body.keys()
    if code is not None:
        assert body["code"] == code, body
    return body
