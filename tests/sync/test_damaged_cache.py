"""A damaged cache is noticed, and rebuilt from the server without losing unsent work (issue 18).

The repro of the issue: a page of a real cache file overwritten on disk; `status` and `sync`
then exited 0. Here the command line as a script meets it over a laptop's real profile and the
simulator on loopback: it says so and exits non-zero, and `rebuild` keeps the unsent edits in
a file before anything is removed, downloads the data again and queues them again. The first
test runs each command as a process of its own; the others call the same `cli.main` in-process.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from sqlalchemy import select

from bigcust_desktop.store import edits
from bigcust_desktop.store.models import Opportunity
from bigcust_desktop.store.profile import Profile

from .test_cli import run
from .test_sync_e2e import server_record

EXIT_DAMAGED = 6
_PAGE = 4096


def damage_table(profile: Profile, laptop, table: str) -> None:
    """Overwrite the middle of `table`'s root page in the file, as a bad disk sector would."""
    root = laptop.read(
        lambda conn: conn.exec_driver_sql(
            "SELECT rootpage FROM sqlite_schema WHERE type = 'table' AND name = ?", (table,)
        ).scalar()
    )
    laptop.close()  # checkpointed: every page is in the file
    with open(profile.db_path, "r+b") as f:
        f.seek((root - 1) * _PAGE + 1024)
        f.write(os.urandom(256))


def _edit_notes(laptop, count: int, tag: str) -> dict[str, str]:
    ids = laptop.read(
        lambda conn: list(
            conn.execute(select(Opportunity.id).order_by(Opportunity.id).limit(count)).scalars()
        )
    )
    notes = {record_id: f"拜访后补记 {tag} {n}" for n, record_id in enumerate(ids)}
    for record_id, text in notes.items():
        laptop.edit(
            lambda conn, r=record_id, t=text: edits.update_record(
                conn, "opportunity", r, {"notes": t}
            )
        )
    return notes


def test_a_damaged_page_stops_status_and_sync_and_rebuild_keeps_the_edits(laptop_factory, server):
    laptop = laptop_factory("zhangwei")
    laptop.sync()
    notes = _edit_notes(laptop, 3, "rebuild")
    profile = laptop.profile
    damage_table(profile, laptop, "subscriber")

    for command in ("status", "sync"):
        refused = run(profile.root, command)
        assert refused.returncode == EXIT_DAMAGED, refused.stdout + refused.stderr
        assert "damaged" in refused.stderr and "rebuild" in refused.stderr
        assert "3 unsent" in refused.stderr and "Traceback" not in refused.stderr

    rebuilt = run(profile.root, "rebuild")
    assert rebuilt.returncode == 0, rebuilt.stdout + rebuilt.stderr
    assert "3 unsent change(s) kept in" in rebuilt.stdout
    assert "3 change(s) queued again" in rebuilt.stdout
    kept = next(profile.exports_dir.glob("unsent-before-rebuild-*.json"))
    document = json.loads(kept.read_text(encoding="utf-8"))
    assert {e["record_id"]: e["fields"]["notes"] for e in document["edits"]} == notes
    assert oct(kept.stat().st_mode & 0o777) == "0o600"

    status = run(profile.root, "status", "--json")
    assert status.returncode == 0, status.stderr
    figures = json.loads(status.stdout)
    assert figures["pending_changes"] == 3 and figures["counts"]["subscriber"] > 0

    synced = run(profile.root, "sync")
    assert synced.returncode == 0, synced.stderr
    for record_id, text in notes.items():
        assert server_record(server, "opportunity", record_id)["notes"] == text


def test_a_kept_edit_still_meets_a_server_change_as_a_conflict(laptop_factory, server, run_here):
    """The merge base comes back with the edit: a change made meanwhile on the server is not
    overwritten by the rebuilt laptop's edit of the same field."""
    laptop = laptop_factory("zhangwei")
    laptop.sync()
    record_id = next(iter(_edit_notes(laptop, 1, "conflict")))
    server.admin("PATCH", f"/records/opportunity/{record_id}", {"fields": {"notes": "省公司改过"}})
    profile = laptop.profile
    damage_table(profile, laptop, "bill")

    assert run_here(profile.root, "rebuild").returncode == 0
    synced = run_here(profile.root, "sync", "--json")
    assert synced.returncode == 0, synced.stderr
    assert json.loads(synced.stdout)["conflicts"] == 1
    assert server_record(server, "opportunity", record_id)["notes"] == "省公司改过"


def test_an_unreadable_outbox_keeps_the_damaged_file_aside(laptop_factory, run_here):
    laptop = laptop_factory("zhangwei")
    laptop.sync()
    _edit_notes(laptop, 2, "aside")
    profile = laptop.profile
    damage_table(profile, laptop, "outbox")

    refused = run_here(profile.root, "status")
    assert refused.returncode == EXIT_DAMAGED and "damaged" in refused.stderr
    rebuilt = run_here(profile.root, "rebuild")
    assert rebuilt.returncode == 0, rebuilt.stdout + rebuilt.stderr
    assert "could not be read" in rebuilt.stdout
    aside = list(profile.root.glob("cache.db.damaged-*"))
    assert aside and aside[0].name in rebuilt.stdout
    assert aside[0].stat().st_size > 0  # kept whole for support, never deleted
    assert run_here(profile.root, "status").returncode == 0


def test_a_whole_cache_is_not_rebuilt(laptop_factory, run_here):
    laptop = laptop_factory("zhangwei")
    laptop.sync()
    root: Path = laptop.profile.root
    laptop.close()
    done = run_here(root, "rebuild")
    assert done.returncode == 0 and "whole" in done.stdout
