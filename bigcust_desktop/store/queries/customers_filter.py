"""Customer filters shared by the dashboard and the customer list: not contacted in N days.

Depends on SQLAlchemy Core and the store's models; returns ids and plain rows.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, Select, func, or_, select

from bigcust_desktop.domain.vocab import CustomerStatus
from bigcust_desktop.store.models import Activity, Customer
from bigcust_desktop.store.queries.book import Book


def last_contact_select(book: Book | None = None) -> Select[Any]:
    """Customers of the book (closed ones left out) with the time of their latest activity.

    Columns: id, name, value_tier, value_score, manager_id, last_contact (None: never).
    Contacts by any channel and any colleague count: a call-centre campaign is a contact too.
    """
    last = (
        select(func.max(Activity.occurred_at))
        .where(Activity.customer_id == Customer.id)
        .correlate(Customer)
        .scalar_subquery()
    )
    return select(
        Customer.id,
        Customer.name,
        Customer.value_tier,
        Customer.value_score,
        Customer.manager_id,
        last.label("last_contact"),
    ).where(
        (book or Book()).condition(),
        Customer.status != CustomerStatus.CLOSED.value,
    )


def not_contacted_select(days: int, now: dt.datetime, book: Book | None = None) -> Select[Any]:
    """`last_contact_select` narrowed to customers with no contact since ``now - days``."""
    cutoff = now - dt.timedelta(days=days)
    inner = last_contact_select(book).subquery()
    return select(inner).where(or_(inner.c.last_contact.is_(None), inner.c.last_contact < cutoff))


def not_contacted_ids(
    conn: Connection, days: int, now: dt.datetime, book: Book | None = None
) -> list[str]:
    """Ids of the book's customers not contacted in ``days`` days, most valuable first."""
    inner = not_contacted_select(days, now, book).subquery()
    stmt = select(inner.c.id).order_by(inner.c.value_score.desc(), inner.c.id)
    return [r[0] for r in conn.execute(stmt)]
