"""Unsent work is never dropped without an informed choice, and can always be exported (issue 18).

The command line as a script uses it, over a laptop's real profile: signing in as another user
and signing out refuse while edits wait, unless told to discard them; `export-unsent` writes
every unsent, refused or conflicting edit to a file the user keeps.
"""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from bigcust_desktop.store import edits
from bigcust_desktop.store.engine import open_store
from bigcust_desktop.store.keys import load_or_create_key
from bigcust_desktop.store.models import Opportunity
from bigcust_desktop.store.profile import Profile

from .test_sync_e2e import LINA, ZHANGWEI, new_opportunity

EXIT_UNSENT = 5


def _edit_opportunities(laptop, count: int) -> list[str]:
    ids = laptop.read(
        lambda conn: list(conn.execute(select(Opportunity.id).limit(count)).scalars())
    )
    for n, record_id in enumerate(ids):
        laptop.edit(
            lambda conn, r=record_id, n=n: edits.update_record(
                conn, "opportunity", r, {"notes": f"未发送 {n}"}
            )
        )
    return ids


def _status(root: Path) -> dict:
    """Who the cache belongs to and what waits in it, read from the profile's own store."""
    profile = Profile.resolve(root)
    store = open_store(profile, load_or_create_key(profile).secret)
    try:
        user = store.meta.user()
        return {
            "user": {"username": user.username if user else None},
            "pending_changes": store.outbox.counts().pending,
        }
    finally:
        store.close()


def test_signing_in_as_another_user_keeps_unsent_work_unless_told(laptop_factory, server, run_here):
    laptop = laptop_factory("zhangwei")
    laptop.sync()
    _edit_opportunities(laptop, 5)
    root = laptop.profile.root
    laptop.close()
    login = ("login", "--server", server.base_url, "--user", "lina", "--password-stdin")
    refused = run_here(root, *login, stdin="demo1234\n")
    assert refused.returncode == EXIT_UNSENT, refused.stdout + refused.stderr
    assert "5" in refused.stderr and "--discard-unsent" in refused.stderr
    assert "Traceback" not in refused.stderr
    status = _status(root)
    assert status["user"]["username"] == "zhangwei" and status["pending_changes"] == 5
    told = run_here(root, *login, "--discard-unsent", stdin="demo1234\n")
    assert told.returncode == 0, told.stderr
    status = _status(root)
    assert status["user"]["username"] == "lina" and status["pending_changes"] == 0


def test_logout_with_unsent_work_refuses_unless_told(laptop_factory, run_here):
    laptop = laptop_factory("zhangwei")
    laptop.sync()
    _edit_opportunities(laptop, 2)
    root = laptop.profile.root
    laptop.close()
    refused = run_here(root, "logout")
    assert refused.returncode == EXIT_UNSENT and "2" in refused.stderr
    assert (root / "cache.db").exists() and _status(root)["pending_changes"] == 2
    told = run_here(root, "logout", "--discard-unsent")
    assert told.returncode == 0, told.stderr
    assert not (root / "cache.db").exists()


def test_export_unsent_writes_pending_refused_and_conflicting_edits(
    laptop_factory, server, tmp_path, run_here
):
    laptop = laptop_factory("lina")
    laptop.sync()
    customer = laptop.read(
        lambda conn: conn.execute(
            select(Opportunity.customer_id).where(Opportunity.owner_id == LINA).limit(1)
        ).scalar()
    )
    created = laptop.edit(
        lambda conn: edits.create_record(
            conn, "opportunity", new_opportunity(customer, "离线新建的商机", owner=LINA)
        )
    )
    server.admin("POST", f"/customers/{customer}/reassign", {"manager_id": ZHANGWEI})
    try:
        laptop.sync()  # refused: the customer left the book, and the record with it
    finally:
        server.admin("POST", f"/customers/{customer}/reassign", {"manager_id": LINA})
    pending = laptop.read(
        lambda conn: conn.execute(
            select(Opportunity.id).where(Opportunity.customer_id != customer).limit(1)
        ).scalar()
    )
    laptop.edit(lambda conn: edits.update_record(conn, "opportunity", pending, {"notes": "待发送"}))
    target = tmp_path / "未发送的修改.json"
    written = laptop.store.outbox.export_unsent(target)
    assert written == 2
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["user"]["username"] == "lina"
    by_id = {e["record_id"]: e for e in document["edits"]}
    refused = by_id[created["id"]]
    assert refused["state"] == "rejected" and refused["kind"] == "create"
    # The only copy of an offline create is in the file, whole.
    assert refused["record"]["title"] == "离线新建的商机"
    assert refused["errors"][0]["code"] == "not_visible"
    assert by_id[pending]["state"] == "pending"
    assert by_id[pending]["fields"] == {"notes": "待发送"}
    assert by_id[pending]["record"]["notes"] == "待发送"
    cli = run_here(laptop.profile.root, "export-unsent", str(tmp_path / "cli.json"))
    assert cli.returncode == 0, cli.stderr
    assert len(json.loads((tmp_path / "cli.json").read_text("utf-8"))["edits"]) == 2
