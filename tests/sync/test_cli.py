"""The headless commands as a script would use them: exit codes, messages, no tracebacks."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

from bigcust_sim.launcher import SimulatorProcess


def run(profile: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bigcust_desktop", "--profile", str(profile), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_login_sync_status_logout(tmp_path: Path, server: SimulatorProcess) -> None:
    profile = tmp_path / "p"
    done = run(profile, "sync")
    assert done.returncode == 3 and "login" in done.stderr and "Traceback" not in done.stderr

    bad = run(profile, "login", "--server", server.base_url, "--user", "zhangwei",
              "--password-stdin", stdin="wrong\n")  # fmt: skip
    assert bad.returncode == 3 and "refused" in bad.stderr and "Traceback" not in bad.stderr

    ok = run(profile, "login", "--server", server.base_url, "--user", "zhangwei",
             "--password-stdin", stdin="demo1234\n")  # fmt: skip
    assert ok.returncode == 0, ok.stderr
    assert "demo1234" not in ok.stdout + ok.stderr

    synced = run(profile, "sync", "--json")
    assert synced.returncode == 0, synced.stderr
    summary = json.loads(synced.stdout)
    assert summary["pulled"]["crm"] > 0 and summary["rejected"] == 0

    status = json.loads(run(profile, "status", "--json").stdout)
    assert status["user"]["username"] == "zhangwei"
    assert status["counts"]["customer"] == 150
    assert all(status["last_sync"].values()) and status["pending_changes"] == 0

    exported = run(profile, "report", "pipeline")
    assert exported.returncode == 0, exported.stderr
    assert list((profile / "exports").glob("pipeline-*.xlsx"))

    # Nothing secret in any file of the profile, logs included; every file owner-only.
    for path in profile.rglob("*"):
        if path.is_file():
            assert b"demo1234" not in path.read_bytes(), path
        if os.name == "posix":
            expected = 0o700 if path.is_dir() else 0o600
            assert stat.S_IMODE(path.stat().st_mode) == expected, path

    out = run(profile, "logout")
    assert out.returncode == 0
    assert not (profile / "cache.db").exists()
    # The exports and logs the app wrote into the profile go with the cache (issue 12).
    kept = {".bigcust-profile", "settings.json", "profile.lock"}
    assert {p.name for p in profile.rglob("*") if p.is_file()} <= kept
    assert run(profile, "sync").returncode == 3


def test_unreachable_server_is_a_clear_failure(tmp_path: Path) -> None:
    done = run(tmp_path / "p", "login", "--server", "http://127.0.0.1:9", "--user", "zhangwei",
               "--password-stdin", stdin="demo1234\n")  # fmt: skip
    assert done.returncode == 1
    assert "sign-in failed" in done.stderr and "Traceback" not in done.stderr


def test_bad_server_url_is_a_usage_error(tmp_path: Path) -> None:
    done = run(tmp_path / "p", "login", "--server", "ftp://x", "--user", "u", "--password-stdin",
               stdin="x\n")  # fmt: skip
    assert done.returncode == 2 and "Traceback" not in done.stderr


def test_plain_http_to_another_computer_is_refused_before_connecting(tmp_path: Path) -> None:
    # Were a request ever sent, the proxy variables would take it to a closed loopback port.
    guard = {"http_proxy": "http://127.0.0.1:9", "HTTP_PROXY": "http://127.0.0.1:9",
             "NO_PROXY": "", "no_proxy": ""}  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-m", "bigcust_desktop", "--profile", str(tmp_path / "p"), "login",
         "--server", "http://192.0.2.10:8080", "--user", "zhangwei", "--password-stdin"],
        input="demo1234\n", capture_output=True, text=True, timeout=120,
        env={**os.environ, **guard},
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert "https://" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "p" / "settings.json").exists()


def test_a_disabled_account_leaves_no_export_or_log_behind(laptop_factory, server) -> None:
    from bigcust_desktop.applog import setup_logging
    from bigcust_desktop.cli import main

    laptop = laptop_factory("caoxue")  # signed in: the refresh token is in the keyring
    laptop.sync()
    laptop.close()
    profile = laptop.profile.root
    user_id = next(u for u in server.admin("GET", "/users") if u["username"] == "caoxue")["id"]
    try:
        assert main(["--profile", str(profile), "report", "arrears"]) == 0
        assert list((profile / "exports").iterdir()) and list((profile / "logs").iterdir())
        server.admin("POST", f"/users/{user_id}/disable")
        assert main(["--profile", str(profile), "sync"]) == 4
    finally:
        server.admin("POST", f"/users/{user_id}/enable")
        setup_logging(None)
    kept = {".bigcust-profile", "settings.json", "profile.lock"}
    assert {p.name for p in profile.rglob("*") if p.is_file()} <= kept
