"""The headless commands as a script would use them: exit codes, messages, no tracebacks."""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import requests

from bigcust_desktop.store.profile import Profile
from bigcust_desktop.store.secrets import ProfileSecrets
from bigcust_desktop.sync.auth import PENDING_REVOCATION, REFRESH_TOKEN
from bigcust_desktop.sync.config import Endpoints, save_endpoints
from bigcust_sim.launcher import SimulatorProcess

from .clirun import InProcess


def run(profile: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """The command line as a script runs it: a process of its own."""
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

    # The export's audit event waits in the outbox: signing out would lose it, so it is refused
    # until a sync has sent it (issue 12: exports are audited where the province sees them).
    refused = run(profile, "logout")
    assert refused.returncode == 5 and "sync" in refused.stderr
    assert run(profile, "sync").returncode == 0
    out = run(profile, "logout")
    assert out.returncode == 0
    assert not (profile / "cache.db").exists()
    # The exports and logs the app wrote into the profile go with the cache (issue 12).
    kept = {".bigcust-profile", "settings.json", "profile.lock"}
    assert {p.name for p in profile.rglob("*") if p.is_file()} <= kept
    assert run(profile, "sync").returncode == 3


def test_unreachable_server_is_a_clear_failure(tmp_path: Path, run_here: InProcess) -> None:
    done = run_here(tmp_path / "p", "login", "--server", "http://127.0.0.1:9", "--user", "zhangwei",
               "--password-stdin", stdin="demo1234\n")  # fmt: skip
    assert done.returncode == 1
    assert "sign-in failed" in done.stderr and "Traceback" not in done.stderr


def test_bad_server_url_is_a_usage_error(tmp_path: Path, run_here: InProcess) -> None:
    done = run_here(tmp_path / "p", "login", "--server", "ftp://x", "--user", "u",
                    "--password-stdin", stdin="x\n")  # fmt: skip
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


def _refresh_works(server: SimulatorProcess, token: str) -> bool:
    response = requests.post(
        server.url("/auth/token"),
        json={"grant_type": "refresh_token", "refresh_token": token},
        timeout=30,
    )
    return response.status_code == 200


def _login(cli, profile: Path, server_url: str, user: str, password: str = "demo1234"):
    return cli(profile, "login", "--server", server_url, "--user", user, "--password-stdin",
               stdin=f"{password}\n")  # fmt: skip


def test_logout_revokes_the_sign_in_on_the_server(
    tmp_path: Path, server: SimulatorProcess, run_here: InProcess
) -> None:
    profile = tmp_path / "p"
    assert _login(run_here, profile, server.base_url, "lina").returncode == 0
    secrets = ProfileSecrets(Profile.resolve(profile))
    token = secrets.get(REFRESH_TOKEN)
    assert token
    out = run_here(profile, "logout")
    assert out.returncode == 0, out.stderr
    assert not _refresh_works(server, token)  # a copy of the token is worth nothing now
    assert secrets.get(REFRESH_TOKEN) is None and secrets.get(PENDING_REVOCATION) is None


def test_offline_logout_revokes_at_the_next_sign_in(
    tmp_path: Path, server: SimulatorProcess, run_here: InProcess
) -> None:
    profile = tmp_path / "p"
    assert _login(run_here, profile, server.base_url, "lina").returncode == 0
    handle = Profile.resolve(profile)
    secrets = ProfileSecrets(handle)
    token = secrets.get(REFRESH_TOKEN)
    assert token
    save_endpoints(handle.settings_path, Endpoints.single_server("http://127.0.0.1:9"))
    out = run_here(profile, "logout")  # no server: signed out all the same, revocation waits
    assert out.returncode == 0 and "next sign-in" in out.stdout
    assert _refresh_works(server, token)
    assert secrets.get(PENDING_REVOCATION) == token  # in the keyring, not in a file
    assert all(token.encode() not in p.read_bytes() for p in profile.rglob("*") if p.is_file())
    assert _login(run_here, profile, server.base_url, "lina").returncode == 0
    assert not _refresh_works(server, token)
    assert secrets.get(PENDING_REVOCATION) is None


def test_repeated_wrong_passwords_tell_how_long_to_wait(
    tmp_path: Path, server: SimulatorProcess, run_here: InProcess
) -> None:
    profile = tmp_path / "p"
    assert _login(run_here, profile, server.base_url, "caoxue", "wrong").returncode == 3
    for _ in range(4):  # the simulator's default: 5 failures of one user name
        wrong = {"grant_type": "password", "username": "caoxue", "password": "wrong"}
        assert requests.post(server.url("/auth/token"), json=wrong, timeout=30).status_code == 401
    locked = _login(run_here, profile, server.base_url, "caoxue")  # right password, still locked
    assert locked.returncode == 3
    assert re.search(r"try again in \d+ seconds \[auth\.throttled\]", locked.stderr)
    assert "Traceback" not in locked.stderr
