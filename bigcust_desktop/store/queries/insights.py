"""What the analytic screens show beside the rules' results: who each customer is (name, manager)
and the counts their progress bars need. Depends on SQLAlchemy Core and the store's models.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Connection, func, select

from bigcust_desktop.domain.vocab import CustomerStatus
from bigcust_desktop.store.models import Contact, Customer, Product, User
from bigcust_desktop.store.queries.analytics_scope import CustomerScope


@dataclass(frozen=True, slots=True)
class CustomerLabel:
    """A customer as an analytic list names it."""

    id: str
    name: str
    short_name: str
    manager_id: str
    manager_name: str
    industry: str
    value_tier: str
    parent_id: str | None = None

    @property
    def display_name(self) -> str:
        return self.short_name or self.name


def labels(conn: Connection, ids: Iterable[str]) -> dict[str, CustomerLabel]:
    """The labels of these customers (chunked: a book may list thousands)."""
    wanted = list(dict.fromkeys(ids))
    out: dict[str, CustomerLabel] = {}
    for start in range(0, len(wanted), 500):
        stmt = (
            select(
                Customer.id,
                Customer.name,
                Customer.short_name,
                Customer.manager_id,
                func.coalesce(User.name, Customer.manager_id),
                Customer.industry,
                Customer.value_tier,
                Customer.parent_id,
            )
            .outerjoin(User, User.id == Customer.manager_id)
            .where(Customer.id.in_(wanted[start : start + 500]))
        )
        for r in conn.execute(stmt):
            out[r[0]] = CustomerLabel(r[0], r[1], r[2] or "", r[3], r[4], r[5], r[6], r[7])
    return out


def value_scores(conn: Connection, ids: Iterable[str]) -> dict[str, Decimal]:
    """The province's value score of these customers (chunked)."""
    wanted = list(dict.fromkeys(ids))
    out: dict[str, Decimal] = {}
    for start in range(0, len(wanted), 500):
        stmt = select(Customer.id, Customer.value_score).where(
            Customer.id.in_(wanted[start : start + 500])
        )
        out.update((r[0], Decimal(r[1] or 0)) for r in conn.execute(stmt))
    return out


def contact_names(conn: Connection, ids: Iterable[str]) -> dict[str, str]:
    """``contact id -> name`` of these contacts (chunked)."""
    wanted = list(dict.fromkeys(ids))
    out: dict[str, str] = {}
    for start in range(0, len(wanted), 500):
        stmt = select(Contact.id, Contact.name).where(Contact.id.in_(wanted[start : start + 500]))
        out.update((r[0], r[1]) for r in conn.execute(stmt))
    return out


def open_customers(conn: Connection, scope: CustomerScope) -> int:
    """How many open customers the scope holds (the total of a progress bar)."""
    stmt = select(func.count()).where(
        *scope.conditions(), Customer.status != CustomerStatus.CLOSED.value
    )
    return int(conn.execute(stmt).scalar() or 0)


def products(conn: Connection, ids: Iterable[str]) -> dict[str, tuple[str, str]]:
    """``id -> (name, category)`` of these catalogue products."""
    wanted = list(ids)
    if not wanted:
        return {}
    stmt = select(Product.id, Product.name, Product.category).where(Product.id.in_(wanted))
    return {r[0]: (r[1], r[2]) for r in conn.execute(stmt)}
