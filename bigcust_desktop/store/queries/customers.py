"""Read queries the customer list and the status bar use, paged for large books.

Depends on SQLAlchemy Core and the store models; returns plain rows, never ORM objects.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, func, select

from bigcust_desktop.store.first_page import CustomerRow
from bigcust_desktop.store.models import Customer, Subscriber
from bigcust_desktop.store.pinyin_order import by_pinyin
from bigcust_desktop.store.queries.customers_filter import not_contacted_select

CUSTOMER_LIST_COLUMNS = ("name", "industry", "city", "value_tier", "value_score", "manager_id")
_CHINESE_COLUMNS = frozenset({"name", "city"})


def customer_count(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(Customer)).scalar() or 0)


@dataclass(frozen=True)
class CustomerFilter:
    """What the customer list narrows to; None leaves a criterion out."""

    industry: str | None = None
    value_tier: str | None = None
    city: str | None = None
    manager_id: str | None = None
    not_contacted_days: int | None = None


def customer_ids(
    conn: Connection,
    wanted: CustomerFilter | None = None,
    *,
    order_by: str = "name",
    descending: bool = False,
    now: dt.datetime | None = None,
) -> list[str]:
    """Customer ids in list order: cheap to hold (a few thousand), rows load lazily."""
    wanted = wanted or CustomerFilter()
    column = getattr(Customer, order_by if order_by in CUSTOMER_LIST_COLUMNS else "name")
    if order_by in _CHINESE_COLUMNS or order_by not in CUSTOMER_LIST_COLUMNS:
        column = by_pinyin(column)  # 上城, 中国, 临平 by code point; by pinyin here
    order = column.desc() if descending else column.asc()
    stmt = select(Customer.id).order_by(order, Customer.id)
    for name in ("industry", "value_tier", "city", "manager_id"):
        value = getattr(wanted, name)
        if value is not None:
            stmt = stmt.where(getattr(Customer, name) == value)
    if wanted.not_contacted_days is not None:
        # The dashboard's definition, so that its click-through lists the customers it counted.
        stale = not_contacted_select(
            wanted.not_contacted_days, now or dt.datetime.now(dt.UTC)
        ).subquery()
        stmt = stmt.where(Customer.id.in_(select(stale.c.id)))
    return [r[0] for r in conn.execute(stmt)]


def filter_choices(conn: Connection) -> dict[str, list[str]]:
    """The values the list's filters offer: what the cache holds."""
    return {
        name: [
            r[0]
            for r in conn.execute(
                select(getattr(Customer, name))
                .distinct()
                .order_by(by_pinyin(getattr(Customer, name)))
            )
            if r[0]
        ]
        for name in ("industry", "value_tier", "city", "manager_id")
    }


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
