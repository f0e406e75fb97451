"""`SimulatorProcess`: a simulator child process for tests, benchmarks and scripts, always stopped.

Depends on the standard library and `requests` (for the admin helper) only.
"""

from __future__ import annotations

import contextlib
import os
import queue
import signal
import subprocess
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, Any

import requests

READY_PREFIX = "bigcust-sim listening on "


class SimulatorError(RuntimeError):
    """The simulator did not start (its output is in the message)."""


class SimulatorProcess:
    """A running simulator: `with SimulatorProcess(data_dir) as sim: sim.base_url ...`."""

    def __init__(
        self,
        data_dir: Path | str,
        *,
        profile: str = "small",
        seed: int | None = None,
        token_ttl: int | None = None,
        admin_token: str | None = None,
        churn: float | None = None,
        extra_args: Sequence[str] = (),
        start_timeout: float = 180.0,
        python: str = sys.executable,
    ) -> None:
        self.data_dir = Path(data_dir)
        self.args = [
            python, "-m", "bigcust_sim", "serve", "--host", "127.0.0.1", "--port", "0",
            "--data", str(self.data_dir), "--profile", profile, "--exit-with-stdin",
        ]  # fmt: skip
        if seed is not None:
            self.args += ["--seed", str(seed)]
        if token_ttl is not None:
            self.args += ["--token-ttl", str(token_ttl)]
        if admin_token is not None:
            self.args += ["--admin-token", admin_token]
        if churn is not None:
            self.args += ["--churn", str(churn)]
        self.args += list(extra_args)
        self.start_timeout = start_timeout
        self.base_url = ""
        self.admin_token = admin_token or ""
        self.process: subprocess.Popen[bytes] | None = None
        self.session = requests.Session()
        self._log_lines: list[str] = []

    # -- life cycle ---------------------------------------------------------------------------

    def start(self) -> SimulatorProcess:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        log_path = self.data_dir / "server.log"
        # Owner-only like every file of the data directory: the log may name users and records.
        fd = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.chmod(log_path, 0o600)
        self._log = os.fdopen(fd, "ab")
        self.process = subprocess.Popen(
            self.args,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._log,
            start_new_session=True,  # its own process group: a Ctrl-C here does not race it
        )
        assert self.process.stdout is not None
        lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(
            target=_pump, args=(self.process.stdout, lines, self._log_lines), daemon=True
        ).start()
        try:
            while True:
                line = lines.get(timeout=self.start_timeout)
                if line is None:
                    raise SimulatorError(self._failure("exited before it was ready"))
                if line.startswith(READY_PREFIX):
                    self.base_url = line[len(READY_PREFIX) :].strip()
                    break
        except queue.Empty:
            self.stop()
            raise SimulatorError(self._failure("did not get ready in time")) from None
        except BaseException:
            self.stop()
            raise
        if not self.admin_token:
            self.admin_token = (self.data_dir / "admin-token").read_text().strip()
        return self

    def _failure(self, what: str) -> str:
        self.stop()
        log = (self.data_dir / "server.log").read_text(errors="replace")[-4000:]
        return f"simulator {what}; its log ends:\n{log}"

    def stop(self) -> None:
        process = self.process
        if process is None:
            return
        self.process = None
        if process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=10)
        if process.stdin is not None:
            process.stdin.close()
        self.session.close()
        self._log.close()

    def __enter__(self) -> SimulatorProcess:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- helpers ------------------------------------------------------------------------------

    def url(self, path: str) -> str:
        return self.base_url + path

    def admin(self, method: str, path: str, json: Any = None, *, timeout: float = 60) -> Any:
        """Call an admin endpoint (`/admin` prefix optional); raises on a non-2xx answer."""
        if not path.startswith("/admin"):
            path = "/admin" + path
        response = self.session.request(
            method,
            self.url(path),
            json=json,
            headers={"Authorization": f"Bearer {self.admin_token}"},
            timeout=timeout,
        )
        if response.status_code >= 400:
            raise SimulatorError(f"{method} {path}: {response.status_code} {response.text[:500]}")
        return response.json()

    def set_faults(self, **faults: Any) -> Any:
        """Replace the fault settings (no arguments: all off)."""
        return self.admin("PUT", "/faults", faults)


def _pump(stream: IO[bytes], lines: queue.Queue[str | None], keep: list[str]) -> None:
    for raw in stream:
        line = raw.decode(errors="replace")
        keep.append(line)
        lines.put(line)
    lines.put(None)
