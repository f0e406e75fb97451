"""Every window, page and dialog of the app, opened in turn as a user reaches them, in a chosen
language: the walk that the keyboard, translation and small-screen tests share.

`screens(qtbot, store)` yields ``(name, top-level widget)`` with the state arranged (a page
shown, a tab chosen, a form's optional rows revealed); the widget stays open until the next item.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator

from sqlalchemy import select
from uihelpers import WANGFANG, ZHANGWEI

from bigcust_desktop.store.engine import Store
from bigcust_desktop.store.models import Customer, FaultTicket, Quote
from bigcust_desktop.store.queries.customer360 import load_customer360
from bigcust_desktop.store.queries.dashboard import last_months
from bigcust_desktop.ui.qt import QApplication, QTabWidget, QWidget
from bigcust_desktop.ui.translations import install_translators, remove_translators

WAIT = 10_000


@contextlib.contextmanager
def language(qapp, lang: str) -> Iterator[None]:
    """The app's catalogues of ``lang`` installed for the block (widgets built inside it)."""
    installed = install_translators(qapp, lang)
    try:
        yield
    finally:
        remove_translators(qapp, installed)


def idle(tasks) -> bool:
    """No background read in flight and none of its results still to deliver."""
    QApplication.processEvents()
    return tasks.idle()


def _tabs(top: QWidget) -> list[QTabWidget]:
    return [t for t in top.findChildren(QTabWidget) if t.isVisibleTo(top)]


def _each_tab(name: str, top: QWidget) -> Iterator[tuple[str, QWidget]]:
    """The window once per tab of its visible tab widgets (one tab widget at a time)."""
    tab_widgets = _tabs(top)
    if not tab_widgets:
        yield name, top
        return
    for tabs in tab_widgets:
        for index in range(tabs.count()):
            if tabs.isTabVisible(index):
                tabs.setCurrentIndex(index)
                yield f"{name} / {tabs.tabText(index)}", top
        tabs.setCurrentIndex(0)


def _first(store: Store, column, *where):
    with store.begin() as conn:
        return conn.execute(select(column).where(*where).order_by(column).limit(1)).scalar_one()


def main_window_screens(qtbot, store: Store) -> Iterator[tuple[str, QWidget]]:
    """The main window of a regional manager (every page, approvals included), page by page."""
    from bigcust_desktop.ui.main_window import MainWindow
    from bigcust_desktop.ui.page_stack import PAGES
    from bigcust_desktop.ui.tasks import TaskManager

    tasks = TaskManager()
    window = MainWindow(store.profile, store, WANGFANG, tasks=tasks)
    qtbot.addWidget(window)
    window.show()
    try:
        customer_id = _first(store, Customer.id, Customer.manager_id == ZHANGWEI.id)
        for name, _factory in PAGES:
            if name == "customer360":
                with qtbot.waitSignal(window.customer360.loaded, timeout=WAIT):
                    window.ctx.open_customer.emit(customer_id)
            else:
                window.show_page(name)
            qtbot.waitUntil(lambda: idle(tasks), timeout=WAIT)
            if name == "opportunities":
                page = window.opportunities
                for view in ("table", "board"):
                    page.set_view(view)
                    yield f"main window / {name} ({view})", window
                continue
            yield from _each_tab(f"main window / {name}", window)
            if name == "reports":
                window.reports.open_folder.show()  # as after an export
                yield "main window / reports (after an export)", window
                window.reports.open_folder.hide()
    finally:
        window.close()
        tasks.wait()


def dialog_screens(qtbot, store: Store) -> Iterator[tuple[str, QWidget]]:
    """Each dialog of the app over ``store`` (signed in as 张伟), with its optional rows shown."""
    from uihelpers import make_context

    from bigcust_desktop.ui.activities.log_dialog import LogActivityDialog
    from bigcust_desktop.ui.contracts.dialog import ContractDialog
    from bigcust_desktop.ui.customer360.change_request_dialog import ChangeRequestDialog
    from bigcust_desktop.ui.customer360.competitors import CompetitorLineDialog
    from bigcust_desktop.ui.customer360.decision_chain import RoleDialog
    from bigcust_desktop.ui.help import ShortcutsDialog, UserGuideDialog
    from bigcust_desktop.ui.opportunities.dialog import OpportunityDialog
    from bigcust_desktop.ui.quotes.editor import QuoteEditor
    from bigcust_desktop.ui.settings_dialog import SettingsDialog
    from bigcust_desktop.ui.signin import SignInDialog
    from bigcust_desktop.ui.tickets.detail import TicketDetailDialog
    from bigcust_desktop.ui.tickets.dialog import FaultTicketDialog
    from bigcust_desktop.ui.todos.dialog import TodoDialog, TodoSeed

    ctx = make_context(store)
    host = QWidget()  # the shortcuts dialog's window, alive for the walk
    qtbot.addWidget(host)
    customer_id = _first(store, Customer.id, Customer.manager_id == ZHANGWEI.id)
    ticket_id = _first(store, FaultTicket.id)
    with store.begin() as conn:
        quotes = dict(conn.execute(select(Quote.status, Quote.id).group_by(Quote.status)).all())
        today = dt.date.today()
        data = load_customer360(conn, customer_id, today, last_months(today))
    builders = {
        "sign-in": lambda: SignInDialog(
            store.profile, store, endpoints=None, can_work_offline=True,
            reopen=lambda: store, tasks=ctx.tasks,
        ),
        "settings": lambda: SettingsDialog(store.profile),
        "new opportunity": lambda: OpportunityDialog(ctx),
        "opportunity of a customer": lambda: OpportunityDialog(ctx, customer_id=customer_id),
        "new quote": lambda: QuoteEditor(ctx, customer_id=customer_id),
        **{
            f"{status} quote": lambda quote_id=quote_id: QuoteEditor(ctx, quote_id=quote_id)
            for status, quote_id in quotes.items()
        },
        "fault report": lambda: FaultTicketDialog(ctx, customer_id=customer_id),
        "fault ticket": lambda: TicketDetailDialog(ctx, ticket_id),
        "log a contact": lambda: LogActivityDialog(ctx, customer_id=customer_id),
        "user guide": lambda: UserGuideDialog(),
        "keyboard shortcuts": lambda: ShortcutsDialog(host),
        "correction request": lambda: ChangeRequestDialog(
            ctx, data.profile.record, data.contacts
        ),
        "plan or add a to-do": lambda: TodoDialog(ctx),
        "to-do of a customer": lambda: TodoDialog(ctx, TodoSeed(customer_id=customer_id)),
        "new contract": lambda: ContractDialog(ctx, customer_id=customer_id),
        "competitor line": lambda: CompetitorLineDialog(ctx, customer_id),
        "decision-chain role": lambda: RoleDialog(
            ctx, customer_id, *_chain_entry(store, customer_id)
        ),
    }  # fmt: skip
    try:
        for name, build in builders.items():
            dialog = build()
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitUntil(lambda: idle(ctx.tasks), timeout=WAIT)
            yield from _each_tab(name, dialog)
            separate = dialog.findChild(QWidget, "separateSystems")
            if separate is not None:  # sign-in and settings: the three systems' own rows
                separate.setChecked(True)
                yield f"{name} (separate systems)", dialog
            dialog.close()
    finally:
        ctx.tasks.wait()


def _chain_entry(store: Store, customer_id: str) -> tuple:
    chain = store.decision_chain.of_customer(customer_id)
    return chain[0], chain


def screens(qtbot, store: Store) -> Iterator[tuple[str, QWidget]]:
    yield from main_window_screens(qtbot, store)
    yield from dialog_screens(qtbot, store)
    QApplication.processEvents()
