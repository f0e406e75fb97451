"""Background work never waits behind a sync (issue 13 §1): while the window's sync is stuck on a
slow server, a page loads, a form saves, the status bar counts the new pending change, and Cancel
stops the sync in the middle of its request.

Against the real simulator on loopback with its latency fault, a real encrypted store signed in
to it; the window as a user drives it. Each wait has a ceiling far below the server's delay: an
old single-worker window would sit behind the sync for the whole delay and fail.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from storecopy import open_empty
from uihelpers import type_text

from bigcust_desktop.store.profile import Profile
from bigcust_desktop.sync.account import sign_in
from bigcust_desktop.sync.config import Endpoints, RetryPolicy
from bigcust_desktop.ui.main_window import MainWindow
from bigcust_desktop.ui.opportunities.dialog import OpportunityDialog
from bigcust_desktop.ui.qt import QMessageBox, Qt
from bigcust_desktop.ui.tasks import Lane, TaskManager
from bigcust_desktop.ui.widgets.page_loader import PageLoader
from bigcust_sim.launcher import SimulatorProcess

SERVER_DELAY_MS = 60_000  # every API request of the stuck sync waits this long
WITHIN = 15_000  # ceiling for what must not wait for the sync (a hang detector)


@pytest.fixture(scope="module")
def server(sim_template: Path, tmp_path_factory) -> Iterator[SimulatorProcess]:
    data = tmp_path_factory.mktemp("ui-lanes") / "data"
    shutil.copytree(sim_template, data)
    sim = SimulatorProcess(data).start()
    yield sim
    sim.stop()


@pytest.fixture
def window(
    no_generated_todos, qtbot, tmp_path: Path, server: SimulatorProcess
) -> Iterator[MainWindow]:
    """zhangwei's window, primed by a first sync; the server then answers nothing for a minute."""
    server.set_faults()
    profile = Profile.resolve(tmp_path / "profile")
    store = open_empty(profile)  # a first open: a copy of a migrated store
    endpoints = Endpoints.single_server(server.base_url, retry=RetryPolicy(attempts=1))
    user, store = sign_in(profile, store, endpoints, "zhangwei", "demo1234", reopen=lambda: store)
    tasks = TaskManager()
    window = MainWindow(profile, store, user, tasks=tasks)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.synced, timeout=60_000):
        window.start_sync()
    server.set_faults(latency_ms=SERVER_DELAY_MS)
    try:
        yield window
    finally:
        window.cancel_sync()
        server.set_faults()
        window.close()
        tasks.wait()
        store.close()


def stuck_sync(qtbot, window: MainWindow) -> None:
    """Start a sync; it is stuck once its first request is out (the server holds it)."""
    window.start_sync()
    assert window.sync.running and window.cancel_button.isVisible()


def test_a_page_loads_and_a_form_saves_while_a_sync_is_stuck(qtbot, window):
    stuck_sync(qtbot, window)
    # A page never built before: built, its ids read and its rows drawn beside the sync.
    with qtbot.waitSignal(window.opportunities.loaded, timeout=WITHIN):
        window.show_page("opportunities")
    assert window.opportunities.model.total() > 0
    # The customer list searches as the user types, beside the sync too.
    window.show_page("customers")
    page = window.customers
    qtbot.waitUntil(lambda: page.model.total() > 1, timeout=WITHIN)
    name = page.model.data(page.model.index(1, 0))
    with qtbot.waitSignal(page.loaded, timeout=WITHIN):
        type_text(qtbot, page.search, name)
    assert page.model.data(page.model.index(0, 0)) == name
    # A new opportunity saved from its dialog: written, and the status bar counts it.
    dialog = OpportunityDialog(window.ctx, customer_id=page.model.customer_id(0), parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.title_edit, "总部SD-WAN组网")
    type_text(qtbot, dialog.amount_edit, "120,000")
    dialog.category_combo.set_code("leased_line")
    with qtbot.waitSignal(dialog.saved, timeout=WITHIN):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "1" in window.pending_label.text(), timeout=WITHIN)
    assert window.sync.running  # all of it while the sync still waits for the server


def test_cancel_stops_the_sync_in_the_middle_of_its_request(qtbot, window):
    stuck_sync(qtbot, window)
    with qtbot.waitSignal(window.sync.failed, timeout=WITHIN) as failed:
        qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    assert type(failed.args[0]).__name__ == "SyncCancelled"
    assert not window.sync.running and not window.cancel_button.isVisible()
    assert window.sync_action.isEnabled()
    assert not [w for w in window.findChildren(QMessageBox) if w.isVisible()]  # no error box


def test_the_loader_runs_one_load_at_a_time_and_the_newest_wins(qtbot, ctx):
    """Three refreshes while a load runs: one more load, with the filter of the last one."""
    from bigcust_desktop.ui.qt import QWidget

    owner = QWidget()
    qtbot.addWidget(owner)
    owner.show()
    gate = threading.Event()
    started: list[str] = []
    shown: list[str] = []
    wanted = ["a"]

    def query():
        value = wanted[0]

        def work() -> str:
            started.append(value)
            gate.wait(WITHIN / 1000)
            return value

        return work

    loader = PageLoader(owner, ctx, frozenset({"customer"}), query, shown.append)
    loader.refresh()
    qtbot.waitUntil(lambda: started == ["a"], timeout=WITHIN)
    for value in ("b", "c", "d"):
        wanted[0] = value
        loader.refresh()
    gate.set()
    qtbot.waitUntil(lambda: shown == ["d"], timeout=WITHIN)
    ctx.tasks.wait(lane=Lane.READ)
    assert started == ["a", "d"]  # "b" and "c" never ran; "a" was not shown
    # A change notice naming what the owner shows reloads it; another does not.
    ctx.notify({"quote"})
    ctx.notify({"customer"})
    qtbot.waitUntil(lambda: shown == ["d", "d"], timeout=WITHIN)
    assert started == ["a", "d", "d"]


def test_a_load_that_ends_after_its_page_is_gone_shows_nothing(qtbot, ctx):
    """A page closed (with its window) while its read is on its way: the result is dropped,
    not drawn into deleted widgets."""
    from bigcust_desktop.ui.qt import QCoreApplication, QEvent, QLabel, QWidget

    owner = QWidget()
    label = QLabel(owner)
    owner.show()
    gate = threading.Event()
    running = threading.Event()

    def query():
        def work() -> str:
            running.set()
            gate.wait(WITHIN / 1000)
            return "rows"

        return work

    loader = PageLoader(owner, ctx, frozenset(), query, label.setText)
    loader.refresh()
    assert running.wait(WITHIN / 1000)
    owner.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gate.set()
    ctx.tasks.wait(lane=Lane.READ)
    QCoreApplication.processEvents()  # the result's queued signal: it must not reach the label
