"""City-CRM data owned and edited on the laptop: opportunities (商机), quotes (报价单) with lines,
activities (客户接触记录), fault tickets (报障工单) with their status history.

Depends on the model base. Only the embedded children carry FOREIGN KEYs (to their own parent).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column, relationship

from bigcust_desktop.store.models.base import Base, EditableRecord, local_changes_index
from bigcust_desktop.store.types import Decimal2, Money


class Opportunity(EditableRecord, Base):
    """A sales opportunity (商机) moving through the stages of `domain.stages`."""

    __tablename__ = "opportunity"
    __table_args__ = (
        local_changes_index("opportunity"),
        # The list's default order with the book's column: its first rows without a sort.
        Index("ix_opportunity_list", "expected_close", "id", "customer_id"),
        # The dashboard's pipeline by stage, summed from the index alone.
        Index("ix_opportunity_pipeline", "stage", "customer_id", "amount", "probability"),
    )

    customer_id: Mapped[str] = mapped_column(index=True)
    owner_id: Mapped[str] = mapped_column(index=True)
    title: Mapped[str]
    stage: Mapped[str]  # indexed by the pipeline index above
    product_category: Mapped[str]
    amount: Mapped[Decimal] = mapped_column(Money())
    probability: Mapped[int]
    expected_close: Mapped[dt.date]  # indexed by the list index above
    lost_reason: Mapped[str | None]
    notes: Mapped[str | None]
    created_at: Mapped[dt.datetime]


class Quote(EditableRecord, Base):
    """A quote (报价单); its lines are replaced as a whole whenever the quote changes."""

    __tablename__ = "quote"
    __table_args__ = (
        local_changes_index("quote"),
        Index("ix_quote_list", "created_at", "id", "customer_id"),  # the list, newest first
    )

    customer_id: Mapped[str] = mapped_column(index=True)
    opportunity_id: Mapped[str | None] = mapped_column(index=True)
    owner_id: Mapped[str] = mapped_column(index=True)
    title: Mapped[str]
    status: Mapped[str] = mapped_column(index=True)
    term_months: Mapped[int]
    valid_until: Mapped[dt.date]
    notes: Mapped[str | None]
    approved_by: Mapped[str | None]
    approval_note: Mapped[str | None]
    total: Mapped[Decimal] = mapped_column(Money())
    created_at: Mapped[dt.datetime]
    number: Mapped[str | None] = mapped_column(index=True)
    revision_of: Mapped[str | None] = mapped_column(index=True)
    revision_no: Mapped[int | None]
    superseded_by: Mapped[str | None]
    approval_reason: Mapped[str | None]
    approval_level: Mapped[str | None]
    one_time_total: Mapped[Decimal | None] = mapped_column(Money())

    lines: Mapped[list[QuoteLine]] = relationship(
        back_populates="quote",
        order_by="QuoteLine.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )


class QuoteLine(Base):
    """One product line of a quote, priced by `domain.pricing.price_line`."""

    __tablename__ = "quote_line"

    id: Mapped[str] = mapped_column(primary_key=True)
    quote_id: Mapped[str] = mapped_column(ForeignKey("quote.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]  # order of the lines on the wire
    product_id: Mapped[str] = mapped_column(index=True)
    quantity: Mapped[int]
    unit_price: Mapped[Decimal] = mapped_column(Money())
    discount_pct: Mapped[Decimal] = mapped_column(Decimal2())
    net_unit_price: Mapped[Decimal] = mapped_column(Money())
    line_total: Mapped[Decimal] = mapped_column(Money())
    customer_id: Mapped[str | None]  # the branch the line is for, in a group's quote
    charge_type: Mapped[str | None]  # null in a draft the server has not priced yet
    vat_category: Mapped[str | None]

    quote: Mapped[Quote] = relationship(back_populates="lines")


class Activity(EditableRecord, Base):
    """A contact with a customer (客户接触记录): visit, call, message, meeting or campaign."""

    __tablename__ = "activity"
    __table_args__ = (
        local_changes_index("activity"),
        # "customers not contacted in N days" reads the latest activity per customer.
        Index("ix_activity_customer_id_occurred_at", "customer_id", "occurred_at"),
        Index("ix_activity_list", "occurred_at", "id", "customer_id"),  # the list, newest first
    )

    customer_id: Mapped[str]  # indexed with occurred_at above
    opportunity_id: Mapped[str | None] = mapped_column(index=True)
    contact_id: Mapped[str | None] = mapped_column(index=True)
    owner_id: Mapped[str] = mapped_column(index=True)
    channel: Mapped[str]
    topic: Mapped[str]
    outcome: Mapped[str]
    occurred_at: Mapped[dt.datetime]  # indexed by the list index above
    notes: Mapped[str | None]
    product_id: Mapped[str | None]
    campaign_id: Mapped[str | None] = mapped_column(index=True)
    campaign_task_id: Mapped[str | None]
    competitor_offer: Mapped[dict[str, Any] | None]


class FaultTicket(EditableRecord, Base):
    """A fault ticket (报障工单) on a subscriber line or circuit, with its SLA due time."""

    __tablename__ = "fault_ticket"
    __table_args__ = (
        local_changes_index("fault_ticket"),
        # The list's default order in two runs (`queries.tickets`): the open tickets by due
        # time (and the dashboard's open tickets by severity), then the others newest first.
        Index(
            "ix_fault_ticket_open_list",
            *("status", "due_at", "opened_at", "id", "customer_id", "severity"),
        ),
        Index("ix_fault_ticket_list", "opened_at", "id", "status", "customer_id"),
    )

    customer_id: Mapped[str] = mapped_column(index=True)
    subscriber_id: Mapped[str] = mapped_column(index=True)
    reported_by: Mapped[str] = mapped_column(index=True)
    severity: Mapped[str] = mapped_column(index=True)
    title: Mapped[str]
    description: Mapped[str]
    status: Mapped[str]  # indexed by the open list's index above
    opened_at: Mapped[dt.datetime]
    due_at: Mapped[dt.datetime]
    resolved_at: Mapped[dt.datetime | None]
    resolution: Mapped[str | None]

    history: Mapped[list[FaultTicketEvent]] = relationship(
        back_populates="ticket",
        order_by="FaultTicketEvent.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )


class FaultTicketEvent(Base):
    """One status change in a ticket's history, oldest first."""

    __tablename__ = "fault_ticket_event"

    fault_ticket_id: Mapped[str] = mapped_column(
        ForeignKey("fault_ticket.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(primary_key=True)
    status: Mapped[str]
    at: Mapped[dt.datetime]
    by: Mapped[str]
    note: Mapped[str | None]

    ticket: Mapped[FaultTicket] = relationship(back_populates="history")
