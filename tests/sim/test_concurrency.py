"""Feeds never skip a committed change under concurrent writes, across server processes.

Two servers on one PostgreSQL database (one of them with two workers: three processes that write)
behind a "gateway" that picks a server at random per request. Writers push (creates and updates),
edit as the province (admin), reassign customers and churn, while readers pull their three feeds
page by page from random servers. At the end every reader's accumulated view must equal what a
fresh full pull of the same user receives, and no request may have failed.
"""

from __future__ import annotations

import random
import shutil
import threading
import time
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
import requests

from bigcust_sim.launcher import SimulatorProcess
from bigcust_sim.seed import DEMO_PASSWORD

HAMMER_S = 6.0
READERS = ("zhangwei", "lina", "wangfang")  # two account managers and their regional manager
SYSTEMS = ("crm", "boss", "city")


@pytest.fixture(scope="module")
def servers(pg_template: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[Any]]:
    root = tmp_path_factory.mktemp("concurrency")
    url = pg_template.copy(root / "a")
    shutil.copytree(root / "a", root / "b")  # same secret: cursors of one server work at the other
    a = SimulatorProcess(root / "a", extra_args=["--database-url", url, "--workers", "2"]).start()
    try:
        # Churn on the one-process server: its rate is set (to 0 at the end) where it runs.
        b = SimulatorProcess(root / "b", churn=25, extra_args=["--database-url", url]).start()
        try:
            yield [a, b]
        finally:
            b.stop()
    finally:
        a.stop()


class Gateway:
    """Sends each request to one of the servers at random, and counts what failed."""

    def __init__(self, servers: list[SimulatorProcess], seed: int) -> None:
        self.servers = servers
        self.rng = random.Random(seed)
        self.session = requests.Session()
        self.failures: list[str] = []

    def request(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        server = self.rng.choice(self.servers)
        response = self.session.request(method, server.url(path), timeout=60, **kwargs)
        if response.status_code >= 500:
            self.failures.append(f"{method} {path}: {response.status_code} {response.text[:200]}")
        return response

    def admin(self, method: str, path: str, body: Any = None) -> requests.Response:
        token = self.servers[0].admin_token
        headers = {"Authorization": f"Bearer {token}"}
        return self.request(method, "/admin" + path, json=body, headers=headers)

    def login(self, username: str) -> str:
        body = {"grant_type": "password", "username": username, "password": DEMO_PASSWORD}
        response = self.request("POST", "/auth/token", json=body)
        assert response.status_code == 200, response.text
        return str(response.json()["access_token"])


class Reader:
    """A laptop's view of its book, built only from feed pages (as the client builds its cache)."""

    def __init__(self, gateway: Gateway, username: str) -> None:
        self.gateway = gateway
        self.token = gateway.login(username)
        self.cursors: dict[str, str | None] = dict.fromkeys(SYSTEMS)
        self.records: dict[tuple[str, str], dict[str, Any]] = {}
        self.pages = 0

    def pull(self, system: str, limit: int) -> None:
        while True:
            params: dict[str, Any] = {"limit": limit}
            if self.cursors[system]:
                params["cursor"] = self.cursors[system]
            response = self.gateway.request(
                "GET",
                f"/{system}/v1/changes",
                params=params,
                headers={"Authorization": f"Bearer {self.token}"},
            )
            assert response.status_code == 200, response.text[:300]
            page = response.json()
            self.pages += 1
            for change in page["changes"]:
                key = (change["entity"], change["id"])
                if change["deleted"]:
                    self.records.pop(key, None)
                else:
                    self.records[key] = change["record"]
            for revoked in page["revoked"]:
                self._drop_customer(revoked["id"])
            self.cursors[system] = page["next_cursor"]
            if not page["has_more"]:
                return

    def pull_all(self, limit: int) -> None:
        for system in SYSTEMS:  # CRM first: its revocations drop rows of the other two
            self.pull(system, limit)

    def _drop_customer(self, customer_id: str) -> None:
        subscribers = {
            i
            for (e, i), r in self.records.items()
            if e == "subscriber" and r["customer_id"] == customer_id
        }
        accounts = {
            i
            for (e, i), r in self.records.items()
            if e == "billing_account" and r["customer_id"] == customer_id
        }
        for (entity, record_id), record in list(self.records.items()):
            if (
                (entity == "customer" and record_id == customer_id)
                or record.get("customer_id") == customer_id
                or (entity == "service" and record["subscriber_id"] in subscribers)
                or (entity == "payment" and record["account_id"] in accounts)
            ):
                del self.records[(entity, record_id)]

    def view(self) -> dict[tuple[str, str], int]:
        return {key: record["version"] for key, record in self.records.items()}


def _create_activity(customer: dict[str, Any]) -> dict[str, Any]:
    return {
        "op_id": str(uuid.uuid4()),
        "entity": "activity",
        "id": str(uuid.uuid4()),
        "kind": "create",
        "base_version": None,
        "fields": {
            "customer_id": customer["id"],
            "channel": "phone",
            "topic": "并发回访",
            "outcome": "neutral",
            "occurred_at": "2026-11-20T02:00:00Z",
            "opportunity_id": None,
            "contact_id": None,
            "notes": None,
        },
    }


def test_no_reader_misses_a_committed_change(servers: list[SimulatorProcess]) -> None:
    setup = Gateway(servers, seed=1)
    readers = [Reader(Gateway(servers, seed=10 + i), name) for i, name in enumerate(READERS)]
    for reader in readers:
        reader.pull_all(limit=2000)  # primed before the storm
    zhangwei, lina = readers[0], readers[1]
    books = {
        name: [r for (e, _), r in reader.records.items() if e == "customer"]
        for name, reader in (("zhangwei", zhangwei), ("lina", lina))
    }
    opportunities = [r for (e, _), r in lina.records.items() if e == "opportunity"]
    manager_ids = {
        "zhangwei": books["zhangwei"][0]["manager_id"],
        "lina": books["lina"][0]["manager_id"],
    }
    stop = threading.Event()
    errors: list[BaseException] = []

    def guarded(work: Any) -> Any:
        def run() -> None:
            try:
                while not stop.is_set():
                    work()
            except BaseException as exc:  # reported by the test, not lost in a thread
                errors.append(exc)
                stop.set()

        return run

    pushers = {name: Gateway(servers, seed=20 + i) for i, name in enumerate(books)}
    tokens = {name: pushers[name].login(name) for name in books}
    rng = random.Random(7)

    def push() -> None:
        name = rng.choice(list(books))
        customer = rng.choice(books[name])
        ops = [_create_activity(customer) for _ in range(rng.randint(1, 3))]
        if name == "lina" and opportunities:
            target = rng.choice(opportunities)
            current = setup.admin("GET", f"/records/opportunity/{target['id']}").json()
            ops.append(
                {
                    "op_id": str(uuid.uuid4()),
                    "entity": "opportunity",
                    "id": target["id"],
                    "kind": "update",
                    "base_version": current["version"],
                    "fields": {"notes": f"并发 {rng.random():.6f}"},
                }
            )
        response = pushers[name].request(
            "POST",
            "/city/v1/changes",
            json={"operations": ops},
            headers={"Authorization": f"Bearer {tokens[name]}"},
        )
        assert response.status_code == 200, response.text[:300]
        for result in response.json()["results"]:
            # The churn and the province's reassignments move customers during the storm: a
            # push for one just taken from the user is refused as not in the book, nothing else.
            if result["status"] == "rejected":
                assert {e["code"] for e in result["errors"]} == {"not_visible"}, result
            else:
                assert result["status"] in ("applied", "conflict"), result

    admin_gateway = Gateway(servers, seed=30)
    admin_rng = random.Random(8)

    def province() -> None:
        name = admin_rng.choice(list(books))
        customer = admin_rng.choice(books[name])
        if admin_rng.random() < 0.15:
            # Hand a customer to the other manager and back: revocations interleave with rows.
            other = "lina" if name == "zhangwei" else "zhangwei"
            for manager in (manager_ids[other], manager_ids[name]):
                response = admin_gateway.admin(
                    "POST", f"/customers/{customer['id']}/reassign", {"manager_id": manager}
                )
                assert response.status_code == 200, response.text[:300]
            return
        response = admin_gateway.admin(
            "PATCH",
            f"/records/customer/{customer['id']}",
            {"fields": {"address": f"浙江省杭州市西湖区文三路{admin_rng.randint(1, 999)}号"}},
        )
        assert response.status_code == 200, response.text[:300]

    def read(reader: Reader) -> Any:
        return lambda: reader.pull_all(limit=rng.choice((20, 50, 200)))

    threads = [threading.Thread(target=guarded(push)), threading.Thread(target=guarded(province))]
    threads += [threading.Thread(target=guarded(read(r))) for r in readers]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + HAMMER_S
    while time.monotonic() < deadline and not stop.is_set():
        time.sleep(0.1)
    stop.set()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors[0]
    servers[1].admin("PUT", "/churn", {"rate": 0})  # returns once its last step committed
    head = servers[0].admin("GET", "/counts")["seq"]

    failures = [f for g in (setup, admin_gateway, *pushers.values()) for f in g.failures]
    failures += [f for r in readers for f in r.gateway.failures]
    assert failures == []
    for reader, name in zip(readers, READERS, strict=True):
        reader.pull_all(limit=500)  # drain what came after the storm
        fresh = Reader(Gateway(servers, seed=99), name)
        fresh.pull_all(limit=2000)
        assert reader.pages > 10  # it really read while others wrote
        assert reader.view() == fresh.view(), name
    assert servers[1].admin("GET", "/churn")["changes"] > 0  # churn wrote during the storm too
    assert servers[0].admin("GET", "/counts")["seq"] == head  # nothing wrote after the storm
