"""The fault tickets page (报障): open tickets first, soonest due first, with an SLA countdown that
moves with the clock; report a fault, open a ticket's history.

A `ListPage`: the ids are read in the read lane, rows load lazily. Depends on `ui.qt`, the list
page, `store.tickets` and the ticket dialogs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from bigcust_desktop.store.queries.tickets import TicketFilter
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.labels import label, local_time_text
from bigcust_desktop.ui.qt import (
    QCheckBox,
    QCoreApplication,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QPushButton,
    QShortcut,
    QTimer,
    QWidget,
)
from bigcust_desktop.ui.tickets.detail import TicketDetailDialog
from bigcust_desktop.ui.tickets.dialog import FaultTicketDialog
from bigcust_desktop.ui.tickets.sla_text import ORANGE, RED, sla_state
from bigcust_desktop.ui.todos.dialog import TodoDialog, TodoSeed
from bigcust_desktop.ui.widgets.book import book_of
from bigcust_desktop.ui.widgets.inputs import CodeComboBox
from bigcust_desktop.ui.widgets.list_page import ListPage
from bigcust_desktop.ui.widgets.sync_state import sync_state_column
from bigcust_desktop.ui.widgets.table_model import Column

WATCHED = frozenset({"fault_ticket", "customer", "subscriber"})
SLA_COLUMN = 0
CLOCK_MS = 30_000  # the countdown is in minutes: redrawing twice a minute keeps it honest
_SEVERITY_COLORS = {"critical": RED, "major": ORANGE}


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _sla(row: Any) -> tuple[str, str | None]:
    return sla_state(row.status, row.due_at, row.resolved_at, _now(), submitted=row.submitted)


def ticket_columns() -> tuple[list[Column], list[str | None]]:
    columns = [
        Column(
            QCoreApplication.translate("TicketTable", "SLA"),
            lambda r: _sla(r)[0],
            color=lambda r: _sla(r)[1],
            tooltip=lambda r: (
                QCoreApplication.translate("TicketTable", "Due %1").replace(
                    "%1", local_time_text(r.due_at)
                )
                if r.submitted
                else QCoreApplication.translate(
                    "TicketTable",
                    "Saved on this computer; sent to the operations centre at the next sync.",
                )
            ),
        ),
        Column(
            QCoreApplication.translate("TicketTable", "Severity"),
            lambda r: label("severity", r.severity),
            color=lambda r: _SEVERITY_COLORS.get(r.severity),
        ),
        Column(QCoreApplication.translate("TicketTable", "Fault"), lambda r: r.title),
        Column(QCoreApplication.translate("TicketTable", "Customer"), lambda r: r.customer_name),
        Column(
            QCoreApplication.translate("TicketTable", "Line or circuit"), lambda r: r.service_number
        ),
        Column(
            QCoreApplication.translate("TicketTable", "Status"),
            lambda r: label("ticket_status", r.status),
        ),
        Column(
            QCoreApplication.translate("TicketTable", "Opened"),
            lambda r: local_time_text(r.opened_at),
        ),
        Column(
            QCoreApplication.translate("TicketTable", "Due"), lambda r: local_time_text(r.due_at)
        ),
        sync_state_column(
            QCoreApplication.translate("TicketTable", "Sync"), lambda r: r.sync_state
        ),
    ]
    orders = [
        "due_at",
        "severity",
        "title",
        "customer_name",
        None,
        "status",
        "opened_at",
        "due_at",
        None,
    ]
    return columns, orders


class TicketsPage(ListPage):
    """报障: the faults of the book; Enter opens a ticket's history, Ctrl+N reports a fault."""

    PAGE_NAME = "tickets"
    WATCHED = WATCHED
    SERVICE = "tickets"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        # "": open first, soonest due first
        super().__init__(ctx, parent, order=("", False))
        self.setObjectName("ticketsPage")

        self.new_button = QPushButton(self.tr("Report a fault"), self)
        self.new_button.setObjectName("reportFault")
        self.new_button.setToolTip(self.tr("Report a fault (Ctrl+N)"))
        self.new_button.setEnabled(ctx.user is not None)
        self.new_button.clicked.connect(lambda: self.report_fault())
        QShortcut(QKeySequence.StandardKey.New, self, activated=lambda: self.report_fault())
        self.todo_button = QPushButton(self.tr("Add to &to-dos…"), self)
        self.todo_button.setObjectName("ticketTodo")
        self.todo_button.setToolTip(self.tr("A to-do to chase the selected fault"))
        self.todo_button.clicked.connect(lambda: self.add_todo())
        self.search = self.search_box(
            "ticketSearch",
            self.tr("Search fault tickets"),
            self.tr("Fault, customer or line number"),
        )
        self.severity_filter = CodeComboBox(
            "severity", "severityFilter", self, empty_text=self.tr("All severities")
        )
        self.severity_filter.setAccessibleName(self.tr("Severity filter"))
        self.status_filter = CodeComboBox(
            "ticket_status", "statusFilter", self, empty_text=self.tr("All statuses")
        )
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        self.open_only = QCheckBox(self.tr("&Open only"), self)
        self.open_only.setObjectName("openOnly")
        self.open_only.setChecked(True)
        self.breached_only = QCheckBox(self.tr("SLA &breached"), self)
        self.breached_only.setObjectName("breachedOnly")
        self.customer_chip.clicked.connect(self._clear_customer)
        for combo in (self.severity_filter, self.status_filter):
            combo.currentIndexChanged.connect(lambda _: self.refresh())
        for box in (self.open_only, self.breached_only):
            box.toggled.connect(lambda _: self.refresh())
        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addWidget(self.todo_button)
        bar.addWidget(self.search, 2)
        for widget in (self.severity_filter, self.status_filter, self.open_only):
            bar.addWidget(widget)
        bar.addWidget(self.breached_only)
        bar.addWidget(self.customer_chip)
        bar.addStretch(1)

        columns, orders = ticket_columns()
        self.build_list(columns, orders, "ticketTable", self.tr("Fault tickets"))
        self.table.horizontalHeader().setSortIndicatorShown(False)  # default order is not a column
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 130), (1, 70), (3, 140), (4, 130), (5, 80), (6, 130), (7, 130)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(8, QHeaderView.ResizeMode.ResizeToContents)  # blank if synced
        self.table.activated.connect(lambda index: self.open_ticket(self.model.id_at(index.row())))
        self.lay_out(bar, self.table, "ticketSummary")
        self.clock = QTimer(self)
        self.clock.setInterval(CLOCK_MS)
        self.clock.timeout.connect(lambda: self.model.column_changed(SLA_COLUMN))
        self.clock.start()

    # -- filters and loading -----------------------------------------------------------------

    def current_filter(self) -> TicketFilter:
        severity, status = self.severity_filter.code(), self.status_filter.code()
        return TicketFilter(
            book=book_of(self.ctx.user),
            customer_id=self._customer_id,
            severities=(severity,) if severity else (),
            statuses=(status,) if status else (),
            open_only=self.open_only.isChecked(),
            breached_only=self.breached_only.isChecked(),
            text=self.search.text(),
        )

    def apply_filter(self, filter: dict[str, Any]) -> None:
        """``severity``, ``status``, ``open``, ``breached``, ``customer_id``, ``text``."""
        widgets = (
            self.severity_filter,
            self.status_filter,
            self.open_only,
            self.breached_only,
            self.search,
        )
        for widget in widgets:
            widget.blockSignals(True)
        for combo, key in ((self.severity_filter, "severity"), (self.status_filter, "status")):
            combo.setCurrentIndex(0)
            if filter.get(key):
                combo.set_code(str(filter[key]))
        self.open_only.setChecked(bool(filter.get("open", False)))
        self.breached_only.setChecked(bool(filter.get("breached", False)))
        self.search.setText(str(filter.get("text") or ""))
        for widget in widgets:
            widget.blockSignals(False)
        self.set_customer(filter.get("customer_id"))
        self.refresh()

    def _clear_customer(self) -> None:
        self.set_customer(None)
        self.refresh()

    def _sort(self, order_by: str, descending: bool) -> None:
        self.table.horizontalHeader().setSortIndicatorShown(True)
        super()._sort(order_by, descending)

    def list_work(
        self, order: tuple[str, bool], first: int
    ) -> Callable[[], tuple[list[str], dict[str, Any]]]:
        flt, store, now = self.current_filter(), self.ctx.store, _now()

        def work() -> tuple[list[str], dict[str, Any]]:
            return store.tickets.listed(flt, now, *order, first)

        return work

    def summary_text(self, count: int) -> str:
        return self.tr("%n fault tickets", "", count)

    # -- actions -----------------------------------------------------------------------------

    def report_fault(
        self, customer_id: str | None = None, subscriber_id: str | None = None
    ) -> FaultTicketDialog | None:
        if self.ctx.user is None:
            return None
        dialog = FaultTicketDialog(
            self.ctx,
            customer_id=customer_id or self._customer_id,
            subscriber_id=subscriber_id,
            parent=self,
        )
        # Saved here, not yet with the operations centre: the next sync (or the push at once
        # when online) submits it, and the list's SLA column says when it is.
        dialog.saved.connect(
            lambda _id: self.message.setText(
                self.tr("Saved; it goes to the network operations centre when online.")
            )
        )
        self.open_dialog(dialog)
        return dialog

    def add_todo(self) -> TodoDialog | None:
        """加入待办: chase the selected fault by its due time."""
        ticket_id = self.selected_id()
        if ticket_id is None or self.ctx.user is None:
            self.message.setText(self.tr("Choose a fault ticket first."))
            return None
        row = self.model.row_at(self.table.currentIndex().row())
        seed = TodoSeed(
            customer_id=row.customer_id,
            kind="task",
            title=self.tr("Chase fault: %1").replace("%1", row.title),
            when=row.due_at,
            source_entity="fault_ticket",
            source_id=ticket_id,
        )
        dialog = TodoDialog(self.ctx, seed, parent=self)
        self.open_dialog(dialog)
        return dialog

    def open_ticket(self, ticket_id: str) -> TicketDetailDialog:
        dialog = TicketDetailDialog(self.ctx, ticket_id, parent=self)
        self.open_dialog(dialog)
        return dialog
