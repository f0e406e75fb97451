"""Simulator fixtures: one seeded template data directory per session, servers started on copies.

Servers are real child processes on a free loopback port (SimulatorProcess); never mocked.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bigcust_sim.launcher import SimulatorProcess

from .simhelpers import start_copy


@pytest.fixture(scope="session")
def sim(sim_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[SimulatorProcess]:
    """The shared server of the session. Tests that change state use their own records."""
    server = start_copy(sim_template, tmp_path_factory.mktemp("sim") / "data")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def dataset() -> Any:
    from bigcust_sim.seed import generate

    return generate("small")


@pytest.fixture
def no_faults(sim: SimulatorProcess) -> Iterator[SimulatorProcess]:
    sim.set_faults()
    try:
        yield sim
    finally:
        sim.set_faults()
