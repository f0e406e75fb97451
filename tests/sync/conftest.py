"""Sync fixtures: a seeded simulator template, servers on copies, laptops signed in to them.

Servers are real child processes on a free loopback port; they stop with the fixture.
"""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from bigcust_sim.launcher import SimulatorProcess

from .clirun import InProcess
from .laptop import Laptop

_counter = itertools.count()


@pytest.fixture(scope="session")
def sync_template(sim_template: Path) -> Path:
    """The session's seeded simulator data (tests/conftest.py), copied for every server."""
    return sim_template


@pytest.fixture(scope="module")
def server(
    sync_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[SimulatorProcess]:
    """A server of this module's own (tests here change its state)."""
    data = tmp_path_factory.mktemp("server") / "data"
    shutil.copytree(sync_template, data)
    sim = SimulatorProcess(data).start()
    try:
        yield sim
    finally:
        sim.stop()


@pytest.fixture
def laptop_factory(tmp_path: Path, server: SimulatorProcess) -> Iterator[Callable[..., Laptop]]:
    made: list[Laptop] = []

    def make(username: str, *, login: bool = True) -> Laptop:
        laptop = Laptop(tmp_path / f"laptop-{next(_counter)}-{username}", server.base_url, username)
        if login:
            laptop.login()
        made.append(laptop)
        return laptop

    yield make
    for laptop in made:
        laptop.close()


@pytest.fixture
def run_here(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> InProcess:
    """The command line in this process (`clirun.InProcess`): no interpreter start."""
    return InProcess(capsys, monkeypatch)
