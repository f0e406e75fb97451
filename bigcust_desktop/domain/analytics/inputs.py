"""Typed inputs of the at-risk signals: what the store (or a later source) knows of one customer.

Every amount is integer fen. New sources (contracts, competitor lines, call-centre feeds) feed the
same rules by producing these records. Depends on the standard library only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple


class PeriodBilling(NamedTuple):
    """A customer's own bills of one period, summed over its accounts (月账单). A named tuple,
    not a frozen dataclass as the others: a book has a dozen a customer, built in half the time."""

    period: str  # YYYY-MM
    billed_fen: int  # may be negative in a month of refunds or corrections (冲正/退费)
    owed_fen: int  # unpaid part of the period's bills, never below zero per bill
    due_date: dt.date  # the latest due date of the period's bills


@dataclass(frozen=True, slots=True)
class LineLoss:
    """A line (用户) cancelled or suspended, with the day it happened and what it billed; or
    ``lines`` of one customer's lines lost the same way within the signal's window, summed into
    one and dated by the latest (then ``subscriber_id`` names the customer and
    ``service_number`` is blank)."""

    subscriber_id: str
    service_number: str
    status: str  # cancelled | suspended
    status_date: dt.date
    monthly_fen: int  # BOSS's three-month ARPU (of all ``lines``)
    lines: int = 1


@dataclass(frozen=True, slots=True)
class FaultFacts:
    """A fault ticket (报障工单) on one line, with its SLA due time."""

    ticket_id: str
    subscriber_id: str
    service_number: str
    opened_at: dt.datetime
    due_at: dt.datetime
    resolved_at: dt.datetime | None
    monthly_fen: int  # the line's ARPU


@dataclass(frozen=True, slots=True)
class TermCommitment:
    """Something the customer is bound to until a date: a line's term today, a contract later."""

    source: str  # "subscriber" today; "contract" once contracts are cached
    ref_id: str  # the record, or the customer when ``lines`` of its lines are summed into one
    label: str  # service number or contract number, for display ("" for a sum of lines)
    ends_on: dt.date  # the earliest end among what it covers
    monthly_fen: int
    lines: int = 1


@dataclass(frozen=True, slots=True)
class ContactRef:
    """One contact of any channel (客户接触记录), as shown when it is the reason for something."""

    activity_id: str
    at: dt.datetime
    channel: str
    owner_id: str
    topic: str
    text: str = ""  # topic and notes, searched for competitor mentions
    competitor: str | None = None  # the carrier of a structured competitor offer or line


@dataclass(frozen=True, slots=True)
class CustomerFacts:
    """Everything the at-risk signals read about one customer.

    ``billing`` lists the periods that have bills, oldest first; a period without bills is absent.
    ``lines``/``active_monthly_fen``: all of the customer's lines, and the ARPU of the active ones.
    """

    customer_id: str
    billing: tuple[PeriodBilling, ...] = ()
    lines: int = 0
    active_monthly_fen: int = 0
    losses: tuple[LineLoss, ...] = ()
    faults: tuple[FaultFacts, ...] = ()
    terms: tuple[TermCommitment, ...] = ()
    last_contact: ContactRef | None = None
    competitor_notes: tuple[ContactRef, ...] = ()


@dataclass(frozen=True, slots=True)
class AsOf:
    """When the analysis runs, and the newest period the book has bills for.

    ``last_billed_period`` None means the month before ``now``'s month: a month that has not been
    billed yet is never read as a month billed zero.
    """

    now: dt.datetime
    last_billed_period: str | None = None
