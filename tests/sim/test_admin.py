"""Server-side life through the admin API: a new month of bills and payments reaches the feed,
churn changes data by itself at the rate set, and the users command lists the seeded users.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bigcust_desktop.domain.errors import ValidationErrors
from bigcust_desktop.domain.records import validate_record
from bigcust_sim.launcher import SimulatorProcess

from .simhelpers import Api


def test_post_month_reaches_the_boss_feed(sim: SimulatorProcess, dataset: Any) -> None:
    api = Api(sim, "caoxue")  # T-NB-1, used by no other state-changing test
    customer = next(c for c in dataset.records["customer"] if c["manager_id"] == api.user["id"])
    start = api.pull_all("boss")["cursor"]
    posted = sim.admin("POST", "/billing/post-month", {"customer_id": customer["id"]})
    assert posted["bills"] >= 1
    changes = api.pull_all("boss", start)["changes"]
    bills = [c["record"] for c in changes if c["entity"] == "bill"]
    payments = [c["record"] for c in changes if c["entity"] == "payment"]
    assert len(bills) == posted["bills"] and len(payments) == posted["payments"]
    assert {b["period"] for b in bills} == {posted["period"]}
    for change in changes:
        try:
            validate_record(change["entity"], change["record"])
        except ValidationErrors as exc:  # pragma: no cover - the message is the point
            raise AssertionError(exc.as_list()) from None
    paid = {p["bill_id"] for p in payments}
    assert all(b["status"] == ("paid" if b["id"] in paid else "unpaid") for b in bills)


def test_churn_changes_data_at_the_rate_set(sim: SimulatorProcess) -> None:
    before = sim.admin("GET", "/counts")["seq"]
    sim.admin("PUT", "/churn", {"rate": 50})
    try:
        deadline = time.monotonic() + 20
        while sim.admin("GET", "/churn")["changes"] < 10 and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        stopped = sim.admin("PUT", "/churn", {"rate": 0})
    assert stopped["changes"] >= 10
    assert sim.admin("GET", "/counts")["seq"] > before


def test_users_command_lists_the_seeded_users(sim_template: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "bigcust_sim", "users", "--data", str(sim_template)],
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    assert "zhangwei" in out and "regional_manager" in out and "T-NB-1" in out
    assert "demo1234" in out
