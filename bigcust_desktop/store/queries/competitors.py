"""Read queries of competitor lines (异网) of one customer, and the competitors' offers heard in
its contacts (the activity stream's structured competitor offer). Depends on SQLAlchemy Core and
the store models.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, case, select

from bigcust_desktop.store.models import Activity, CompetitorLine


@dataclass(frozen=True)
class CompetitorRow:
    id: str
    carrier: str
    service: str
    lines: int
    monthly_spend: Decimal | None
    contract_end: dt.date | None
    source: str
    status: str
    observed_on: dt.date
    notes: str | None
    sync_state: str


@dataclass(frozen=True)
class HeardOffer:
    """A competitor's offer heard in a contact."""

    activity_id: str
    occurred_at: dt.datetime
    topic: str
    offer: dict[str, Any]


def lines_of(conn: Connection, customer_id: str) -> list[CompetitorRow]:
    """The customer's competitor lines, active first, latest learned first."""
    stmt = (
        select(
            CompetitorLine.id, CompetitorLine.carrier, CompetitorLine.service,
            CompetitorLine.lines, CompetitorLine.monthly_spend, CompetitorLine.contract_end,
            CompetitorLine.source, CompetitorLine.status, CompetitorLine.observed_on,
            CompetitorLine.notes, CompetitorLine.sync_state,
        )
        .where(CompetitorLine.customer_id == customer_id)
        .order_by(case((CompetitorLine.status == "active", 0), else_=1),
                  CompetitorLine.observed_on.desc(), CompetitorLine.id)
    )  # fmt: skip
    return [CompetitorRow(*r) for r in conn.execute(stmt)]


def offers_heard(conn: Connection, customer_id: str, limit: int = 50) -> list[HeardOffer]:
    """The competitors' offers heard in the customer's contacts, newest first."""
    stmt = (
        select(Activity.id, Activity.occurred_at, Activity.topic, Activity.competitor_offer)
        .where(Activity.customer_id == customer_id, Activity.competitor_offer.is_not(None))
        .order_by(Activity.occurred_at.desc())
        .limit(limit)
    )
    return [HeardOffer(*r) for r in conn.execute(stmt) if r[3]]
