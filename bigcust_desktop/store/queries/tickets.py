"""Read queries of fault tickets (报障工单): the list with its SLA columns, a customer's lines and
circuits to report a fault on, and the names a ticket's history shows.

Depends on SQLAlchemy Core, the store models and the domain's ticket statuses.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Select, and_, case, func, or_, select

from bigcust_desktop.domain.sla import OPEN_TICKET_STATUSES
from bigcust_desktop.store.models import Customer, FaultTicket, Product, Subscriber, User
from bigcust_desktop.store.pinyin_order import by_pinyin
from bigcust_desktop.store.queries.book import Book, narrow_filter
from bigcust_desktop.store.queries.list_ids import list_ids

SORT_COLUMNS = ("title", "customer_name", "severity", "status", "opened_at", "due_at")
_OPEN = tuple(str(s) for s in OPEN_TICKET_STATUSES)
# Severity order for sorting: most urgent first.
_SEVERITY_RANK = {"critical": 0, "major": 1, "minor": 2, "info": 3}


@dataclass(frozen=True)
class TicketFilter:
    book: Book | None = None  # only customers of this book (None: the whole cache)
    customer_id: str | None = None
    subscriber_id: str | None = None
    severities: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    open_only: bool = False
    breached_only: bool = False  # open and past due, or resolved after the due time
    text: str = ""  # a fragment of the title, the customer's name or the service number


@dataclass(frozen=True)
class TicketRow:
    id: str
    title: str
    customer_id: str
    customer_name: str
    service_number: str
    severity: str
    status: str
    opened_at: dt.datetime
    due_at: dt.datetime
    resolved_at: dt.datetime | None
    sync_state: str
    version: int  # 0: never accepted by the server (logged offline, not yet submitted)

    @property
    def submitted(self) -> bool:
        return self.version > 0


@dataclass(frozen=True)
class SubscriberChoice:
    """A line or circuit of the customer, as the report-a-fault dialog lists it."""

    id: str
    service_number: str
    kind: str
    status: str
    product_name: str
    install_address: str | None


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _joined(stmt: Select[Any]) -> Select[Any]:
    return (
        stmt.select_from(FaultTicket)
        .outerjoin(Customer, Customer.id == FaultTicket.customer_id)
        .outerjoin(Subscriber, Subscriber.id == FaultTicket.subscriber_id)
    )


def _filtered(stmt: Select[Any], flt: TicketFilter, now: dt.datetime) -> Select[Any]:
    if flt.book is not None:
        stmt = stmt.where(flt.book.holds(FaultTicket.customer_id))
    if flt.customer_id:
        stmt = stmt.where(FaultTicket.customer_id == flt.customer_id)
    if flt.subscriber_id:
        stmt = stmt.where(FaultTicket.subscriber_id == flt.subscriber_id)
    if flt.severities:
        stmt = stmt.where(FaultTicket.severity.in_(flt.severities))
    if flt.statuses:
        stmt = stmt.where(FaultTicket.status.in_(flt.statuses))
    if flt.open_only:
        stmt = stmt.where(FaultTicket.status.in_(_OPEN))
    if flt.breached_only:
        # Instants are stored as their wire text, which compares in time order.
        stmt = stmt.where(
            or_(
                and_(FaultTicket.resolved_at.is_(None), FaultTicket.due_at < now),
                FaultTicket.resolved_at > FaultTicket.due_at,
            )
        )
    text = flt.text.strip()
    if text:
        pattern = _like(text)
        stmt = stmt.where(
            or_(
                FaultTicket.title.like(pattern, escape="\\"),
                Customer.name.like(pattern, escape="\\"),
                Customer.short_name.like(pattern, escape="\\"),
                Subscriber.service_number.like(pattern, escape="\\"),
            )
        )
    return stmt


def ticket_ids(
    conn: Connection,
    flt: TicketFilter,
    now: dt.datetime,
    order_by: str = "",
    descending: bool = False,
) -> list[str]:
    """Matching ticket ids. The default order is the one a manager chases faults in: open tickets
    first, soonest due first; then the others, most recently opened first."""
    flt = narrow_filter(conn, flt)
    if order_by not in SORT_COLUMNS:
        return _chase_order(conn, flt, now)
    if order_by == "customer_name":
        column: Any = by_pinyin(Customer.short_name)
    elif order_by == "severity":
        column = case(_SEVERITY_RANK, value=FaultTicket.severity, else_=9)
    else:
        column = getattr(FaultTicket, order_by)
    order = column.desc() if descending else column.asc()
    stmt = _filtered(_ids(flt, order_by), flt, now).order_by(order, FaultTicket.id)
    return list_ids(conn, stmt)


def _ids(flt: TicketFilter, order_by: str = "") -> Select[Any]:
    """``SELECT id``, joined to the names only when the text or the order reads them: an unused
    join still reads each row's line, so the list indexes would no longer cover the query."""
    if flt.text.strip() or order_by == "customer_name":
        return _joined(select(FaultTicket.id))
    return select(FaultTicket.id)


def _chase_order(conn: Connection, flt: TicketFilter, now: dt.datetime) -> list[str]:
    """The default order read as two runs, each served by an index of migration 0008: the open
    tickets (a few hundred, sorted by due time) and then all the others, newest first, read
    backwards from the list index. One ORDER BY over both (open first, due time if open) had
    no index and sorted every ticket of the book before the first row."""
    found = _filtered(_ids(flt), flt, now)
    is_open = FaultTicket.status.in_(_OPEN)
    open_first = found.where(is_open).order_by(
        FaultTicket.due_at, FaultTicket.opened_at.desc(), FaultTicket.id
    )
    ids = list_ids(conn, open_first)
    if not flt.open_only:
        others = found.where(~is_open).order_by(FaultTicket.opened_at.desc(), FaultTicket.id.desc())
        ids += list_ids(conn, others)
    return ids


def ticket_rows(conn: Connection, ids: Sequence[str]) -> dict[str, TicketRow]:
    if not ids:
        return {}
    stmt = _joined(
        select(
            FaultTicket.id,
            FaultTicket.title,
            FaultTicket.customer_id,
            func.coalesce(Customer.short_name, Customer.name, FaultTicket.customer_id),
            func.coalesce(Subscriber.service_number, FaultTicket.subscriber_id),
            FaultTicket.severity,
            FaultTicket.status,
            FaultTicket.opened_at,
            FaultTicket.due_at,
            FaultTicket.resolved_at,
            FaultTicket.sync_state,
            FaultTicket.version,
        )
    ).where(FaultTicket.id.in_(list(ids)))
    return {r[0]: TicketRow(*r) for r in conn.execute(stmt)}


def customer_subscribers(conn: Connection, customer_id: str) -> list[SubscriberChoice]:
    """A customer's lines and circuits, active first, by service number."""
    stmt = (
        select(
            Subscriber.id,
            Subscriber.service_number,
            Subscriber.kind,
            Subscriber.status,
            func.coalesce(Product.name, Subscriber.product_id),
            Subscriber.install_address,
        )
        .outerjoin(Product, Product.id == Subscriber.product_id)
        .where(Subscriber.customer_id == customer_id)
        .order_by(
            case((Subscriber.status == "active", 0), else_=1),
            Subscriber.service_number,
        )
    )
    return [SubscriberChoice(*r) for r in conn.execute(stmt)]


def subscriber_customer(conn: Connection, subscriber_id: str) -> str | None:
    """The customer a line belongs to (a dialog opened on a line from elsewhere)."""
    row = conn.execute(select(Subscriber.customer_id).where(Subscriber.id == subscriber_id)).first()
    return None if row is None else row[0]


def ticket_header(conn: Connection, ticket_id: str) -> tuple[str, str] | None:
    """(customer name, service number) of a ticket, for its detail view."""
    row = conn.execute(
        _joined(
            select(
                func.coalesce(Customer.name, FaultTicket.customer_id),
                func.coalesce(Subscriber.service_number, FaultTicket.subscriber_id),
            )
        ).where(FaultTicket.id == ticket_id)
    ).first()
    return None if row is None else (row[0], row[1])


def staff_names(conn: Connection, ids: Iterable[str]) -> dict[str, str]:
    """Names of the staff who appear in a history (the operations centre is not staff)."""
    wanted = list(set(ids))
    if not wanted:
        return {}
    return {
        r.id: r.name for r in conn.execute(select(User.id, User.name).where(User.id.in_(wanted)))
    }
