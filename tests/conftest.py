"""Shared fixtures: an isolated keyring and platform, a throw-away profile and store, seeded data.

Every test runs against a keyring file in a temporary directory, never the machine's keyring.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# Set at import, before anything can load a keyring backend or a Qt platform plugin.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_ISOLATED_HOME = Path(tempfile.mkdtemp(prefix="bigcust-tests-"))
atexit.register(shutil.rmtree, _ISOLATED_HOME, True)
os.environ["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
# keyrings.alt keeps its file under XDG_DATA_HOME; so does platformdirs' default profile.
os.environ["XDG_DATA_HOME"] = str(_ISOLATED_HOME / "data")
os.environ["XDG_CONFIG_HOME"] = str(_ISOLATED_HOME / "config")

from storecopy import open_copy, open_empty, open_migrated  # noqa: E402

from bigcust_desktop.store.engine import Store  # noqa: E402
from bigcust_desktop.store.profile import Profile  # noqa: E402


@pytest.fixture
def profile(tmp_path: Path) -> Profile:
    """A real (non-demo) profile in the test's temporary directory."""
    return Profile.resolve(tmp_path / "profile")


@pytest.fixture
def store(profile: Profile) -> Iterator[Store]:
    """An empty encrypted store at the newest schema, closed after the test (a copy of one
    migrated once: tests of the migration itself migrate their own)."""
    store = open_empty(profile)
    yield store
    store.close()


@pytest.fixture(scope="session")
def small_dataset():  # -> bigcust_sim.seed.Dataset
    """The `small` seeded dataset, generated once per session."""
    seed = pytest.importorskip("bigcust_sim.seed")
    if not hasattr(seed, "generate"):
        pytest.skip("bigcust_sim.seed.generate is not available yet")
    return seed.generate("small")


@pytest.fixture(scope="session")
def small_template(tmp_path_factory: pytest.TempPathFactory, small_dataset) -> Profile:
    """A closed store loaded with the small dataset once per session, its analysis computed as
    after a first sync: never opened again, only copied (`storecopy.open_copy`)."""
    from bigcust_desktop.store.bulk import load_dataset

    profile = Profile.resolve(tmp_path_factory.mktemp("small-template") / "profile")
    store = open_migrated(profile)
    load_dataset(store, small_dataset.records)
    store.analytics.refresh(None)
    store.close()
    return profile


@pytest.fixture(scope="session")
def small_store(
    tmp_path_factory: pytest.TempPathFactory, small_template: Profile
) -> Iterator[Store]:
    """The small dataset loaded and analysed, shared by the session: read it, do not change it."""
    store = open_copy(small_template, Profile.resolve(tmp_path_factory.mktemp("small") / "profile"))
    yield store
    store.close()


@pytest.fixture(scope="session")
def sim_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A simulator data directory seeded once with the small profile; servers run on copies."""
    import subprocess
    import sys

    path = tmp_path_factory.mktemp("sim-template")
    subprocess.run(
        [sys.executable, "-m", "bigcust_sim", "users", "--data", str(path), "--profile", "small"],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return path


class PgTemplate:
    """A seeded PostgreSQL database and its data directory (secret, admin token)."""

    def __init__(self, cluster, data: Path, database: str) -> None:
        self.cluster = cluster
        self.data = data
        self.database = database
        self._copies = 0

    def copy(self, target: Path) -> str:
        """A copy of the data directory at `target` and of the database; the copy's URL."""
        self._copies += 1
        shutil.copytree(self.data, target)
        return self.cluster.create_database(f"sim_{self._copies}", template=self.database)

    def start_copy(self, target: Path, **kwargs):  # -> SimulatorProcess
        from bigcust_sim.launcher import SimulatorProcess

        url = self.copy(target)
        extra = ["--database-url", url, *kwargs.pop("extra_args", ())]
        return SimulatorProcess(target, extra_args=extra, **kwargs).start()


@pytest.fixture(scope="session")
def pg_cluster():  # -> bigcust_sim.pgcluster.PgCluster
    """A throw-away PostgreSQL server for the session (Debian's postgresql; `make postgres`)."""
    from bigcust_sim.pgcluster import PgCluster

    with PgCluster() as cluster:
        yield cluster


@pytest.fixture(scope="session")
def pg_template(pg_cluster, tmp_path_factory: pytest.TempPathFactory):  # -> PgTemplate
    """A PostgreSQL database seeded once with the small profile; servers run on copies of it."""
    import subprocess
    import sys

    data = tmp_path_factory.mktemp("pg-template")
    url = pg_cluster.create_database("template_small")
    subprocess.run(
        [sys.executable, "-m", "bigcust_sim", "users", "--data", str(data), "--profile", "small",
         "--database-url", url],
        check=True,
        capture_output=True,
        timeout=180,
    )  # fmt: skip
    return PgTemplate(pg_cluster, data, "template_small")
