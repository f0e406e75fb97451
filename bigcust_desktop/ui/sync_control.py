"""Running syncs from the window: one at a time, in the sync lane (never in a page's way), with
progress, cancel (which also stops a request in flight) and the periodic timer; after each sync,
and after one that could not reach the servers, the kept analysis is brought up to date in the
same lane.

Depends on `ui.qt` and `ui.tasks`; the sync engine and the keyring are loaded in the sync lane,
with the first sync, not while the window starts.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from bigcust_desktop.ui.qt import QObject, QTimer, Signal
from bigcust_desktop.ui.tasks import Lane, TaskManager

if TYPE_CHECKING:
    from bigcust_desktop.store.engine import Store
    from bigcust_desktop.store.profile import Profile
    from bigcust_desktop.sync.engine import SyncReport, SyncSession
    from bigcust_desktop.sync.progress import SyncProgress


def _refresh_analysis(store: Store) -> None:
    """Bring the kept analysis (at-risk, under-valued, gaps, findings) up to what the sync
    brought, in the sync lane. Derived data: a failure is logged with its reference and leaves
    the customers marked stale for the next sync; it never fails the sync itself."""
    try:
        store.analytics.refresh(store.meta.user())
    except Exception as exc:  # a bug: the sync's own outcome stands
        from bigcust_desktop.ui.errors import bug_reference

        bug_reference(exc, "updating the analysis after a sync")


class SyncControl(QObject):
    """Starts, cancels and times the syncs of one profile; reports through signals."""

    started = Signal()
    progressed = Signal(object)  # SyncProgress, from the sync lane (queued to the GUI thread)
    succeeded = Signal(object)  # SyncReport
    failed = Signal(object)  # the exception

    def __init__(
        self,
        profile: Profile,
        tasks: TaskManager,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._profile = profile
        self._tasks = tasks
        self._cancel = threading.Event()  # the sync's; its session is made in the sync lane
        self._session: SyncSession | None = None
        self.running = False
        self.timer = QTimer(self)
        self.timer.setObjectName("syncTimer")

    def arm_timer(self, minutes: int) -> None:
        """Sync every ``minutes`` (0: never by itself); the window listens to `timer`."""
        if minutes > 0:
            self.timer.start(minutes * 60_000)
        else:
            self.timer.stop()

    def start(self, store: Store) -> bool:
        """Start a sync unless one runs; False when this profile is not signed in."""
        if self.running:
            return True  # one sync at a time; F5 again does nothing while one runs
        from bigcust_desktop.sync.config import load_endpoints  # settings file only: cheap

        session = self._session
        endpoints = None if session is not None else load_endpoints(self._profile.settings_path)
        if session is None and endpoints is None:
            return False
        self.running = True
        self._cancel.clear()
        # Plain values only: what runs in the lane touches no QObject (nor this one).
        profile, cancel, emit = self._profile, self._cancel, self.progressed.emit
        yield_to_foreground = self._tasks.yield_to_foreground

        def progress(step: SyncProgress) -> None:
            # Called between two pages of records: the sync pauses here while a page a user
            # switched to reads and draws its rows (`TaskManager.foreground`).
            emit(step)
            yield_to_foreground()

        made: list[SyncSession] = []

        def work() -> tuple[SyncReport, SyncSession]:
            # One session (one access token) across syncs: a no-op sync is a request a system.
            # The first is made here: it loads `requests`, which the window never waits for.
            from bigcust_desktop.store.secrets import ProfileSecrets
            from bigcust_desktop.sync.engine import SyncSession, run_sync

            current = session
            if current is None:
                assert endpoints is not None
                current = SyncSession(endpoints, ProfileSecrets(profile), cancel=cancel)
                made.append(current)
            from bigcust_desktop.sync.errors import SyncBusy, SyncCancelled, SyncError

            try:
                report = run_sync(
                    profile, store, current, progress=progress, pause=yield_to_foreground
                )
            except SyncError as exc:
                # Offline, or a sign-in needed: what was edited here, and a new day's windows
                # (days without contact, terms ending), still reach the kept analysis. Not
                # after a stop (the user asked for the lane back) or beside another sync.
                if not isinstance(exc, SyncCancelled | SyncBusy):
                    _refresh_analysis(store)
                raise
            _refresh_analysis(store)
            return report, current

        def failed(exc: BaseException) -> None:
            if made:
                self._session = made[0]  # kept for the next sync (closed if sign-in is needed)
            self._failed(exc)

        self.started.emit()
        self._tasks.run(work, self._succeeded, failed, lane=Lane.SYNC)
        return True

    def cancel(self) -> None:
        if self.running:
            self._cancel.set()

    def close_session(self) -> None:
        """Forget the session (endpoints changed, sign-in needed, shutdown)."""
        if self._session is not None:
            self._session.close()
            self._session = None

    def _succeeded(self, result: tuple[SyncReport, SyncSession]) -> None:
        report, self._session = result
        self.running = False
        self.succeeded.emit(report)

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self.failed.emit(exc)
