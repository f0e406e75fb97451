"""A fault ticket's detail: its facts, SLA state and status history as the operations centre moves
it, and the manager's own moves (close once the customer confirms, reopen when still broken).

Which moves are the manager's comes from `domain.sla.MANAGER_TICKET_MOVES` via
`domain.drafts.tickets.ticket_move`. Depends on `ui.qt`, `ui.widgets` and `store.tickets`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from bigcust_desktop.domain.drafts.tickets import ticket_move
from bigcust_desktop.domain.errors import ValidationError, ValidationErrors
from bigcust_desktop.domain.sla import MANAGER_TICKET_MOVES, TicketStatus
from bigcust_desktop.domain.timefmt import parse_instant
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.errors import show_failure
from bigcust_desktop.ui.labels import label, local_time_text
from bigcust_desktop.ui.preferences import Preferences
from bigcust_desktop.ui.qt import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from bigcust_desktop.ui.tickets.sla_text import URGENT_SEVERITIES, sla_state
from bigcust_desktop.ui.widgets.form_errors import FormErrors
from bigcust_desktop.ui.widgets.table_model import Column, RowsModel

ENTITY = "fault_ticket"
OPERATIONS_CENTRE = "NOC"  # how the city CRM names the network operations centre in a history


def _instant(value: str | None) -> dt.datetime | None:
    return None if value is None else parse_instant(value)


class TicketDetailDialog(QDialog):
    """One ticket: facts, SLA, history oldest first; redrawn when a sync brings a new status."""

    saved = Signal(str)

    def __init__(self, ctx: AppContext, ticket_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticketDetail")
        self.setMinimumSize(720, 560)
        self.ctx = ctx
        self.ticket_id = ticket_id
        self.ticket: dict[str, Any] | None = None
        self._build()
        self.reload()
        ctx.changed.connect(self._on_changed)

    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setObjectName("ticketHeading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        facts = QFormLayout()
        self.facts: dict[str, QLabel] = {}
        for key, text in (
            ("customer", self.tr("Customer")),
            ("line", self.tr("Line or circuit")),
            ("severity", self.tr("Severity")),
            ("status", self.tr("Status")),
            ("opened", self.tr("Opened")),
            ("due", self.tr("Due")),
            ("sla", self.tr("SLA")),
            ("resolution", self.tr("Resolution")),
            ("description", self.tr("Description")),
        ):
            value = QLabel(self)
            value.setObjectName(f"{key}Value")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            facts.addRow(text, value)
            self.facts[key] = value
        self.history = RowsModel(
            [
                Column(self.tr("Status"), lambda e: label("ticket_status", e["status"])),
                Column(self.tr("When"), lambda e: local_time_text(parse_instant(e["at"]))),
                Column(self.tr("By"), lambda e: e["by_name"]),
                Column(self.tr("Note"), lambda e: e.get("note") or ""),
            ],
            self,
        )
        self.history_table = QTableView(self)
        self.history_table.setObjectName("historyTable")
        self.history_table.setAccessibleName(self.tr("Status history"))
        self.history_table.setModel(self.history)
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_table.verticalHeader().hide()
        header = self.history_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

        self.errors = FormErrors(self)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(54)
        self.note_edit.setPlaceholderText(self.tr("What the customer says (required to reopen)"))
        self.actions = QFormLayout()
        self.errors.add_row(self.actions, self.tr("&Note"), "note", self.note_edit)
        self.close_button = QPushButton(self.tr("&Close ticket"), self)
        self.close_button.setObjectName("closeTicket")
        self.close_button.clicked.connect(lambda: self.move(TicketStatus.CLOSED))
        self.reopen_button = QPushButton(self.tr("&Reopen: still not fixed"), self)
        self.reopen_button.setObjectName("reopenTicket")
        self.reopen_button.clicked.connect(lambda: self.move(TicketStatus.IN_PROGRESS))
        self.done_button = QPushButton(self.tr("Done"), self)
        self.done_button.setObjectName("doneButton")
        self.done_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.reopen_button)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        self.message = QLabel(self)
        self.message.setObjectName("ticketMessage")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(facts)
        layout.addWidget(QLabel(self.tr("Status history"), self))
        layout.addWidget(self.history_table, 1)
        layout.addLayout(self.actions)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    # -- showing -----------------------------------------------------------------------------

    def _on_changed(self, entities: set[str]) -> None:
        if ENTITY in entities:
            self.reload()

    def reload(self) -> None:
        """Read the ticket again (one record and its history, by primary key)."""
        detail = self.ctx.store.tickets.detail(self.ticket_id)
        self.ticket = detail.record if detail is not None else None
        if detail is None:
            self.heading.setText(self.tr("This ticket is no longer on this computer."))
            for button in (self.close_button, self.reopen_button):
                button.hide()
            self.actions.setRowVisible(0, False)
            return
        ticket, names = detail.record, detail.staff_names
        customer, line = detail.customer_name, detail.service_number
        now = dt.datetime.now(dt.UTC)
        due, resolved = parse_instant(ticket["due_at"]), _instant(ticket["resolved_at"])
        submitted = int(ticket["version"]) > 0
        sla_text, colour = sla_state(ticket["status"], due, resolved, now, submitted=submitted)
        if not submitted and ticket["severity"] in URGENT_SEVERITIES:
            hotline = Preferences.load(self.ctx.profile.settings_path).noc_hotline
            sla_text += " · " + self.tr("urgent: call the NOC on %1").replace("%1", hotline)
        self.setWindowTitle(self.tr("Fault ticket %1").replace("%1", ticket["title"]))
        self.heading.setText(ticket["title"])
        values = {
            "customer": customer,
            "line": line,
            "severity": label("severity", ticket["severity"]),
            "status": label("ticket_status", ticket["status"]),
            "opened": local_time_text(parse_instant(ticket["opened_at"])),
            "due": local_time_text(due) if submitted else "",
            "sla": sla_text,
            "resolution": ticket.get("resolution") or "",
            "description": ticket["description"],
        }
        for key, text in values.items():
            self.facts[key].setText(text)
        self.facts["sla"].setStyleSheet(f"color: {colour};" if colour else "")
        self.history.set_rows(
            [{**e, "by_name": self._who(e["by"], names)} for e in ticket["history"]]
        )
        status = TicketStatus(ticket["status"])
        self.close_button.setVisible((status, TicketStatus.CLOSED) in MANAGER_TICKET_MOVES)
        self.reopen_button.setVisible((status, TicketStatus.IN_PROGRESS) in MANAGER_TICKET_MOVES)
        if status == TicketStatus.NEW:
            self.close_button.setText(self.tr("&Withdraw: reported by mistake"))
        else:
            self.close_button.setText(self.tr("&Close ticket: customer confirms the fix"))
        can_act = self.close_button.isVisibleTo(self) or self.reopen_button.isVisibleTo(self)
        self.actions.setRowVisible(0, can_act)  # a closed ticket has nothing left to note
        self.note_edit.setEnabled(can_act and self.ctx.user is not None)

    def _who(self, by: str, names: dict[str, str]) -> str:
        if by == OPERATIONS_CENTRE:
            return self.tr("Operations centre")
        return names.get(by, by)

    # -- moves -------------------------------------------------------------------------------

    def move(self, to: str) -> None:
        """Close or reopen the ticket as its reporting manager; errors shown by the note."""
        ticket, user = self.ticket, self.ctx.user
        if ticket is None or user is None:
            return
        self.errors.clear()
        try:
            changes = ticket_move(
                ticket,
                to,
                by=user.id,
                note=self.note_edit.toPlainText(),
                now=dt.datetime.now(dt.UTC),
            )
        except (ValidationErrors, ValidationError) as exc:
            self.errors.show(exc)
            return
        store, ticket_id = self.ctx.store, self.ticket_id

        def work() -> None:
            store.tickets.update(ticket_id, changes)

        def done(_: Any) -> None:
            self.note_edit.clear()
            moved = self.tr("Status changed to %1.").replace("%1", label("ticket_status", to))
            self.message.setText(moved)
            self.saved.emit(ticket_id)
            self.ctx.push_now(moved)  # the operations centre acts on it: send it now

        def failed(exc: BaseException) -> None:
            if not self.errors.handle(exc):
                show_failure(self, exc)

        self.ctx.write(work, {ENTITY}, done, failed)
