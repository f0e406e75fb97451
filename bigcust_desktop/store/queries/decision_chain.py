"""Read queries of the decision chain (决策链): a customer's contacts with their roles and last
contact (from the one activity stream), the contacts whose care dates (birthdays) may be due,
and the customers greeted on holidays.

Depends on SQLAlchemy Core and the store models.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, and_, func, or_, select

from bigcust_desktop.store.models import Activity, Contact, ContactRole, Customer, Todo


@dataclass(frozen=True)
class ChainEntry:
    """A contact of the customer and his role (None fields: no role recorded yet)."""

    contact_id: str
    name: str
    title: str
    is_key: bool
    role_id: str | None
    role: str | None
    reports_to: str | None
    attitude: str | None
    influence: str | None
    birthday: dt.date | None
    notes: str | None
    last_contact: dt.datetime | None
    sync_state: str | None


@dataclass(frozen=True)
class CareCandidate:
    customer_id: str
    contact_id: str
    name: str
    resident_id: str | None
    birthday: dt.date | None


def chain_of(conn: Connection, customer_id: str) -> list[ChainEntry]:
    """The customer's contacts, key ones first, each with his role and last contact."""
    last = (
        select(Activity.contact_id, func.max(Activity.occurred_at).label("at"))
        .where(Activity.customer_id == customer_id, Activity.contact_id.is_not(None))
        .group_by(Activity.contact_id)
        .subquery()
    )
    stmt = (
        select(
            Contact.id,
            Contact.name,
            Contact.title,
            Contact.is_key,
            ContactRole.id,
            ContactRole.role,
            ContactRole.reports_to_contact_id,
            ContactRole.attitude,
            ContactRole.influence,
            ContactRole.birthday,
            ContactRole.notes,
            last.c.at,
            ContactRole.sync_state,
        )
        .outerjoin(ContactRole, ContactRole.contact_id == Contact.id)
        .outerjoin(last, last.c.contact_id == Contact.id)
        .where(Contact.customer_id == customer_id)
        .order_by(Contact.is_key.desc(), Contact.name)
    )
    return [ChainEntry(*r) for r in conn.execute(stmt)]


def care_candidates(conn: Connection, manager_id: str) -> list[CareCandidate]:
    """Key contacts (or contacts with a role) of the manager's customers, with what their
    birthday can be read from."""
    stmt = (
        select(
            Contact.customer_id, Contact.id, Contact.name, Contact.resident_id, ContactRole.birthday
        )
        .join(Customer, Customer.id == Contact.customer_id)
        .outerjoin(ContactRole, ContactRole.contact_id == Contact.id)
        .where(
            Customer.manager_id == manager_id,
            or_(Contact.is_key.is_(True), ContactRole.id.is_not(None)),
            or_(Contact.resident_id.is_not(None), ContactRole.birthday.is_not(None)),
        )
    )
    return [CareCandidate(*r) for r in conn.execute(stmt)]


def care_todo_exists(conn: Connection, contact_id: str, since: dt.datetime) -> bool:
    """Whether the contact has a care to-do due since ``since`` (this year's is made)."""
    stmt = select(Todo.id).where(
        and_(
            Todo.source_entity == "contact",
            Todo.source_id == contact_id,
            Todo.kind == "care",
            Todo.due_at >= since,
        )
    )
    return conn.execute(stmt.limit(1)).first() is not None


def holiday_customers(conn: Connection, manager_id: str) -> dict[str, list[str]]:
    """The manager's customers with key contacts (someone to greet on a holiday), each with
    their names in name order."""
    stmt = (
        select(Contact.customer_id, Contact.name)
        .join(Customer, Customer.id == Contact.customer_id)
        .where(Customer.manager_id == manager_id, Contact.is_key.is_(True))
        .order_by(Contact.customer_id, Contact.name)
    )
    found: dict[str, list[str]] = {}
    for customer_id, name in conn.execute(stmt):
        found.setdefault(customer_id, []).append(name)
    return found


def holiday_todos_made(conn: Connection, source_ids: list[str]) -> set[tuple[str, str]]:
    """(customer id, source id) of the holiday to-dos already made (any status, any owner)."""
    if not source_ids:
        return set()
    stmt = select(Todo.customer_id, Todo.source_id).where(
        Todo.source_entity == "holiday", Todo.source_id.in_(source_ids)
    )
    return {(r[0], r[1]) for r in conn.execute(stmt)}
