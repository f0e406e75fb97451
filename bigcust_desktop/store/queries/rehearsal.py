"""Queries that feed the tariff rehearsal (资费预演): the catalogue as tariffs, and the lines of a
scope streamed customer by customer in bounded memory.

Depends on SQLAlchemy Core, the store's models and the domain's rehearsal types.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Integer, case, func, literal, select, type_coerce

from bigcust_desktop.domain.analytics.rehearsal import LineUsage, Proposal, Tariff, groupable
from bigcust_desktop.domain.timefmt import parse_date
from bigcust_desktop.domain.vocab import SubscriberStatus
from bigcust_desktop.store.models import Product, Subscriber
from bigcust_desktop.store.queries.analytics import raw
from bigcust_desktop.store.queries.analytics_scope import CustomerScope
from bigcust_desktop.store.queries.book import fen

_STREAM_ROWS = 5_000


def _hundredths(column: object) -> object:
    """A two-place decimal column (GB) as its stored integer hundredths."""
    return type_coerce(column, Integer)


def tariffs(conn: Connection) -> dict[str, Tariff]:
    """Every product of the cached catalogue as a tariff (SMS terms are not in the catalogue)."""
    stmt = select(
        Product.id,
        Product.monthly_fee,
        Product.floor_price,
        Product.included_minutes,
        Product.included_data_gb,
        Product.overage_minute_rate,
        Product.overage_data_rate,
        Product.min_term_months,
    )
    out = {}
    for r in conn.execute(stmt):
        out[r.id] = Tariff(
            product_id=r.id,
            monthly_fee_fen=_fen(r.monthly_fee),
            floor_fen=_fen(r.floor_price),
            included_minutes=int(r.included_minutes),
            included_data_cgb=_fen(r.included_data_gb),
            minute_rate_fen=_fen(r.overage_minute_rate),
            data_rate_fen=_fen(r.overage_data_rate),
            min_term_months=int(r.min_term_months),
        )
    return out


def _fen(value: Decimal) -> int:
    return int(value.scaleb(2))


def subscriber_usage(
    conn: Connection,
    scope: CustomerScope,
    product_ids: Collection[str] | None = None,
    statuses: Collection[str] = (SubscriberStatus.ACTIVE.value,),
) -> Iterator[list[LineUsage]]:
    """The lines of the scope (active ones by default), one list per customer, in customer order.

    ``product_ids`` narrows to lines on those plans (the ones a proposal touches). One statement,
    read ``_STREAM_ROWS`` rows at a time: memory holds one customer's lines.
    """
    stmt = (
        select(
            Subscriber.id,
            Subscriber.customer_id,
            Subscriber.service_number,
            Subscriber.product_id,
            fen(Subscriber.arpu_3m),
            Subscriber.mou_3m,
            _hundredths(Subscriber.dou_3m),
            Subscriber.sms_3m,
            raw(Subscriber.contract_end),
        )
        .where(*scope.restrict(Subscriber.customer_id), Subscriber.status.in_(list(statuses)))
        .order_by(Subscriber.customer_id, Subscriber.id)
    )
    if product_ids is not None:
        stmt = stmt.where(Subscriber.product_id.in_(list(product_ids)))
    batch: list[LineUsage] = []
    for r in conn.execute(stmt).yield_per(_STREAM_ROWS):
        if batch and batch[-1].customer_id != r[1]:
            yield batch
            batch = []
        batch.append(
            LineUsage(
                r[0], r[1], r[2], r[3], int(r[4]), int(r[5]), int(r[6]), int(r[7]),
                parse_date(r[8]) if r[8] else None,
            )
        )  # fmt: skip
    if batch:
        yield batch


def _side(column: Any, lower: Mapping[str, int], upper: Mapping[str, int]) -> Any:
    """Which side of the plan's two allowances (current, proposed) ``column`` is on: 0 within
    both, 1 beyond the lower only, 2 beyond both."""
    if not lower:
        return literal(0)
    low = case(lower, value=Subscriber.product_id, else_=0)
    high = case(upper, value=Subscriber.product_id, else_=0)
    return case((column <= low, literal(0)), (column <= high, literal(1)), else_=literal(2))


def usage_groups(
    conn: Connection,
    scope: CustomerScope,
    catalogue: Mapping[str, Tariff],
    proposal: Proposal,
) -> Iterator[list[LineUsage]]:
    """The scope's active lines as groups that bill alike, one list per customer, in customer
    order: for totals and per-customer figures only (no line's number or id survives).

    Within a customer, the lines of one plan on the same side of each allowance the proposal
    compares (the plan's and the one it moves to) form one group: usage and ARPU summed in
    SQLite, so a whole book's plan move models a few groups per customer rather than every
    line. Only where `groupable` (no bundle, linear data rates).
    """
    if not groupable(proposal, catalogue):
        raise ValueError("this proposal is rehearsed line by line: use subscriber_usage")
    products = proposal.applies_to if proposal.applies_to is not None else catalogue.keys()
    pairs = {
        p: (catalogue[p], catalogue.get(proposal.moves.get(p, p), catalogue[p]))
        for p in products
        if p in catalogue
    }

    def side(column: Any, attr: str) -> Any:
        allowances = {p: sorted(getattr(t, attr) for t in pair) for p, pair in pairs.items()}
        return _side(
            column,
            {p: a[0] for p, a in allowances.items()},
            {p: a[1] for p, a in allowances.items()},
        )

    data = _hundredths(Subscriber.dou_3m)
    sms_terms = any(t.included_sms or t.sms_rate_fen for t in catalogue.values())
    keys = (
        Subscriber.customer_id,
        Subscriber.product_id,
        side(Subscriber.mou_3m, "included_minutes"),
        side(data, "included_data_cgb"),
        side(Subscriber.sms_3m, "included_sms") if sms_terms else literal(0),
    )
    stmt = (
        select(
            *keys,
            func.count(),
            func.sum(fen(Subscriber.arpu_3m)),
            func.sum(Subscriber.mou_3m),
            func.sum(data),
            func.sum(Subscriber.sms_3m),
        )
        .where(
            *scope.restrict(Subscriber.customer_id),
            Subscriber.status == SubscriberStatus.ACTIVE.value,
        )
        .group_by(*keys)
        .order_by(*keys)
    )
    if proposal.applies_to is not None:
        stmt = stmt.where(Subscriber.product_id.in_(list(proposal.applies_to)))
    batch: list[LineUsage] = []
    for r in conn.execute(stmt).yield_per(_STREAM_ROWS):
        if batch and batch[-1].customer_id != r[0]:
            yield batch
            batch = []
        batch.append(
            LineUsage("", r[0], "", r[1], int(r[6]), int(r[7]), int(r[8]), int(r[9]), None,
                      int(r[5]))
        )  # fmt: skip
    if batch:
        yield batch
