"""A segment's definition (the wire's structured filter, `SEGMENT_FILTER`) evaluated to the ids
of the book's customers, over the cache and the materialised analysis (line summaries, the
at-risk and under-valued lists). Conditions combine with AND, one list's values with OR;
set-wise SQL. Also the saved segments as a list and the values the editor offers.

Depends on SQLAlchemy Core, the store's models and the domain's vocabularies.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, exists, func, or_, select, true
from sqlalchemy.orm import aliased

from bigcust_desktop.domain.analytics.months import local_day
from bigcust_desktop.domain.vocab import SubscriberStatus
from bigcust_desktop.domain.vocab_city import CompetitorStatus, ContractStatus
from bigcust_desktop.store.models import (
    Activity,
    CompetitorLine,
    Contract,
    Customer,
    Product,
    Segment,
    Service,
    Subscriber,
    User,
)
from bigcust_desktop.store.models.analytics import (
    AtRiskCustomer,
    CustomerLineSummary,
    UnderValuedCustomer,
)
from bigcust_desktop.store.queries.book import Book

# The wire's signal names where the worklist's differ.
SIGNAL_CODES = {"contract_ending": "term_ending"}
_ACTIVE = SubscriberStatus.ACTIVE.value


def _holds_product(product_id: str) -> ColumnElement[bool]:
    line = exists().where(
        Subscriber.customer_id == Customer.id,
        Subscriber.status == _ACTIVE,
        Subscriber.product_id == product_id,
    )
    addon = exists().where(
        Subscriber.customer_id == Customer.id,
        Subscriber.status == _ACTIVE,
        Service.subscriber_id == Subscriber.id,
        Service.product_id == product_id,
        Service.ended_on.is_(None),
    )
    return or_(line, addon)


def _holds_category(category: str) -> ColumnElement[bool]:
    return exists().where(
        Subscriber.customer_id == Customer.id,
        Subscriber.status == _ACTIVE,
        Product.id == Subscriber.product_id,
        Product.category == category,
    )


def _summary(column: Any, low: Any, high: Any) -> list[ColumnElement[bool]]:
    if low is None and high is None:
        return []
    value = select(column).where(CustomerLineSummary.customer_id == Customer.id).scalar_subquery()
    value = func.coalesce(value, 0)
    out = []
    if low is not None:
        out.append(value >= low)
    if high is not None:
        out.append(value <= high)
    return out


def _fen(value: Any) -> int | None:
    return None if value is None else int(Decimal(str(value)) * 100)


def _signals(codes: list[str]) -> ColumnElement[bool]:
    wanted = [SIGNAL_CODES.get(c, c) for c in codes]
    each = func.json_each(AtRiskCustomer.signals).table_valued("value")
    return exists(
        select(1)
        .select_from(AtRiskCustomer)
        .join(each, true())
        .where(
            AtRiskCustomer.customer_id == Customer.id,
            func.json_extract(each.c.value, "$.code").in_(wanted),
        )
    )


def segment_conditions(d: Mapping[str, Any], now: dt.datetime) -> list[ColumnElement[bool]]:
    """The conditions on `Customer` of a definition (keys absent or null: no condition)."""
    today = local_day(now)
    out: list[ColumnElement[bool]] = []

    def listed(key: str) -> list[Any]:
        return list(d.get(key) or [])

    for key, column in (
        ("industries", Customer.industry),
        ("value_tiers", Customer.value_tier),
        ("cities", Customer.city),
        ("districts", Customer.district),
        ("customer_statuses", Customer.status),
        ("manager_ids", Customer.manager_id),
        ("customer_ids", Customer.id),
    ):
        if listed(key):
            out.append(column.in_(listed(key)))
    if listed("excluded_customer_ids"):
        out.append(Customer.id.not_in(listed("excluded_customer_ids")))
    role = d.get("group_role")
    branch = aliased(Customer)
    has_branches = exists().where(branch.parent_id == Customer.id)
    if role == "group":
        out.append(has_branches)
    elif role == "branch":
        out.append(Customer.parent_id.is_not(None))
    elif role == "standalone":
        out.append(and_(Customer.parent_id.is_(None), ~has_branches))
    if listed("signals"):
        out.append(_signals(listed("signals")))
    out += [_holds_product(p) for p in listed("products_held")]
    out += [~_holds_product(p) for p in listed("products_not_held")]
    out += [_holds_category(c) for c in listed("categories_held")]
    out += [~_holds_category(c) for c in listed("categories_not_held")]
    if d.get("value_score_min") is not None:
        out.append(Customer.value_score >= Decimal(str(d["value_score_min"])))
    if d.get("value_score_max") is not None:
        out.append(Customer.value_score <= Decimal(str(d["value_score_max"])))
    for factor, low in (d.get("factor_min") or {}).items():
        if low is not None:
            out.append(func.json_extract(Customer.value_factors, f"$.{factor}") >= low)
    out += _summary(
        CustomerLineSummary.active_monthly_fen,
        _fen(d.get("monthly_spend_min")),
        _fen(d.get("monthly_spend_max")),
    )
    out += _summary(CustomerLineSummary.lines, d.get("lines_min"), d.get("lines_max"))
    if d.get("tenure_years_min") is not None:
        years = int(d["tenure_years_min"])
        try:
            since = today.replace(year=today.year - years)
        except ValueError:  # 29 February
            since = today.replace(year=today.year - years, day=28)
        out.append(Customer.created_on <= since)
    if listed("competitor_carriers"):
        out.append(
            exists().where(
                CompetitorLine.customer_id == Customer.id,
                CompetitorLine.status == CompetitorStatus.ACTIVE.value,
                CompetitorLine.carrier.in_(listed("competitor_carriers")),
            )
        )
    if d.get("contract_ends_within_days") is not None:
        until = today + dt.timedelta(days=int(d["contract_ends_within_days"]))
        out.append(
            exists().where(
                Contract.customer_id == Customer.id,
                Contract.status == ContractStatus.ACTIVE.value,
                Contract.ends_on >= today,
                Contract.ends_on <= until,
            )
        )
    if d.get("under_valued"):
        out.append(exists().where(UnderValuedCustomer.customer_id == Customer.id))
    if d.get("not_contacted_days") is not None:
        since_at = now - dt.timedelta(days=int(d["not_contacted_days"]))
        out.append(
            ~exists().where(
                Activity.customer_id == Customer.id,
                Activity.occurred_at >= since_at,
                Activity.occurred_at <= now,
            )
        )
    return out


def segment_customer_ids(
    conn: Connection, book: Book, definition: Mapping[str, Any], now: dt.datetime
) -> list[str]:
    """The ids of the book's customers the definition selects, in id order."""
    stmt = (
        select(Customer.id)
        .where(book.condition(), *segment_conditions(definition, now))
        .order_by(Customer.id)
    )
    return list(conn.execute(stmt).scalars())


@dataclass(frozen=True, slots=True)
class SavedSegment:
    """A saved segment as the list shows it (its definition to open it in the editor)."""

    id: str
    name: str
    owner_id: str
    owner_name: str
    visibility: str
    definition: dict[str, Any]
    sync_state: str


def saved_segments(conn: Connection) -> list[SavedSegment]:
    """Every segment cached (the user's own and those his team shares), by name."""
    stmt = (
        select(
            Segment.id,
            Segment.name,
            Segment.owner_id,
            func.coalesce(User.name, Segment.owner_id),
            Segment.visibility,
            Segment.definition,
            Segment.sync_state,
        )
        .outerjoin(User, User.id == Segment.owner_id)
        .order_by(Segment.name, Segment.id)
    )
    return [SavedSegment(*r[:5], dict(r[5] or {}), r[6]) for r in conn.execute(stmt)]


@dataclass(frozen=True, slots=True)
class SegmentChoices:
    """What the editor offers beside the vocabularies: the book's cities and districts, the
    catalogue's products (id, name, category) and the managers of the book."""

    cities: tuple[str, ...]
    districts: tuple[tuple[str, str], ...]  # (city, district)
    products: tuple[tuple[str, str, str], ...]
    managers: tuple[tuple[str, str], ...]  # (id, name)


def segment_choices(conn: Connection, book: Book) -> SegmentChoices:
    places = conn.execute(
        select(Customer.city, Customer.district)
        .where(book.condition())
        .distinct()
        .order_by(Customer.city, Customer.district)
    ).all()
    products = conn.execute(
        select(Product.id, Product.name, Product.category).order_by(Product.category, Product.id)
    ).all()
    managers = conn.execute(
        select(Customer.manager_id, func.coalesce(User.name, Customer.manager_id))
        .outerjoin(User, User.id == Customer.manager_id)
        .where(book.condition())
        .distinct()
        .order_by(Customer.manager_id)
    ).all()
    return SegmentChoices(
        tuple(dict.fromkeys(r[0] for r in places if r[0])),
        tuple((r[0], r[1]) for r in places if r[0] and r[1]),
        tuple((r[0], r[1], r[2]) for r in products),
        tuple((r[0], r[1]) for r in managers),
    )
