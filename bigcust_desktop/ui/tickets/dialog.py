"""Report a fault (报障) on one of the customer's lines or circuits, with severity and description.

The ticket itself (status new, SLA due time, first history entry) is built by
`domain.drafts.tickets.new_fault_ticket`; every error is shown by its field.
Depends on `ui.qt` and the store's services.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bigcust_desktop.domain.drafts.tickets import new_fault_ticket
from bigcust_desktop.domain.sla import due_at
from bigcust_desktop.store.queries.tickets import (
    SubscriberChoice,
)
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.labels import label
from bigcust_desktop.ui.preferences import Preferences
from bigcust_desktop.ui.qt import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from bigcust_desktop.ui.tickets.sla_text import URGENT_SEVERITIES
from bigcust_desktop.ui.widgets.book import book_of
from bigcust_desktop.ui.widgets.customer_picker import CustomerPicker
from bigcust_desktop.ui.widgets.inputs import CodeComboBox
from bigcust_desktop.ui.widgets.record_save import RecordDialog
from bigcust_desktop.ui.widgets.table_model import Column, RowsModel

ENTITY = "fault_ticket"


class FaultTicketDialog(RecordDialog):
    """A new fault ticket on a subscriber (mobile line, broadband account or circuit)."""

    ENTITIES = frozenset({ENTITY})

    def __init__(
        self,
        ctx: AppContext,
        customer_id: str | None = None,
        subscriber_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("faultTicketDialog")
        self.setWindowTitle(self.tr("Report a fault"))
        self.setMinimumSize(640, 560)
        if subscriber_id and not customer_id:
            customer_id = ctx.store.tickets.customer_of_line(subscriber_id)
        self.customer_id = customer_id
        self._build()
        self._load_subscribers(customer_id)
        if subscriber_id:
            self.select_subscriber(subscriber_id)
        self._update_hint()

    def _build(self) -> None:
        form = QFormLayout()
        self.customer_picker: CustomerPicker | None = None
        if self.customer_id is None:
            self.customer_picker = CustomerPicker(self.ctx.store, book_of(self.ctx.user), self)
            self.customer_picker.customer_changed.connect(self._customer_changed)
            customer: QWidget = self.customer_picker
        else:
            name = self.ctx.store.customers.name(self.customer_id)
            customer = QLabel(name, self)
            customer.setObjectName("customerName")
        self.errors.add_row(form, self.tr("Customer"), "customer_id", customer)

        self.subscriber_filter = QLineEdit(self)
        self.subscriber_filter.setObjectName("subscriberFilter")
        self.subscriber_filter.setPlaceholderText(self.tr("Number, circuit id or address"))
        self.subscriber_filter.setClearButtonEnabled(True)
        self.subscriber_filter.textChanged.connect(lambda _: self._apply_filter())
        find = QLabel(self.tr("&Find line"), self)
        find.setBuddy(self.subscriber_filter)
        self.subscriber_filter.setAccessibleName(self.tr("Find line"))
        form.addRow(find, self.subscriber_filter)
        self.subscribers = RowsModel(
            [
                Column(self.tr("Number"), lambda s: s.service_number),
                Column(self.tr("Kind"), lambda s: label("subscriber_kind", s.kind)),
                Column(self.tr("Plan"), lambda s: s.product_name),
                Column(self.tr("Status"), lambda s: label("subscriber_status", s.status)),
                Column(self.tr("Address"), lambda s: s.install_address or ""),
            ],
            self,
        )
        self._all_subscribers: list[SubscriberChoice] = []
        self.subscriber_table = QTableView(self)
        self.subscriber_table.setObjectName("subscriberTable")
        self.subscriber_table.setModel(self.subscribers)
        self.subscriber_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.subscriber_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.subscriber_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.subscriber_table.verticalHeader().hide()
        self.subscriber_table.setMinimumHeight(150)
        header = self.subscriber_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.errors.add_row(
            form, self.tr("&Line or circuit"), "subscriber_id", self.subscriber_table
        )

        self.severity_combo = CodeComboBox(
            "severity", "severity", self, empty_text=self.tr("Choose how serious it is…")
        )
        self.severity_combo.currentIndexChanged.connect(lambda _: self._update_hint())
        self.errors.add_row(form, self.tr("&Severity"), "severity", self.severity_combo)
        self.sla_hint = QLabel(self)
        self.sla_hint.setObjectName("slaHint")
        self.sla_hint.setStyleSheet("color: #5a6778;")
        form.addRow("", self.sla_hint)
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setMaxLength(200)
        self.title_edit.setPlaceholderText(self.tr("e.g. Circuit down since 09:30"))
        self.errors.add_row(form, self.tr("&Title"), "title", self.title_edit)
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setObjectName("descriptionEdit")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setPlaceholderText(
            self.tr("What the customer sees, since when, who to call on site")
        )
        self.errors.add_row(form, self.tr("&Description"), "description", self.description_edit)

        self.add_save_buttons(self.tr("&Report fault"), self.tr("Report the fault (Ctrl+S)"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)

    # -- lines -------------------------------------------------------------------------------

    def _customer_changed(self, customer_id: str | None) -> None:
        self.customer_id = customer_id
        self._load_subscribers(customer_id)

    def _load_subscribers(self, customer_id: str | None) -> None:
        rows: list[SubscriberChoice] = []
        if customer_id:
            rows = self.ctx.store.tickets.lines_of(customer_id)  # one customer's lines, by index
        self._all_subscribers = rows
        self._apply_filter()

    def _apply_filter(self) -> None:
        text = self.subscriber_filter.text().strip().lower()
        rows = [
            s
            for s in self._all_subscribers
            if not text
            or text in s.service_number.lower()
            or text in (s.install_address or "").lower()
        ]
        self.subscribers.set_rows(rows)
        if len(rows) == 1:
            self.subscriber_table.selectRow(0)

    def select_subscriber(self, subscriber_id: str) -> bool:
        for row, choice in enumerate(self.subscribers.rows()):
            if choice.id == subscriber_id:
                self.subscriber_table.selectRow(row)
                return True
        return False

    def subscriber_id(self) -> str | None:
        index = self.subscriber_table.currentIndex()
        selected = self.subscriber_table.selectionModel().isRowSelected(index.row())
        choice = self.subscribers.row_at(index.row()) if index.isValid() and selected else None
        return None if choice is None else choice.id

    def _update_hint(self) -> None:
        severity = self.severity_combo.code()
        if not severity:
            self.sla_hint.setText("")
            return
        now = dt.datetime.now(dt.UTC)
        due = due_at(severity, now)
        hours = int((due - now).total_seconds() // 3600)
        # Saved here first: the clock runs once the operations centre has the ticket.
        text = self.tr(
            "Saved on this computer, then sent to the network operations centre (at once when "
            "online, else at the next sync); it must be resolved within %1 h of reaching it."
        ).replace("%1", str(hours))
        if severity in URGENT_SEVERITIES:
            hotline = Preferences.load(self.ctx.profile.settings_path).noc_hotline
            text += "\n" + self.tr(
                "Critical or major: if you are offline, also call the NOC on %1."
            ).replace("%1", hotline)
        self.sla_hint.setText(text)
        self.sla_hint.setWordWrap(True)

    # -- saving ------------------------------------------------------------------------------

    def prepare(self) -> Callable[[], str] | None:
        user = self.ctx.user
        if user is None:
            self.errors.show_message(self.tr("Sign in before reporting faults."))
            return None
        picker = self.customer_picker
        record = new_fault_ticket(
            customer_id=picker.customer_id() if picker else self.customer_id,
            subscriber_id=self.subscriber_id(),
            reported_by=user.id,
            severity=self.severity_combo.code() or "",
            title=self.title_edit.text(),
            description=self.description_edit.toPlainText(),
            now=dt.datetime.now(dt.UTC),
        )
        store = self.ctx.store

        def work() -> str:
            return str(store.tickets.report(record)["id"])  # due by a contracted level, if any

        return work
