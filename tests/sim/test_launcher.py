"""The launcher never leaves a server running: not after stop(), and not when its parent dies.

The parent is a real child Python process killed with SIGKILL.
"""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import requests

from bigcust_sim.launcher import SimulatorProcess

PARENT = """
import sys, time
from bigcust_sim.launcher import SimulatorProcess
sim = SimulatorProcess(sys.argv[1]).start()
print(sim.process.pid, sim.base_url, flush=True)
time.sleep(600)
"""


def _gone(pid: int, within: float = 15.0) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        # Reap it if it is our zombie child.
        try:
            if os.waitpid(pid, os.WNOHANG)[0] == pid:
                return True
        except ChildProcessError:
            pass
        time.sleep(0.05)
    return False


def test_stop_ends_the_server(sim_template: Path, tmp_path: Path) -> None:
    shutil.copytree(sim_template, tmp_path / "data")
    with SimulatorProcess(tmp_path / "data") as sim:
        assert sim.process is not None
        pid = sim.process.pid
        assert requests.get(sim.url("/openapi.json"), timeout=10).status_code == 200
    assert _gone(pid)


def test_server_exits_when_the_parent_is_killed(sim_template: Path, tmp_path: Path) -> None:
    shutil.copytree(sim_template, tmp_path / "data")
    parent = subprocess.Popen(
        [sys.executable, "-c", PARENT, str(tmp_path / "data")],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert parent.stdout is not None
        pid_text, base_url = parent.stdout.readline().split()
        assert requests.get(base_url + "/openapi.json", timeout=10).status_code == 200
    finally:
        parent.send_signal(signal.SIGKILL)
        parent.wait(timeout=10)
    assert _gone(int(pid_text))


def test_every_file_of_the_data_directory_is_owner_only(sim_template: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(sim_template, data)
    previous = os.umask(0o022)  # the usual umask: files would be world-readable by default
    try:
        with SimulatorProcess(data, churn=50) as sim:  # churn writes: the WAL file exists
            assert requests.get(sim.url("/openapi.json"), timeout=10).status_code == 200
            written = {p.name: stat.S_IMODE(p.stat().st_mode) for p in data.iterdir()}
    finally:
        os.umask(previous)
    assert {"sim.sqlite3", "sim.sqlite3-wal", "secret", "admin-token", "server.log"} <= set(written)
    assert {name: mode for name, mode in written.items() if mode & 0o077} == {}
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
