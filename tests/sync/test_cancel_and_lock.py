"""Cancellation from another thread at any moment, and one sync at a time per profile (a lock
that a SIGKILLed holder does not keep). Real simulator over loopback, real encrypted stores.
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from bigcust_desktop.sync.engine import SyncSession, run_sync
from bigcust_desktop.sync.errors import SyncBusy, SyncCancelled
from bigcust_desktop.sync.progress import SyncProgress, ignore_progress
from bigcust_sim.launcher import SimulatorProcess

from .consistency import (
    USER,
    assert_exact_cut,
    cursor_seqs,
    finish_and_compare,
    make_changes,
    snapshot,
)
from .laptop import Laptop

SEED = 20261127


@pytest.fixture(scope="module")
def reference(
    server: SimulatorProcess, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Laptop]:
    """A laptop of the same user that never sees a fault: what every faulted laptop must match."""
    server.set_faults()
    laptop = Laptop(tmp_path_factory.mktemp("reference") / "laptop", server.base_url, USER)
    laptop.login()
    laptop.sync()
    yield laptop
    laptop.close()


@pytest.fixture(autouse=True)
def faults_off(server: SimulatorProcess) -> Iterator[None]:
    server.set_faults()
    yield
    server.set_faults()


# -- cancellation ---------------------------------------------------------------------------------


def sync_in_thread(
    laptop: Laptop,
    cancel: threading.Event,
    progress: Callable[[SyncProgress], None] = ignore_progress,
) -> tuple[threading.Thread, SyncSession, list[Any]]:
    """A sync on another thread, as the UI runs it; its report or error lands in the list."""
    outcome: list[Any] = []
    session = SyncSession(laptop.endpoints, laptop.secrets, cancel=cancel)

    def run() -> None:
        try:
            with session:
                outcome.append(run_sync(laptop.profile, laptop.store, session, progress=progress))
        except BaseException as exc:
            outcome.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, session, outcome


@pytest.mark.parametrize("phase", ["priming", "incremental"])
def test_cancel_at_any_point(
    phase: str,
    server: SimulatorProcess,
    reference: Laptop,
    laptop_factory: Callable[..., Laptop],
) -> None:
    """Cancel from another thread at a random moment after the k-th progress event (k random,
    0 = before any): in a request, in a backoff, between pages. Each round starts with new work."""
    laptop = laptop_factory(USER)
    rng = random.Random(f"cancel-{phase}-{SEED}")
    if phase == "incremental":
        laptop.sync()
    outcomes: list[str] = []
    waits: list[float] = []
    for _ in range(6):
        if phase == "incremental":
            make_changes(server, laptop, rng)
        reference.sync()
        before, after, start = snapshot(laptop), snapshot(reference), cursor_seqs(laptop)
        # Latency widens every request; a few 500s add backoff waits to cancel in.
        server.set_faults(latency_ms=30, error_rate=0.1, seed=rng.randrange(1000))
        cancel = threading.Event()
        cancelled_at: list[float] = []

        def fire(cancel: threading.Event = cancel, at: list[float] = cancelled_at) -> None:
            at.append(time.perf_counter())
            cancel.set()

        timer = threading.Timer(rng.uniform(0.0, 0.06), fire)
        seen: list[SyncProgress] = []
        events = rng.randrange(3)

        def watch(
            event: SyncProgress,
            seen: list[SyncProgress] = seen,
            events: int = events,
            timer: threading.Timer = timer,
        ) -> None:
            seen.append(event)
            if len(seen) == events:
                timer.start()

        thread, _session, outcome = sync_in_thread(laptop, cancel, watch)
        if events == 0:
            timer.start()
        thread.join(timeout=30)
        ended = time.perf_counter()
        assert not thread.is_alive()
        timer.cancel()
        server.set_faults()
        if isinstance(outcome[0], SyncCancelled):
            outcomes.append(f"cancelled after {len(seen)} events")
            waits.append(ended - cancelled_at[0])
        elif isinstance(outcome[0], BaseException):
            raise outcome[0]
        else:
            outcomes.append("completed")
        assert_exact_cut(laptop, server, before, after, start)
    assert sum(o != "completed" for o in outcomes) >= 3, outcomes
    # A cancel is seen at the next request or backoff: within about one request's time.
    assert max(waits) < 1.5, waits
    print(f"cancel {phase}: {outcomes}; stopped at most {max(waits) * 1000:.0f} ms after it")
    finish_and_compare(laptop, reference)


# -- one sync at a time ---------------------------------------------------------------------------


def test_second_sync_of_a_profile_is_refused(
    server: SimulatorProcess, reference: Laptop, laptop_factory: Callable[..., Laptop]
) -> None:
    laptop = laptop_factory(USER)
    server.set_faults(latency_ms=150)
    thread, session, outcome = sync_in_thread(laptop, threading.Event())
    # The lock is taken before the first request goes out: a counted request means it is held.
    deadline = time.monotonic() + 10
    while session.stats.requests == 0 and not outcome:
        assert time.monotonic() < deadline, "the first sync never started"
        time.sleep(0.002)
    started = time.perf_counter()
    with pytest.raises(SyncBusy) as busy:
        laptop.sync()
    assert busy.value.code == "sync.busy"
    assert time.perf_counter() - started < 1.0  # refused at once, not queued
    thread.join(timeout=60)
    assert not isinstance(outcome[0], BaseException), outcome
    server.set_faults()
    finish_and_compare(laptop, reference)


def test_lock_of_a_killed_sync_is_released(
    server: SimulatorProcess,
    reference: Laptop,
    laptop_factory: Callable[..., Laptop],
    tmp_path: Path,
) -> None:
    """The CLI's sync, SIGKILLed while it holds the lock, does not block the next sync."""
    laptop = laptop_factory(USER)
    server.set_faults(latency_ms=300)
    command = [sys.executable, "-m", "bigcust_desktop", "--profile", str(laptop.profile.root)]
    with open(tmp_path / "child.log", "wb") as log:
        child = subprocess.Popen([*command, "sync"], stdout=log, stderr=log)
    try:
        wait_for_lock_holder(laptop, child)
        with pytest.raises(SyncBusy):
            laptop.sync()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL
    server.set_faults()
    finish_and_compare(laptop, reference)


def wait_for_lock_holder(laptop: Laptop, child: subprocess.Popen[bytes]) -> None:
    """Until the child is mid-sync: it has committed its first page, which it does holding the lock.

    (Probing the lock ourselves could make the child meet our probe and give up; watching the
    keyring could kill it while it rewrites the test keyring's plain file.)"""
    deadline = time.monotonic() + 20
    while cursor_seqs(laptop)["crm"] == 0:
        if child.poll() is not None or time.monotonic() > deadline:
            pytest.fail(f"the child never got to sync (exit code {child.poll()})")
        time.sleep(0.005)
