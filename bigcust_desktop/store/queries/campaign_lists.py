"""What the campaign screens list (营销活动): a team's campaigns, a campaign's rounds with how many
tasks each has, and the saved segments a campaign may be built from. Read-only.

Depends on SQLAlchemy Core and the store's models.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, func, or_, select

from bigcust_desktop.domain.vocab_city import SegmentVisibility
from bigcust_desktop.store.models import Campaign, CampaignRound, CampaignTask, Segment


@dataclass(frozen=True)
class CampaignRow:
    id: str
    name: str
    topic: str
    status: str
    starts_on: dt.date
    ends_on: dt.date
    segment_id: str | None
    segment_name: str | None
    rounds: int


@dataclass(frozen=True)
class RoundRow:
    id: str
    campaign_id: str
    position: int
    name: str
    channel: str
    target_rule: str
    after_round_id: str | None
    starts_on: dt.date
    ends_on: dt.date
    status: str
    tasks: int  # tasks assigned so far (suppressed ones included)


def campaign_rows(conn: Connection, team_id: str | None) -> list[CampaignRow]:
    """A team's campaigns (every cached one with no team), the newest start first."""
    rounds = (
        select(CampaignRound.campaign_id, func.count().label("n"))
        .group_by(CampaignRound.campaign_id)
        .subquery()
    )
    stmt = (
        select(
            Campaign.id,
            Campaign.name,
            Campaign.topic,
            Campaign.status,
            Campaign.starts_on,
            Campaign.ends_on,
            Campaign.segment_id,
            Segment.name,
            func.coalesce(rounds.c.n, 0),
        )
        .outerjoin(Segment, Segment.id == Campaign.segment_id)
        .outerjoin(rounds, rounds.c.campaign_id == Campaign.id)
        .order_by(Campaign.starts_on.desc(), Campaign.name, Campaign.id)
    )
    if team_id is not None:
        stmt = stmt.where(Campaign.team_id == team_id)
    return [CampaignRow(*row) for row in conn.execute(stmt)]


def round_rows(conn: Connection, campaign_id: str) -> list[RoundRow]:
    """A campaign's rounds in their order, each with the number of its tasks."""
    tasks = (
        select(CampaignTask.round_id, func.count().label("n"))
        .where(CampaignTask.campaign_id == campaign_id)
        .group_by(CampaignTask.round_id)
        .subquery()
    )
    r = CampaignRound
    stmt = (
        select(
            r.id,
            r.campaign_id,
            r.position,
            r.name,
            r.channel,
            r.target_rule,
            r.after_round_id,
            r.starts_on,
            r.ends_on,
            r.status,
            func.coalesce(tasks.c.n, 0),
        )
        .outerjoin(tasks, tasks.c.round_id == r.id)
        .where(r.campaign_id == campaign_id)
        .order_by(r.position, r.id)
    )
    return [RoundRow(*row) for row in conn.execute(stmt)]


def segment_choices(
    conn: Connection, user_id: str | None, team_id: str | None
) -> list[tuple[str, str]]:
    """``(id, name)`` of the saved segments a user may build a campaign from: his own and his
    team's shared ones (every cached one with no user), by name."""
    stmt = select(Segment.id, Segment.name).order_by(Segment.name, Segment.id)
    if user_id is not None:
        shared = Segment.visibility == SegmentVisibility.TEAM.value
        stmt = stmt.where(or_(Segment.owner_id == user_id, shared & (Segment.team_id == team_id)))
    return [(row[0], row[1]) for row in conn.execute(stmt)]
