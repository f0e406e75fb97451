"""Queries feeding the value card (one customer), the group roll-up (one group), product gaps
and data quality (a scope): set-wise statements, never one query per customer of a book.

Depends on SQLAlchemy Core, the store's models and the domain's analytics types.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from itertools import groupby
from operator import itemgetter

from sqlalchemy import Connection, and_, case, func, select

from bigcust_desktop.domain.analytics.fatigue import PastContact
from bigcust_desktop.domain.analytics.gaps import Holdings
from bigcust_desktop.domain.analytics.group import Member, Totals
from bigcust_desktop.domain.analytics.inputs import PeriodBilling
from bigcust_desktop.domain.analytics.quality import ContactRecord, CustomerRecord
from bigcust_desktop.domain.analytics.value_card import Payers, ValueFacts
from bigcust_desktop.domain.sla import OPEN_TICKET_STATUSES
from bigcust_desktop.domain.stages import OPEN_STAGES
from bigcust_desktop.domain.timefmt import parse_date, parse_instant
from bigcust_desktop.domain.vocab import SubscriberStatus
from bigcust_desktop.domain.vocab_city import CompetitorStatus
from bigcust_desktop.store.models import (
    Activity,
    Bill,
    BillingAccount,
    CompetitorLine,
    Contact,
    Customer,
    FaultTicket,
    Opportunity,
    Payment,
    Product,
    Service,
    Subscriber,
)
from bigcust_desktop.store.queries.analytics import billing_select, raw
from bigcust_desktop.store.queries.analytics_scope import (
    MAX_GROUP_DEPTH,
    CustomerScope,
    group_members,
)
from bigcust_desktop.store.queries.book import fen

_ACTIVE = SubscriberStatus.ACTIVE.value
_OPEN_STAGES = tuple(sorted(s.value for s in OPEN_STAGES))
_OPEN_TICKETS = tuple(sorted(s.value for s in OPEN_TICKET_STATUSES))


def billing_of(conn: Connection, scope: CustomerScope) -> dict[str, list[PeriodBilling]]:
    """Each customer's bills summed per period (for one customer or a small scope)."""
    out: dict[str, list[PeriodBilling]] = {}
    for r in conn.execute(billing_select(scope)):
        out.setdefault(r[0], []).append(PeriodBilling(r[1], int(r[2]), int(r[3]), parse_date(r[4])))
    return out


def _ancestors(conn: Connection, customer_id: str) -> set[str]:
    """The customer and every group above it that the cache knows (the group-paid payers)."""
    found, current = {customer_id}, customer_id
    for _ in range(MAX_GROUP_DEPTH):
        parent = conn.execute(select(Customer.parent_id).where(Customer.id == current)).scalar()
        if parent is None or parent in found:
            break
        found.add(parent)
        current = parent
    return found


def payers_of(conn: Connection, customer_id: str) -> Payers:
    """公用/私用: the customer's active lines by who holds the paying account."""
    own = _ancestors(conn, customer_id)
    holder = BillingAccount.customer_id
    kind = case(
        (holder.is_(None), "unknown"),
        (holder.in_(own), "group"),
        else_="member",
    )
    stmt = (
        select(kind, func.count(), func.total(fen(Subscriber.arpu_3m)))
        .select_from(Subscriber)
        .outerjoin(BillingAccount, BillingAccount.id == Subscriber.account_id)
        .where(Subscriber.customer_id == customer_id, Subscriber.status == _ACTIVE)
        .group_by(kind)
    )
    found = {r[0]: (int(r[1]), int(r[2])) for r in conn.execute(stmt)}
    group, member = found.get("group", (0, 0)), found.get("member", (0, 0))
    return Payers(group[0], group[1], member[0], member[1], found.get("unknown", (0, 0))[0])


def value_facts(conn: Connection, customer_id: str, today: dt.date) -> ValueFacts | None:
    """Everything the value card explains for one customer (None when it is not cached)."""
    row = conn.execute(
        select(
            Customer.value_tier, Customer.value_score, Customer.value_factors, Customer.created_on
        ).where(Customer.id == customer_id)
    ).first()
    if row is None:
        return None
    lines = conn.execute(
        select(
            func.min(Subscriber.activated_on),
            func.total(fen(Subscriber.arpu_3m) * (Subscriber.status == _ACTIVE)),
        ).where(Subscriber.customer_id == customer_id)
    ).one()
    paid_on = (
        select(func.max(func.substr(raw(Payment.paid_at), 1, 10)))
        .where(Payment.bill_id == Bill.id)
        .correlate(Bill)
        .scalar_subquery()
    )
    on_time = and_(fen(Bill.paid_amount) >= fen(Bill.amount), paid_on <= raw(Bill.due_date))
    owed = func.max(fen(Bill.amount) - fen(Bill.paid_amount), 0) * (Bill.due_date < today)
    since = f"{today.year - 1:04d}-{today.month:02d}"
    bills = conn.execute(
        select(func.count(), func.total(on_time), func.total(owed)).where(
            Bill.customer_id == customer_id, Bill.period >= since
        )
    ).one()
    overdue = conn.execute(select(func.total(owed)).where(Bill.customer_id == customer_id)).scalar()
    elsewhere = conn.execute(
        select(func.count(), func.total(fen(CompetitorLine.monthly_spend))).where(
            CompetitorLine.customer_id == customer_id,
            CompetitorLine.status == CompetitorStatus.ACTIVE.value,
        )
    ).one()
    return ValueFacts(
        customer_id=customer_id,
        tier=row.value_tier,
        score=row.value_score,
        factors=row.value_factors or {},
        created_on=row.created_on,
        billing=tuple(billing_of(conn, CustomerScope.customer(customer_id)).get(customer_id, ())),
        oldest_line_on=lines[0],
        active_monthly_fen=int(lines[1]),
        payers=payers_of(conn, customer_id),
        bills=int(bills[0]),
        bills_on_time=int(bills[1]),
        owed_overdue_fen=int(overdue or 0),
        competitor_monthly_fen=int(elsewhere[1]) if elsewhere[0] else None,
    )


def group_figures(
    conn: Connection, group_id: str, periods: Sequence[str], now: dt.datetime, today: dt.date
) -> list[Member]:
    """Every member of a group (itself and all branches) with its own figures, set-wise."""
    tree = group_members(group_id)
    ids = select(tree.c.id)
    people = conn.execute(
        select(Customer.id, Customer.name, Customer.parent_id).where(Customer.id.in_(ids))
    ).all()

    def by_customer(stmt: object) -> dict[str, tuple[int, ...]]:
        return {r[0]: tuple(int(v or 0) for v in r[1:]) for r in conn.execute(stmt)}  # type: ignore[call-overload]

    owed = func.max(fen(Bill.amount) - fen(Bill.paid_amount), 0) * (Bill.due_date < today)
    billed = by_customer(
        select(
            Bill.customer_id,
            func.total(fen(Bill.amount) * Bill.period.in_(list(periods))),
            func.total(owed),
        )
        .where(Bill.customer_id.in_(ids))
        .group_by(Bill.customer_id)
    )
    lines = by_customer(
        select(Subscriber.customer_id, func.count(), func.total(Subscriber.status == _ACTIVE))
        .where(Subscriber.customer_id.in_(ids))
        .group_by(Subscriber.customer_id)
    )
    opps = by_customer(
        select(Opportunity.customer_id, func.count(), func.total(fen(Opportunity.amount)))
        .where(Opportunity.customer_id.in_(ids), Opportunity.stage.in_(_OPEN_STAGES))
        .group_by(Opportunity.customer_id)
    )
    faults = by_customer(
        select(FaultTicket.customer_id, func.count(), func.total(FaultTicket.due_at < now))
        .where(FaultTicket.customer_id.in_(ids), FaultTicket.status.in_(_OPEN_TICKETS))
        .group_by(FaultTicket.customer_id)
    )
    members = []
    for cid, name, parent in people:
        b, n, o, f = (
            billed.get(cid, (0, 0)),
            lines.get(cid, (0, 0)),
            opps.get(cid, (0, 0)),
            faults.get(cid, (0, 0)),
        )
        own = Totals(b[0], n[0], n[1], b[1], o[0], o[1], f[0], f[1])
        members.append(Member(cid, name, parent, own))
    return members


def holdings(conn: Connection, scope: CustomerScope) -> list[Holdings]:
    """What each open customer of the scope holds: one key per plan category of its active
    lines (``plan:mobile``) and per running add-on product (``addon:P-MOB-CRBT``)."""
    plans = (
        select(Subscriber.customer_id, ("plan:" + Product.category).label("key"))
        .join(Product, Product.id == Subscriber.product_id)
        .where(*scope.restrict(Subscriber.customer_id), Subscriber.status == _ACTIVE)
    )
    addons = (
        select(Subscriber.customer_id, ("addon:" + Service.product_id).label("key"))
        .join(Subscriber, Subscriber.id == Service.subscriber_id)
        .where(
            *scope.restrict(Subscriber.customer_id),
            Subscriber.status == _ACTIVE,
            Service.ended_on.is_(None),
        )
    )
    keys: dict[str, set[str]] = {}
    for cid, key in conn.execute(plans.union(addons)):
        keys.setdefault(cid, set()).add(key)
    active = func.total(Subscriber.status == _ACTIVE)
    counts = dict(
        conn.execute(
            select(Subscriber.customer_id, active)
            .where(*scope.restrict(Subscriber.customer_id))
            .group_by(Subscriber.customer_id)
        ).all()
    )
    rows = conn.execute(
        select(Customer.id, Customer.industry)
        .where(*scope.conditions(), Customer.status != "closed")
        .order_by(Customer.id)
    )
    return [
        Holdings(cid, industry, int(counts.get(cid, 0)), frozenset(keys.get(cid, ())))
        for cid, industry in rows
    ]


def quality_records(
    conn: Connection, scope: CustomerScope
) -> tuple[list[CustomerRecord], Iterator[ContactRecord]]:
    """The scope's customers (all at once: duplicates are found across them) and its contacts
    (streamed)."""
    customers = [
        CustomerRecord(r.id, r.uscc, r.name, r.city, r.address, r.created_on.isoformat())
        for r in conn.execute(
            select(
                Customer.id,
                Customer.uscc,
                Customer.name,
                Customer.city,
                Customer.address,
                Customer.created_on,
            )
            .where(*scope.conditions())
            .order_by(Customer.id)
        )
    ]
    contacts = (
        ContactRecord(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]))
        for r in conn.execute(
            select(
                Contact.id,
                Contact.customer_id,
                Contact.name,
                Contact.title,
                Contact.mobile,
                Contact.resident_id,
                Contact.is_key,
            )
            .where(*scope.restrict(Contact.customer_id))
            .order_by(Contact.customer_id, Contact.id)
        )
    )
    return customers, contacts


def contact_histories(
    conn: Connection, scope: CustomerScope, since: dt.datetime
) -> Iterator[tuple[str, list[PastContact]]]:
    """Each customer's contacts of every channel since ``since`` (planned ones after now
    included), for the fatigue rule: one statement, streamed customer by customer."""
    stmt = (
        select(
            Activity.customer_id,
            Activity.id,
            raw(Activity.occurred_at),
            Activity.channel,
            Activity.owner_id,
            Activity.topic,
            Activity.outcome,
        )
        .where(*scope.restrict(Activity.customer_id), Activity.occurred_at >= since)
        .order_by(Activity.customer_id, Activity.occurred_at, Activity.id)
    )
    rows = conn.execute(stmt).yield_per(2_000)
    for customer_id, group in groupby(rows, key=itemgetter(0)):
        yield (
            customer_id,
            [PastContact(r[1], parse_instant(r[2]), r[3], r[4], r[5], None, r[6]) for r in group],
        )
