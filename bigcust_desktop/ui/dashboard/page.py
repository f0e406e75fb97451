"""The dashboard page (工作台): the user's book at a glance, refreshed by change notice.

Reads its figures through `store.queries.dashboard` on the task runner, never on the GUI thread.
Depends on `ui.qt`, the app context and the dashboard cards.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from bigcust_desktop.store.queries.dashboard import Dashboard, load_dashboard
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.dashboard.cards import ContactCard, PipelineCard, RevenueCard, TicketsCard
from bigcust_desktop.ui.errors import show_failure
from bigcust_desktop.ui.labels import label, local_time_text
from bigcust_desktop.ui.qt import (
    QGridLayout,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from bigcust_desktop.ui.widgets.book import book_of

# The entities whose change alters a figure of this page.
SHOWN_ENTITIES = frozenset({"opportunity", "bill", "fault_ticket", "activity", "customer", "user"})
CONTACT_DAYS = 60


class DashboardPage(QWidget):
    """工作台: pipeline, billing, open faults and contact coverage of the user's book."""

    PAGE_NAME = "dashboard"
    loaded = Signal()  # figures drawn (tests wait for it)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardPage")
        self.ctx = ctx
        self.data: Dashboard | None = None
        self._loading = False
        self._again = False

        self.heading = QLabel(self)
        self.heading.setObjectName("dashboardHeading")
        self.as_of = QLabel(self)
        self.as_of.setObjectName("dashboardAsOf")
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setObjectName("dashboardRefresh")
        # Not the platform's Refresh key: that is F5, the window's "sync now" (an ambiguous
        # shortcut fires neither).
        self.refresh_button.setShortcut(QKeySequence("Ctrl+R"))
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.as_of)
        top.addWidget(self.refresh_button)

        self.pipeline = PipelineCard(self)
        self.revenue = RevenueCard(self)
        self.tickets = TicketsCard(self)
        self.contacts = ContactCard(self)
        grid = QGridLayout()
        grid.addWidget(self.pipeline, 0, 0)
        grid.addWidget(self.revenue, 0, 1)
        grid.addWidget(self.tickets, 1, 0)
        grid.addWidget(self.contacts, 1, 1)
        for card in (self.pipeline, self.revenue, self.tickets, self.contacts):
            card.navigate_requested.connect(ctx.navigate.emit)
        self.contacts.open_customer_requested.connect(ctx.open_customer.emit)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid, 1)
        ctx.changed.connect(self._on_changed)
        self._set_heading()
        self.refresh()

    def _set_heading(self) -> None:
        user = self.ctx.user
        if user is None:
            self.heading.setText(self.tr("All customers in this cache"))
            return
        self.heading.setText(
            self.tr("%1 · %2 · %3")
            .replace("%1", user.name)
            .replace("%2", label("role", user.role))
            .replace(
                "%3",
                self.tr("team book") if user.role == "regional_manager" else self.tr("my book"),
            )
        )

    def _on_changed(self, entities: Any) -> None:
        if SHOWN_ENTITIES & set(entities):
            self.refresh()

    def refresh(self) -> None:
        """Read the figures again in the background; one read at a time, the last one wins."""
        if self._loading:
            self._again = True
            return
        self._loading = True
        store, book = self.ctx.store, book_of(self.ctx.user)
        now = dt.datetime.now(dt.UTC)

        def work() -> Dashboard:
            with store.begin() as conn:
                return load_dashboard(conn, book, now, contact_days=CONTACT_DAYS)

        self.ctx.read(work, self._show, self._failed)

    def _done(self) -> bool:
        self._loading = False
        if self._again:
            self._again = False
            self.refresh()
            return False
        return True

    def _show(self, data: Dashboard, now: dt.datetime | None = None) -> None:
        if not self._done():
            return
        self.data = data
        self.pipeline.update_figures(data.pipeline)
        self.revenue.update_figures(data.months)
        self.tickets.update_figures(data.tickets)
        self.contacts.update_figures(data.contact_days, data.buckets, data.stale)
        self.as_of.setText(
            self.tr("As of %1").replace("%1", local_time_text(dt.datetime.now(dt.UTC)))
        )
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self._done()
        show_failure(self, exc)
