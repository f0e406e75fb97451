"""Materialised analysis of the cached book (DESIGN §10): per-customer line summaries and bill
months, the at-risk worklist, under-valued customers, product gaps, data-quality findings, and
saved rehearsals.

Local tables, recomputed from the cache after each sync and after local edits (never pushed);
`analytics_stale` collects, by trigger, the customers whose inputs changed since the last
recompute. Depends on the model base.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import Index, String
from sqlalchemy.orm import Mapped, mapped_column

from bigcust_desktop.store.models.base import Base


class CustomerLineSummary(Base):
    """One customer's lines in one row: counts, the ARPU of the active ones, the oldest line.

    Written after each sync for the customers whose subscribers changed; the worklist, the value
    list (payers included) and the product gaps read it instead of scanning every subscriber.
    """

    __tablename__ = "customer_line_summary"

    customer_id: Mapped[str] = mapped_column(primary_key=True)
    lines: Mapped[int]
    active_lines: Mapped[int]
    active_monthly_fen: Mapped[int]
    oldest_line_on: Mapped[str | None]  # YYYY-MM-DD
    # 公用/私用 of the active lines (`domain.analytics.value_card.Payers`), kept with the counts
    group_paid_lines: Mapped[int] = mapped_column(server_default="0")
    group_paid_monthly_fen: Mapped[int] = mapped_column(server_default="0")
    member_paid_lines: Mapped[int] = mapped_column(server_default="0")
    member_paid_monthly_fen: Mapped[int] = mapped_column(server_default="0")
    unknown_payer_lines: Mapped[int] = mapped_column(server_default="0")


class CustomerBillMonth(Base):
    """One customer's bills of one period in one row, as the signals read them (`billing_select`):
    the billed and owed fen summed over its accounts, the latest due date.

    Kept with the line summary (rewritten by the recompute for the customers whose inputs
    changed: a bill page marks the customers of its bills, before and after a move), so that a
    recompute over unchanged bills (a new day, a threshold changed) reads a row per month, not
    the wide bills. Without rowid: read and written by its key alone.
    """

    __tablename__ = "customer_bill_month"
    __table_args__: ClassVar[dict[str, Any]] = {"sqlite_with_rowid": False}

    customer_id: Mapped[str] = mapped_column(primary_key=True)
    period: Mapped[str] = mapped_column(String(7), primary_key=True)  # YYYY-MM
    billed_fen: Mapped[int]
    owed_fen: Mapped[int]
    due_date: Mapped[str]  # YYYY-MM-DD, the stored text (parsed only when read)


class CustomerHolding(Base):
    """A product a customer holds: the plan of an active line (``plan``) or a running add-on
    (``addon``). Kept with the line summary; product gaps compare customers over it."""

    __tablename__ = "customer_holding"

    customer_id: Mapped[str] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(primary_key=True)  # plan | addon
    product_id: Mapped[str] = mapped_column(primary_key=True)


class AtRiskCustomer(Base):
    """A customer on the at-risk worklist (流失预警): its fired signals with their figures."""

    __tablename__ = "at_risk_customer"
    __table_args__ = (Index("ix_at_risk_customer_order", "revenue_at_risk_fen", "customer_id"),)

    customer_id: Mapped[str] = mapped_column(primary_key=True)
    revenue_at_risk_fen: Mapped[int]
    signal_count: Mapped[int]
    # [{code, revenue_at_risk_fen, figures: [{name, value, unit}], note}] of the fired signals
    signals: Mapped[list[Any]]
    computed_at: Mapped[dt.datetime]


class UnderValuedCustomer(Base):
    """A customer whose modest average spend hides its value (reasons as figures)."""

    __tablename__ = "under_valued_customer"

    customer_id: Mapped[str] = mapped_column(primary_key=True)
    spend_factor: Mapped[str]  # the province's spend factor, Decimal text
    reasons: Mapped[list[Any]]  # [{name, value, unit}]
    group_paid_lines: Mapped[int]
    member_paid_lines: Mapped[int]
    computed_at: Mapped[dt.datetime]


class ProductGapRow(Base):
    """A product most of a customer's peers (industry × size) hold and it does not."""

    __tablename__ = "product_gap"

    customer_id: Mapped[str] = mapped_column(primary_key=True)
    position: Mapped[int] = mapped_column(primary_key=True)
    product: Mapped[str] = mapped_column(index=True)  # plan:<category> or addon:<product id>
    holders: Mapped[int]
    peers: Mapped[int]
    segment: Mapped[str]  # industry|size band


class DataFinding(Base):
    """A data-quality finding (客户资料准确度) with the change request it would carry."""

    __tablename__ = "data_finding"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    code: Mapped[str] = mapped_column(index=True)
    customer_id: Mapped[str] = mapped_column(index=True)
    entity: Mapped[str]  # customer | contact
    record_id: Mapped[str]
    field: Mapped[str | None]
    proposed: Mapped[str | None]
    detail: Mapped[dict[str, Any]]


class AnalyticsStale(Base):
    """Customers whose analysis inputs changed since the last recompute (filled by triggers)."""

    __tablename__ = "analytics_stale"

    customer_id: Mapped[str] = mapped_column(primary_key=True)


class AnalyticsDirty(Base):
    """Book-wide parts (``gaps``, ``quality``) whose inputs changed since the last recompute."""

    __tablename__ = "analytics_dirty"

    part: Mapped[str] = mapped_column(primary_key=True)


class SavedRehearsal(Base):
    """A named tariff rehearsal (资费预演), kept on this laptop: the proposal, scope and totals.

    Local, not city data: it is an analyst's scratch work over the user's own cache (another
    user's cache holds other customers, so its figures would not reproduce there); a rehearsal
    that matters becomes a quote, which is city data.
    """

    __tablename__ = "saved_rehearsal"

    id: Mapped[str] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(unique=True)
    owner_id: Mapped[str | None]
    created_at: Mapped[dt.datetime]
    proposal: Mapped[dict[str, Any]]
    scope: Mapped[dict[str, Any]]
    totals: Mapped[dict[str, Any]]
    customers: Mapped[list[Any]]  # [{customer_id, before_fen, after_fen, lines}]
