"""The window keeps the kept analysis on today's day without a sync: once the window has opened
(offline too) and at each local midnight while it stays open, the write lane brings the at-risk
worklist to the new day when its basis is another day's, and the pages hear ``analysis``.

Depends on `ui.qt`, `ui.tasks`, `ui.errors` and the domain's local day; the store is reached in
the write lane only.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from typing import TYPE_CHECKING

from bigcust_desktop.domain.analytics.months import SHANGHAI, local_day
from bigcust_desktop.ui.errors import failure_text
from bigcust_desktop.ui.qt import QCoreApplication, QGuiApplication, QObject, QTimer, Signal
from bigcust_desktop.ui.tasks import Lane

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

    from bigcust_desktop.ui.main_window import MainWindow

Clock = Callable[[], dt.datetime]

# The first check a second after the window opened (as the pages' warm-up), then again every
# 200 ms while a page a user asked for still draws or the warm-up runs (it must not wait).
START_MS, BUSY_MS = 1000, 200
SLOW_MS = 1000  # a refresh longer than this says so in the status bar


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def ms_to_next_day(now: dt.datetime) -> int:
    """Milliseconds from ``now`` to the next local midnight (Asia/Shanghai), at least 1."""
    midnight = dt.datetime.combine(local_day(now) + dt.timedelta(days=1), dt.time(), SHANGHAI)
    return max(1, math.ceil((midnight - now).total_seconds() * 1000))


class AnalysisDay(QObject):
    """Brings the kept analysis to today when the window opens and when the day changes.

    A check is a read of the kept basis in the write lane, then, only if its day or billed
    period is not today's, the sync's own refresh (`store.analytics.refresh`, one write
    transaction) in that lane: a sync starting meanwhile runs in its own lane, its writes wait
    for the write lock at most as long as the refresh. While a sync runs, the check waits for
    its end: the sync's refresh covers the day, and the check then finds nothing to do.
    """

    checked = Signal(bool)  # a check ended: True when it brought the analysis to today

    def __init__(self, window: MainWindow, now: Clock = utc_now) -> None:
        super().__init__(window)
        self._window = window
        self.now = now
        self.pending = False  # a check is due (the window opened, or the day changed)
        self.running = False  # a check is in the write lane
        self._day: dt.date | None = None  # the day the midnight timer was armed on
        self._start = QTimer(self)
        self._start.setSingleShot(True)
        self._start.timeout.connect(self._try)
        self.midnight = QTimer(self)
        self.midnight.setObjectName("analysisDayTimer")
        self.midnight.setSingleShot(True)
        self.midnight.timeout.connect(self._day_changed)
        self._slow = QTimer(self)
        self._slow.setSingleShot(True)
        self._slow.timeout.connect(self._say_slow)
        control = window.sync
        control.succeeded.connect(self._sync_ended)
        control.failed.connect(self._sync_ended)
        self._watching = False  # the application's state (set up after the first paint)

    def start(self) -> None:
        """The store is attached: check once the start page has drawn, and arm the midnight."""
        if not self._watching:  # not before the paint: naming `Qt` builds its enums
            from bigcust_desktop.ui.qt import Qt

            self._watching = True
            self.midnight.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse one may be early
            app = QGuiApplication.instance()
            if isinstance(app, QGuiApplication):  # back from sleep: the timer may be late
                app.applicationStateChanged.connect(self._woke)
        self._arm()
        self.pending = True
        self._start.start(START_MS)

    def stop(self) -> None:
        """The window closes: nothing more is checked."""
        self.pending = False
        for timer in (self._start, self.midnight, self._slow):
            timer.stop()

    def _arm(self) -> None:
        now = self.now()
        self._day = local_day(now)
        self.midnight.start(ms_to_next_day(now))

    def _day_changed(self) -> None:
        if local_day(self.now()) == self._day:  # early (or the clock was set back): again
            self._arm()
            return
        self._arm()
        self.pending = True
        self._try()

    def _woke(self, state: Qt.ApplicationState) -> None:
        """The application is active again: a midnight passed in sleep counts now."""
        from bigcust_desktop.ui.qt import Qt

        active = state == Qt.ApplicationState.ApplicationActive
        if active and self.midnight.isActive() and local_day(self.now()) != self._day:
            self._day_changed()

    def _sync_ended(self, _outcome: object) -> None:
        if self.pending:
            self._try()

    def _try(self) -> None:
        window = self._window
        if not self.pending or not window.ctx.is_open or window.sync.running:
            return  # a running sync refreshes itself; the check follows its end
        if self.running:
            return  # its end tries again
        if window.tasks.showing or window.pages.warming_up:
            self._start.start(BUSY_MS)
            return
        self.pending = False
        self.running = True
        ctx, now = window.ctx, self.now()
        store, user = ctx.store, ctx.user

        def work() -> bool:
            if store.analytics.basis_is_current(now):
                return False
            store.analytics.refresh(user, now=now)
            return True

        self._slow.start(SLOW_MS)
        window.tasks.run(work, self._done, self._failed, lane=Lane.WRITE, owner=self)

    def _slow_text(self) -> str:
        return QCoreApplication.translate("MainWindow", "Updating the at-risk list for today…")

    def _say_slow(self) -> None:
        self._window.statusBar().showMessage(self._slow_text())

    def _ended(self) -> None:
        self.running = False
        self._slow.stop()
        bar = self._window.statusBar()
        if bar.currentMessage() == self._slow_text():
            bar.clearMessage()

    def _done(self, refreshed: bool) -> None:
        self._ended()
        if refreshed:
            self._window.ctx.notify({"analysis"})
        self.checked.emit(refreshed)
        if self.pending:  # the day changed while this check ran
            self._try()

    def _failed(self, exc: BaseException) -> None:
        """Derived data: the refresh's one transaction rolled back, the kept lists stand as they
        were; the status bar says why (`ui.errors`), the next check or sync tries again."""
        self._ended()
        text = failure_text(exc, "updating the analysis for today")
        self._window.statusBar().showMessage(text, 10_000)
        self.checked.emit(False)
