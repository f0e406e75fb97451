"""The main window: navigation, the pages, the menus, and a status bar that always tells the sync
state (DESIGN §5).

It is shown before the store is open: the shell (menus, navigation, "opening the data…") paints
at once, and `attach` hands it the store and the user when the start-up has opened them in the
background; the start page follows. Depends on `ui.qt`, the pages (built on first show,
`ui.page_stack`), the status bar, the menus, `ui.window_sync` (the syncs and what the status bar
says of them), `ui.window_day` (the analysis on a new day without a sync), `ui.window_history`
(Alt+Left) and `ui.record_dialogs` (opening a record's dialog). The store, sync and report
modules are loaded in the background lanes, never with the window; pages talk to each other
only through `AppContext`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bigcust_desktop.ui import record_dialogs
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.page_stack import PAGES, LazyPage, PageStack
from bigcust_desktop.ui.preferences import Preferences
from bigcust_desktop.ui.qt import (
    QCloseEvent,
    QGuiApplication,
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QSize,
    QWidget,
    Signal,
)
from bigcust_desktop.ui.status_bar import StatusBar
from bigcust_desktop.ui.tasks import TaskManager
from bigcust_desktop.ui.window_day import AnalysisDay, Clock, utc_now
from bigcust_desktop.ui.window_history import WindowHistory
from bigcust_desktop.ui.window_menus import WindowMenus
from bigcust_desktop.ui.window_sync import WindowSync

if TYPE_CHECKING:
    from bigcust_desktop.domain.identity import UserProfile
    from bigcust_desktop.store.engine import Store
    from bigcust_desktop.store.first_page import FirstPage
    from bigcust_desktop.store.profile import Profile
    from bigcust_desktop.ui.activities.page import ActivitiesPage
    from bigcust_desktop.ui.analytics.page import InsightsPage
    from bigcust_desktop.ui.contracts.page import ContractsPage
    from bigcust_desktop.ui.customer360.page import Customer360Page
    from bigcust_desktop.ui.customers.list_view import CustomerListPage
    from bigcust_desktop.ui.dashboard.page import DashboardPage
    from bigcust_desktop.ui.opportunities.page import OpportunitiesPage
    from bigcust_desktop.ui.quotes.approvals import ApprovalsPage
    from bigcust_desktop.ui.quotes.page import QuotesPage
    from bigcust_desktop.ui.reports_page import ReportsPage
    from bigcust_desktop.ui.sync_panel.page import SyncPanelPage
    from bigcust_desktop.ui.tickets.page import TicketsPage
    from bigcust_desktop.ui.todos.page import TodosPage

START_PAGE = "dashboard"


class MainWindow(QMainWindow):
    """The application window of one profile and its signed-in user."""

    synced = Signal(object)  # SyncReport
    signed_out = Signal(str)  # why: "logout" or "disabled"
    sign_in_requested = Signal()  # 登录 while the window is open (the start-up answers it)
    opened = Signal()  # the store is attached: pages can be built

    # Each page is built when first shown or reached (the start page once the store is open).
    dashboard: LazyPage[DashboardPage] = LazyPage("dashboard")
    customers: LazyPage[CustomerListPage] = LazyPage("customers")
    customer360: LazyPage[Customer360Page] = LazyPage("customer360")
    opportunities: LazyPage[OpportunitiesPage] = LazyPage("opportunities")
    quotes: LazyPage[QuotesPage] = LazyPage("quotes")
    approvals: LazyPage[ApprovalsPage] = LazyPage("approvals")
    tickets: LazyPage[TicketsPage] = LazyPage("tickets")
    activities: LazyPage[ActivitiesPage] = LazyPage("activities")
    insights: LazyPage[InsightsPage] = LazyPage("atrisk")
    todos: LazyPage[TodosPage] = LazyPage("todos")
    contracts: LazyPage[ContractsPage] = LazyPage("contracts")
    reports: LazyPage[ReportsPage] = LazyPage("reports")
    sync_panel: LazyPage[SyncPanelPage] = LazyPage("sync")

    def __init__(
        self,
        profile: Profile,
        store: Store | None = None,
        user: UserProfile | None = None,
        *,
        title_note: str = "",
        tasks: TaskManager | None = None,
        now: Clock = utc_now,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.profile = profile
        self.tasks = tasks or TaskManager(self)
        self.ctx = AppContext(profile, None, None, self.tasks, self)
        self.preferences = Preferences.load(profile.settings_path)
        self._title_note = title_note
        self._wanted = START_PAGE  # the page to show once the store is open
        self._first_rows: FirstPage | None = None  # the customer list's, before the store
        screen = QGuiApplication.primaryScreen()
        room = screen.availableGeometry().size() if screen else QSize(1280, 800)
        # 1280x800 where it fits; a 1366x768 laptop with a taskbar gets what it has.
        self.resize(min(1280, room.width()), min(800, room.height() - 40))

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setFixedWidth(150)
        self.pages = PageStack(self.ctx, self)
        self.pages.built.connect(self._page_built)
        self._page_rows: dict[str, int] = {}
        self._build_pages()
        self.nav.currentRowChanged.connect(self._nav_changed)
        self.history = WindowHistory(self, START_PAGE)  # Alt+Left

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.status = StatusBar(self.ctx, self)
        self.setStatusBar(self.status)
        # The status bar's labels, as the window's own (tests and tools read them here).
        self.online_label, self.pending_label = self.status.online_label, self.status.pending_label
        self.conflicts_label = self.status.conflicts_label
        self.last_sync_label, self.cancel_button = (
            self.status.last_sync_label,
            self.status.cancel_button,
        )
        self.sync_flow = WindowSync(self)
        self.sync = self.sync_flow.control
        self.day = AnalysisDay(self, now)  # the analysis moves to a new day without a sync
        self._finished = False  # finish_shell done
        self.menus = WindowMenus(self)
        self.sync_action = self.menus.sync_action
        self.status.cancel_requested.connect(self.cancel_sync)
        self.status.open_sync_tab.connect(self.open_sync_tab)
        self.status.sign_in_requested.connect(self.sign_in_requested)
        self.ctx.changed.connect(lambda _: self.refresh_status())
        self.ctx.open_customer.connect(self.open_customer)
        self.ctx.navigate.connect(self.navigate)
        self.ctx.edit_record.connect(self.edit_record)
        self.ctx.sync_requested.connect(self.start_sync)
        self.ctx.push_requested.connect(self.push_now)
        self.synced.connect(self.sync_flow.after_sync)
        self.nav.setCurrentRow(self._page_rows[START_PAGE])
        self._set_title()
        self.menus.enable_store(False)  # the Go menu and the navigation do not wait
        if store is not None:
            self.attach(store, user)

    def attach(
        self, store: Store, user: UserProfile | None, *, title_note: str | None = None
    ) -> None:
        """The store is open and the user known: enable the window and show the wanted page."""
        if title_note is not None:
            self._title_note = title_note
        self.ctx.attach(store, user)
        if self._first_rows is not None:
            self._first_rows = None
            self.customers.loader.invalidate()  # shown before the store: the whole list now
        self.finish_shell()
        from bigcust_desktop.domain.permissions import may_approve_quotes  # not for the shell

        approver = may_approve_quotes(user)
        self.nav.item(self._page_rows["approvals"]).setHidden(not approver)
        self.menus.show_page_action("approvals", approver)
        self._set_title()
        self.menus.enable_store(True)
        self.arm_timer()
        self.show_page(self._wanted)
        self.refresh_status()
        self.pages.warm_up(skip=self._wanted)
        self.day.start()
        self._start_reminders()
        self.opened.emit()

    def _start_reminders(self) -> None:
        """Reminders of planned visits and to-dos, while the window is open (offline too)."""
        from bigcust_desktop.ui.todos.generate import make_generated_todos
        from bigcust_desktop.ui.todos.reminders import start_reminders

        self.reminders = start_reminders(self)
        make_generated_todos(self.ctx)

    @property
    def store(self) -> Store:
        return self.ctx.store

    @property
    def wanted_page(self) -> str:
        """The page shown once the store is open (the start page unless one was asked for)."""
        return self._wanted

    def _set_title(self) -> None:
        title = self.tr("bigcust-desktop")
        user = self.ctx.user
        if user is not None:
            title += f" — {user.name}"
        if self._title_note:
            title += f" ({self._title_note})"
        self.setWindowTitle(title)

    # -- pages --------------------------------------------------------------------------------

    def _build_pages(self) -> None:
        texts = {
            "dashboard": self.tr("Dashboard"),
            "customers": self.tr("Customers"),
            "customer360": self.tr("Customer 360"),
            "opportunities": self.tr("Opportunities"),
            "quotes": self.tr("Quotes"),
            "approvals": self.tr("Approvals"),
            "tickets": self.tr("Fault tickets"),
            "activities": self.tr("Activities"),
            "atrisk": self.tr("At risk"),
            "todos": self.tr("To-dos"),
            "contracts": self.tr("Contracts"),
            "campaigns": self.tr("Campaigns"),
            "reports": self.tr("Reports"),
            "sync": self.tr("Sync"),
        }
        # Reached from a customer, not from the navigation; approvals shown to a regional
        # manager once the user is known.
        hidden = {"customer360", "approvals"}
        for name, factory in PAGES:
            row = self.pages.add(name, factory)
            self._page_rows[name] = row
            self.nav.addItem(texts[name])
            self.nav.item(row).setHidden(name in hidden)

    def _page_built(self, name: str, page: QWidget) -> None:
        if name != "customer360":
            return
        c360: Customer360Page = page  # type: ignore[assignment]
        c360.new_opportunity_requested.connect(lambda cid: self.new_opportunity(cid))
        c360.new_quote_requested.connect(lambda cid: self.new_quote(cid))
        c360.report_fault_requested.connect(lambda cid: self.report_fault(cid))
        c360.open_opportunity_requested.connect(lambda oid: self.edit_record("opportunity", oid))
        c360.open_quote_requested.connect(lambda qid: self.edit_record("quote", qid))
        c360.open_ticket_requested.connect(lambda tid: self.edit_record("fault_ticket", tid))

    def _nav_changed(self, row: int) -> None:
        if row >= 0:
            self.show_page(self.pages.name_at(row))

    def show_page(self, name: str) -> QWidget:
        """Show a page, built now if it is the first time; before the store is open, its empty
        place, and the page itself as soon as the store is."""
        if not self.ctx.is_open:
            self._wanted = name
            self.nav.setCurrentRow(self._page_rows[name])
            if name == "customers" and self._first_rows is not None:
                return self._show_first_rows(self._first_rows)
            self.pages.setCurrentIndex(self._page_rows[name])
            return self.pages.currentWidget()
        page = self.pages.show_page(name)
        self.nav.setCurrentRow(self._page_rows[name])
        return page

    def show_first_rows(self, first: FirstPage) -> QWidget | None:
        """The customer list's first page, read before the store opened: the list shows it
        now if it is the page wanted (its rows' viewport is returned), or when it is clicked
        before the store is open."""
        if self.ctx.is_open:
            return None
        self._first_rows = first
        if self._wanted != "customers":
            return None
        self._show_first_rows(first)
        return self.customers.table.viewport()

    def _show_first_rows(self, first: FirstPage) -> QWidget:
        page = self.pages.built_page("customers")
        if page is None:  # its modules need no store: built now, it loads once the store is
            page = self.pages.show_page("customers")
            self.customers.show_first_rows(first)
        self.pages.setCurrentWidget(page)
        return page

    def navigate(self, name: str, filter: object) -> None:
        if name not in self._page_rows:
            return
        page = self.show_page(name)
        apply = getattr(page, "apply_filter", None)
        if apply is not None and isinstance(filter, dict):
            apply(filter)

    def open_customer(self, customer_id: str) -> None:
        self.history.open_customer(customer_id)

    def go_back(self) -> None:
        """Alt+Left (`ui.window_history`)."""
        self.history.go_back()

    # The record dialogs (`ui.record_dialogs`), as the menus and the pages ask for them.

    def new_opportunity(self, customer_id: str | None = None) -> None:
        record_dialogs.new_opportunity(self, customer_id)

    def new_quote(self, customer_id: str | None = None) -> None:
        record_dialogs.new_quote(self, customer_id)

    def report_fault(self, customer_id: str | None = None) -> None:
        record_dialogs.report_fault(self, customer_id)

    def edit_record(self, entity: str, record_id: str) -> None:
        record_dialogs.edit_record(self, entity, record_id)

    # -- actions ------------------------------------------------------------------------------

    def finish_shell(self) -> None:
        """What the first paint need not wait for: the keyboard shortcuts and the icons (SVG,
        drawn in the palette's colour). Called once the window has painted (and by `attach`,
        for a window made with its store)."""
        from bigcust_desktop.ui.icons import icon

        if self._finished:
            return
        self._finished = True
        self.menus.finish()
        for name, row in self._page_rows.items():
            self.nav.item(row).setIcon(icon(name))

    def page_title(self, name: str) -> str:
        """A page's name as the navigation shows it."""
        return self.nav.item(self._page_rows[name]).text()

    def page_hidden(self, name: str) -> bool:
        return self.nav.item(self._page_rows[name]).isHidden()

    def current_customer(self) -> str | None:
        """The customer of the 360 page when it is the one shown (a new record's customer)."""
        page = self.pages.built_page("customer360")
        if page is not None and self.pages.currentWidget() is page:
            return getattr(page, "customer_id", None)
        return None

    def find(self) -> None:
        self.show_page("customers")
        self.customers.search.setFocus()
        self.customers.search.selectAll()

    def user_guide(self) -> None:
        from bigcust_desktop.ui.help import UserGuideDialog

        record_dialogs.open_dialog(UserGuideDialog(self))

    def keyboard_shortcuts(self) -> None:
        from bigcust_desktop.ui.help import ShortcutsDialog

        record_dialogs.open_dialog(ShortcutsDialog(self))

    def about(self) -> None:
        from bigcust_desktop.ui.help import show_about

        show_about(self)

    def open_settings(self) -> None:
        from bigcust_desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.profile, self)
        if dialog.exec():
            self.preferences = dialog.preferences
            self.sync.close_session()  # endpoints may have changed
            self.arm_timer()

    def sign_out(self) -> None:
        """Ask (how many changes are unsent, sync or export first, Cancel the default)."""
        from bigcust_desktop.ui.sign_out import ask_sign_out

        ask_sign_out(self)

    def wipe_signed_out(self) -> None:
        """The user chose to sign out: wipe the profile and tell the server."""
        self.sync_flow.wipe("logout")

    def open_sync_tab(self, tab: str) -> None:
        """A status bar counter was clicked: the sync panel, on that counter's tab."""
        panel = self.show_page("sync")
        show_tab = getattr(panel, "show_tab", None)
        if show_tab is not None:
            show_tab(tab)

    # -- status bar ---------------------------------------------------------------------------

    def refresh_status(self) -> None:
        """Read the sync state again in the read lane (never on the GUI thread)."""
        if self.ctx.is_open:
            self.status.refresh()

    # -- sync ---------------------------------------------------------------------------------

    def arm_timer(self) -> None:
        self.sync.arm_timer(self.preferences.sync_minutes)

    def start_sync(self) -> None:
        self.sync_flow.start()

    def mark_signed_out(self) -> None:
        """No session (offline work, or none yet): the status bar says so, with 登录."""
        self.sync_flow.mark_signed_out()

    def push_now(self, what: str) -> None:
        """Send a decision at once (`WindowSync.push_now`)."""
        self.sync_flow.push_now(what)

    def cancel_sync(self) -> None:
        self.sync_flow.cancel()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.pages.stop_warm_up()
        self.day.stop()
        if getattr(self, "reminders", None) is not None:
            self.reminders.stop()
        self.cancel_sync()
        self.sync.timer.stop()
        self.tasks.wait()
        self.sync.close_session()
        if self.ctx.is_open:
            self.ctx.store.attachments.close_copies()  # plain copies opened for a viewer
        super().closeEvent(event)
