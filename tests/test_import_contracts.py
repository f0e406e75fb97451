"""The import contracts in pyproject.toml say what DESIGN §3 says, and hold.

Each wrong-way import §3 forbids is written into a copy of the tree; `lint-imports` must then
fail and name the contract that caught it, and pass on the copy as it is. One copy, probes in
turn (each undone before the next), so the linter's cache keeps every run short.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")

QT = "Qt only in the UI and the self-check"
SQL = "SQL only in the store and the reports"
HTTP = "HTTP only in sync"
UI_HTTP = "The UI reaches HTTP only through the sync client"
SIM = "The simulator reaches only the client's domain"
LAYERS = "Client layers (DESIGN section 3)"
DOMAIN = "Domain has no I/O libraries"
EXCEL = "Excel only in reports"

# (file, the import written into it, the contracts that must break)
PROBES: list[tuple[str, str, set[str]]] = [
    ("bigcust_desktop/sync/progress.py", "import PySide6", {QT}),
    ("bigcust_desktop/reports/stats.py", "import PySide6", {QT}),
    ("bigcust_desktop/ui/labels.py", "import sqlalchemy", {SQL}),
    ("bigcust_desktop/ui/customers/list_view.py", "from sqlalchemy import select", {SQL}),
    ("bigcust_desktop/sync/engine.py", "from sqlalchemy import select", {SQL}),
    ("bigcust_sim/config.py", "import bigcust_desktop.store", {SIM}),
    ("bigcust_sim/config.py", "from bigcust_desktop.sync import errors", {SIM}),
    ("bigcust_desktop/store/settings.py", "import requests", {HTTP}),
    ("bigcust_desktop/reports/stats.py", "import requests", {HTTP}),
    ("bigcust_desktop/ui/labels.py", "import requests", {HTTP, UI_HTTP}),
    # Inside sync, but a second way from the window to the network beside the one client.
    ("bigcust_desktop/sync/progress.py", "import requests", {UI_HTTP}),
    ("bigcust_desktop/store/settings.py", "from bigcust_desktop.ui import qt", {LAYERS}),
    ("bigcust_desktop/domain/money.py", "import openpyxl", {DOMAIN, EXCEL}),
    ("bigcust_desktop/store/bulk.py", "import openpyxl", {EXCEL}),
]


def _lint(tree: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(tree)}  # the copy's packages, not the installed ones
    return subprocess.run(
        [str(LINT_IMPORTS)], cwd=tree, env=env, capture_output=True, text=True, timeout=120
    )


def _broken(output: str) -> set[str]:
    """The contracts the summary marks BROKEN (a line may end "BROKEN (1 ignored import)")."""
    return {
        line.split(" BROKEN", 1)[0].strip()
        for line in output.splitlines()
        if " BROKEN" in line and not line.startswith("Contracts:")
    }


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    copy = tmp_path_factory.mktemp("tree")
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for package in ("bigcust_desktop", "bigcust_sim"):
        shutil.copytree(ROOT / package, copy / package, ignore=ignore)
    shutil.copy(ROOT / "pyproject.toml", copy / "pyproject.toml")
    return copy


def test_every_probe_breaks_its_contract_and_the_tree_as_it_is_passes(tree: Path) -> None:
    clean = _lint(tree)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    missed = []
    for relative, line, contracts in PROBES:
        path = tree / relative
        original = path.read_text(encoding="utf-8")
        path.write_text(original + f"\n{line}  # probe\n", encoding="utf-8")
        try:
            result = _lint(tree)
        finally:
            path.write_text(original, encoding="utf-8")
        broken = _broken(result.stdout)
        if result.returncode == 0 or not contracts <= broken:
            missed.append((relative, line, sorted(contracts), sorted(broken)))
    assert not missed, missed


def test_the_simulator_contract_names_every_client_module_but_the_domain() -> None:
    """A new top-level module of the client is forbidden to the simulator until listed."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    (contract,) = [c for c in config["tool"]["importlinter"]["contracts"] if c["name"] == SIM]
    package = ROOT / "bigcust_desktop"
    modules = {
        f"bigcust_desktop.{p.stem}"
        for p in package.iterdir()
        if (p.suffix == ".py" and p.name != "__init__.py") or (p / "__init__.py").is_file()
    }
    assert set(contract["forbidden_modules"]) == modules - {"bigcust_desktop.domain"}
