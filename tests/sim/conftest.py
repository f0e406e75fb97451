"""Simulator fixtures: one seeded template data directory per session, servers started on copies.

Servers are real child processes on a free loopback port (SimulatorProcess); never mocked.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from bigcust_sim.launcher import SimulatorProcess

from .simhelpers import start_copy


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest) -> str:
    """The contract suite runs on both databases the simulator supports."""
    return str(request.param)


def start_on(
    database: str,
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    name: str,
    **kwargs: Any,
) -> SimulatorProcess:
    """A server on a copy of the seeded template of `database` (PostgreSQL started on demand)."""
    target = tmp_path_factory.mktemp(name) / "data"
    if database == "postgresql":
        return request.getfixturevalue("pg_template").start_copy(target, **kwargs)
    return start_copy(request.getfixturevalue("sim_template"), target, **kwargs)


@pytest.fixture(scope="session")
def sim(
    database: str, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[SimulatorProcess]:
    """The shared server of the session. Tests that change state use their own records."""
    server = start_on(database, request, tmp_path_factory, "sim")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def dataset(small_dataset: Any) -> Any:
    """The seeded `small` dataset the simulator serves: the session's one (tests/conftest.py)."""
    return small_dataset


@pytest.fixture
def no_faults(sim: SimulatorProcess) -> Iterator[SimulatorProcess]:
    sim.set_faults()
    try:
        yield sim
    finally:
        sim.set_faults()
