"""Sign-out leaves no plaintext of the user's book in the profile (issue 12): the exports kept
there and the logs go with the cache; reports saved elsewhere stay the user's. The disabled
account's path through the CLI is in test_cli.py (it needs the simulator)."""

from __future__ import annotations

import logging

from bigcust_desktop.applog import setup_logging
from bigcust_desktop.domain.identity import UserProfile
from bigcust_desktop.reports.export import export
from bigcust_desktop.reports.period import ReportFilters
from bigcust_desktop.store.profile import MARKER
from bigcust_desktop.sync.account import wipe_profile

# What a wiped profile keeps: its marker, the server addresses and preferences, the empty lock.
KEPT = {MARKER, "settings.json", "profile.lock"}
USER = UserProfile.from_json(
    {"id": "U-0005", "username": "songjia", "name": "宋佳", "role": "account_manager",
     "city": "杭州", "team_id": "T-HZ-2"}
)  # fmt: skip


def files_in(root) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}


def test_sign_out_wipes_exports_and_logs_in_the_profile_not_the_users_own(profile, store, tmp_path):
    setup_logging(profile.log_dir)
    try:
        logging.getLogger("bigcust_desktop.test").warning("synced the book of 宋佳")
        export(store, ["pipeline"], ReportFilters(), USER, profile.exports_dir / "p.xlsx")
        (profile.exports_dir / "older").mkdir()
        (profile.exports_dir / "older" / "q.xlsx").write_bytes(b"PK")
        (profile.root / "settings.json").write_text("{}")
        mine = tmp_path / "my-reports" / "pipeline.xlsx"
        mine.parent.mkdir()
        export(store, ["pipeline"], ReportFilters(), USER, mine)
        assert {"exports/p.xlsx", "exports/older/q.xlsx"} <= files_in(profile.root)
        assert any(name.startswith("logs/") for name in files_in(profile.root))

        left = wipe_profile(profile, store)
        logging.getLogger("bigcust_desktop.test").warning("after the wipe")
    finally:
        setup_logging(None)
    assert left == []
    assert files_in(profile.root) <= KEPT
    assert profile.exports_dir.is_dir() and profile.log_dir.is_dir()
    assert mine.is_file()  # saved by the user outside the profile: the user's
