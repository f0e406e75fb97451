"""A damaged cache in the window (issue 18): found by the check behind the first rows, flagged;
the next start checks before showing anything, offers the rebuild (退出 the default), keeps the
unsent changes in a file, downloads the data again with progress and queues them again.

Real profile, real encrypted file with a damaged page, the simulator on loopback.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from storecopy import open_empty

from bigcust_desktop.store import edits
from bigcust_desktop.store.integrity import flag_damaged
from bigcust_desktop.store.models import Opportunity
from bigcust_desktop.store.profile import Profile
from bigcust_desktop.store.secrets import ProfileSecrets
from bigcust_desktop.sync.account import sign_in
from bigcust_desktop.sync.config import Endpoints
from bigcust_desktop.sync.engine import SyncSession, run_sync
from bigcust_desktop.ui.main_window import MainWindow
from bigcust_desktop.ui.qt import QMessageBox, QPushButton
from bigcust_desktop.ui.rebuild_dialog import RebuildDialog
from bigcust_desktop.ui.startup import StartUp
from bigcust_desktop.ui.tasks import TaskManager
from bigcust_sim.launcher import SimulatorProcess


@pytest.fixture(scope="module")
def server(sim_template: Path, tmp_path_factory) -> Iterator[SimulatorProcess]:
    data = tmp_path_factory.mktemp("ui-rebuild") / "data"
    shutil.copytree(sim_template, data)
    sim = SimulatorProcess(data).start()
    yield sim
    sim.stop()


@pytest.fixture
def damaged(tmp_path: Path, server: SimulatorProcess) -> Profile:
    """zhangwei's primed profile with two unsent edits and a damaged page of its subscribers."""
    profile = Profile.resolve(tmp_path / "profile")
    store = open_empty(profile)  # a first open: a copy of a migrated store
    endpoints = Endpoints.single_server(server.base_url)
    _user, store = sign_in(profile, store, endpoints, "zhangwei", "demo1234", reopen=lambda: store)
    with SyncSession(endpoints, ProfileSecrets(profile)) as session:
        run_sync(profile, store, session)
    with store.begin(write=True) as conn:
        for n, record_id in enumerate(
            conn.execute(select(Opportunity.id).order_by(Opportunity.id).limit(2)).scalars()
        ):
            notes = f"窗口重建 {tmp_path.name} {n}"
            edits.update_record(conn, "opportunity", record_id, {"notes": notes})
        root = conn.exec_driver_sql(
            "SELECT rootpage FROM sqlite_schema WHERE name = 'subscriber'"
        ).scalar()
    store.close()
    with open(profile.db_path, "r+b") as f:
        f.seek((root - 1) * 4096 + 1024)
        f.write(os.urandom(256))
    return profile


def _start(qtbot, profile: Profile) -> tuple[MainWindow, StartUp, TaskManager]:
    tasks = TaskManager()
    window = MainWindow(profile, tasks=tasks)
    qtbot.addWidget(window)
    startup = StartUp(window, profile, tasks, demo=False)
    window.show()
    startup.begin()
    return window, startup, tasks


def _box(qtbot, window: MainWindow, name: str) -> QMessageBox:
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, name) is not None, timeout=60_000)
    box = window.findChild(QMessageBox, name)
    assert box is not None
    return box


def test_damage_is_found_behind_the_first_rows_and_flagged(qtbot, damaged, no_generated_todos):
    window, startup, tasks = _start(qtbot, damaged)
    try:
        _box(qtbot, window, "damagedInUse")
        assert damaged.db_path.with_name("cache.db-damaged").exists()
    finally:
        window.cancel_sync()
        window.close()
        tasks.wait()
        startup.close()


def test_the_next_start_offers_the_rebuild_and_keeps_the_edits(
    qtbot, damaged: Profile, no_generated_todos
):
    flag_damaged(damaged.db_path)  # as the check behind the first rows leaves it
    window, startup, tasks = _start(qtbot, damaged)
    box = _box(qtbot, window, "damagedCache")
    assert box.defaultButton().objectName() != "rebuildButton"  # 退出 is the default
    box.findChild(QPushButton, "rebuildButton").click()
    qtbot.waitUntil(lambda: window.findChild(RebuildDialog) is not None)
    dialog = window.findChild(RebuildDialog)
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=120_000)
    text = dialog.text.text()
    assert "2 change(s) not yet sent were kept in" in text and "queued again" in text
    assert "Traceback" not in text
    dialog.accept()
    qtbot.waitUntil(lambda: window.ctx.is_open and window.store is dialog.store)
    try:
        assert dialog.rebuilt is not None and dialog.rebuilt.requeued == 2
        assert next(damaged.exports_dir.glob("unsent-before-rebuild-*.json"))
    finally:
        window.cancel_sync()
        window.close()
        tasks.wait()
        startup.close()
