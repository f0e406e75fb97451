"""The main window: navigation, the pages, and a status bar that always tells the sync state.

Depends on `ui.qt`, the pages (built on first show, `ui.page_stack`) and dialogs, the task manager
and the sync engine (run off the GUI thread). Pages talk to each other only through `AppContext`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from bigcust_desktop import __version__
from bigcust_desktop.domain.identity import UserProfile
from bigcust_desktop.domain.permissions import may_approve_quotes
from bigcust_desktop.store.engine import Store
from bigcust_desktop.store.profile import Profile
from bigcust_desktop.store.secrets import ProfileSecrets
from bigcust_desktop.sync.account import has_session, sign_out, wipe_profile
from bigcust_desktop.sync.config import load_endpoints
from bigcust_desktop.sync.engine import SyncReport, SyncSession, run_sync
from bigcust_desktop.sync.errors import (
    AccountDisabled,
    AuthRequired,
    NetworkError,
    SyncCancelled,
    SyncError,
)
from bigcust_desktop.sync.progress import SyncProgress
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.errors import show_failure
from bigcust_desktop.ui.history import PageHistory
from bigcust_desktop.ui.icons import icon
from bigcust_desktop.ui.page_stack import PAGES, LazyPage, PageStack
from bigcust_desktop.ui.preferences import Preferences
from bigcust_desktop.ui.qt import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QObject,
    QProgressBar,
    QPushButton,
    QSize,
    Qt,
    QTimer,
    QWidget,
    Signal,
)
from bigcust_desktop.ui.tasks import TaskManager

if TYPE_CHECKING:
    from bigcust_desktop.ui.activities.page import ActivitiesPage
    from bigcust_desktop.ui.customer360.page import Customer360Page
    from bigcust_desktop.ui.customers.list_view import CustomerListPage
    from bigcust_desktop.ui.dashboard.page import DashboardPage
    from bigcust_desktop.ui.opportunities.page import OpportunitiesPage
    from bigcust_desktop.ui.quotes.approvals import ApprovalsPage
    from bigcust_desktop.ui.quotes.page import QuotesPage
    from bigcust_desktop.ui.reports_page import ReportsPage
    from bigcust_desktop.ui.sync_panel.page import SyncPanelPage
    from bigcust_desktop.ui.tickets.page import TicketsPage


class _ProgressRelay(QObject):
    """Sync progress from the worker thread to the progress bar (queued signal)."""

    progressed = Signal(object)


class MainWindow(QMainWindow):
    """The application window of one profile and its signed-in user."""

    synced = Signal(object)  # SyncReport
    signed_out = Signal(str)  # why: "logout" or "disabled"

    # Only the dashboard is built with the window; each other page when first shown or reached.
    dashboard: LazyPage[DashboardPage] = LazyPage("dashboard")
    customers: LazyPage[CustomerListPage] = LazyPage("customers")
    customer360: LazyPage[Customer360Page] = LazyPage("customer360")
    opportunities: LazyPage[OpportunitiesPage] = LazyPage("opportunities")
    quotes: LazyPage[QuotesPage] = LazyPage("quotes")
    approvals: LazyPage[ApprovalsPage] = LazyPage("approvals")
    tickets: LazyPage[TicketsPage] = LazyPage("tickets")
    activities: LazyPage[ActivitiesPage] = LazyPage("activities")
    reports: LazyPage[ReportsPage] = LazyPage("reports")
    sync_panel: LazyPage[SyncPanelPage] = LazyPage("sync")

    def __init__(
        self,
        profile: Profile,
        store: Store,
        user: UserProfile | None,
        *,
        title_note: str = "",
        before_sync: Callable[[], Any] | None = None,
        tasks: TaskManager | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.profile = profile
        self.store = store
        self.tasks = tasks or TaskManager(self)
        self.ctx = AppContext(profile, store, user, self.tasks, self)
        self.preferences = Preferences.load(profile.settings_path)
        self._title_note = title_note
        self._before_sync = before_sync
        self._syncing = False
        self._cancel = threading.Event()  # the sync's; its session is made in the worker
        self._session: SyncSession | None = None
        self._online: bool | None = None
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
        self._build_pages(user)
        self.nav.currentRowChanged.connect(self._nav_changed)
        self.history = PageHistory()  # Alt+Left
        self.history.arrive((PAGES[0][0], None))  # the start page
        self.pages.currentChanged.connect(self._arrived)

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self._build_actions()
        self._build_status_bar()
        self.ctx.changed.connect(lambda _: self.refresh_status())
        self.ctx.open_customer.connect(self.open_customer)
        self.ctx.navigate.connect(self.navigate)
        self.ctx.edit_record.connect(self.edit_record)
        self.ctx.sync_requested.connect(self.start_sync)
        self.synced.connect(self._after_sync)
        self.sync_timer = QTimer(self)
        self.sync_timer.setObjectName("syncTimer")
        self.sync_timer.timeout.connect(self._timer_sync)
        self._arm_timer()
        self.show_page("dashboard")
        self.refresh_status()

    # -- pages --------------------------------------------------------------------------------

    def _build_pages(self, user: UserProfile | None) -> None:
        texts = {
            "dashboard": self.tr("Dashboard"),
            "customers": self.tr("Customers"),
            "customer360": self.tr("Customer 360"),
            "opportunities": self.tr("Opportunities"),
            "quotes": self.tr("Quotes"),
            "approvals": self.tr("Approvals"),
            "tickets": self.tr("Fault tickets"),
            "activities": self.tr("Activities"),
            "reports": self.tr("Reports"),
            "sync": self.tr("Sync"),
        }
        hidden = {"customer360"}  # reached from a customer, not from the navigation
        if not may_approve_quotes(user):
            hidden.add("approvals")
        for name, factory in PAGES:
            row = self.pages.add(name, factory)
            self._page_rows[name] = row
            self.nav.addItem(texts[name])
            self.nav.item(row).setIcon(icon(name))
            self.nav.item(row).setHidden(name in hidden)
        self.pages.page("dashboard")  # the start page: its reads begin with the window

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
            self.pages.show_page(self.pages.name_at(row))

    def show_page(self, name: str) -> QWidget:
        page = self.pages.show_page(name)
        self.nav.setCurrentRow(self._page_rows[name])
        return page

    def navigate(self, name: str, filter: object) -> None:
        if name not in self._page_rows:
            return
        page = self.show_page(name)
        apply = getattr(page, "apply_filter", None)
        if apply is not None and isinstance(filter, dict):
            apply(filter)

    def open_customer(self, customer_id: str) -> None:
        # A built 360 page loads the customer from the same notice; the window only shows it.
        # A page built now missed the notice (Qt does not deliver a signal being emitted to a
        # slot connected meanwhile): it is told here.
        new = self.pages.built_page("customer360") is None
        self.history.arrive(("customer360", customer_id))
        self._opening_customer = True
        try:
            self.show_page("customer360")
        finally:
            self._opening_customer = False
        if new:
            self.customer360.show_customer(customer_id)

    _opening_customer = False

    def _arrived(self, row: int) -> None:
        """Record the page shown (the 360 view with its customer) for Alt+Left."""
        if row < 0 or self._opening_customer:
            return
        name = self.pages.name_at(row)
        page = self.pages.built_page(name)
        customer = getattr(page, "customer_id", None) if name == "customer360" else None
        self.history.arrive((name, customer))

    def go_back(self) -> None:
        """Alt+Left: the page (and customer) the user came from."""
        step = self.history.back()
        if step is None:
            return
        name, customer_id = step
        with self.history.replaying():
            if name == "customer360" and customer_id:
                self.ctx.open_customer.emit(customer_id)
            else:
                self.show_page(name)

    def _open_dialog(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # type: ignore[attr-defined]

    # The dialogs' modules load with their first use, as the pages' do.

    def new_opportunity(self, customer_id: str | None = None) -> None:
        from bigcust_desktop.ui.opportunities.dialog import OpportunityDialog

        self._open_dialog(OpportunityDialog(self.ctx, customer_id=customer_id, parent=self))

    def new_quote(self, customer_id: str | None = None) -> None:
        from bigcust_desktop.ui.quotes.editor import QuoteEditor

        self._open_dialog(QuoteEditor(self.ctx, customer_id=customer_id, parent=self))

    def report_fault(self, customer_id: str | None = None) -> None:
        from bigcust_desktop.ui.tickets.dialog import FaultTicketDialog

        self._open_dialog(FaultTicketDialog(self.ctx, customer_id=customer_id, parent=self))

    def edit_record(self, entity: str, record_id: str) -> None:
        if entity == "opportunity":
            from bigcust_desktop.ui.opportunities.dialog import OpportunityDialog

            self._open_dialog(OpportunityDialog(self.ctx, opportunity_id=record_id, parent=self))
        elif entity == "quote":
            from bigcust_desktop.ui.quotes.editor import QuoteEditor

            self._open_dialog(QuoteEditor(self.ctx, quote_id=record_id, parent=self))
        elif entity == "fault_ticket":
            self.navigate("tickets", {"ticket_id": record_id})
        elif entity == "activity":
            self.navigate("activities", {"activity_id": record_id})

    # -- actions ------------------------------------------------------------------------------

    def _action(self, text: str, name: str, shortcut: Any, slot: Callable[[], Any]) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.sync_action = self._action(
            self.tr("&Sync now"), "syncAction", Qt.Key.Key_F5, self.start_sync
        )
        find = self._action(
            self.tr("&Find customer"), "findAction", QKeySequence.StandardKey.Find, self._find
        )
        settings = self._action(
            self.tr("S&ettings…"), "settingsAction", "Ctrl+,", self.open_settings
        )
        sign_out = self._action(self.tr("Sign &out…"), "signOutAction", None, self.sign_out)
        quit_action = self._action(
            self.tr("&Quit"), "quitAction", QKeySequence.StandardKey.Quit, self.close
        )
        menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (self.sync_action, find, settings):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(sign_out)
        menu.addAction(quit_action)

        new = self.menuBar().addMenu(self.tr("&New"))
        new.addAction(
            self._action(self.tr("&Opportunity…"), "newOpportunityAction", "Ctrl+Shift+O",
                         lambda: self.new_opportunity(self._current_customer()))
        )  # fmt: skip
        new.addAction(
            self._action(self.tr("&Quote…"), "newQuoteAction", "Ctrl+Shift+Q",
                         lambda: self.new_quote(self._current_customer()))
        )  # fmt: skip
        new.addAction(
            self._action(self.tr("&Fault report…"), "newFaultAction", "Ctrl+Shift+F",
                         lambda: self.report_fault(self._current_customer()))
        )  # fmt: skip

        go = self.menuBar().addMenu(self.tr("&Go"))
        back = self._action(
            self.tr("&Back"), "backAction", QKeySequence.StandardKey.Back, self.go_back
        )
        back.setIcon(icon("back"))
        # Ctrl+1..8 as users learned them; 审批 (approvals, regional managers only) is Ctrl+9.
        keys = {"dashboard": 1, "customers": 2, "opportunities": 3, "quotes": 4, "approvals": 9,
                "tickets": 5, "activities": 6, "reports": 7, "sync": 8}  # fmt: skip
        for name, number in keys.items():
            row = self._page_rows[name]
            action = self._action(
                self.nav.item(row).text(), f"go_{name}", f"Ctrl+{number}",
                # `triggered` passes `checked`: it must not land in `n`.
                lambda _checked=False, n=name: self.show_page(n),
            )  # fmt: skip
            action.setIcon(icon(name))
            action.setVisible(not self.nav.item(row).isHidden())
            go.addAction(action)
        go.addSeparator()
        go.addAction(back)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        guide = self._action(
            self.tr("&User guide"), "userGuideAction", QKeySequence.StandardKey.HelpContents,
            self.user_guide,
        )  # fmt: skip
        guide.setIcon(icon("guide"))
        shortcuts = self._action(
            self.tr("&Keyboard shortcuts"), "shortcutsAction", None, self.keyboard_shortcuts
        )
        shortcuts.setIcon(icon("shortcuts"))
        help_menu.addAction(guide)
        help_menu.addAction(shortcuts)
        help_menu.addSeparator()
        help_menu.addAction(self._action(self.tr("&About"), "aboutAction", None, self.about))

    def _current_customer(self) -> str | None:
        page = self.pages.built_page("customer360")
        if page is not None and self.pages.currentWidget() is page:
            return getattr(page, "customer_id", None)
        return None

    def _find(self) -> None:
        self.show_page("customers")
        self.customers.search.setFocus()
        self.customers.search.selectAll()

    def user_guide(self) -> None:
        from bigcust_desktop.ui.help import UserGuideDialog

        self._open_dialog(UserGuideDialog(self))

    def keyboard_shortcuts(self) -> None:
        from bigcust_desktop.ui.help import ShortcutsDialog

        self._open_dialog(ShortcutsDialog(self))

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About bigcust-desktop"),
            self.tr(
                "bigcust-desktop %1\nOffline-first client for big-customer account managers.\n\n"
                "Free software under the GNU General Public License, version 3 or later. The "
                "licence and those of the components it contains are in LICENSE.txt and "
                "THIRD-PARTY-NOTICES.txt in the program folder."
            ).replace("%1", __version__),
        )

    def open_settings(self) -> None:
        from bigcust_desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.profile, self)
        if dialog.exec():
            self.preferences = dialog.preferences
            self._close_session()  # endpoints may have changed
            self._arm_timer()

    def sign_out(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Sign out"),
            self.tr(
                "Signing out removes all data of this account from this computer, with the "
                "reports in the profile's exports folder and the log files; reports saved "
                "elsewhere stay. Changes not yet sent will be lost. Sign out?"
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._wipe("logout")

    def _wipe(self, why: str) -> None:
        self.cancel_sync()
        self.tasks.wait()
        self._close_session()
        if why == "logout":
            left = sign_out(self.profile, self.store).left  # also revokes on the server
        else:
            left = wipe_profile(self.profile, self.store)
        if left:
            QMessageBox.warning(
                self,
                self.tr("Sign out"),
                self.tr(
                    "These files could not be deleted; close them and delete them:\n%1"
                ).replace("%1", "\n".join(str(path) for path in left)),
            )
        self.signed_out.emit(why)
        self.close()

    # -- status bar ---------------------------------------------------------------------------

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.online_label = QLabel(self)
        self.online_label.setObjectName("onlineStatus")
        self.last_sync_label = QLabel(self)
        self.last_sync_label.setObjectName("lastSync")
        self.pending_label = QLabel(self)
        self.pending_label.setObjectName("pendingChanges")
        self.conflicts_label = QLabel(self)
        self.conflicts_label.setObjectName("openConflicts")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("syncProgress")
        self.progress.setMaximumWidth(200)
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelSync")
        self.cancel_button.clicked.connect(self.cancel_sync)
        self.cancel_button.hide()
        # Permanent: a temporary message (sync progress, "offline") must not hide the state.
        for widget in (
            self.online_label,
            self.last_sync_label,
            self.pending_label,
            self.conflicts_label,
        ):
            bar.addPermanentWidget(widget)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)

    def refresh_status(self) -> None:
        status = self.store.sync_state.status(counts=False)
        user = status.user
        title = self.tr("bigcust-desktop")
        if user:
            title += f" — {user.name}"
        if self._title_note:
            title += f" ({self._title_note})"
        self.setWindowTitle(title)
        if self._online is None:
            self.online_label.setText(self.tr("○ Not synced yet"))
        elif self._online:
            self.online_label.setText(self.tr("● Online"))
        else:
            self.online_label.setText(self.tr("○ Offline"))
        last = status.last_sync.get("city")
        self.last_sync_label.setText(
            self.tr("Last sync: %1").replace("%1", _local(last))
            if last
            else self.tr("Never synced")
        )
        self.pending_label.setText(
            self.tr("Pending changes: %1").replace("%1", str(status.pending_changes))
        )
        conflicts = status.conflicts + status.rejected_changes
        self.conflicts_label.setText(self.tr("Conflicts: %1").replace("%1", str(conflicts)))
        self.conflicts_label.setStyleSheet("color: #c0392b;" if conflicts else "")

    # -- sync ---------------------------------------------------------------------------------

    def _arm_timer(self) -> None:
        minutes = self.preferences.sync_minutes
        if minutes > 0:
            self.sync_timer.start(minutes * 60_000)
        else:
            self.sync_timer.stop()

    def _timer_sync(self) -> None:
        if has_session(self.profile):
            self.start_sync()

    def _close_session(self) -> None:
        if self._session is not None:
            self._session.close()
            self._session = None

    def _sync_session(self) -> Callable[[], SyncSession] | None:
        """One session (one access token) across syncs: a no-op sync is a request a system.

        Returns how the worker gets it, or None when not signed in. The first session is made
        in the worker: it loads `requests`, which the window's start does not wait for.
        """
        if self._session is not None:
            session = self._session
            return lambda: session
        endpoints = load_endpoints(self.profile.settings_path)
        if endpoints is None:
            return None
        secrets, cancel = ProfileSecrets(self.profile), self._cancel

        def make() -> SyncSession:
            # One sync at a time, and the GUI thread reads `_session` only after it ends.
            self._session = SyncSession(endpoints, secrets, cancel=cancel)
            return self._session

        return make

    def start_sync(self) -> None:
        if self._syncing:
            return  # one sync at a time; F5 again does nothing while one runs
        try:
            session = self._sync_session()
        except SyncError as exc:  # saved settings no longer accepted (e.g. http:// to a host)
            show_failure(self, exc)
            return
        if session is None:
            self.statusBar().showMessage(self.tr("Not signed in"), 5000)
            return
        self._syncing = True
        self._cancel.clear()
        relay = _ProgressRelay(self)
        relay.progressed.connect(self._on_progress)
        self.progress.show()
        self.cancel_button.show()
        self.sync_action.setEnabled(False)
        profile, store, before = self.profile, self.store, self._before_sync

        def work() -> SyncReport:
            if before is not None:
                before()
            return run_sync(profile, store, session(), progress=relay.progressed.emit)

        self.tasks.run(work, self._sync_succeeded, self._sync_failed)

    def cancel_sync(self) -> None:
        if self._syncing:
            self._cancel.set()

    def _on_progress(self, event: SyncProgress) -> None:
        phase = {"push": self.tr("Sending"), "pull": self.tr("Receiving")}.get(event.phase, "")
        self.statusBar().showMessage(
            self.tr("%1 %2: %3 records")
            .replace("%1", phase)
            .replace("%2", event.system)
            .replace("%3", str(event.done))
        )

    def _finish_sync(self) -> None:
        self._syncing = False
        self._before_sync = None  # the demo signs in once
        self.progress.hide()
        self.cancel_button.hide()
        self.sync_action.setEnabled(True)
        self.statusBar().clearMessage()

    def _sync_succeeded(self, report: SyncReport) -> None:
        self._finish_sync()
        self._online = True
        self.synced.emit(report)

    def _sync_failed(self, exc: BaseException) -> None:
        self._finish_sync()
        if isinstance(exc, SyncCancelled):
            self.statusBar().showMessage(self.tr("Sync cancelled"), 5000)
            self.refresh_status()
            return
        if isinstance(exc, NetworkError):
            self._online = False
            self.refresh_status()
            if self.isActiveWindow():
                self.statusBar().showMessage(
                    self.tr("Offline: changes are kept and sent at the next sync"), 8000
                )
            return
        self.refresh_status()
        show_failure(self, exc)
        if isinstance(exc, AccountDisabled):
            self._wipe("disabled")
        elif isinstance(exc, AuthRequired):
            self._close_session()

    def _after_sync(self, report: SyncReport) -> None:
        changed = report.changed_entities | {"outbox"}
        self.ctx.notify(changed)
        self.refresh_status()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel_sync()
        self.sync_timer.stop()
        self.tasks.wait()
        self._close_session()
        super().closeEvent(event)


def _local(instant: str) -> str:
    from bigcust_desktop.domain.timefmt import parse_instant
    from bigcust_desktop.ui.labels import local_time_text

    return local_time_text(parse_instant(instant))
