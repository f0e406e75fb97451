"""The command line run in this process, through the same `cli.main` a process would run.

Depends on the CLI only; the `run_here` fixture (tests/sync/conftest.py) hands it to tests.
"""

from __future__ import annotations

import io
import logging
import subprocess
import sys
from pathlib import Path

import pytest


class InProcess:
    """`run` through the same `cli.main` in this process: no interpreter start (a second or two
    on a loaded machine). `test_login_sync_status_logout` and the damaged-cache repro keep true
    processes; the other cases use this."""

    def __init__(self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
        self.capsys = capsys
        self.monkeypatch = monkeypatch

    def __call__(self, profile: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
        from bigcust_desktop.cli import main

        argv = ["--profile", str(profile), *args]
        self.monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        root = logging.getLogger()
        handlers, level = root.handlers[:], root.level
        self.capsys.readouterr()
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse's usage errors
            code = exc.code if isinstance(exc.code, int) else 2
        finally:
            # The command set up its own logging (a file in the profile): close it and put
            # pytest's handlers back.
            for handler in root.handlers:
                if handler not in handlers:
                    handler.close()
            root.handlers[:] = handlers
            root.setLevel(level)
        out = self.capsys.readouterr()
        return subprocess.CompletedProcess(argv, code, out.out, out.err)
