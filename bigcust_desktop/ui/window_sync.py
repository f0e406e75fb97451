"""The window's side of a sync: starting one (F5, the timer, a decision sent at once), what the
status bar says while it runs and after, the decisions it carried, and the wipe at sign-out.

Depends on `ui.qt`, `ui.sync_control`, `ui.connection` and `ui.errors`; the sync modules load with
the first sync or failure, not with the window. Texts keep the window's translation context.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from bigcust_desktop.ui.connection import Connection, ConnectionState, state_after
from bigcust_desktop.ui.errors import show_failure
from bigcust_desktop.ui.qt import QCoreApplication, QObject
from bigcust_desktop.ui.sync_control import SyncControl

if TYPE_CHECKING:
    from bigcust_desktop.sync.engine import SyncReport
    from bigcust_desktop.sync.progress import SyncProgress
    from bigcust_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class WindowSync(QObject):
    """Runs the syncs of one window (through its `SyncControl`) and tells the user about them."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.control = SyncControl(window.profile, window.tasks, self)
        self.decisions: list[str] = []  # decisions sent at once, said when they land
        self.again = False  # a decision came while a sync ran: one more sync carries it
        self.control.started.connect(self._started)
        self.control.progressed.connect(self._progressed)
        self.control.succeeded.connect(self._succeeded)
        self.control.failed.connect(self._failed)
        self.control.timer.timeout.connect(self._timer)

    def _say(self, text: str, timeout: int = 0) -> None:
        self._window.statusBar().showMessage(text, timeout)

    def _timer(self) -> None:
        if self._window.ctx.is_open:
            self.start()  # a profile without a session says so in the status bar

    def start(self) -> None:
        from bigcust_desktop.sync.errors import SyncError

        window = self._window
        if not window.ctx.is_open:
            return
        try:
            started = self.control.start(window.store)
        except SyncError as exc:  # saved settings no longer accepted (e.g. http:// to a host)
            show_failure(window, exc)
            return
        if not started:
            self.mark_signed_out()
            self._say(QCoreApplication.translate("MainWindow", "Not signed in"), 5000)

    def mark_signed_out(self) -> None:
        """No session (offline work, or none yet): the status bar says so, with 登录."""
        state = ConnectionState(Connection.SIGNED_OUT, dt.datetime.now(dt.UTC))
        self._window.status.set_connection(state)

    def push_now(self, what: str) -> None:
        """Send a decision at once: a sync in the sync lane (its push goes first), or one more
        after the sync that runs now (which may have read the outbox before the decision)."""
        self.decisions.append(what)
        if self.control.running:
            self.again = True
            return
        self.start()
        if not self.control.running:  # not signed in: it waits in the outbox, and says so
            self.decisions.clear()
            self._say(
                QCoreApplication.translate(
                    "MainWindow", "Saved; sent when you sign in and sync: %1"
                ).replace("%1", what),
                10000,
            )

    def _decisions_landed(self, report: SyncReport | None) -> None:
        """Say what became of the decisions the last sync carried."""
        if not self.decisions:
            return
        what = "; ".join(self.decisions)
        self.decisions.clear()
        if report is None:
            text = QCoreApplication.translate(
                "MainWindow", "Not sent yet, kept for the next sync: %1"
            )
        elif report.push.rejected or report.push.conflicts:
            text = QCoreApplication.translate(
                "MainWindow", "The server did not take every change, see the sync panel: %1"
            )
        else:
            text = QCoreApplication.translate("MainWindow", "Sent to the server: %1")
        self._say(text.replace("%1", what), 10000)

    def cancel(self) -> None:
        self.control.cancel()

    def _started(self) -> None:
        self._window.status.syncing(True)
        self._window.sync_action.setEnabled(False)

    def _progressed(self, event: SyncProgress) -> None:
        if event.phase == "files" and event.total:
            # An attachment's file, after the records: how much of it has moved.
            self._say(
                QCoreApplication.translate("MainWindow", "Attachment files: %1 % of %2 MB")
                .replace("%1", str(event.done * 100 // event.total))
                .replace("%2", f"{event.total / 1_048_576:.1f}")
            )
            return
        phase = {
            "push": QCoreApplication.translate("MainWindow", "Sending"),
            "pull": QCoreApplication.translate("MainWindow", "Receiving"),
        }.get(event.phase, "")
        self._say(
            QCoreApplication.translate("MainWindow", "%1 %2: %3 records")
            .replace("%1", phase)
            .replace("%2", event.system)
            .replace("%3", str(event.done))
        )

    def _finish(self) -> None:
        self._window.status.syncing(False)
        self._window.sync_action.setEnabled(True)

    def _succeeded(self, report: SyncReport) -> None:
        window = self._window
        self._finish()
        window.status.set_connection(ConnectionState(Connection.ONLINE, dt.datetime.now(dt.UTC)))
        window.synced.emit(report)
        if self.again:
            self.again = False
            self.start()  # a decision came while this sync ran: one more carries it
            if not self.control.running:
                self._decisions_landed(None)
            return
        self._decisions_landed(report)

    def _failed(self, exc: BaseException) -> None:
        from bigcust_desktop.sync.errors import (
            AccountDisabled,
            AuthRequired,
            NetworkError,
            SyncBusy,
            SyncCancelled,
            SyncError,
        )

        window = self._window
        self._finish()
        window.refresh_status()
        if isinstance(exc, SyncError) and not isinstance(
            exc, SyncCancelled | SyncBusy | AccountDisabled
        ):
            # The sync lane brought the kept analysis to today all the same (`SyncControl`):
            # the lists that show it reload.
            window.ctx.notify({"analysis"})
        state = state_after(exc, dt.datetime.now(dt.UTC))
        if state is not None:
            window.status.set_connection(state)
        self.again = False
        if self.decisions:
            self._decisions_landed(None)  # honest: the decision waits in the outbox
            if isinstance(exc, NetworkError | SyncCancelled):
                return  # the status bar's state says why; no dialog for it
        if isinstance(exc, SyncCancelled):
            self._say(QCoreApplication.translate("MainWindow", "Sync cancelled"), 5000)
            return
        if isinstance(exc, NetworkError):
            if window.isActiveWindow():
                busy = state is not None and state.state is Connection.BUSY
                self._say(
                    QCoreApplication.translate(
                        "MainWindow", "Server busy: changes are kept and sent at the next sync"
                    )
                    if busy
                    else QCoreApplication.translate(
                        "MainWindow", "Offline: changes are kept and sent at the next sync"
                    ),
                    8000,
                )
            return
        show_failure(window, exc, doing="syncing")
        if isinstance(exc, AccountDisabled):
            self.wipe("disabled")
        elif isinstance(exc, AuthRequired):
            self.control.close_session()

    def after_sync(self, report: SyncReport) -> None:
        """What changed is told to every page (the status bar hears it too); renewals of
        contracts that came with the sync become to-dos."""
        from bigcust_desktop.ui.todos.generate import make_generated_todos

        ctx = self._window.ctx
        ctx.notify(report.changed_entities | {"outbox"})
        make_generated_todos(ctx)

    def wipe(self, why: str) -> None:
        """Wipe the profile ("logout": the user chose to; "disabled": the server said so), tell
        the server, and close the window."""
        from bigcust_desktop.sync.account import wipe_profile

        window = self._window
        self.cancel()
        window.tasks.wait()
        self.control.close_session()
        left = wipe_profile(window.profile, window.store)
        if why == "logout":
            # Tell the server in the sync lane (no network on the GUI thread); closing the
            # window waits for it, a few seconds at most. Offline, the next sign-in does it.
            from bigcust_desktop.sync.account import revoke_signed_out
            from bigcust_desktop.ui.tasks import Lane

            profile = window.profile
            window.tasks.run(
                lambda: revoke_signed_out(profile),
                lambda _done: None,
                lambda exc: log.warning("revocation after sign-out: %s", type(exc).__name__),
                lane=Lane.SYNC,
            )
        if left:
            from bigcust_desktop.ui.qt import QMessageBox

            QMessageBox.warning(
                window,
                QCoreApplication.translate("MainWindow", "Sign out"),
                QCoreApplication.translate(
                    "MainWindow",
                    "These files could not be deleted; close them and delete them:\n%1",
                ).replace("%1", "\n".join(str(path) for path in left)),
            )
        window.signed_out.emit(why)
        window.close()
