"""The main window's status bar: online or offline, the last sync, pending changes and open
conflicts (DESIGN §5), a sync's progress with its Cancel button, and "opening…" at start.

The figures are read through the one page loader, in the read lane, on every change notice: never
on the GUI thread. Depends on `ui.qt`, `ui.context`, `ui.widgets.page_loader` and, inside the
read, the store's `sync_state` service.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.qt import QLabel, QProgressBar, QPushButton, QStatusBar, Qt, QWidget, Signal
from bigcust_desktop.ui.widgets.page_loader import PageLoader

if TYPE_CHECKING:
    from bigcust_desktop.store.engine import Store
    from bigcust_desktop.store.services.sync_state import SyncStatus


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
    loaded = Signal(object)  # the `SyncStatus` just shown (tests wait for it)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self._ctx = ctx
        self.online: bool | None = None  # None: no sync tried in this session yet
        self.user_name = ""
        self.online_label = self._label("onlineStatus")
        self.last_sync_label = self._label("lastSync")
        self.pending_label = self._label("pendingChanges")
        self.rejected_label = self._label("refusedChanges")
        self.conflicts_label = self._label("openConflicts")
        for counter in (self.pending_label, self.rejected_label, self.conflicts_label):
            counter.setTextFormat(Qt.TextFormat.RichText)  # a link of our own; the text escaped
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

    def set_online(self, online: bool) -> None:
        self.online = online
        self._show_online()

    def _show_online(self) -> None:
        if not self._ctx.is_open:
            return
        if self.online is None:
            self.online_label.setText(self.tr("○ Not synced yet"))
        elif self.online:
            self.online_label.setText(self.tr("● Online"))
        else:
            self.online_label.setText(self.tr("○ Offline"))

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
