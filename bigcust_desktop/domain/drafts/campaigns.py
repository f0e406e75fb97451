"""Builders of a campaign (营销活动) and of its rounds as a regional manager plans them offline:
the record's fields in wire form, every bad field named at once.

Depends on the domain's record schema and time formats only.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from bigcust_desktop.domain.errors import ValidationError, ValidationErrors
from bigcust_desktop.domain.records import validate_record
from bigcust_desktop.domain.timefmt import format_instant
from bigcust_desktop.domain.vocab_city import CampaignStatus, RoundStatus, RoundTarget


def _date(value: dt.date | str) -> str:
    # A date the form could not read stays text, for the record check to name (date.invalid).
    return value.isoformat() if isinstance(value, dt.date) else value


def _checked(entity: str, fields: dict[str, Any], errors: list[ValidationError]) -> dict[str, Any]:
    try:
        checked = validate_record(entity, fields, from_feed=False)
    except ValidationErrors as exc:
        errors.extend(exc.errors)
        checked = fields
    if errors:
        raise ValidationErrors(errors)
    return checked


def new_campaign(
    *,
    name: str,
    topic: str,
    segment_id: str | None,
    owner_id: str,
    team_id: str,
    starts_on: dt.date | str,
    ends_on: dt.date | str,
    now: dt.datetime,
    product_id: str | None = None,
    product_category: str | None = None,
    description: str | None = None,
) -> dict[str, Any]:
    """A new active campaign on a topic (or a product) over a saved segment."""
    errors: list[ValidationError] = []
    if segment_id is None:
        errors.append(
            ValidationError("segment_id", "campaign.segment_required", "Choose a saved segment.")
        )
    fields = {
        "name": (name or "").strip(),
        "topic": (topic or "").strip(),
        "product_id": product_id or None,
        "product_category": product_category or None,
        "description": (description or "").strip() or None,
        "status": CampaignStatus.ACTIVE.value,
        "starts_on": _date(starts_on),
        "ends_on": _date(ends_on),
        "team_id": team_id,
        "owner_id": owner_id,
        "segment_id": segment_id,
        "target_definition": None,
        "created_at": format_instant(now),
    }
    return _checked("campaign", fields, errors)


def new_round(
    *,
    campaign_id: str,
    team_id: str,
    position: int,
    name: str,
    channel: str,
    starts_on: dt.date | str,
    ends_on: dt.date | str,
    target_rule: str = RoundTarget.ALL.value,
    after_round_id: str | None = None,
    script: str | None = None,
) -> dict[str, Any]:
    """A planned round of a campaign through one channel; a round that follows up an earlier
    one (``target_rule`` other than all) names it (``round.after_required``)."""
    fields = {
        "campaign_id": campaign_id,
        "team_id": team_id,
        "position": position,
        "name": (name or "").strip(),
        "channel": channel,
        "target_rule": target_rule,
        "after_round_id": None if target_rule == RoundTarget.ALL else after_round_id,
        "starts_on": _date(starts_on),
        "ends_on": _date(ends_on),
        "script": (script or "").strip() or None,
        "status": RoundStatus.PLANNED.value,
    }
    return _checked("campaign_round", fields, [])
