"""The window's sync brings the kept analysis up to date (issue 14: the worklist updates after
each sync in the background): after the first sync of a fresh laptop, nothing is left stale and
the at-risk list the reports read is there, without a `report` or `sync` from the command line.

Against the real simulator on loopback and a real encrypted store, the window as a user drives it.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from bigcust_desktop.store.engine import open_store
from bigcust_desktop.store.keys import load_or_create_key
from bigcust_desktop.store.profile import Profile
from bigcust_desktop.store.queries.book import Book
from bigcust_desktop.sync.account import sign_in
from bigcust_desktop.sync.config import Endpoints
from bigcust_desktop.ui.main_window import MainWindow
from bigcust_desktop.ui.tasks import TaskManager
from bigcust_sim.launcher import SimulatorProcess


@pytest.fixture(scope="module")
def server(sim_template: Path, tmp_path_factory) -> Iterator[SimulatorProcess]:
    data = tmp_path_factory.mktemp("ui-analysis") / "data"
    shutil.copytree(sim_template, data)
    sim = SimulatorProcess(data).start()
    yield sim
    sim.stop()


def test_the_windows_sync_leaves_no_customer_stale(qtbot, tmp_path: Path, server):
    profile = Profile.resolve(tmp_path / "profile")
    store = open_store(profile, load_or_create_key(profile).secret)
    store.migrate()
    endpoints = Endpoints.single_server(server.base_url)
    user, store = sign_in(profile, store, endpoints, "zhangwei", "demo1234", reopen=lambda: store)
    tasks = TaskManager()
    window = MainWindow(profile, store, user, tasks=tasks)
    qtbot.addWidget(window)
    window.show()
    try:
        with qtbot.waitSignal(window.synced, timeout=120_000):
            window.start_sync()
        with store.begin() as conn:
            stale = conn.exec_driver_sql("SELECT count(*) FROM analytics_stale").scalar()
            dirty = conn.exec_driver_sql("SELECT count(*) FROM analytics_dirty").scalar()
        assert stale == 0 and dirty == 0
        flagged = store.analytics.worklist(Book.of(user))
        assert flagged  # the seeded stories of zhangwei's book, ready for the reports
    finally:
        window.close()
        tasks.wait()
        store.close()
