"""The customer 360 page (客户360): everything about one customer before and after a visit.

Loads the customer in one background read; the lines tree loads its branches when expanded.
Actions ask the window for the other pages' dialogs by signal, or open this page's own.
Depends on `ui.qt`, the app context, the 360 panels and `store.customers`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from bigcust_desktop.domain.drafts.form_input import local_today
from bigcust_desktop.domain.sla import is_breached
from bigcust_desktop.domain.stages import weighted_value
from bigcust_desktop.store.queries.customer360 import (
    Customer360,
)
from bigcust_desktop.ui.activities.log_dialog import LogActivityDialog
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.contracts.tab import ContractsTab
from bigcust_desktop.ui.customer360.change_request_dialog import ChangeRequestDialog
from bigcust_desktop.ui.customer360.competitors import CompetitorsTab
from bigcust_desktop.ui.customer360.decision_chain import DecisionChainTab
from bigcust_desktop.ui.customer360.insight_tabs import add_insight_tabs, open_rehearsal
from bigcust_desktop.ui.customer360.overview import BillingPanel, ContactsPanel, ProfilePanel
from bigcust_desktop.ui.customer360.ownership import owner_text
from bigcust_desktop.ui.customer360.tabs import BusinessTab, GroupTab, HistoryTab, LinesTab
from bigcust_desktop.ui.labels import date_text, label, money_short, money_tip, to_local
from bigcust_desktop.ui.qt import (
    QAction,
    QFont,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    Qt,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    Signal,
)
from bigcust_desktop.ui.todos.dialog import TodoDialog, TodoSeed
from bigcust_desktop.ui.widgets.page_loader import PageLoader

# Entities whose change may alter what this page shows.
SHOWN_ENTITIES = frozenset(
    {
        "customer",
        "contact",
        "change_request",
        "billing_account",
        "subscriber",
        "service",
        "bill",
        "payment",
        "opportunity",
        "quote",
        "fault_ticket",
        "activity",
        "user",
        "team",
        "product",
    }
)
_ID_ROLE = Qt.ItemDataRole.UserRole


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Customer360Page(QWidget):
    """客户360. Open a customer with `show_customer` (or ``ctx.open_customer``)."""

    PAGE_NAME = "customer360"
    new_opportunity_requested = Signal(str)  # customer id
    new_quote_requested = Signal(str)  # customer id
    report_fault_requested = Signal(str)  # customer id
    open_opportunity_requested = Signal(str)  # opportunity id (edit)
    open_quote_requested = Signal(str)  # quote id
    open_ticket_requested = Signal(str)  # fault ticket id
    loaded = Signal(str)  # the customer shown (tests wait for it)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customer360Page")
        self.ctx = ctx
        self.customer_id: str | None = None
        self.data: Customer360 | None = None

        self.stack = QStackedWidget(self)
        self.empty = QLabel(self.tr("Open a customer from the customer list (Ctrl+F)."), self)
        self.empty.setObjectName("customer360Empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.empty)
        self.content = QWidget(self)
        self.stack.addWidget(self.content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        layout = QVBoxLayout(self.content)
        layout.addLayout(self._build_header())
        layout.addLayout(self._build_actions())
        self.tabs = QTabWidget(self.content)
        self.tabs.setObjectName("customer360Tabs")
        self.lines_tab = LinesTab(self._load_subscribers, self._load_services, self.tabs)
        self.group_tab = GroupTab(self.tabs)
        self.business_tab = BusinessTab(self.tabs)
        self.history_tab = HistoryTab(self.tabs)
        self.tabs.addTab(self._build_overview(), self.tr("O&verview"))
        self.tabs.addTab(self.lines_tab, self.tr("&Lines and services"))
        self.tabs.addTab(self.group_tab, self.tr("Gro&up"))
        self.tabs.addTab(self.business_tab, self.tr("&Business"))
        self.tabs.addTab(self.history_tab, self.tr("Con&tacts and requests"))
        self.contracts_tab = ContractsTab(ctx, self.tabs)
        self.tabs.addTab(self.contracts_tab, self.tr("Contr&acts"))
        self.chain_tab = DecisionChainTab(ctx, self.tabs)
        self.tabs.addTab(self.chain_tab, self.tr("Deci&sion chain"))
        self.competitors_tab = CompetitorsTab(ctx, self.tabs)
        self.tabs.addTab(self.competitors_tab, self.tr("Other carr&iers"))
        # Short names for the models and views the tabs hold (tests and the window use them).
        self.lines_model, self.lines = self.lines_tab.model, self.lines_tab.tree
        self.group_model, self.group = self.group_tab.model, self.group_tab.tree
        self.opportunities_model = self.business_tab.opportunities
        self.quotes_model = self.business_tab.quotes
        self.tickets_model = self.business_tab.tickets
        self.activities_model = self.history_tab.activities
        self.requests_model = self.history_tab.requests
        self.group_tab.open_customer_requested.connect(ctx.open_customer.emit)
        self.business_tab.open_opportunity_requested.connect(self.open_opportunity_requested)
        self.business_tab.open_quote_requested.connect(self.open_quote_requested)
        self.business_tab.open_ticket_requested.connect(self.open_ticket_requested)
        layout.addWidget(self.tabs, 1)
        self.insight_tabs = add_insight_tabs(self, ctx)

        self.loader = PageLoader(self, ctx, SHOWN_ENTITIES, self._query, self._show)
        ctx.open_customer.connect(self.show_customer)

    # -- layout ---------------------------------------------------------------------------

    def _build_header(self) -> QVBoxLayout:
        self.title = QLabel(self.content)
        self.title.setObjectName("customerTitle")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel(self.content)
        self.subtitle.setObjectName("customerSubtitle")
        self.facts = QLabel(self.content)
        self.facts.setObjectName("customerFacts")
        self.facts.setWordWrap(True)
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(self.title)
        box.addWidget(self.subtitle)
        box.addWidget(self.facts)
        return box

    def _action(
        self, text: str, name: str, slot: Any, shortcut: QKeySequence | None = None
    ) -> QPushButton:
        button = QPushButton(text, self.content)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        if shortcut is not None:
            # This page's own shortcut (each page has its Ctrl+N), active while focus is in it.
            action = QAction(text.replace("&", ""), self)
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(button.click)
            self.addAction(action)
            button.setToolTip(shortcut.toString(QKeySequence.SequenceFormat.NativeText))
        return button

    def _build_actions(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.new_opportunity_button = self._action(
            self.tr("New &opportunity"),
            "newOpportunityButton",
            lambda: self._emit_for_customer(self.new_opportunity_requested),
            QKeySequence(QKeySequence.StandardKey.New),
        )
        self.new_quote_button = self._action(
            self.tr("New &quote"),
            "newQuoteButton",
            lambda: self._emit_for_customer(self.new_quote_requested),
        )
        self.report_fault_button = self._action(
            self.tr("&Report a fault"),
            "reportFaultButton",
            lambda: self._emit_for_customer(self.report_fault_requested),
        )
        self.log_contact_button = self._action(
            self.tr("Log a &contact"),
            "logContactButton",
            self.log_contact,
            QKeySequence("Ctrl+L"),
        )
        self.change_request_button = self._action(
            self.tr("&Propose a correction…"),
            "proposeCorrectionButton",
            self.propose_correction,
        )
        self.change_request_button.setToolTip(owner_text("customer"))
        self.rehearse_button = self._action(
            self.tr("R&ehearse a tariff…"), "rehearseTariffButton", lambda: open_rehearsal(self)
        )
        self.add_todo_button = self._action(
            self.tr("A&dd to to-dos…"), "addTodoButton", self.add_todo
        )
        for button in (
            self.new_opportunity_button,
            self.new_quote_button,
            self.report_fault_button,
            self.log_contact_button,
            self.add_todo_button,
            self.change_request_button,
            self.rehearse_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _build_overview(self) -> QWidget:
        # Scrolls on a small screen rather than make the window taller than it (1280x720).
        scroll = QScrollArea(self.content)
        scroll.setObjectName("overviewScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        page = QWidget(scroll)
        grid = QGridLayout(page)
        self.profile = ProfilePanel(page)
        self.contacts = ContactsPanel(page)
        self.billing = BillingPanel(page)
        grid.addWidget(self.profile, 0, 0, 2, 1)
        grid.addWidget(self.contacts, 0, 1)
        grid.addWidget(self.billing, 1, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        grid.setRowStretch(1, 1)  # the contacts fit their rows; billing takes the rest
        scroll.setWidget(page)
        return scroll

    # -- loading --------------------------------------------------------------------------

    def apply_filter(self, filter: dict) -> None:
        """``{"customer_id": ...}`` opens that customer (navigation from another page)."""
        customer_id = filter.get("customer_id") if filter else None
        if customer_id:
            self.show_customer(str(customer_id))

    def show_customer(self, customer_id: str) -> None:
        """Show a customer; his data is read in the background, then `loaded` is emitted."""
        if customer_id != self.customer_id:
            self.tabs.setCurrentIndex(0)
        self.customer_id = customer_id
        self.refresh()

    def refresh(self) -> None:
        if self.customer_id is not None:
            self.loader.refresh()

    def _query(self) -> Callable[[], tuple[str | None, Customer360 | None]]:
        customer_id, store, now = self.customer_id, self.ctx.store, _now()

        def work() -> tuple[str | None, Customer360 | None]:
            if customer_id is None:
                return None, None
            # Six months ending at the last billed one in the cache (never an unbilled zero).
            return customer_id, store.customers.view360(customer_id, local_today(now))

        return work

    def _load_subscribers(self, account_id: str, offset: int, limit: int) -> list[Any]:
        assert self.customer_id is not None
        # One indexed page: quick enough for the GUI thread.
        return self.ctx.store.customers.subscribers(self.customer_id, account_id, offset, limit)

    def _load_services(self, subscriber_id: str) -> list[Any]:
        return self.ctx.store.customers.services(subscriber_id)

    def _show(self, loaded: tuple[str | None, Customer360 | None]) -> None:
        customer_id, data = loaded
        if customer_id is None or customer_id != self.customer_id:
            return
        self.data = data
        if data is None:
            self.empty.setText(
                self.tr("This customer is not in your cache (any more). It may have been "
                        "assigned to another manager.")
            )  # fmt: skip
            self.stack.setCurrentWidget(self.empty)
            self.loaded.emit(customer_id)
            return
        self.stack.setCurrentWidget(self.content)
        record = data.profile.record
        self.title.setText(record["name"])
        self.subtitle.setText(
            " · ".join(
                part
                for part in (
                    record["short_name"],
                    label("industry", record["industry"]),
                    f"{record['city']}{record['district']}",
                    record["uscc"],
                    label("value_tier", record["value_tier"]),
                )
                if part
            )
        )
        self.facts.setText(self._facts(data))
        self.facts.setToolTip(money_tip(data.arrears.total, self._weighted(data)))
        self.profile.show_profile(data.profile)
        self.contacts.show_contacts(data.contacts)
        self.billing.show_billing(data.months, data.arrears)
        for tab in (self.lines_tab, self.group_tab, self.business_tab, self.history_tab):
            tab.show_data(data)
        self.contracts_tab.set_customer(customer_id)
        self.chain_tab.set_customer(customer_id, record.get("manager_id"))
        self.competitors_tab.set_customer(customer_id)
        self.loaded.emit(customer_id)

    @staticmethod
    def _weighted(data: Customer360) -> Decimal:
        return sum(
            (weighted_value(o["amount"], o["probability"]) for o in data.opportunities),
            start=Decimal(0),
        )

    def _facts(self, data: Customer360) -> str:
        now = _now()
        weighted = self._weighted(data)
        breached = sum(1 for t in data.tickets if is_breached(t["due_at"], None, now))
        last = data.activities[0]["occurred_at"] if data.activities else None
        parts = [
            self.tr("Arrears %1").replace("%1", money_short(data.arrears.total)),
            self.tr("%n open opportunities, weighted %1", "", len(data.opportunities)).replace(
                "%1", money_short(weighted)
            ),
            self.tr("%n open faults (%1 past SLA)", "", len(data.tickets)).replace(
                "%1", str(breached)
            ),
            self.tr("%n lines", "", data.lines),
            self.tr("last contact %1 (%2)")
            .replace("%1", date_text(last))
            .replace("%2", self._days_ago(last, now))
            if last
            else self.tr("never contacted"),
        ]
        return "  ·  ".join(parts)

    def _days_ago(self, then: dt.datetime, now: dt.datetime) -> str:
        """今天, 昨天 or N 天前 by the calendar in the province's time, not by 24-hour spans."""
        days = (to_local(now).date() - to_local(then).date()).days
        if days <= 0:
            return self.tr("today")
        if days == 1:
            return self.tr("yesterday")
        return self.tr("%n days ago", "", days)

    # -- actions --------------------------------------------------------------------------

    def _emit_for_customer(self, signal: Any) -> None:
        if self.customer_id is not None and self.data is not None:
            signal.emit(self.customer_id)

    def log_contact(self) -> None:
        """Open the log-a-contact dialog for this customer."""
        if self.customer_id is None or self.data is None:
            return
        self.log_dialog = LogActivityDialog(self.ctx, customer_id=self.customer_id, parent=self)
        self.log_dialog.open()

    def add_todo(self, seed: TodoSeed | None = None) -> TodoDialog | None:
        """加入待办: plan a visit or add a to-do for this customer (or from one of his records)."""
        if self.customer_id is None or self.data is None or self.ctx.user is None:
            return None
        self.todo_dialog = TodoDialog(
            self.ctx, seed or TodoSeed(customer_id=self.customer_id), parent=self
        )
        self.todo_dialog.open()
        return self.todo_dialog

    def propose_correction(self) -> None:
        """Open the change-request dialog over this customer and his contacts."""
        if self.data is None:
            return
        self.change_dialog = ChangeRequestDialog(
            self.ctx, self.data.profile.record, self.data.contacts, parent=self
        )
        self.change_dialog.open()
