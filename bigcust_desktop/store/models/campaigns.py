"""Segments (客户群) and campaigns (营销活动) with their rounds (轮次) and tasks (营销任务).

City records for analysis (DESIGN §10), edited here and pushed. Depends on the model base.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Index
from sqlalchemy.orm import Mapped, mapped_column

from bigcust_desktop.store.models.base import Base, EditableRecord, local_changes_index


class Segment(EditableRecord, Base):
    """A saved filter over the book; `definition` is the structured filter of the wire format."""

    __tablename__ = "segment"
    __table_args__ = (local_changes_index("segment"),)

    name: Mapped[str]
    description: Mapped[str | None]
    owner_id: Mapped[str] = mapped_column(index=True)
    team_id: Mapped[str]
    visibility: Mapped[str]
    definition: Mapped[dict[str, Any]]
    created_at: Mapped[dt.datetime]


class Campaign(EditableRecord, Base):
    """A regional manager's campaign for a team, on a product or topic."""

    __tablename__ = "campaign"
    __table_args__ = (local_changes_index("campaign"),)

    name: Mapped[str]
    topic: Mapped[str]
    product_id: Mapped[str | None]
    product_category: Mapped[str | None]
    description: Mapped[str | None]
    status: Mapped[str] = mapped_column(index=True)
    starts_on: Mapped[dt.date]
    ends_on: Mapped[dt.date]
    team_id: Mapped[str]
    owner_id: Mapped[str]
    segment_id: Mapped[str | None]
    target_definition: Mapped[dict[str, Any] | None]
    created_at: Mapped[dt.datetime]


class CampaignRound(EditableRecord, Base):
    """One round of a campaign: a channel, dates, and whom it targets."""

    __tablename__ = "campaign_round"
    __table_args__ = (local_changes_index("campaign_round"),)

    campaign_id: Mapped[str] = mapped_column(index=True)
    team_id: Mapped[str]
    position: Mapped[int]
    name: Mapped[str]
    channel: Mapped[str]
    target_rule: Mapped[str]
    after_round_id: Mapped[str | None]
    starts_on: Mapped[dt.date]
    ends_on: Mapped[dt.date]
    script: Mapped[str | None]
    status: Mapped[str]


class CampaignTask(EditableRecord, Base):
    """One target customer in one round, assigned to an account manager, with its outcome."""

    __tablename__ = "campaign_task"
    __table_args__ = (
        local_changes_index("campaign_task"),
        Index("ix_campaign_task_round_id_state", "round_id", "state"),
    )

    campaign_id: Mapped[str] = mapped_column(index=True)
    round_id: Mapped[str]  # indexed with state above
    customer_id: Mapped[str] = mapped_column(index=True)
    contact_id: Mapped[str | None]
    assignee_id: Mapped[str] = mapped_column(index=True)
    state: Mapped[str]
    suppression_reason: Mapped[str | None]
    suppression_note: Mapped[str | None]
    outcome: Mapped[str | None]
    outcome_at: Mapped[dt.datetime | None]
    opportunity_id: Mapped[str | None]
    activity_id: Mapped[str | None]
    due_on: Mapped[dt.date | None]
    notes: Mapped[str | None]
    created_at: Mapped[dt.datetime]
