"""The cache's integrity at open (issue 18): a run that ended without closing it is noticed,
and SQLite's quick check finds a damaged page of a real encrypted file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

from bigcust_desktop.store import edits
from bigcust_desktop.store.bulk import load_dataset
from bigcust_desktop.store.engine import open_store
from bigcust_desktop.store.integrity import quick_check
from bigcust_desktop.store.keys import load_or_create_key
from bigcust_desktop.store.salvage import export_damaged

from . import records as rec

_CRASHING_RUN = textwrap.dedent(
    """
    import os, sys
    from bigcust_desktop.store.engine import open_store
    from bigcust_desktop.store.keys import load_or_create_key
    from bigcust_desktop.store.profile import Profile
    profile = Profile.resolve(sys.argv[1])
    store = open_store(profile, load_or_create_key(profile).secret)
    with store.begin(write=True) as conn:
        conn.exec_driver_sql("INSERT INTO meta (key, value) VALUES ('crash', '1')")
    os._exit(9)  # no close: as a kill or a power cut leaves it
    """
)


def test_a_run_that_did_not_close_the_cache_is_noticed_once(store, profile):
    store.close()
    crashed = subprocess.run([sys.executable, "-c", _CRASHING_RUN, str(profile.root)], check=False)
    assert crashed.returncode == 9
    key = load_or_create_key(profile).secret
    after_crash = open_store(profile, key)
    assert after_crash.unclean
    after_crash.close()
    clean = open_store(profile, key)
    assert not clean.unclean
    clean.close()


def test_another_process_holding_the_cache_is_not_a_crash(store, profile):
    # This process has it open (the window), a second one opens it too (the CLI).
    second = open_store(profile, load_or_create_key(profile).secret)
    try:
        assert not second.unclean
    finally:
        second.close()


def test_quick_check_finds_a_damaged_page(store, profile):
    load_dataset(store, {"customer": [rec.customer(n) for n in range(1, 400)]})
    assert quick_check(store).ok
    with store.begin() as conn:
        root = conn.exec_driver_sql(
            "SELECT rootpage FROM sqlite_schema WHERE name = 'customer'"
        ).scalar()
    store.close()
    with open(profile.db_path, "r+b") as f:
        f.seek((root - 1) * 4096 + 2000)
        f.write(os.urandom(128))
    damaged = open_store(profile, load_or_create_key(profile).secret)
    try:
        report = quick_check(damaged)
        assert not report.ok and report.problems
    finally:
        damaged.close()


def test_the_unsent_edits_of_a_damaged_cache_can_be_exported_before_deciding(
    store, profile, tmp_path
):
    customers = [rec.customer(n) for n in range(1, 200)]
    load_dataset(
        store,
        {"customer": customers, "opportunity": [rec.opportunity(1, customers[0]["id"])]},
    )
    with store.begin(write=True) as conn:
        opportunity = conn.exec_driver_sql("SELECT id FROM opportunity").scalar()
        edits.update_record(conn, "opportunity", opportunity, {"notes": "损坏前的修改"})
        root = conn.exec_driver_sql(
            "SELECT rootpage FROM sqlite_schema WHERE name = 'customer'"
        ).scalar()
    store.close()
    with open(profile.db_path, "r+b") as f:
        f.seek((root - 1) * 4096 + 2000)
        f.write(os.urandom(128))
    before = profile.db_path.read_bytes()
    out = tmp_path / "kept.json"
    count = export_damaged(profile, load_or_create_key(profile).secret, out)
    assert count == 1
    (kept,) = json.loads(out.read_text(encoding="utf-8"))["edits"]
    assert kept["record_id"] == opportunity and kept["fields"] == {"notes": "损坏前的修改"}
    assert profile.db_path.read_bytes() == before  # nothing changed in the damaged file
