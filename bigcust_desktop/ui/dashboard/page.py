"""The dashboard page (工作台): the user's book at a glance, refreshed by change notice.

Reads its figures through `store.dashboard` with the page loader (the read lane), never on the
GUI thread. Depends on `ui.qt`, the app context, the page loader and the dashboard cards.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bigcust_desktop.domain.permissions import is_regional_manager
from bigcust_desktop.domain.pinyin import warm_up
from bigcust_desktop.store.queries.dashboard import Dashboard
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.dashboard.cards import ContactCard, PipelineCard, RevenueCard, TicketsCard
from bigcust_desktop.ui.labels import label, local_time_text
from bigcust_desktop.ui.qt import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    Signal,
)
from bigcust_desktop.ui.tasks import Lane
from bigcust_desktop.ui.todos.card import TodoCard
from bigcust_desktop.ui.widgets.book import book_of
from bigcust_desktop.ui.widgets.page_loader import PageLoader

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

        # The cards scroll on a small screen (1280x720 with a taskbar) rather than push the
        # window taller than the screen or squeeze the charts.
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("dashboardScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        cards = QWidget(self.scroll)
        cards.setObjectName("dashboardCards")
        self.pipeline = PipelineCard(cards)
        self.revenue = RevenueCard(cards)
        self.tickets = TicketsCard(cards)
        self.contacts = ContactCard(cards)
        grid = QGridLayout(cards)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.pipeline, 0, 0)
        grid.addWidget(self.revenue, 0, 1)
        grid.addWidget(self.tickets, 1, 0)
        grid.addWidget(self.contacts, 1, 1)
        self.todos = TodoCard(ctx, cards)
        grid.addWidget(self.todos, 2, 0, 1, 2)
        self.todos.navigate_requested.connect(ctx.navigate.emit)
        for card in (self.pipeline, self.revenue, self.tickets, self.contacts):
            card.navigate_requested.connect(ctx.navigate.emit)
        self.contacts.open_customer_requested.connect(ctx.open_customer.emit)

        self.scroll.setWidget(cards)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        self._set_heading()
        self.loader = PageLoader(self, ctx, SHOWN_ENTITIES, self._query, self._show)

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
                self.tr("team book") if is_regional_manager(user) else self.tr("my book"),
            )
        )

    _pinyin_loaded = False

    def refresh(self) -> None:
        """Read the figures again in the background; the newest read wins."""
        self.loader.refresh()
        self.todos.refresh()

    def _query(self) -> Callable[[], Dashboard]:
        store, book = self.ctx.store, book_of(self.ctx.user)
        now = dt.datetime.now(dt.UTC)

        def work() -> Dashboard:
            return store.dashboard.load(book, now, contact_days=CONTACT_DAYS)

        return work

    def _show(self, data: Dashboard) -> None:
        self.data = data
        self.pipeline.update_figures(data.pipeline)
        self.revenue.update_figures(data.months)
        self.tickets.update_figures(data.tickets)
        self.contacts.update_figures(data.contact_days, data.buckets, data.stale)
        self.as_of.setText(
            self.tr("As of %1").replace("%1", local_time_text(dt.datetime.now(dt.UTC)))
        )
        self.loaded.emit()
        if not self._pinyin_loaded:  # the pinyin tables (0.5 s) load now, not at Ctrl+F
            self._pinyin_loaded = True
            # A long read of nobody's waiting: the export lane, idle at this moment.
            self.ctx.tasks.run(warm_up, lambda _r: None, lambda _e: None, lane=Lane.EXPORT)
