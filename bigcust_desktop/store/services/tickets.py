"""`store.tickets`: the fault ticket list, a ticket's detail, the lines it may be opened on.

Depends on the store's ticket queries, the contracted service levels (analytics sources), wire
records, the shared record edits and the domain's SLA rule.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from bigcust_desktop.domain.analytics.months import local_day
from bigcust_desktop.domain.sla import due_at as sla_due_at
from bigcust_desktop.domain.timefmt import format_instant, parse_instant
from bigcust_desktop.store import edits
from bigcust_desktop.store.queries import tickets as q
from bigcust_desktop.store.queries.analytics_sources import contracted_restore_hours
from bigcust_desktop.store.services.base import CityRecords
from bigcust_desktop.store.wire import read_wire


@dataclass(frozen=True)
class TicketDetail:
    """A ticket as its detail view shows it: the record, whose line, who acted in its history."""

    record: dict[str, Any]
    customer_name: str
    service_number: str
    staff_names: dict[str, str]


def _report(conn: Connection, record: Mapping[str, Any]) -> dict[str, Any]:
    opened = parse_instant(str(record["opened_at"]))
    hours = contracted_restore_hours(conn, str(record["subscriber_id"]), local_day(opened))
    if hours is not None:  # the circuit's service level, not the severity's
        due = sla_due_at(str(record["severity"]), opened, hours)
        record = {**record, "due_at": format_instant(due)}
    return edits.create_record(conn, "fault_ticket", record)


def _detail(conn: Connection, ticket_id: str) -> TicketDetail | None:
    record = read_wire(conn, "fault_ticket", ticket_id)
    header = q.ticket_header(conn, ticket_id)
    if record is None or header is None:
        return None
    people = [event["by"] for event in record.get("history", [])]
    return TicketDetail(record, header[0], header[1], q.staff_names(conn, people))


class FaultTickets(CityRecords):
    """Fault tickets (报障工单): listed with their SLA, reported and moved offline."""

    entity = "fault_ticket"

    def ids(
        self, wanted: q.TicketFilter, now: dt.datetime, order_by: str = "", descending: bool = False
    ) -> list[str]:
        return self._read(q.ticket_ids, wanted, now, order_by, descending)

    def report(self, record: Mapping[str, Any]) -> dict[str, Any]:
        """Store a new ticket (`domain.drafts.tickets.new_fault_ticket`) with its outbox entry:
        due by the contracted restore time where a contract in force covers its circuit that
        day, else by its severity's SLA as drafted. Raises `ValidationErrors` for bad fields."""
        return self._write(_report, record)

    def listed(
        self,
        wanted: q.TicketFilter,
        now: dt.datetime,
        order_by: str = "",
        descending: bool = False,
        first: int = 200,
    ) -> tuple[list[str], dict[str, q.TicketRow]]:
        """`ids`, with the rows of the ``first`` ones read in the same transaction."""
        return self._listed(q.ticket_ids, q.ticket_rows, first, wanted, now, order_by, descending)

    def rows(self, ids: Sequence[str]) -> dict[str, q.TicketRow]:
        return self._read(q.ticket_rows, ids)

    def detail(self, ticket_id: str) -> TicketDetail | None:
        """The ticket, its line and the names in its history, read together; None if gone."""
        return self._read(_detail, ticket_id)

    def lines_of(self, customer_id: str) -> list[q.SubscriberChoice]:
        """A customer's lines and circuits a fault may be reported on."""
        return self._read(q.customer_subscribers, customer_id)

    def customer_of_line(self, subscriber_id: str) -> str | None:
        return self._read(q.subscriber_customer, subscriber_id)
