"""What a tariff rehearsal (资费预演) can be asked about: the plans the scope's lines are on, the
plans lines may move to, the book's saved segments, a customer's branches and draft quotes.

Depends on SQLAlchemy Core, the store's models and its quote queries.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import Connection, func, select

from bigcust_desktop.domain.analytics.rehearsal import Tariff
from bigcust_desktop.domain.pricing import QuoteStatus
from bigcust_desktop.domain.vocab import SubscriberStatus
from bigcust_desktop.store.models import Customer, Quote, Subscriber
from bigcust_desktop.store.models.campaigns import Segment
from bigcust_desktop.store.queries import quotes as quote_queries
from bigcust_desktop.store.queries.analytics_scope import CustomerScope
from bigcust_desktop.store.queries.quotes import ProductRow
from bigcust_desktop.store.queries.rehearsal import tariffs

_ACTIVE = SubscriberStatus.ACTIVE.value


@dataclass(frozen=True)
class RehearsalChoices:
    """What the rehearsal screen offers for a scope (one customer, or the book)."""

    in_use: list[tuple[str, int]]  # (plan, active lines) of the scope, most lines first
    plans: frozenset[str]  # what lines are on anywhere in the cache; the rest are add-ons
    products: dict[str, ProductRow]  # the catalogue (orderable, plus the plans in use)
    segments: list[tuple[str, str]]  # (id, name) of the saved segments
    branches: int  # branches below the customer (0 for the book)
    quotes: list[tuple[str, str]]  # (id, number or title) of the customer's draft quotes
    tariffs: dict[str, Tariff]  # allowances and rates, as the arithmetic reads them


def plans_in_use(conn: Connection, scope: CustomerScope) -> list[tuple[str, int]]:
    """``(product_id, active lines)`` of the plans the scope's active lines are on, most first."""
    lines = func.count().label("lines")
    stmt = (
        select(Subscriber.product_id, lines)
        .where(*scope.restrict(Subscriber.customer_id), Subscriber.status == _ACTIVE)
        .group_by(Subscriber.product_id)
        .order_by(lines.desc(), Subscriber.product_id)
    )
    return [(r[0], int(r[1])) for r in conn.execute(stmt)]


def customers_with_lines(
    conn: Connection, scope: CustomerScope, product_ids: Collection[str] | None
) -> int:
    """How many of the scope's customers have active lines (on these plans): a rehearsal's
    progress total."""
    stmt = select(func.count(func.distinct(Subscriber.customer_id))).where(
        *scope.restrict(Subscriber.customer_id), Subscriber.status == _ACTIVE
    )
    if product_ids is not None:
        stmt = stmt.where(Subscriber.product_id.in_(list(product_ids)))
    return int(conn.execute(stmt).scalar() or 0)


def cached_plans(conn: Connection) -> frozenset[str]:
    """The products any cached line is on: the plans (add-ons such as 集团彩铃 are not)."""
    return frozenset(conn.execute(select(Subscriber.product_id).distinct()).scalars())


def choices(conn: Connection, scope: CustomerScope, customer_id: str | None) -> RehearsalChoices:
    in_use = plans_in_use(conn, scope)
    products = {p.id: p for p in quote_queries.catalogue(conn, [pid for pid, _n in in_use])}
    segments = [
        (r[0], r[1]) for r in conn.execute(select(Segment.id, Segment.name).order_by(Segment.name))
    ]
    branches, quotes = 0, []
    if customer_id is not None:
        branches = int(
            conn.execute(select(func.count()).where(Customer.parent_id == customer_id)).scalar()
            or 0
        )
        stmt = (
            select(Quote.id, Quote.number, Quote.title)
            .where(Quote.customer_id == customer_id, Quote.status == QuoteStatus.DRAFT.value)
            .order_by(Quote.created_at.desc())
        )
        quotes = [(r[0], r[1] or r[2]) for r in conn.execute(stmt)]
    return RehearsalChoices(
        in_use, cached_plans(conn), products, segments, branches, quotes, tariffs(conn)
    )
