"""Read queries of the customer 360 view: profile, contacts, group, the four levels (customer →
accounts → subscribers → services), bills and arrears, open business, recent contacts.

Each is an indexed lookup of one customer's rows. Depends on SQLAlchemy Core and the models.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, and_, func, or_, select

from bigcust_desktop.domain.money import from_fen
from bigcust_desktop.domain.pricing import QuoteStatus
from bigcust_desktop.domain.sla import OPEN_TICKET_STATUSES
from bigcust_desktop.domain.stages import OPEN_STAGES
from bigcust_desktop.store.models import (
    Activity,
    Bill,
    BillingAccount,
    ChangeRequest,
    Contact,
    Customer,
    FaultTicket,
    Opportunity,
    Product,
    Quote,
    Service,
    Subscriber,
    Team,
    User,
)
from bigcust_desktop.store.pinyin_order import by_pinyin
from bigcust_desktop.store.queries.book import fen
from bigcust_desktop.store.queries.dashboard import MonthFigure

_OPEN_STAGES = tuple(sorted(s.value for s in OPEN_STAGES))
_OPEN_TICKETS = tuple(sorted(s.value for s in OPEN_TICKET_STATUSES))
# Quotes still in play; accepted and expired ones are history, and so is a quote whose validity
# has run out (the server may not have marked it expired yet) or that a revision replaced.
_LIVE_QUOTES = tuple(
    s.value
    for s in (
        QuoteStatus.DRAFT,
        QuoteStatus.PENDING_APPROVAL,
        QuoteStatus.APPROVED,
        QuoteStatus.REJECTED,
        QuoteStatus.SENT,
    )
)
MAX_GROUP_DEPTH = 8  # a group deeper than this is a data error; stop rather than loop


@dataclass(frozen=True)
class CustomerProfile:
    record: dict[str, Any]  # every column of the customer row
    manager_name: str | None
    team_name: str | None
    parent_name: str | None


@dataclass(frozen=True)
class GroupNode:
    id: str
    name: str
    parent_id: str | None
    depth: int
    in_cache: bool  # False for a group above us that this user was not sent


@dataclass(frozen=True)
class AccountNode:
    id: str
    name: str
    holder_id: str
    holder_name: str | None
    pay_method: str
    status: str
    subscribers: int  # lines of this customer (or, for its own account, of any branch)


@dataclass(frozen=True)
class SubscriberNode:
    id: str
    service_number: str
    kind: str
    status: str
    status_date: dt.date
    product_name: str | None
    customer_id: str
    arpu_3m: Decimal
    contract_end: dt.date | None
    services: int


@dataclass(frozen=True)
class ServiceNode:
    id: str
    name: str
    monthly_fee: Decimal
    started_on: dt.date
    ended_on: dt.date | None


@dataclass(frozen=True)
class ArrearsBill:
    id: str
    account_id: str
    period: str
    owed: Decimal
    due_date: dt.date
    days_overdue: int


@dataclass(frozen=True)
class Arrears:
    total: Decimal
    oldest_days: int
    bills: list[ArrearsBill]


def customer_profile(conn: Connection, customer_id: str) -> CustomerProfile | None:
    row = (
        conn.execute(select(*Customer.__table__.columns).where(Customer.id == customer_id))
        .mappings()
        .first()
    )
    if row is None:
        return None
    record = dict(row)
    manager = conn.execute(select(User.name).where(User.id == record["manager_id"])).scalar()
    team = conn.execute(select(Team.name).where(Team.id == record["team_id"])).scalar()
    parent = None
    if record["parent_id"]:
        parent = conn.execute(
            select(Customer.name).where(Customer.id == record["parent_id"])
        ).scalar()
    return CustomerProfile(record, manager, team, parent)


def contacts_of(conn: Connection, customer_id: str) -> list[dict[str, Any]]:
    """The customer's key contacts, decision makers first."""
    stmt = (
        select(*Contact.__table__.columns)
        .where(Contact.customer_id == customer_id)
        .order_by(Contact.is_key.desc(), by_pinyin(Contact.name))
    )
    return [dict(r) for r in conn.execute(stmt).mappings()]


def group_of(conn: Connection, customer_id: str) -> list[GroupNode]:
    """The group the customer belongs to, top first, each branch under its parent (depth first).

    Walks up the parent links to the top, then down from there; a parent the user was not sent
    appears by id only.
    """
    top, seen = customer_id, {customer_id}
    names: dict[str, tuple[str, str | None]] = {}
    for _ in range(MAX_GROUP_DEPTH):
        row = conn.execute(
            select(Customer.name, Customer.parent_id).where(Customer.id == top)
        ).first()
        if row is None:
            break
        names[top] = (row.name, row.parent_id)
        if row.parent_id is None or row.parent_id in seen:
            break
        seen.add(row.parent_id)
        top = row.parent_id
    nodes: list[GroupNode] = []

    def walk(node_id: str, depth: int, parent_id: str | None, visited: set[str]) -> None:
        known = names.get(node_id)
        if known is None:
            row = conn.execute(select(Customer.name).where(Customer.id == node_id)).first()
            known = (row.name, parent_id) if row else None
        nodes.append(
            GroupNode(node_id, known[0] if known else node_id, parent_id, depth, known is not None)
        )
        if depth >= MAX_GROUP_DEPTH:
            return
        children = conn.execute(
            select(Customer.id, Customer.name, Customer.parent_id)
            .where(Customer.parent_id == node_id)
            .order_by(by_pinyin(Customer.name))
        ).all()
        for child in children:
            if child.id not in visited:
                names[child.id] = (child.name, child.parent_id)
                walk(child.id, depth + 1, node_id, visited | {child.id})

    walk(top, 0, None, {top})
    return nodes if len(nodes) > 1 else []


def _lines_of(customer_id: str, account: Any) -> Any:
    """Lines shown under an account in this customer's view: its own lines, and, on an account
    the customer holds, the branch lines it pays for too."""
    return and_(
        Subscriber.account_id == account.id,
        or_(Subscriber.customer_id == customer_id, account.customer_id == customer_id),
    )


def accounts_of(conn: Connection, customer_id: str) -> list[AccountNode]:
    """Accounts the customer holds and accounts (of its group) paying for its lines."""
    paying = select(Subscriber.account_id).where(Subscriber.customer_id == customer_id)
    count = (
        select(func.count())
        .where(_lines_of(customer_id, BillingAccount))
        .correlate(BillingAccount)
        .scalar_subquery()
    )
    holder = (
        select(Customer.name)
        .where(Customer.id == BillingAccount.customer_id)
        .correlate(BillingAccount)
        .scalar_subquery()
    )
    stmt = (
        select(
            BillingAccount.id,
            BillingAccount.name,
            BillingAccount.customer_id,
            holder.label("holder_name"),
            BillingAccount.pay_method,
            BillingAccount.status,
            count.label("subscribers"),
        )
        .where(or_(BillingAccount.customer_id == customer_id, BillingAccount.id.in_(paying)))
        .order_by(BillingAccount.customer_id != customer_id, BillingAccount.id)
    )
    return [
        AccountNode(r.id, r.name, r.customer_id, r.holder_name, r.pay_method, r.status,
                    int(r.subscribers))
        for r in conn.execute(stmt)
    ]  # fmt: skip


def subscribers_of(
    conn: Connection, customer_id: str, account_id: str, offset: int = 0, limit: int = 200
) -> list[SubscriberNode]:
    """A page of the lines under one account in this customer's view, by service number."""
    holder = conn.execute(
        select(BillingAccount.customer_id).where(BillingAccount.id == account_id)
    ).scalar()
    services = (
        select(func.count())
        .where(Service.subscriber_id == Subscriber.id)
        .correlate(Subscriber)
        .scalar_subquery()
    )
    condition = Subscriber.account_id == account_id
    if holder != customer_id:
        condition = and_(condition, Subscriber.customer_id == customer_id)
    stmt = (
        select(
            Subscriber.id,
            Subscriber.service_number,
            Subscriber.kind,
            Subscriber.status,
            Subscriber.status_date,
            Product.name.label("product_name"),
            Subscriber.customer_id,
            Subscriber.arpu_3m,
            Subscriber.contract_end,
            services.label("services"),
        )
        .outerjoin(Product, Product.id == Subscriber.product_id)
        .where(condition)
        .order_by(Subscriber.service_number, Subscriber.id)
        .offset(offset)
        .limit(limit)
    )
    return [SubscriberNode(**dict(r)) for r in conn.execute(stmt).mappings()]


def services_of(conn: Connection, subscriber_id: str) -> list[ServiceNode]:
    stmt = (
        select(Service.id, Service.name, Service.monthly_fee, Service.started_on, Service.ended_on)
        .where(Service.subscriber_id == subscriber_id)
        .order_by(Service.started_on, Service.id)
    )
    return [ServiceNode(**dict(r)) for r in conn.execute(stmt).mappings()]


def bills_by_month(conn: Connection, customer_id: str, periods: list[str]) -> list[MonthFigure]:
    """Billed and paid per period on the customer's own accounts' bills."""
    stmt = (
        select(Bill.period, func.sum(fen(Bill.amount)), func.sum(fen(Bill.paid_amount)))
        .where(Bill.customer_id == customer_id, Bill.period.in_(periods))
        .group_by(Bill.period)
    )
    found = {r[0]: (int(r[1] or 0), int(r[2] or 0)) for r in conn.execute(stmt)}
    return [
        MonthFigure(p, from_fen(found.get(p, (0, 0))[0]), from_fen(found.get(p, (0, 0))[1]))
        for p in periods
    ]


def arrears_of(conn: Connection, customer_id: str, today: dt.date) -> Arrears:
    """Bills past their due date and not fully paid, oldest first (docs/data-model.md, bill)."""
    stmt = (
        select(
            Bill.id,
            Bill.account_id,
            Bill.period,
            (fen(Bill.amount) - fen(Bill.paid_amount)).label("owed"),
            Bill.due_date,
        )
        .where(
            Bill.customer_id == customer_id,
            Bill.due_date < today,
            fen(Bill.amount) > fen(Bill.paid_amount),
        )
        .order_by(Bill.due_date, Bill.id)
    )
    bills = [
        ArrearsBill(r.id, r.account_id, r.period, from_fen(int(r.owed)), r.due_date,
                    (today - r.due_date).days)
        for r in conn.execute(stmt)
    ]  # fmt: skip
    total = sum((b.owed for b in bills), from_fen(0))
    return Arrears(total, max((b.days_overdue for b in bills), default=0), bills)


def open_opportunities(conn: Connection, customer_id: str) -> list[dict[str, Any]]:
    stmt = (
        select(*Opportunity.__table__.columns)
        .where(Opportunity.customer_id == customer_id, Opportunity.stage.in_(_OPEN_STAGES))
        .order_by(Opportunity.expected_close, Opportunity.id)
    )
    return [dict(r) for r in conn.execute(stmt).mappings()]


def live_quotes(conn: Connection, customer_id: str, today: dt.date) -> list[dict[str, Any]]:
    """有效报价: a customer's quotes in play, valid today, the latest version of each."""
    stmt = (
        select(*Quote.__table__.columns)
        .where(
            Quote.customer_id == customer_id,
            Quote.status.in_(_LIVE_QUOTES),
            Quote.valid_until >= today,
            Quote.superseded_by.is_(None),
        )
        .order_by(Quote.created_at.desc(), Quote.id)
    )
    return [dict(r) for r in conn.execute(stmt).mappings()]


def open_tickets(conn: Connection, customer_id: str) -> list[dict[str, Any]]:
    stmt = (
        select(
            *FaultTicket.__table__.columns,
            Subscriber.service_number,
        )
        .outerjoin(Subscriber, Subscriber.id == FaultTicket.subscriber_id)
        .where(FaultTicket.customer_id == customer_id, FaultTicket.status.in_(_OPEN_TICKETS))
        .order_by(FaultTicket.due_at, FaultTicket.id)
    )
    return [dict(r) for r in conn.execute(stmt).mappings()]


def recent_activities(conn: Connection, customer_id: str, limit: int = 20) -> list[dict[str, Any]]:
    stmt = (
        select(
            *Activity.__table__.columns,
            Contact.name.label("contact_name"),
            User.name.label("owner_name"),
        )
        .outerjoin(Contact, Contact.id == Activity.contact_id)
        .outerjoin(User, User.id == Activity.owner_id)
        .where(Activity.customer_id == customer_id)
        .order_by(Activity.occurred_at.desc(), Activity.id)
        .limit(limit)
    )
    return [dict(r) for r in conn.execute(stmt).mappings()]


def change_requests_of(conn: Connection, customer_id: str) -> list[dict[str, Any]]:
    stmt = (
        select(*ChangeRequest.__table__.columns)
        .where(ChangeRequest.customer_id == customer_id)
        .order_by(ChangeRequest.requested_at.desc(), ChangeRequest.id)
    )
    return [dict(r) for r in conn.execute(stmt).mappings()]


def customer_names(conn: Connection, ids: list[str]) -> dict[str, str]:
    if not ids:
        return {}
    stmt = select(Customer.id, Customer.name).where(Customer.id.in_(ids))
    return {r.id: r.name for r in conn.execute(stmt)}


@dataclass(frozen=True)
class Customer360:
    """Everything of the 360 view but the lines tree, read in one transaction."""

    profile: CustomerProfile
    contacts: list[dict[str, Any]]
    group: list[GroupNode]
    accounts: list[AccountNode]
    months: list[MonthFigure]
    arrears: Arrears
    opportunities: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    tickets: list[dict[str, Any]]
    activities: list[dict[str, Any]]
    change_requests: list[dict[str, Any]]
    lines: int  # subscribers of this customer, on any account


def load_customer360(
    conn: Connection, customer_id: str, today: dt.date, periods: list[str] | None = None
) -> Customer360 | None:
    """The 360 view of one customer, or None when the customer is not (or no longer) cached.
    The bill chart's months end at the last billed month in the cache unless `periods` says."""
    profile = customer_profile(conn, customer_id)
    if profile is None:
        return None
    if periods is None:
        from bigcust_desktop.store.queries.dashboard import billed_months

        periods = billed_months(conn, today)
    lines = conn.execute(select(func.count()).where(Subscriber.customer_id == customer_id)).scalar()
    return Customer360(
        profile=profile,
        contacts=contacts_of(conn, customer_id),
        group=group_of(conn, customer_id),
        accounts=accounts_of(conn, customer_id),
        months=bills_by_month(conn, customer_id, periods),
        arrears=arrears_of(conn, customer_id, today),
        opportunities=open_opportunities(conn, customer_id),
        quotes=live_quotes(conn, customer_id, today),
        tickets=open_tickets(conn, customer_id),
        activities=recent_activities(conn, customer_id),
        change_requests=change_requests_of(conn, customer_id),
        lines=int(lines or 0),
    )
