"""Read queries the customer list and the status bar use, paged for large books.

Depends on SQLAlchemy Core and the store models; returns plain rows, never ORM objects.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, func, select

from bigcust_desktop.store.models import Customer, Subscriber

CUSTOMER_LIST_COLUMNS = ("name", "industry", "city", "value_tier", "value_score", "manager_id")


@dataclass(frozen=True)
class CustomerRow:
    id: str
    name: str
    industry: str
    city: str
    value_tier: str
    value_score: str
    manager_id: str


def customer_count(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(Customer)).scalar() or 0)


def customer_ids(conn: Connection, order_by: str = "name", descending: bool = False) -> list[str]:
    """Every customer id in list order: cheap to hold (a few thousand), rows load lazily."""
    column = getattr(Customer, order_by if order_by in CUSTOMER_LIST_COLUMNS else "name")
    order = column.desc() if descending else column.asc()
    return [r[0] for r in conn.execute(select(Customer.id).order_by(order, Customer.id))]


def customer_rows(conn: Connection, ids: Sequence[str]) -> dict[str, CustomerRow]:
    """The list rows of these customers, for the rows about to be drawn."""
    if not ids:
        return {}
    stmt = select(
        Customer.id,
        Customer.name,
        Customer.industry,
        Customer.city,
        Customer.value_tier,
        Customer.value_score,
        Customer.manager_id,
    ).where(Customer.id.in_(list(ids)))
    return {
        r.id: CustomerRow(
            r.id, r.name, r.industry, r.city, r.value_tier, str(r.value_score), r.manager_id
        )
        for r in conn.execute(stmt)
    }


def subscriber_count(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(Subscriber)).scalar() or 0)
