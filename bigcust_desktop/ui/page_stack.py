"""The main window's pages, each built (and its module loaded) the first time it is wanted.

Depends on `ui.qt`, `ui.context` and, inside each factory, that page's module.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any, Generic, TypeVar, cast

from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.qt import QStackedWidget, QWidget, Signal

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


_UI = "bigcust_desktop.ui."
# In navigation order; the names are the pages' PAGE_NAMEs (ctx.navigate and the Go menu use them).
PAGE_TARGETS = tuple(
    (name, _UI + target)
    for name, target in (
        ("dashboard", "dashboard.page:DashboardPage"),
        ("customers", "customers.list_view:CustomerListPage"),
        ("customer360", "customer360.page:Customer360Page"),
        ("opportunities", "opportunities.page:OpportunitiesPage"),
        ("quotes", "quotes.page:QuotesPage"),
        ("approvals", "quotes.approvals:ApprovalsPage"),
        ("tickets", "tickets.page:TicketsPage"),
        ("activities", "activities.page:ActivitiesPage"),
        ("reports", "reports_page:ReportsPage"),
        ("sync", "sync_panel.page:SyncPanelPage"),
    )
)
PAGES: tuple[tuple[str, PageFactory], ...] = tuple(
    (name, _lazy(target)) for name, target in PAGE_TARGETS
)
# Each page's module: the start-up loads the first page's in the background.
PAGE_MODULES = {name: target.split(":")[0] for name, target in PAGE_TARGETS}


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


class LazyPage(Generic[P]):
    """A page as an attribute of the window (`window.customers`), built on first access."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, window: Any, owner: type | None = None) -> P:
        if window is None:
            return cast(P, self)  # looked up on the class: the descriptor itself
        return cast(P, window.pages.page(self.name))
