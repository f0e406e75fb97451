"""Read queries of the activities page (接触记录) and the log-a-contact dialog.

The list keeps ids newest first and loads rows a page at a time. Depends on SQLAlchemy Core and
the store's models.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, func, or_, select

from bigcust_desktop.domain.stages import OPEN_STAGES
from bigcust_desktop.store.models import Activity, Contact, Customer, Opportunity, User
from bigcust_desktop.store.pinyin_order import by_pinyin
from bigcust_desktop.store.queries.book import Book
from bigcust_desktop.store.queries.list_ids import list_ids

_OPEN_STAGES = tuple(sorted(s.value for s in OPEN_STAGES))


@dataclass(frozen=True)
class ActivityFilter:
    """What the activities list shows; None or "" means any."""

    customer_id: str | None = None
    channel: str | None = None
    outcome: str | None = None
    owner_id: str | None = None
    since: dt.datetime | None = None
    text: str = ""  # a fragment of the topic, the notes or the customer's name


@dataclass(frozen=True)
class ActivityRow:
    id: str
    customer_id: str
    customer_name: str | None
    occurred_at: dt.datetime
    channel: str
    topic: str
    outcome: str
    contact_name: str | None
    opportunity_title: str | None
    owner_name: str | None
    owner_id: str
    notes: str | None
    sync_state: str


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def activity_ids(conn: Connection, book: Book, wanted: ActivityFilter) -> list[str]:
    """Ids of the book's activities matching the filter, newest first."""
    stmt = select(Activity.id)
    narrowed = book.narrowed(conn)
    if narrowed is not None:
        stmt = stmt.where(narrowed.holds(Activity.customer_id))
    if wanted.customer_id:
        stmt = stmt.where(Activity.customer_id == wanted.customer_id)
    if wanted.channel:
        stmt = stmt.where(Activity.channel == wanted.channel)
    if wanted.outcome:
        stmt = stmt.where(Activity.outcome == wanted.outcome)
    if wanted.owner_id:
        stmt = stmt.where(Activity.owner_id == wanted.owner_id)
    if wanted.since is not None:
        stmt = stmt.where(Activity.occurred_at >= wanted.since)
    text = wanted.text.strip()
    if text:
        pattern = f"%{_escape_like(text)}%"
        named = select(Customer.id).where(Customer.name.like(pattern, escape="\\"))
        stmt = stmt.where(
            or_(
                Activity.topic.like(pattern, escape="\\"),
                Activity.notes.like(pattern, escape="\\"),
                Activity.customer_id.in_(named),
            )
        )
    stmt = stmt.order_by(Activity.occurred_at.desc(), Activity.id.desc())
    return list_ids(conn, stmt)


def activity_rows(conn: Connection, ids: Sequence[str]) -> dict[str, ActivityRow]:
    """The list rows of these activities, names joined in."""
    if not ids:
        return {}
    stmt = (
        select(
            Activity.id,
            Activity.customer_id,
            Customer.name.label("customer_name"),
            Activity.occurred_at,
            Activity.channel,
            Activity.topic,
            Activity.outcome,
            Contact.name.label("contact_name"),
            Opportunity.title.label("opportunity_title"),
            User.name.label("owner_name"),
            Activity.owner_id,
            Activity.notes,
            Activity.sync_state,
        )
        .outerjoin(Customer, Customer.id == Activity.customer_id)
        .outerjoin(Contact, Contact.id == Activity.contact_id)
        .outerjoin(Opportunity, Opportunity.id == Activity.opportunity_id)
        .outerjoin(User, User.id == Activity.owner_id)
        .where(Activity.id.in_(list(ids)))
    )
    return {r.id: ActivityRow(**dict(r._mapping)) for r in conn.execute(stmt)}


def contact_choices(conn: Connection, customer_id: str) -> list[tuple[str, str]]:
    """``(id, "name · title")`` of a customer's contacts, decision makers first."""
    stmt = (
        select(Contact.id, Contact.name, Contact.title)
        .where(Contact.customer_id == customer_id)
        .order_by(Contact.is_key.desc(), by_pinyin(Contact.name))
    )
    return [(r.id, f"{r.name} · {r.title}") for r in conn.execute(stmt)]


def opportunity_choices(conn: Connection, customer_id: str) -> list[tuple[str, str]]:
    """``(id, title)`` of a customer's open opportunities, soonest close first."""
    stmt = (
        select(Opportunity.id, Opportunity.title)
        .where(Opportunity.customer_id == customer_id, Opportunity.stage.in_(_OPEN_STAGES))
        .order_by(Opportunity.expected_close, Opportunity.id)
    )
    return [(r.id, r.title) for r in conn.execute(stmt)]


def customer_of_contact(conn: Connection, contact_id: str) -> str | None:
    return conn.execute(select(Contact.customer_id).where(Contact.id == contact_id)).scalar()


def customer_of_opportunity(conn: Connection, opportunity_id: str) -> str | None:
    return conn.execute(
        select(Opportunity.customer_id).where(Opportunity.id == opportunity_id)
    ).scalar()


def recent_topics(conn: Connection, owner_id: str, limit: int = 40) -> list[str]:
    """The user's most used topics, for completion in the log dialog."""
    stmt = (
        select(Activity.topic)
        .where(Activity.owner_id == owner_id)
        .group_by(Activity.topic)
        .order_by(func.count().desc(), Activity.topic)
        .limit(limit)
    )
    return [r[0] for r in conn.execute(stmt)]
