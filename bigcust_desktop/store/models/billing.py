"""Billing data of BOSS: catalogue (资费), accounts (账户), subscribers (用户), services, bills.

Also payments. Depends on the model base. Read-only on the laptop; money is integer fen (`Money`).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Index, String
from sqlalchemy.orm import Mapped, mapped_column

from bigcust_desktop.store.models.base import Base, ServerRecord
from bigcust_desktop.store.types import Decimal2, Money

# Cross-entity links (customer_id, account_id, product_id ...) are indexed but carry no FOREIGN
# KEY: the feeds of the CRM and BOSS are independent, so a child can arrive before its parent.


class Product(ServerRecord, Base):
    """A tariff of the catalogue (资费): list price, the approval floor, allowances, overage."""

    __tablename__ = "product"

    code: Mapped[str] = mapped_column(index=True)
    name: Mapped[str]
    category: Mapped[str] = mapped_column(index=True)
    unit: Mapped[str]
    monthly_fee: Mapped[Decimal] = mapped_column(Money())
    floor_price: Mapped[Decimal] = mapped_column(Money())
    included_minutes: Mapped[int]
    included_data_gb: Mapped[Decimal] = mapped_column(Decimal2())
    overage_minute_rate: Mapped[Decimal] = mapped_column(Money())
    overage_data_rate: Mapped[Decimal] = mapped_column(Money())
    min_term_months: Mapped[int]
    active: Mapped[bool]
    charge_type: Mapped[str]
    vat_category: Mapped[str]


class BillingAccount(ServerRecord, Base):
    """A billing account (账户) held by a customer; it may pay for lines of several branches."""

    __tablename__ = "billing_account"

    customer_id: Mapped[str] = mapped_column(index=True)
    name: Mapped[str]
    pay_method: Mapped[str]
    status: Mapped[str] = mapped_column(index=True)
    opened_on: Mapped[dt.date]


class Subscriber(ServerRecord, Base):
    """A subscriber (用户): a mobile line, broadband account or circuit, with usage averages."""

    __tablename__ = "subscriber"
    __table_args__ = (
        # Covering indexes of the analysis recompute (store/analysis/refresh.py): per-customer
        # aggregates and recent losses read from the index alone, never the wide rows.
        Index(
            "ix_subscriber_customer_lines",
            "customer_id",
            "status",
            "account_id",
            "product_id",
            "arpu_3m",
            "activated_on",
            "id",
        ),
        Index("ix_subscriber_status_day", "status", "status_date", "customer_id", "arpu_3m"),
    )

    customer_id: Mapped[str] = mapped_column(index=True)
    account_id: Mapped[str] = mapped_column(index=True)
    service_number: Mapped[str]
    kind: Mapped[str]
    product_id: Mapped[str] = mapped_column(index=True)
    status: Mapped[str] = mapped_column(index=True)
    status_date: Mapped[dt.date]
    activated_on: Mapped[dt.date]
    contract_end: Mapped[dt.date | None] = mapped_column(index=True)
    arpu_3m: Mapped[Decimal] = mapped_column(Money())
    mou_3m: Mapped[int]
    dou_3m: Mapped[Decimal] = mapped_column(Decimal2())
    sms_3m: Mapped[int]
    install_address: Mapped[str | None]


class Service(ServerRecord, Base):
    """A subscribed add-on (服务) on a subscriber."""

    __tablename__ = "service"

    subscriber_id: Mapped[str] = mapped_column(index=True)
    product_id: Mapped[str] = mapped_column(index=True)
    name: Mapped[str]
    monthly_fee: Mapped[Decimal] = mapped_column(Money())
    started_on: Mapped[dt.date]
    ended_on: Mapped[dt.date | None]


class Bill(ServerRecord, Base):
    """A monthly bill (月账单) of an account; arrears are `amount - paid_amount` once overdue
    (never below zero: a credit bill owes nothing)."""

    __tablename__ = "bill"
    __table_args__ = (
        Index("ix_bill_customer_id_period", "customer_id", "period"),
        # Month totals summed from the index alone, in period order: no sort of every bill
        # (with temp_store = MEMORY a sort of the whole book is held in memory).
        Index("ix_bill_period_totals", "period", "customer_id", "amount", "paid_amount"),
    )

    account_id: Mapped[str] = mapped_column(index=True)
    customer_id: Mapped[str]  # indexed with period above
    period: Mapped[str] = mapped_column(String(7))  # YYYY-MM; indexed by the totals index
    amount: Mapped[Decimal] = mapped_column(Money())  # negative when refunds exceed charges
    paid_amount: Mapped[Decimal] = mapped_column(Money())
    adjustment: Mapped[Decimal] = mapped_column(Money())  # 冲正/退费 within amount
    adjustment_note: Mapped[str | None]
    due_date: Mapped[dt.date]
    status: Mapped[str] = mapped_column(index=True)


class Payment(ServerRecord, Base):
    """A payment (缴费) on an account, settling a bill where it names one."""

    __tablename__ = "payment"

    account_id: Mapped[str] = mapped_column(index=True)
    bill_id: Mapped[str | None] = mapped_column(index=True)
    paid_at: Mapped[dt.datetime]
    amount: Mapped[Decimal] = mapped_column(Money())
    method: Mapped[str]
