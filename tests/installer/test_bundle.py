"""The one-folder bundle: built by `make installer`, then run as a laptop without Python runs it.

Slow (a PyInstaller build of a minute or more): run by `make test-installer`, not by `make test`.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bigcust_desktop import __version__

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1200)]

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "build" / "bigcust-desktop"
BUNDLE = ROOT / "dist" / "bigcust-desktop"
EXECUTABLE = BUNDLE / ("bigcust-desktop-cli.exe" if sys.platform == "win32" else "bigcust-desktop")
# The bundle has no keyrings.alt (a test tool): a backend that stores nothing, chosen explicitly.
NO_KEYRING = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


@pytest.fixture(scope="module")
def bundle() -> Iterator[Path]:
    result = subprocess.run(
        ["make", "installer"], cwd=ROOT, capture_output=True, text=True, timeout=1100
    )
    assert result.returncode == 0, (result.stdout + result.stderr)[-4000:]
    assert EXECUTABLE.is_file()
    yield BUNDLE


def run_bundled(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **NO_KEYRING, "TMPDIR": str(tmp_path)}
    # Nothing of the development tree may leak in: the bundle must stand on its own.
    env.pop("PYTHONPATH", None)
    env.pop("VIRTUAL_ENV", None)
    return subprocess.run(
        [str(EXECUTABLE), *args],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_bundled_version(bundle: Path, tmp_path: Path) -> None:
    result = run_bundled("--version", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"bigcust-desktop {__version__}"


def test_bundled_self_check(bundle: Path, tmp_path: Path) -> None:
    result = run_bundled("--self-check", tmp_path=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    line = result.stdout.strip()
    assert line.startswith(f"bigcust-desktop {__version__} self-check OK (bundle) in ")
    assert "8/8 checks passed" in line
    assert list(tmp_path.iterdir()) == []


def test_bundle_holds_what_runs_by_path(bundle: Path) -> None:
    internal = bundle / "_internal"
    package = internal / "bigcust_desktop"
    migrations = package / "store" / "migrations"
    for name in ("env.py", "alembic.ini", "script.py.mako", "versions/0001_schema.py"):
        assert (migrations / name).is_file(), name
    assert (package / "resources" / "i18n" / "bigcust_zh_CN.qm").is_file()
    assert (package / "resources" / "icons" / "bigcust-desktop.svg").is_file()
    assert not list(package.rglob("*.ts")), "translation sources are not shipped"
    plugins = internal / "PySide6" / "Qt" / "plugins"
    if sys.platform != "win32":
        assert (plugins / "platforms" / "libqoffscreen.so").is_file()
    assert list((plugins / "imageformats").iterdir())
    assert list((plugins / "iconengines").iterdir())
    dangling = [p for p in bundle.rglob("*") if p.is_symlink() and not p.exists()]
    assert dangling == []


def test_bundle_leaves_out_the_simulator_and_dev_tools(bundle: Path) -> None:
    from PyInstaller.archive.readers import ZlibArchiveReader

    modules = set(ZlibArchiveReader(str(BUILD / "PYZ-00.pyz")).toc)
    assert "bigcust_desktop.selfcheck" in modules
    for excluded in ("bigcust_sim", "pytest", "faker", "fastapi", "uvicorn", "hypothesis"):
        assert not {m for m in modules if m == excluded or m.startswith(excluded + ".")}, excluded
    assert not (bundle / "_internal" / "bigcust_sim").exists()


def test_bundle_carries_the_licence_and_every_notice(bundle: Path) -> None:
    text = (bundle / "LICENSE.txt").read_text(encoding="utf-8")
    assert "GNU GENERAL PUBLIC LICENSE" in text and "Version 3" in text
    notices = (bundle / "THIRD-PARTY-NOTICES.txt").read_text(encoding="utf-8")
    components = ("Python ", "PySide6_Addons ", "PySide6_Essentials ", "shiboken6 ",
                  "sqlcipher3 ", "requests ", "truststore ", "openpyxl ",
                  "pyinstaller ")  # fmt: skip
    for component in components:
        assert component.lower() in notices.lower(), component
    licenses = bundle / "licenses"
    for name in ("LGPL-3.0.txt", "GPL-3.0.txt", "Qt-source-offer.txt", "SQLCipher.txt",
                 "SQLite.txt", "OpenSSL.txt", "Apache-2.0.txt"):  # fmt: skip
        assert (licenses / name).is_file(), name
    # Every distribution whose metadata PyInstaller copied in is named in the notices.
    for info in (bundle / "_internal").glob("*.dist-info"):
        name = info.name.split("-")[0].replace("_", "-").lower()
        assert name in notices.lower().replace("_", "-"), info.name
