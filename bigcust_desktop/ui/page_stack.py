"""The main window's pages, each built (and its module loaded) the first time it is wanted, or
in idle time after the start page (`PageStack.warm_up`).

Depends on `ui.qt`, `ui.context` and, inside each factory, that page's module.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import partial
from typing import Any, Generic, TypeVar, cast

from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.qt import QApplication, QStackedWidget, QTimer, QWidget, Signal

PageFactory = Callable[[AppContext, QWidget], QWidget]
P = TypeVar("P", bound=QWidget)


def _lazy(target: str) -> PageFactory:
    """A factory for ``module:Class``: the module (and what it imports, such as the reports)
    loads when the page is first shown, not while the window starts."""
    module_name, class_name = target.split(":")

    def build(ctx: AppContext, parent: QWidget) -> QWidget:
        page_class = getattr(importlib.import_module(module_name), class_name)
        return cast(QWidget, page_class(ctx, parent))

    return build


# In navigation order; the names are the pages' PAGE_NAMEs (ctx.navigate and the Go menu use
# them). Each page: its class, and the store service its first read calls (with the queries it
# imports: loading them in the start-up lane keeps them out of the first read). A page's module
# makes Qt types, so it is loaded on the GUI thread only; its store module (no Qt) may load in a
# lane.
_TABLE = (
    ("dashboard", "ui.dashboard.page:DashboardPage", "store.services.dashboard"),
    ("customers", "ui.customers.list_view:CustomerListPage", "store.services.customers"),
    ("customer360", "ui.customer360.page:Customer360Page", "store.services.customers"),
    ("opportunities", "ui.opportunities.page:OpportunitiesPage", "store.services.opportunities"),
    ("quotes", "ui.quotes.page:QuotesPage", "store.services.quotes"),
    ("approvals", "ui.quotes.approvals:ApprovalsPage", "store.services.quotes"),
    ("tickets", "ui.tickets.page:TicketsPage", "store.services.tickets"),
    ("activities", "ui.activities.page:ActivitiesPage", "store.services.activities"),
    ("todos", "ui.todos.page:TodosPage", "store.queries.todos"),
    ("contracts", "ui.contracts.page:ContractsPage", "store.queries.contracts"),
    ("campaigns", "ui.campaigns.page:CampaignsPage", "store.services.campaigns"),
    ("atrisk", "ui.analytics.page:InsightsPage", "store.services.insights"),
    ("reports", "ui.reports_page:ReportsPage", "reports.catalog"),
    ("sync", "ui.sync_panel.page:SyncPanelPage", "store.queries.sync_panel"),
)
_ROOT = "bigcust_desktop."
# Idle-time work ahead of use (`PageStack.warm_up`): the first step a second after the window
# opened, then one every 50 ms; a step due while a user's page loads or a dialog is modal waits
# 200 ms and asks again.
WARM_UP_FIRST_MS, WARM_UP_PAUSE_MS, WARM_UP_BUSY_MS = 1000, 50, 200
# The pages built in idle time, in this order, before the other pages' modules load: the ones a
# user most likely opens next from the start page (docs/benchmarks.md, UI: what each saves and
# costs).
PREBUILT = ("customers", "opportunities")
PAGES: tuple[tuple[str, PageFactory], ...] = tuple(
    (name, _lazy(_ROOT + target)) for name, target, _ in _TABLE
)
PAGE_MODULES = {name: _ROOT + target.split(":")[0] for name, target, _ in _TABLE}
PAGE_DATA_MODULES = {name: _ROOT + data for name, _, data in _TABLE}


class PageStack(QStackedWidget):
    """The pages by name: an empty placeholder at each page's place until `page(name)` builds
    it (on first show, or when code reaches for it). `built` tells the window, which wires it."""

    built = Signal(str, object)  # name, the page just built

    def __init__(self, ctx: AppContext, owner: QWidget) -> None:
        super().__init__(owner)
        self.setObjectName("pages")
        self._ctx = ctx
        self._owner = owner  # the pages' first parent, as when the window built them itself
        self._factories: dict[str, PageFactory] = {}
        self._names: list[str] = []
        self._built: dict[str, QWidget] = {}
        self._warmer: QTimer | None = None  # the idle-time steps' timer (`warm_up`)

    def add(self, name: str, factory: PageFactory) -> int:
        """Reserve the next place for a page; returns its row (the navigation's row too)."""
        placeholder = QWidget(self)
        placeholder.setObjectName(f"{name}Placeholder")
        row = self.addWidget(placeholder)
        self._factories[name] = factory
        self._names.append(name)
        return row

    def row_of(self, name: str) -> int:
        return self._names.index(name)

    def name_at(self, row: int) -> str:
        return self._names[row]

    def built_page(self, name: str) -> QWidget | None:
        """The page if it exists already; never builds it."""
        return self._built.get(name)

    def page(self, name: str) -> QWidget:
        """The page, built now if this is the first time it is wanted."""
        page = self._built.get(name)
        if page is not None:
            return page
        row = self.row_of(name)
        page = self._factories[name](self._ctx, self._owner)
        placeholder = self.widget(row)
        was_current = self.currentIndex() == row
        self.removeWidget(placeholder)
        self.insertWidget(row, page)
        placeholder.deleteLater()
        if was_current:
            self.setCurrentIndex(row)
        self._built[name] = page
        self.built.emit(name, page)
        return page

    def show_page(self, name: str) -> QWidget:
        page = self.page(name)
        self.setCurrentWidget(page)
        return page

    def warm_up(self, *, skip: str) -> None:
        """Use the idle time after the start page: build the `PREBUILT` pages (their modules
        first), then load the other pages' modules, one step per pause of the event loop on
        the GUI thread (they make Qt types), so that a click in between waits for one step at
        most. A step never runs while a page a user switched to reads or draws
        (`TaskManager.showing`) or a dialog is modal; `stop_warm_up` ends it (the window
        closes). A page built here reads nothing until it is shown (`PageLoader` loads on
        show), as one built on its first show."""
        steps: list[Callable[[], object]] = []
        for name in PREBUILT:
            if name != skip:
                steps.append(partial(importlib.import_module, PAGE_MODULES[name]))
                steps.append(partial(self.page, name))
        steps += [
            partial(importlib.import_module, module)
            for name, module in PAGE_MODULES.items()
            if name != skip and name not in PREBUILT
        ]

        def next_step() -> None:
            if not steps:
                return
            if self._ctx.tasks.showing or QApplication.activeModalWidget() is not None:
                warmer.start(WARM_UP_BUSY_MS)
                return
            steps.pop(0)()
            if steps:
                warmer.start(WARM_UP_PAUSE_MS)

        self.stop_warm_up()
        warmer = self._warmer = QTimer(self)
        warmer.setSingleShot(True)
        warmer.timeout.connect(next_step)
        warmer.start(WARM_UP_FIRST_MS)

    def stop_warm_up(self) -> None:
        """No further idle-time step (the window is closing)."""
        if self._warmer is not None:
            self._warmer.stop()
            self._warmer.deleteLater()
            self._warmer = None

    @property
    def warming_up(self) -> bool:
        """A warm-up step is still to come."""
        return self._warmer is not None and self._warmer.isActive()


class LazyPage(Generic[P]):
    """A page as an attribute of the window (`window.customers`), built on first access."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, window: Any, owner: type | None = None) -> P:
        if window is None:
            return cast(P, self)  # looked up on the class: the descriptor itself
        return cast(P, window.pages.page(self.name))
