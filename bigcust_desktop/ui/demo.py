"""Demo mode: the bundled simulator as a child process on a free loopback port.

Spawns `python -m bigcust_sim serve` (the client never imports the simulator) and stops it when
the app closes; the child also exits if our end of its stdin closes. Depends on the stdlib only.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

DEMO_USER = "zhangwei"
DEMO_PASSWORD = "demo1234"
_READY = "bigcust-sim listening on "


class DemoServerError(RuntimeError):
    """The simulator did not start; the message carries the end of its log."""


class DemoServer:
    """A simulator with the `small` profile and churn, in its own throw-away data directory."""

    def __init__(self, *, churn: float = 0.2, start_timeout: float = 120.0) -> None:
        self.data_dir = Path(tempfile.mkdtemp(prefix="bigcust-demo-sim-"))
        self.base_url = ""
        self._churn = churn
        self._timeout = start_timeout
        self._process: subprocess.Popen[str] | None = None

    def start(self) -> str:
        log_path = self.data_dir / "server.log"
        with open(log_path, "ab") as log_file:
            self._process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "bigcust_sim",
                    "serve",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    "0",
                    "--data",
                    str(self.data_dir),
                    "--profile",
                    "small",
                    "--churn",
                    str(self._churn),
                    "--exit-with-stdin",
                ],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=log_file,
                text=True,
                env={**os.environ, "PYTHONUNBUFFERED": "1"},
            )
        line: list[str] = []
        reader = threading.Thread(
            target=lambda: line.append(self._process.stdout.readline()),  # type: ignore[union-attr]
            daemon=True,
        )
        reader.start()
        reader.join(self._timeout)
        if not line or not line[0].startswith(_READY):
            self.stop()
            tail = log_path.read_text(encoding="utf-8", errors="replace")[-2000:]
            raise DemoServerError(f"the demo simulator did not start:\n{tail}")
        self.base_url = line[0][len(_READY) :].strip()
        return self.base_url

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        for stream in (process.stdin, process.stdout):
            if stream:
                stream.close()
        shutil.rmtree(self.data_dir, ignore_errors=True)  # simulated data: nothing to keep
