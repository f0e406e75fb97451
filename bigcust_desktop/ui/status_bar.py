"""The main window's status bar: the connection as of the last request (online with its time,
offline, server busy, not signed in, sync failed), the last sync, pending changes and open
conflicts (DESIGN §5), a sync's progress with its Cancel button, and "opening…" at start.

The figures are read through the one page loader, in the read lane, on every change notice: never
on the GUI thread. Depends on `ui.qt`, `ui.context`, `ui.widgets.page_loader` and, inside the
read, the store's `sync_state` service.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from bigcust_desktop.ui.connection import Connection, ConnectionState
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.plain_text import RICH_TEXT
from bigcust_desktop.ui.qt import QLabel, QProgressBar, QPushButton, QStatusBar, QWidget, Signal
from bigcust_desktop.ui.widgets.page_loader import PageLoader

if TYPE_CHECKING:
    from bigcust_desktop.store.engine import Store
    from bigcust_desktop.store.services.sync_state import SyncStatus


def local_clock(at: dt.datetime) -> str:
    """``14:05`` in the app's zone; a day other than today's with its date."""
    from bigcust_desktop.ui.labels import local_time_text, to_local

    local, today = to_local(at), to_local(dt.datetime.now(dt.UTC)).date()
    return local.strftime("%H:%M") if local.date() == today else local_time_text(at)


def _read_status(store: Store) -> Callable[[], SyncStatus]:
    def work() -> SyncStatus:
        return store.sync_state.status(counts=False)

    return work


def _link(target: str, text: str) -> str:
    from html import escape

    return f'<a href="{target}" style="color: inherit; text-decoration: none;">{escape(text)}</a>'


class StatusBar(QStatusBar):
    """Permanent labels for the sync state (a passing message never hides them)."""

    cancel_requested = Signal()
    open_sync_tab = Signal(str)  # "pending", "rejected" or "conflicts": a counter was clicked
    sign_in_requested = Signal()  # the 登录 link shown while not signed in
    loaded = Signal(object)  # the `SyncStatus` just shown (tests wait for it)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self._ctx = ctx
        self.connection = ConnectionState(Connection.UNKNOWN)
        self.user_name = ""
        self.online_label = self._label("onlineStatus")
        self.online_label.setProperty("textFormat", RICH_TEXT)  # its 登录 link; our own texts
        self.online_label.linkActivated.connect(lambda _link: self.sign_in_requested.emit())
        self.last_sync_label = self._label("lastSync")
        self.pending_label = self._label("pendingChanges")
        self.rejected_label = self._label("refusedChanges")
        self.conflicts_label = self._label("openConflicts")
        for counter in (self.pending_label, self.rejected_label, self.conflicts_label):
            counter.setProperty("textFormat", RICH_TEXT)  # a link of our own; the text escaped
            counter.linkActivated.connect(self.open_sync_tab)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("syncProgress")
        self.progress.setMaximumWidth(200)
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelSync")
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.cancel_button.hide()
        for widget in (
            self.online_label,
            self.last_sync_label,
            self.pending_label,
            self.rejected_label,
            self.conflicts_label,
            self.progress,
            self.cancel_button,
        ):
            self.addPermanentWidget(widget)
        self.loader = PageLoader(self, ctx, None, lambda: _read_status(ctx.store), self._show)
        self.show_opening()

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        return label

    def show_opening(self, doing: str = "") -> None:
        """Before the store is open: the one thing the window can say yet."""
        self.online_label.setText(doing or self.tr("Opening the data on this computer…"))
        for label in (
            self.last_sync_label,
            self.pending_label,
            self.rejected_label,
            self.conflicts_label,
        ):
            label.clear()

    def refresh(self) -> None:
        self._show_online()
        self.loader.refresh()

    @property
    def online(self) -> bool | None:
        """Whether the last request got through (None: none made in this session yet)."""
        if self.connection.state is Connection.UNKNOWN:
            return None
        return self.connection.state is Connection.ONLINE

    def set_online(self, online: bool) -> None:
        now = dt.datetime.now(dt.UTC)
        self.set_connection(
            ConnectionState(Connection.ONLINE if online else Connection.OFFLINE, now)
        )

    def set_connection(self, connection: ConnectionState) -> None:
        """The state the last request left: shown at once, with its time."""
        self.connection = connection
        self._show_online()

    def _show_online(self) -> None:
        if not self._ctx.is_open:
            return
        state, at = self.connection.state, self.connection.at
        since = local_clock(at) if at else ""
        if state is Connection.UNKNOWN and self._ctx.user is None:
            state = Connection.SIGNED_OUT  # opened offline, no session: say so from the start
        texts = {
            Connection.UNKNOWN: (self.tr("○ Not synced yet"), ""),
            Connection.ONLINE: (self.tr("● Online · %1"), "#1e8449"),
            Connection.OFFLINE: (self.tr("○ Offline · since %1"), "#7f8c8d"),
            Connection.BUSY: (self.tr("◐ Server busy · %1"), "#d35400"),
            Connection.SIGNED_OUT: (self.tr("⊘ Not signed in"), "#c0392b"),
            Connection.FAILED: (self.tr("✕ Sync failed · %1"), "#c0392b"),
        }
        text, color = texts[state]
        text = html.escape(text.replace("%1", since).rstrip(" ·"))
        if state is Connection.SIGNED_OUT:  # the way out of it, where the user looks
            text += ' · <a href="sign-in">' + self.tr("Sign in…") + "</a>"
        self.online_label.setText(text)
        self.online_label.setStyleSheet(f"color: {color};" if color else "")
        self.online_label.setToolTip(self._state_tip(state))

    def _state_tip(self, state: Connection) -> str:
        if state is Connection.ONLINE:
            return self.tr("The last request to the server got its answer at this time.")
        if state is Connection.OFFLINE:
            return self.tr("The server cannot be reached: work goes on, changes wait here.")
        if state is Connection.BUSY:
            wait = self.connection.retry_after
            if wait:
                return self.tr(
                    "The server asked to wait %n seconds before trying again.", "", int(wait)
                )
            return self.tr("The server had a problem; the next sync tries again.")
        if state is Connection.SIGNED_OUT:
            return self.tr("Sign in (File → Sign in) to sync; your changes are kept.")
        if state is Connection.FAILED:
            return self.tr("The last sync stopped: see the sync panel's log.")
        return ""

    def _show(self, status: SyncStatus) -> None:
        from bigcust_desktop.domain.timefmt import parse_instant
        from bigcust_desktop.ui.labels import local_time_text

        self._show_online()
        self.user_name = status.user.name if status.user else ""
        last = status.last_sync.get("city")
        self.last_sync_label.setText(
            self.tr("Last sync: %1").replace("%1", local_time_text(parse_instant(last)))
            if last
            else self.tr("Never synced")
        )
        # Each kind counted apart; a click opens its tab of the sync panel.
        for counter, tab, text, count, alarm in (
            (self.pending_label, "pending", self.tr("Pending changes: %1"),
             status.pending_changes, False),
            (self.rejected_label, "rejected", self.tr("Refused: %1"),
             status.rejected_changes, True),
            (self.conflicts_label, "conflicts", self.tr("Conflicts: %1"),
             status.conflicts, True),
        ):  # fmt: skip
            counter.setText(_link(tab, text.replace("%1", str(count))))
            counter.setStyleSheet("color: #c0392b;" if alarm and count else "")
        self.loaded.emit(status)

    def syncing(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        if not running:
            self.clearMessage()
