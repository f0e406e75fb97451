"""Background work off the GUI thread, in lanes, with success/failure callbacks back on it.

Like Anki's taskman under QueryOp/CollectionOp, but with one executor per kind of work, so that
none waits behind another: a priming sync of a large book (half a minute) must not hold up a page
load or a save. Results come back to the GUI thread through a queued signal. Depends on `ui.qt`.
"""

from __future__ import annotations

import enum
import logging
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from bigcust_desktop.ui.qt import QObject, QRunnable, QThreadPool, QTimer, Signal

log = logging.getLogger(__name__)


class Lane(enum.Enum):
    """Where a piece of background work runs; each lane has threads of its own.

    - READ: page loads, the status bar, look-ups. Several at once, beside a sync's writes:
      SQLite's WAL lets readers read the last commit while a writer works.
    - WRITE: a user's saves, one at a time and in order. A save takes the write lock at BEGIN
      (`store.begin(write=True)`), so it waits at most for the sync's current page to commit.
    - SYNC: the network and what must not run twice: sync, sign-in, opening the store at start.
    - EXPORT: workbooks and other long reads a user started and may cancel.
    """

    READ = "read"
    WRITE = "write"
    SYNC = "sync"
    EXPORT = "export"


# Two readers: a page load and the status bar (or a search typed meanwhile) need not queue.
_THREADS = {Lane.READ: 2, Lane.WRITE: 1, Lane.SYNC: 1, Lane.EXPORT: 1}
# How long a lane's thread may keep the GIL while the GUI thread waits for it (CPython's default
# is 5 ms): a sync validating a page of records in Python would otherwise add up to 5 ms to
# every step of drawing a page; 1 ms did not slow the sync (docs/benchmarks.md, UI).
GUI_SWITCH_INTERVAL = 0.001
# The longest a lane's yield point waits for what a user asked for to be drawn (`foreground`):
# a page whose read never comes back must not stop a sync.
FOREGROUND_MAX_MS = 1000
# The longest `showing` stays true for one switch: idle-time work must not wait for ever on a
# page whose read never came back (or whose page went away meanwhile).
SHOWING_MAX_MS = 10_000


class _Relay(QObject):
    """Carries a finished task's outcome to the GUI thread (queued signal)."""

    done = Signal(object, object)  # (result, exception)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as exc:  # delivered to the failure callback, never lost
            self._relay.done.emit(None, exc)
        else:
            self._relay.done.emit(result, None)


class TaskManager(QObject):
    """Runs callables in their lane's threads; within a one-thread lane, in the order given."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        sys.setswitchinterval(min(sys.getswitchinterval(), GUI_SWITCH_INTERVAL))
        self._pools: dict[Lane, QThreadPool] = {}
        for lane, threads in _THREADS.items():
            pool = QThreadPool(self)
            pool.setObjectName(f"{lane.value}Lane")
            pool.setMaxThreadCount(threads)
            self._pools[lane] = pool
        self._relays: set[_Relay] = set()
        self._holders = 0  # foreground holds not yet released (GUI thread only)
        self._showing = 0  # pages a user switched to whose rows are not drawn yet (GUI thread)
        self._free = threading.Event()  # set while nothing holds the foreground
        self._free.set()

    def foreground(self) -> Callable[[], None]:
        """The GUI thread is drawing what a user just asked for (a page switch): work that can
        wait at a yield point (a sync between two pages of records, `yield_to_foreground`)
        waits until the returned release is called, or `FOREGROUND_MAX_MS` at most. Each call
        from Qt into Python takes the GIL, which the sync's Python holds otherwise; with the
        sync paused, the page's read and drawing share it with no one. Call on the GUI thread."""
        self._holders += 1
        self._showing += 1
        self._free.clear()
        released: list[bool] = []
        drawn: list[bool] = []

        def release() -> None:
            if not released:
                released.append(True)
                self._holders -= 1
                if self._holders == 0:
                    self._free.set()

        def done() -> None:
            release()
            if not drawn:
                drawn.append(True)
                self._showing -= 1

        QTimer.singleShot(FOREGROUND_MAX_MS, self, release)  # whatever becomes of the page
        QTimer.singleShot(SHOWING_MAX_MS, self, done)
        return done

    @property
    def showing(self) -> bool:
        """A page a user switched to is still reading or drawing: its foreground's release
        has not been called (past the sync's `FOREGROUND_MAX_MS` too, up to
        `SHOWING_MAX_MS`). Idle-time work (`PageStack.warm_up`) waits for it. GUI thread
        only."""
        return self._showing > 0

    def yield_to_foreground(self) -> None:
        """In a lane, at a point where its work may pause: wait while the GUI thread draws
        what a user asked for (`foreground`), `FOREGROUND_MAX_MS` at most."""
        self._free.wait(FOREGROUND_MAX_MS / 1000)

    def run(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        *,
        lane: Lane,
        owner: QObject | None = None,
    ) -> None:
        """Run ``work()`` in ``lane``; then ``on_success(result)`` or ``on_failure(exc)`` on the
        GUI thread. Call from the GUI thread. With ``owner`` (the widget that shows the result),
        neither callback runs if the owner was destroyed meanwhile (a page closed with its
        window while its read was on its way)."""
        relay = _Relay()
        self._relays.add(relay)
        gone: list[bool] = []

        def owner_gone(*_: Any) -> None:
            gone.append(True)

        if owner is not None:
            owner.destroyed.connect(owner_gone)

        def finish(result: Any, exc: BaseException | None) -> None:
            self._relays.discard(relay)
            if owner is not None:
                if gone:
                    return
                owner.destroyed.disconnect(owner_gone)
            if exc is None:
                on_success(result)
            else:
                on_failure(exc)

        relay.done.connect(finish)
        self._pools[lane].start(_Task(work, relay))

    def idle(self) -> bool:
        """No work running or waiting in any lane, and no result still to deliver."""
        return not self._relays and all(p.activeThreadCount() == 0 for p in self._pools.values())

    def wait(self, msecs: int = -1, *, lane: Lane | None = None) -> bool:
        """Block until the work of ``lane`` (of every lane by default) has finished (shutdown and
        tests). Callbacks are not run: they wait for the event loop."""
        pools = [self._pools[lane]] if lane else list(self._pools.values())
        if msecs < 0:
            return all([pool.waitForDone(-1) for pool in pools])
        end = time.monotonic() + msecs / 1000
        return all(pool.waitForDone(max(0, int((end - time.monotonic()) * 1000))) for pool in pools)
