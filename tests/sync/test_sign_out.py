"""Sign-out and a disabled account leave no plaintext of the user's book in the profile
(issue 12): the exports kept there and the logs go with the cache; reports saved elsewhere stay."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

from bigcust_desktop.applog import setup_logging
from bigcust_desktop.reports.export import export
from bigcust_desktop.reports.period import ReportFilters
from bigcust_desktop.store.profile import MARKER
from bigcust_desktop.sync.account import wipe_profile
from bigcust_desktop.sync.engine import signed_in_user

# What a wiped profile keeps: its marker, the server addresses and preferences, the empty lock.
KEPT = {MARKER, "settings.json", "profile.lock"}


def files_in(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}


def test_sign_out_wipes_exports_and_logs_in_the_profile_not_the_users_own(laptop_factory, tmp_path):
    laptop = laptop_factory("songjia")
    profile = laptop.profile
    setup_logging(profile.log_dir)
    try:
        laptop.sync()
        logging.getLogger("bigcust_desktop.test").warning("synced the book of 宋佳")
        user = signed_in_user(laptop.store).to_json()
        export(laptop.store, ["pipeline"], ReportFilters(), user, profile.exports_dir / "p.xlsx")
        (profile.exports_dir / "older").mkdir()
        (profile.exports_dir / "older" / "q.xlsx").write_bytes(b"PK")
        mine = tmp_path / "my-reports" / "pipeline.xlsx"
        mine.parent.mkdir()
        export(laptop.store, ["pipeline"], ReportFilters(), user, mine)
        assert "exports/p.xlsx" in files_in(profile.root)
        assert any(name.startswith("logs/") for name in files_in(profile.root))

        left = wipe_profile(profile, laptop.store)
        logging.getLogger("bigcust_desktop.test").warning("after the wipe")
    finally:
        setup_logging(None)
    assert left == []
    assert files_in(profile.root) <= KEPT
    assert profile.exports_dir.is_dir() and profile.log_dir.is_dir()
    assert mine.is_file()  # saved by the user outside the profile: the user's


def run(profile: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bigcust_desktop", "--profile", str(profile), *args],
        input=stdin, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_a_disabled_account_leaves_no_export_or_log_behind(tmp_path, server):
    profile = tmp_path / "p"
    login = run(profile, "login", "--server", server.base_url, "--user", "caoxue",
                "--password-stdin", stdin="demo1234\n")  # fmt: skip
    assert login.returncode == 0, login.stderr
    assert run(profile, "sync").returncode == 0
    assert run(profile, "report", "arrears").returncode == 0
    assert list((profile / "exports").iterdir()) and list((profile / "logs").iterdir())
    user_id = next(u for u in server.admin("GET", "/users") if u["username"] == "caoxue")["id"]
    server.admin("POST", f"/users/{user_id}/disable")
    try:
        done = run(profile, "sync")
    finally:
        server.admin("POST", f"/users/{user_id}/enable")
    assert done.returncode == 4, done.stderr
    assert "Traceback" not in done.stderr
    assert files_in(profile) <= KEPT
