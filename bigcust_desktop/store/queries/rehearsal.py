"""Queries that feed the tariff rehearsal (资费预演): the catalogue as tariffs, and the lines of a
scope streamed customer by customer in bounded memory.

Depends on SQLAlchemy Core, the store's models and the domain's rehearsal types.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from decimal import Decimal

from sqlalchemy import Connection, Integer, select, type_coerce

from bigcust_desktop.domain.analytics.rehearsal import LineUsage, Tariff
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
