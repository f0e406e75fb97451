"""A manager's own knowledge of a customer: to-dos and visit plans (待办 / 拜访计划), competitor
lines (异网), decision-chain roles (决策链), and the audit events of exports (审计).

City records, edited here and pushed. Depends on the model base.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import Index
from sqlalchemy.orm import Mapped, mapped_column

from bigcust_desktop.store.models.base import Base, EditableRecord, local_changes_index
from bigcust_desktop.store.types import Money


class Todo(EditableRecord, Base):
    """A planned visit or call, or a task with a due time, and what it came from."""

    __tablename__ = "todo"
    __table_args__ = (
        local_changes_index("todo"),
        Index("ix_todo_owner_id_status", "owner_id", "status"),
    )

    customer_id: Mapped[str] = mapped_column(index=True)
    owner_id: Mapped[str]  # indexed with status above
    created_by: Mapped[str]
    kind: Mapped[str]
    title: Mapped[str]
    notes: Mapped[str | None]
    contact_id: Mapped[str | None]
    location: Mapped[str | None]
    starts_at: Mapped[dt.datetime | None] = mapped_column(index=True)
    ends_at: Mapped[dt.datetime | None]
    due_at: Mapped[dt.datetime | None] = mapped_column(index=True)
    all_day: Mapped[bool]
    remind_at: Mapped[dt.datetime | None]
    priority: Mapped[str]
    status: Mapped[str]
    done_at: Mapped[dt.datetime | None]
    checked_in_at: Mapped[dt.datetime | None]
    closed_by_activity_id: Mapped[str | None]
    source_entity: Mapped[str | None]
    source_id: Mapped[str | None]
    created_at: Mapped[dt.datetime]


class CompetitorLine(EditableRecord, Base):
    """Lines or services a customer holds with another carrier."""

    __tablename__ = "competitor_line"
    __table_args__ = (local_changes_index("competitor_line"),)

    customer_id: Mapped[str] = mapped_column(index=True)
    carrier: Mapped[str]
    service: Mapped[str]
    lines: Mapped[int]
    monthly_spend: Mapped[Decimal | None] = mapped_column(Money())
    contract_end: Mapped[dt.date | None]
    source: Mapped[str]
    status: Mapped[str]
    observed_on: Mapped[dt.date]
    notes: Mapped[str | None]
    recorded_by: Mapped[str]
    created_at: Mapped[dt.datetime]


class ContactRole(EditableRecord, Base):
    """A key contact's role in the decision chain: personal data of the owning manager only."""

    __tablename__ = "contact_role"
    __table_args__ = (local_changes_index("contact_role"),)

    customer_id: Mapped[str] = mapped_column(index=True)
    contact_id: Mapped[str] = mapped_column(index=True)
    role: Mapped[str]
    reports_to_contact_id: Mapped[str | None]
    attitude: Mapped[str]
    influence: Mapped[str]
    birthday: Mapped[dt.date | None]
    notes: Mapped[str | None]
    owner_id: Mapped[str]


class AuditEvent(EditableRecord, Base):
    """An export reported to the city CRM (create only), seen by the team's regional manager."""

    __tablename__ = "audit_event"
    __table_args__ = (local_changes_index("audit_event"),)

    action: Mapped[str]
    report: Mapped[str]
    scope: Mapped[dict[str, Any]]
    row_count: Mapped[int]
    file_name: Mapped[str | None]
    contains_personal_data: Mapped[bool]
    occurred_at: Mapped[dt.datetime] = mapped_column(index=True)
    client: Mapped[str | None]
    user_id: Mapped[str] = mapped_column(index=True)
    team_id: Mapped[str]
    received_at: Mapped[dt.datetime]
