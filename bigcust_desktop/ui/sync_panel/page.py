"""The sync panel page (同步): what waits, what the server refused and why, conflicts, records set
aside, and the log; one widget per tab, all five lists read at once by the page loader.

Depends on `ui.qt`, the page loader, the store's outbox and sync-state services and the tab
widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bigcust_desktop.store.queries import sync_panel as queries
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.qt import QLabel, QTableView, QTabWidget, QVBoxLayout, QWidget, Signal
from bigcust_desktop.ui.sync_panel.changes_tabs import EDITABLE, PendingTab, RejectedTab
from bigcust_desktop.ui.sync_panel.feed_tabs import ConflictsTab, LogTab, QuarantineTab
from bigcust_desktop.ui.widgets.page_loader import PageLoader
from bigcust_desktop.ui.widgets.table_model import RowsModel

# A sync always says "outbox"; an edit, a discard or a resolve names its record's entity.
WATCHED = frozenset({"outbox", "audit_log", *EDITABLE})


@dataclass(frozen=True)
class PanelData:
    pending: list[queries.LocalChange]
    rejected: list[queries.LocalChange]
    conflicts: list[queries.ConflictRow]
    quarantined: list[queries.QuarantineRow]
    log: list[queries.SyncLogRow]


class SyncPanelPage(QWidget):
    """同步: the state of every local change and of the feeds."""

    PAGE_NAME = "sync"
    loaded = Signal()  # the five lists drawn (tests wait for it)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncPanelPage")
        self.ctx = ctx
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("syncTabs")
        self.pending = PendingTab(ctx, self)
        self.rejected = RejectedTab(ctx, self)
        self.conflicts = ConflictsTab(ctx, self)
        self.quarantine = QuarantineTab(ctx, self)
        self.log = LogTab(self)
        for tab, title in (
            (self.pending, self.tr("Waiting to send")),
            (self.rejected, self.tr("Refused by the server")),
            (self.conflicts, self.tr("Conflicts")),
            (self.quarantine, self.tr("Set aside")),
            (self.log, self.tr("Log")),
        ):
            self.tabs.addTab(tab, title)
        self._titles = [self.tabs.tabText(i) for i in range(self.tabs.count())]
        self.summary = QLabel(self)
        self.summary.setObjectName("syncSummary")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self.loader = PageLoader(self, ctx, WATCHED, self._query, self._show)

    # The tabs' models and views under the names the window and tests know.
    @property
    def pending_model(self) -> RowsModel:
        return self.pending.model

    @property
    def rejected_model(self) -> RowsModel:
        return self.rejected.model

    @property
    def conflict_model(self) -> RowsModel:
        return self.conflicts.model

    @property
    def conflict_list(self) -> QTableView:
        return self.conflicts.view

    def refresh(self) -> None:
        self.loader.refresh()

    def show_tab(self, name: str) -> None:
        """Bring a list to the front by its name: pending, rejected, conflicts, quarantine, log."""
        tabs = {"pending": self.pending, "rejected": self.rejected, "conflicts": self.conflicts,
                "quarantine": self.quarantine, "log": self.log}  # fmt: skip
        if name in tabs:
            self.tabs.setCurrentWidget(tabs[name])

    def _query(self) -> Callable[[], PanelData]:
        store = self.ctx.store

        def work() -> PanelData:
            outbox, sync_state = store.outbox, store.sync_state
            return PanelData(
                pending=outbox.pending(),
                rejected=outbox.rejected(),
                conflicts=outbox.conflicts(),
                quarantined=sync_state.quarantined(),
                log=sync_state.log(),
            )

        return work

    def _show(self, data: PanelData) -> None:
        self.pending.show_rows(data.pending)
        self.rejected.show_rows(data.rejected)
        self.conflicts.show_rows(data.conflicts)
        self.quarantine.show_rows(data.quarantined)
        self.log.show_rows(data.log)
        counts = (len(data.pending), len(data.rejected), len(data.conflicts), len(data.quarantined))
        self.summary.setText(
            self.tr("Waiting: %1 · Refused: %2 · Conflicts: %3 · Set aside: %4")
            .replace("%1", str(counts[0]))
            .replace("%2", str(counts[1]))
            .replace("%3", str(counts[2]))
            .replace("%4", str(counts[3]))
        )
        for index, count in enumerate(counts):
            if index:  # the waiting list's count is in the summary only, as before
                title = self._titles[index]
                self.tabs.setTabText(index, f"{title} ({count})" if count else title)
        self.loaded.emit()
