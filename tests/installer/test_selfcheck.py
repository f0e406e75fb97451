"""`python -m bigcust_desktop --self-check` as support and the installer smoke test run it.

Each test starts the real command in a child process with an explicit keyring backend.
"""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
from pathlib import Path

from bigcust_desktop import __version__

CHECKS = "sqlcipher, store, migrations, qt, translations, charts, icons, main window"


def self_check(tmp_path: Path, **env: str | None) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, "TMPDIR": str(tmp_path)}
    for name, value in env.items():
        if value is None:
            environ.pop(name, None)
        else:
            environ[name] = value
    return subprocess.run(
        [sys.executable, "-m", "bigcust_desktop", "--self-check"],
        env=environ,
        capture_output=True,
        text=True,
        timeout=90,
    )


def test_passes_without_keyring_or_display_and_leaves_nothing(tmp_path: Path) -> None:
    result = self_check(
        tmp_path,
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        QT_QPA_PLATFORM=None,  # the check picks the offscreen platform itself
        DISPLAY=None,
        WAYLAND_DISPLAY=None,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    line = lines[0]
    assert line.startswith(f"bigcust-desktop {__version__} self-check OK (python) in ")
    assert "Qt 6." in line and "(offscreen)" in line
    assert "SQLCipher 4." in line
    assert "key in the demo key file (no usable OS keyring)" in line
    assert f"8/8 checks passed ({CHECKS})" in line
    # The throw-away profile, its cache and its key file are gone.
    assert list(tmp_path.iterdir()) == []


def test_key_goes_through_the_keyring_and_is_removed(tmp_path: Path) -> None:
    data_home = tmp_path / "data"
    work = tmp_path / "tmp"
    work.mkdir()
    result = self_check(
        work,
        PYTHON_KEYRING_BACKEND="keyrings.alt.file.PlaintextKeyring",
        XDG_DATA_HOME=str(data_home),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "key in the OS keyring (keyrings.alt.file.PlaintextKeyring)" in result.stdout
    keyring_file = data_home / "python_keyring" / "keyring_pass.cfg"
    assert keyring_file.exists()  # the key was stored there during the check...
    stored = configparser.ConfigParser()
    stored.read(keyring_file)
    # ...and deleted after it: no section keeps an entry.
    assert [dict(stored[s]) for s in stored.sections() if dict(stored[s])] == []
    assert list(work.iterdir()) == []


def test_failure_names_what_is_missing(tmp_path: Path) -> None:
    result = self_check(tmp_path, PYTHON_KEYRING_BACKEND="bigcust_missing.Backend")
    assert result.returncode == 1
    line = result.stdout.strip()
    assert "\n" not in line
    assert line.startswith(f"bigcust-desktop {__version__} self-check FAILED (python)")
    assert "store: ModuleNotFoundError: No module named 'bigcust_missing'" in line
    assert "main window: not run (needs migrations)" in line
    # Checks that do not depend on the store still ran and passed.
    assert "5/8 checks passed" in line
    assert "Traceback" not in result.stderr
