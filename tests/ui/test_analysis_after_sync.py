"""The window's sync brings the kept analysis up to date (issue 14: the worklist updates after
each sync in the background): after the first sync of a fresh laptop, nothing is left stale and
the at-risk list the reports read is there, without a `report` or `sync` from the command line.

Against the real simulator on loopback and a real encrypted store, the window as a user drives it.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bigcust_desktop.domain.analytics.months import local_day
from bigcust_desktop.store.engine import open_store
from bigcust_desktop.store.keys import load_or_create_key
from bigcust_desktop.store.profile import Profile
from bigcust_desktop.store.queries.book import Book
from bigcust_desktop.store.services.meta import read_meta, write_meta
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


@pytest.fixture
def synced(qtbot, tmp_path: Path, server) -> Iterator[tuple[MainWindow, Any, Any]]:
    """张伟's window on a fresh laptop after its first sync: (window, store, user)."""
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
        yield window, store, user
    finally:
        window.close()
        tasks.wait()
        store.close()


def test_the_windows_sync_leaves_no_customer_stale(synced):
    _window, store, user = synced
    with store.begin() as conn:
        stale = conn.exec_driver_sql("SELECT count(*) FROM analytics_stale").scalar()
        dirty = conn.exec_driver_sql("SELECT count(*) FROM analytics_dirty").scalar()
    assert stale == 0 and dirty == 0
    flagged = store.analytics.worklist(Book.of(user))
    assert flagged  # the seeded stories of zhangwei's book, ready for the reports


def test_a_sync_at_open_is_the_only_refresh_of_the_day(qtbot, synced, server):
    """A window that syncs at once on a new day: its own check of the day (`AnalysisDay`)
    waits for the sync, whose refresh brings the analysis to today, and then finds nothing to
    redo, so the book is not judged twice (a slow server keeps the sync running meanwhile)."""
    window, store, user = synced
    day = window.day  # the check of the fixture's own opening ends first
    qtbot.waitUntil(lambda: not day.pending and not day.running, timeout=30_000)
    with store.begin(write=True) as conn:  # as if the last refresh ran days ago
        kept = read_meta(conn, "analytics_basis")
        write_meta(conn, "analytics_basis", {**kept, "day": "2000-01-01"})
    checks: list[bool] = []
    window.day.checked.connect(checks.append)
    server.set_faults(latency_ms=1500)
    try:
        window.attach(store, user)  # as the start-up opens the window, then syncs at once
        window.start_sync()
        qtbot.waitUntil(lambda: bool(checks), timeout=60_000)
    finally:
        server.set_faults(latency_ms=0)
    assert checks == [False]
    assert _basis_day(store) == local_day(dt.datetime.now(dt.UTC)).isoformat()


def test_a_sync_that_cannot_reach_the_servers_still_moves_the_analysis_to_today(
    qtbot, synced, server
):
    """Offline at a customer's site on a new day: the sync fails, the worklist's windows (days
    without contact, terms ending) still move to today. Stops the module's simulator: last."""
    window, store, _user = synced
    with store.begin(write=True) as conn:  # as if the last refresh ran days ago
        kept = read_meta(conn, "analytics_basis")
        write_meta(conn, "analytics_basis", {**kept, "day": "2000-01-01"})
    assert _basis_day(store) == "2000-01-01"
    server.stop()
    told: list[set[str]] = []
    window.ctx.changed.connect(lambda entities: told.append(set(entities)))
    with qtbot.waitSignal(window.sync.failed, timeout=60_000):
        window.start_sync()
    assert _basis_day(store) == local_day(dt.datetime.now(dt.UTC)).isoformat()
    qtbot.waitUntil(lambda: any("analysis" in t for t in told), timeout=5_000)  # lists reload


def _basis_day(store) -> str:
    with store.begin() as conn:
        return read_meta(conn, "analytics_basis")["day"]
