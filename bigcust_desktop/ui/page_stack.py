"""The main window's pages, each built (and its module loaded) the first time it is wanted.

Depends on `ui.qt`, `ui.context` and, inside each factory, that page's module.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, cast

from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.qt import QStackedWidget, QWidget, Signal

PageFactory = Callable[[AppContext, QWidget], QWidget]
P = TypeVar("P", bound=QWidget)

# One factory per page. The import sits inside: a page's module (and what it imports, such as
# the reports) loads when the page is first shown, not while the window starts.


def _dashboard(ctx: AppContext, parent: QWidget) -> QWidget:
    from bigcust_desktop.ui.dashboard.page import DashboardPage

    return DashboardPage(ctx, parent)


def _customers(ctx: AppContext, parent: QWidget) -> QWidget:
    from bigcust_desktop.ui.customers.list_view import CustomerListPage

    return CustomerListPage(ctx, parent)


def _customer360(ctx: AppContext, parent: QWidget) -> QWidget:
    from bigcust_desktop.ui.customer360.page import Customer360Page

    return Customer360Page(ctx, parent)


def _opportunities(ctx: AppContext, parent: QWidget) -> QWidget:
    from bigcust_desktop.ui.opportunities.page import OpportunitiesPage

    return OpportunitiesPage(ctx, parent)


def _quotes(ctx: AppContext, parent: QWidget) -> QWidget:
    from bigcust_desktop.ui.quotes.page import QuotesPage

    return QuotesPage(ctx, parent)


def _approvals(ctx: AppContext, parent: QWidget) -> QWidget:
    from bigcust_desktop.ui.quotes.approvals import ApprovalsPage

    return ApprovalsPage(ctx, parent)


def _tickets(ctx: AppContext, parent: QWidget) -> QWidget:
    from bigcust_desktop.ui.tickets.page import TicketsPage

    return TicketsPage(ctx, parent)


def _activities(ctx: AppContext, parent: QWidget) -> QWidget:
    from bigcust_desktop.ui.activities.page import ActivitiesPage

    return ActivitiesPage(ctx, parent)


def _reports(ctx: AppContext, parent: QWidget) -> QWidget:
    from bigcust_desktop.ui.reports_page import ReportsPage

    return ReportsPage(ctx, parent)


def _sync(ctx: AppContext, parent: QWidget) -> QWidget:
    from bigcust_desktop.ui.sync_panel.page import SyncPanelPage

    return SyncPanelPage(ctx, parent)


# In navigation order; the names are the pages' PAGE_NAMEs (ctx.navigate and the Go menu use them).
PAGES: tuple[tuple[str, PageFactory], ...] = (
    ("dashboard", _dashboard),
    ("customers", _customers),
    ("customer360", _customer360),
    ("opportunities", _opportunities),
    ("quotes", _quotes),
    ("approvals", _approvals),
    ("tickets", _tickets),
    ("activities", _activities),
    ("reports", _reports),
    ("sync", _sync),
)


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
