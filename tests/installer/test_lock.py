"""The lock file (requirements/lock.txt) that `make test`, `make installer` and the Windows
workflow install with: it pins every dependency pyproject.toml names, within its bounds, and
no pin is a release with a known advisory we raised the floors past (issue 12)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
LOCK = ROOT / "requirements" / "lock.txt"
_PIN = re.compile(r"^([A-Za-z0-9._-]+)==([^\s;]+)")


def pins() -> dict[str, Version]:
    found = {}
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        match = _PIN.match(line)
        if match:
            found[canonicalize_name(match[1])] = Version(match[2])
    return found


def declared() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    texts = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        texts += extra
    return [r for r in map(Requirement, texts) if canonicalize_name(r.name) != project["name"]]


def test_every_declared_dependency_is_locked_within_its_bounds():
    locked = pins()
    stale = [
        str(r)
        for r in declared()
        if canonicalize_name(r.name) not in locked
        or locked[canonicalize_name(r.name)] not in r.specifier
    ]
    assert stale == [], f"requirements/lock.txt is stale for {stale}: run `make lock`"


def test_the_lock_holds_no_release_with_the_advisories_we_raised_floors_past():
    locked = pins()
    assert locked["requests"] >= Version("2.32.4")  # CVE-2024-35195, CVE-2024-47081
    assert locked["urllib3"] >= Version("2.5.0")  # CVE-2025-50181, CVE-2025-50182
    assert locked["setuptools"] >= Version("78.1.1")  # CVE-2025-47273


def test_installs_and_the_bundle_build_use_the_lock():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "LOCK := requirements/lock.txt" in makefile
    assert "pip install --quiet -c $(LOCK)" in makefile
    workflow = (ROOT / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")
    assert "-c requirements/lock.txt" in workflow
